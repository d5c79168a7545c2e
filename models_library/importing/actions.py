"""The import's one write: a draft model under the library, never published, with the summary on record."""

from django.db import transaction
from wagtail.log_actions import log

from models_library.importing.assembly import assemble
from models_library.importing.reading import read_bytes, read_text
from models_library.models import OperationalModelPage

IMPORT_ACTION = "models_library.import_model"


def read_source(*, data=None, text=None):
    """The Reading of uploaded bytes or of pasted text; ImportRefused when neither can be imported."""
    return read_bytes(data) if data is not None else read_text(text)


def do_import_model(*, parent, user, data=None, text=None, title="", source_name=""):
    """Create a draft OperationalModelPage under `parent` from a document; returns (page, summary).

    Reading and checking happen before the transaction opens, so refused input creates nothing."""
    reading = read_source(data=data, text=text)
    draft = assemble(reading, title=title, source_name=source_name)
    with transaction.atomic():
        page = OperationalModelPage(live=False, locale=parent.locale, **draft.values)
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=True, clean=False)
        log(instance=page, action=IMPORT_ACTION, user=user, data=draft.summary)
    return page, draft.summary


def import_summary(page):
    """The summary recorded by the page's latest import, or None."""
    from wagtail.models import PageLogEntry

    entry = PageLogEntry.objects.filter(page=page, action=IMPORT_ACTION).order_by("-timestamp", "-pk").first()
    return entry.data if entry else None
