"""`manage.py load_demo_content`: fills a development database with the Finnish demo site."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.codev import load_codev_demo
from demo.codev_loop import load_codev_loop
from demo.codev_themes import load_themes_demo
from demo.loader import DemoLoader
from demo.users import DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_TOTP_USERS, DEMO_USERS

SITE_URL = "http://127.0.0.1:8000/fi/"
ADMIN_URL = "http://127.0.0.1:8000/admin/"


class Command(BaseCommand):
    help = "Create or update the demo pages, models, projects, glossary and sign-ins (development only)."

    def handle(self, *args, **options):
        # Demo sign-ins have a published password: they must never reach a production database.
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Demo content is not allowed here: settings.DEMO_CONTENT_ALLOWED is not true.")

        counts = DemoLoader().load()
        load_codev_demo(counts)
        load_codev_loop(counts)
        load_themes_demo(counts)

        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        kinds = sorted({kind for kind, _status in counts})
        for kind in kinds:
            summary = ", ".join(
                f"{counts[(kind, status)]} {status}"
                for status in ("created", "updated", "deleted", "password re-set", "unchanged")
                if counts[(kind, status)]
            )
            self.stdout.write(f"  {kind}: {summary}")
        self.stdout.write("")
        self.stdout.write("Demo sign-ins (username / password / what they can do):")
        for username, _first_name, _email, description in DEMO_USERS:
            self.stdout.write(f"  {username} / {DEMO_PASSWORD} / {description}")
        self.stdout.write(
            f"  Two-step sign-in for {', '.join(sorted(DEMO_TOTP_USERS))}: the code is printed by "
            f"`python manage.py demo_totp_code`, or add the key {DEMO_TOTP_SECRET} to an authenticator app."
        )
        self.stdout.write("")
        self.stdout.write(f"Site: {SITE_URL}")
        self.stdout.write(f"Admin: {ADMIN_URL}")
