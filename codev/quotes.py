"""Passages of a model's published text: finding a quote in a version again by its words and the words around it.

Quotes follow the W3C Web Annotation TextQuoteSelector: the exact words, with some text before (prefix) and after
(suffix) to tell apart passages whose words repeat. Texts are compared with their whitespace squeezed, because
copying from a web page changes line breaks.
"""

import re
from dataclasses import dataclass

from models_library.comparison import block_text
from models_library.sections import SECTIONS

# Enough context on each side to find the passage again when later versions repeat its words elsewhere.
QUOTE_CONTEXT = 40
# A sentence ends at ., ! or ? followed by whitespace; the section-level quote picker offers these.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def squeeze(text):
    return " ".join((text or "").split())


def section_texts(version, page=None):
    """{section key: the section's readable text, whitespace squeezed}, in Innokylä's order, as the version has it."""
    model = version.get_page_object(page)
    texts = {}
    for section in SECTIONS:
        if value := getattr(model, section.key, None):
            texts[section.key] = squeeze(" ".join(block_text(block) for block in value))
    return texts


def sentences(text):
    return [sentence for sentence in SENTENCE_END.split(text) if sentence]


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    # False when only the exact words were found, not the context the quote was taken in.
    in_context: bool


def locate(text, exact, prefix="", suffix=""):
    """Where the quote is in `text` (squeezed): the occurrence with the same context, else the first; or None."""
    exact, prefix, suffix = squeeze(exact), squeeze(prefix), squeeze(suffix)
    if not exact:
        return None
    first = None
    start = text.find(exact)
    while start >= 0:
        end = start + len(exact)
        if text[:start].rstrip().endswith(prefix) and text[end:].lstrip().startswith(suffix):
            return Match(start, end, True)
        first = first or Match(start, end, False)
        start = text.find(exact, start + 1)
    return first


def selector(text, match):
    """The quote at `match` in `text`: its exact words and the context on each side, as stored with a post."""
    return {
        "exact": text[match.start : match.end],
        "prefix": text[max(0, match.start - QUOTE_CONTEXT) : match.start],
        "suffix": text[match.end : match.end + QUOTE_CONTEXT],
    }


def locate_in_sections(texts, exact, section_key="", prefix="", suffix=""):
    """(section key, Match) of the quote in {section key: text}, or None. The named section is searched first,
    then the others, so a member who picked the wrong section still quotes."""
    order = ([section_key] if section_key in texts else []) + [key for key in texts if key != section_key]
    for key in order:
        found = locate(texts[key], exact, prefix, suffix)
        if found:
            return key, found
    return None


def find_quote(version, exact, section_key="", prefix="", suffix=""):
    """The quote as the version has it, with its section and the text just before and after; None if absent."""
    texts = section_texts(version)
    located = locate_in_sections(texts, exact, section_key, prefix, suffix)
    if located is None:
        return None
    key, found = located
    return {"version": version, "section": key, **selector(texts[key], found)}
