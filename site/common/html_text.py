"""HTML as text, in the shapes its readers need: one line of words, one line per block, or the text a member typed."""

import re
from html import unescape

from django.utils.html import strip_tags

BLOCK_END = re.compile(r"</(p|div|li|blockquote|h[1-6]|ul|ol)\s*>|<br\s*/?>", re.IGNORECASE)
LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)[^>]*>")
AUTO_LINK = re.compile(r'<a [^>]*href="([^"]*)"[^>]*>([^<]*)</a>')


def plain_text(html):
    """The words without markup, on one line: for excerpts, emails, search and grouping."""
    return " ".join(unescape(strip_tags(html or "")).split())


def text_lines(html, *, bullets=False):
    """One line per paragraph, heading or list item, white space folded, entities decoded; `bullets` marks list
    items with "• " (spreadsheets), without it the lines are the words a comparison diffs."""
    text = BLOCK_END.sub("\n", html or "")
    if bullets:
        text = LIST_ITEM.sub("• ", text)
    lines = (" ".join(line.split()) for line in unescape(strip_tags(text)).splitlines())
    return "\n".join(line for line in lines if line)


def visible_length(html):
    """Characters a reader sees, for a length limit: neither markup nor the entities that escape `&` and `<` count
    beyond the one character they show."""
    return len(unescape(strip_tags(html)).strip())


def editable_text(body):
    """A post as its author typed it: plain paragraphs and bare links become plain text again.

    A post with other formatting is edited as its HTML, so that nothing is lost.
    """

    def unlink(match):
        href, text = unescape(match.group(1)), unescape(match.group(2))
        return match.group(2) if href in (text, f"http://{text}", f"https://{text}") else match.group(0)

    text = AUTO_LINK.sub(unlink, body)
    if any(match.group(2).lower() not in ("p", "br") for match in TAG.finditer(text)):
        return body
    text = re.sub(r"</p>\s*<p>", "\n\n", text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = unescape(TAG.sub("", text))
    return body if "<" in text else text
