"""Text copied from an Innokylä page, as HTML with headings: the importer then reads it as it reads Word.

A copied page has one paragraph, list item or heading per line. A line is a heading when it names a known
section or field, or when it ends in Innokylä's required-field mark "**"; any other line stays text, so a
short sentence is never mistaken for a heading. The first line is the page's name.
"""

import re
from html import escape

from models_library.importing.headings import NOISE, match_heading

BULLET = re.compile(r"^[•·▪◦‣∙*–-]\s+(?P<text>.+)$")
NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?P<text>.+)$")
SEPARATOR = re.compile(r"^[*_=~-]{3,}$")
REQUIRED_MARK = re.compile(r"\s*\*\*\s*$")
MAX_HEADING_LENGTH = 150


def clean_line(line):
    return NOISE.sub("", line.replace("\u00a0", " ").strip()).strip()


def is_heading(line):
    if len(line) > MAX_HEADING_LENGTH:
        return False
    return bool(REQUIRED_MARK.search(line)) or match_heading(line) is not None


def text_to_html(text):
    out = []
    open_list = None

    def close_list():
        nonlocal open_list
        if open_list:
            out.append(f"</{open_list}>")
            open_list = None

    title_done = False
    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if not line or SEPARATOR.match(line):
            close_list()
            continue
        if is_heading(line):
            close_list()
            out.append(f"<h2>{escape(REQUIRED_MARK.sub('', line))}</h2>")
            title_done = True
            continue
        if not title_done:
            out.append(f"<h1>{escape(line)}</h1>")
            title_done = True
            continue
        item = BULLET.match(line) or NUMBERED.match(line)
        if item:
            kind = "ul" if BULLET.match(line) else "ol"
            if open_list != kind:
                close_list()
                out.append(f"<{kind}>")
                open_list = kind
            out.append(f"<li>{escape(item['text'].strip())}</li>")
            continue
        close_list()
        out.append(f"<p>{escape(line)}</p>")
    close_list()
    return "".join(out)
