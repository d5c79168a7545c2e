"""Whatever a member pastes from the public XSS cheat sheets, the sanitiser keeps only harmless formatting."""

import pytest

from common.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, clean_post_html
from tests.xss import FORBIDDEN_IN_FRAGMENT, executable_markup, payloads

PAYLOADS = payloads()


def test_the_corpus_has_a_few_hundred_payloads_from_the_public_lists():
    assert len(PAYLOADS) > 300
    assert "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>" in PAYLOADS
    assert "<details open ontoggle=alert(1)>" in PAYLOADS


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_sanitised_post_holds_no_executable_markup(payload):
    cleaned = clean_post_html(payload)

    assert executable_markup(cleaned, fragment=True) == []


def test_the_checker_sees_what_it_looks_for():
    """The corpus tests only prove something if the checker flags each kind of executable markup."""
    for html in [
        "<script>alert(1)</script>",
        "<p onclick=alert(1)>x</p>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" java\tscript:alert(1)">x</a>',
        '<img src="data:text/html,x">',
        *(f"<{tag}>" for tag in sorted(FORBIDDEN_IN_FRAGMENT)),
    ]:
        assert executable_markup(html, fragment=True), html


def test_on_a_whole_page_the_checker_still_sees_a_leak_among_our_own_scripts_and_charts():
    page = (
        '<html><head><title>Sivu</title><link rel="stylesheet" href="/static/css/site.css"></head><body>'
        '<svg role="img"><title>Kaavio</title></svg><script src="/static/js/board-live.js"></script>{}</body></html>'
    )
    assert executable_markup(page.format("")) == []
    for leak in [
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        '<link rel="stylesheet" href="//evil.example/x.css">',
        "<style>*{}</style>",
        '<a href="javascript:alert(1)">x</a>',
        "<iframe></iframe>",
        "<math></math>",
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    ]:
        assert executable_markup(page.format(leak)), leak


def test_only_the_allowlisted_tags_and_attributes_are_configured():
    """One place says what members may format: the allowlist has nothing that can carry script."""
    assert not set(ALLOWED_TAGS) & FORBIDDEN_IN_FRAGMENT
    assert all(not name.startswith("on") and name != "style" for names in ALLOWED_ATTRIBUTES.values() for name in names)
