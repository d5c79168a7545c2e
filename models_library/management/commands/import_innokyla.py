"""Import a model description from a Word document or a text file copied from Innokylä, as a draft."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from models_library.importing.actions import do_import_model
from models_library.importing.errors import ImportRefused
from models_library.importing.summary import summary_lines
from models_library.models import ModelIndexPage


class Command(BaseCommand):
    help = "Create a draft operational model from a .docx or a .txt copied from innokyla.fi, and print what went where."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--parent", type=int, help="ID of the model library page (default: the first one).")
        parser.add_argument("--title", default="", help="The model's name (default: taken from the document).")

    def handle(self, *args, file, parent, title, **options):
        libraries = ModelIndexPage.objects.order_by("path")
        library = libraries.filter(pk=parent).first() if parent else libraries.first()
        if library is None:
            raise CommandError(f"No model library page {parent}." if parent else "There is no model library page.")
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        try:
            page, summary = do_import_model(parent=library, user=None, data=data, title=title, source_name=file.name)
        except ImportRefused as refusal:
            raise CommandError(str(refusal)) from None
        for line in summary_lines(summary):
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Draft {page.pk} created (not published): /admin/pages/{page.pk}/edit/"))
