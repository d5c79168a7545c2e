"""Word-level differences between two texts, marked up with <del> and <ins>.

Tokens are a run of word characters or a single other character, each with the whitespace
after it (or leading whitespace alone), so joining the tokens gives back the text exactly:
the markup read without its deletions is the new text, and without its insertions the old one.
"""

import re
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Each token carries the whitespace after it: far fewer tokens for the matcher, the same text when joined.
TOKEN = re.compile(r"\w+\s*|[^\w\s]\s*|\s+")

EQUAL, DELETE, INSERT = "equal", "delete", "insert"


def tokenize(text):
    return TOKEN.findall(text)


def diff_words(old, new):
    """The edit from `old` to `new` as a list of (operation, text) pieces."""
    before, after = tokenize(old), tokenize(new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    pieces = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append((EQUAL, "".join(before[i1:i2])))
            continue
        if i2 > i1:
            pieces.append((DELETE, "".join(before[i1:i2])))
        if j2 > j1:
            pieces.append((INSERT, "".join(after[j1:j2])))
    return pieces


def render_pieces(pieces):
    html = []
    for operation, text in pieces:
        if operation == DELETE:
            html.append(f"<del>{escape(text)}</del>")
        elif operation == INSERT:
            html.append(f"<ins>{escape(text)}</ins>")
        else:
            html.append(escape(text))
    return mark_safe("".join(html))  # noqa: S308 - every piece of text is escaped above


def render_diff(old, new):
    return render_pieces(diff_words(old, new))


def similarity(old, new):
    return SequenceMatcher(None, tokenize(old), tokenize(new), autojunk=False).ratio()
