"""Boots Django on a throwaway SQLite database in a temporary directory (or the copy bench/reuse.py kept)."""

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def bootstrap(workdir):
    """Configure settings for a database and media files under `workdir` and set Django up."""
    for path in (REPO_ROOT / "site", REPO_ROOT):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

    from django.conf import settings

    # Replace the whole entry: a DATABASE_URL pointing elsewhere must never be touched.
    settings.DATABASES["default"] = {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(Path(workdir) / "bench.sqlite3"),
        "ATOMIC_REQUESTS": False,
    }
    settings.MEDIA_ROOT = str(Path(workdir) / "media")
    # Static files as production serves them, for the "static CSS" row: WhiteNoise, straight from the finders.
    settings.MIDDLEWARE = [
        settings.MIDDLEWARE[0],
        "whitenoise.middleware.WhiteNoiseMiddleware",
        *settings.MIDDLEWARE[1:],
    ]
    # Sessions as production keeps them: in the cache in front of the database.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = False

    import django

    django.setup()


def migrate():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
