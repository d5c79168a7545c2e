"""Our templates hold nothing the Content-Security-Policy refuses, so no page breaks quietly in a browser."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Emails are read in mail clients, which need inline styles and apply no policy; so is the page in a member's
# data download, which opens from their own disk with no style sheet beside it.
TEMPLATES = sorted(
    path
    for folder in ("codev", "models_library", "home", "site/templates")
    for path in (ROOT / folder).rglob("*.html")
    if "email" not in path.relative_to(ROOT).parts and not path.as_posix().endswith("my_data/export.html")
)
REFUSED = {
    # A JSON-LD element is data that no browser runs, so it is the one inline <script> allowed.
    "an inline <script>": re.compile(r"<script(?![^>]*\ssrc=)(?! type=\"application/ld\+json\">)[^>]*>", re.IGNORECASE),
    "an event-handler attribute": re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE),
    "a javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
    "a style attribute": re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE),
    "a <style> element": re.compile(r"<style[\s>]", re.IGNORECASE),
    "an hx-on attribute, which htmx would have to eval": re.compile(r"\shx-on", re.IGNORECASE),
}


def test_there_are_templates_to_check():
    assert len(TEMPLATES) > 20


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_template_has_no_inline_script_handler_or_style(template):
    text = template.read_text()
    found = [what for what, pattern in REFUSED.items() if pattern.search(text)]
    assert not found, f"{template.relative_to(ROOT)} has {', '.join(found)}"
