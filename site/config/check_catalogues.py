"""Fail when a translatable string lacks a Finnish or Swedish translation, or one is marked fuzzy.

Runs `makemessages` in a copy of the source tree, so the check never touches the working tree:
`python -m config.check_catalogues` (the Makefile's `lint` target runs it).
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

import django
import polib
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

LANGUAGES_CHECKED = ("fi", "sv")
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "static_collected", "test-artifacts", "media", "__pycache__", "*.mo", "*.sqlite3"
)


def missing_translations(locale_dir):
    """(language, msgid, reason) for every entry of the refreshed catalogues that a reader would see untranslated."""
    for language in LANGUAGES_CHECKED:
        catalogue = polib.pofile(str(Path(locale_dir) / language / "LC_MESSAGES" / "django.po"))
        for entry in catalogue:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                yield language, entry.msgid, "fuzzy"
            elif not entry.translated():
                yield language, entry.msgid, "untranslated"


def main():
    django.setup()
    root = Path(settings.BASE_DIR)
    locale_dir = Path(settings.LOCALE_PATHS[0]).relative_to(root)
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "tree"
        shutil.copytree(root, copy, ignore=NOT_COPIED)
        # makemessages reads the files under the current directory and writes to the locale folders it finds there.
        os.chdir(copy)
        try:
            with override_settings(LOCALE_PATHS=[copy / locale_dir]):
                call_command("makemessages", locale=list(LANGUAGES_CHECKED), no_obsolete=True, verbosity=0)
        finally:
            os.chdir(here)
        problems = list(missing_translations(copy / locale_dir))
    for language, msgid, reason in problems:
        print(f"{language}: {reason}: {msgid!r}")
    if problems:
        print(f"{len(problems)} catalogue entries need a translation; run `make messages` and translate them.")
        return 1
    print(f"Catalogues complete: {', '.join(LANGUAGES_CHECKED)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
