"""Members' text is untrusted: a small allowlist of formatting and links, nothing else.

Imported documents are untrusted too: they get the same allowlist plus headings and tables, which the importer
turns into sections and table blocks."""

import bleach
from bleach.linkifier import DEFAULT_CALLBACKS

ALLOWED_TAGS = ["p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "blockquote"]
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = ["http", "https", "mailto"]
IMPORTED_TAGS = [*ALLOWED_TAGS, "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"]


def _safe_rel(attrs, new=False):
    attrs[(None, "rel")] = "nofollow noopener"
    return attrs


def clean_post_html(text):
    """Sanitised HTML of a post: plain text becomes paragraphs, links get rel="nofollow noopener"."""
    text = (text or "").strip().replace("\r\n", "\n")
    if "<" not in text:
        paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
        text = "".join(f"<p>{bleach.clean(part).replace(chr(10), '<br>')}</p>" for part in paragraphs)
    cleaned = bleach.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return bleach.linkify(cleaned, callbacks=[*DEFAULT_CALLBACKS, _safe_rel], skip_tags=["pre", "code"])


def clean_imported_html(html):
    """Sanitised HTML of an imported document: formatting, lists, links, headings and tables; no attributes
    but a link's address. Links are not added: an imported text says what its authors linked."""
    return bleach.clean(
        html or "",
        tags=IMPORTED_TAGS,
        attributes={"a": ["href"]},
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
