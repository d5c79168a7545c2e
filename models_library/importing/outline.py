"""A sanitised document split at its headings: the title, then parts, each with the section or field it names.

A heading that names nothing starts a part of its own (not placed), unless it is deeper than the heading of the
section it stands in: then it is a subheading of that section. A bold-only paragraph that names a section counts
as a heading, since many Word documents are written that way.
"""

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag

from models_library.importing.headings import SECTION, match_heading

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BOLD = {"strong", "b"}


@dataclass
class Part:
    heading: str
    level: int
    target: object = None  # a headings.Target, or None when the heading names nothing
    elements: list = field(default_factory=list)


@dataclass
class Outline:
    title: str = ""
    preamble: list = field(default_factory=list)
    parts: list = field(default_factory=list)


def heading_of(element):
    """(text, level) when the element is a heading, else None."""
    if element.name in HEADINGS:
        return element.get_text(" ", strip=True), HEADINGS[element.name]
    if element.name == "p":
        children = [
            child for child in element.contents if not (isinstance(child, NavigableString) and not child.strip())
        ]
        if len(children) == 1 and isinstance(children[0], Tag) and children[0].name in BOLD:
            text = element.get_text(" ", strip=True)
            match = match_heading(text)
            if match and match.target.kind == SECTION:
                return text, 2
    return None


def top_level_elements(html):
    soup = BeautifulSoup(html, "html.parser")
    for child in soup.contents:
        if isinstance(child, NavigableString):
            if child.strip():
                paragraph = soup.new_tag("p")
                paragraph.string = child.strip()
                yield paragraph
        elif isinstance(child, Tag):
            yield child


def split(html):
    outline = Outline()
    current = None
    for element in top_level_elements(html):
        found = heading_of(element)
        if found is None:
            (current.elements if current else outline.preamble).append(element)
            continue
        text, level = found
        if not text:
            continue
        match = match_heading(text)
        if match is None:
            if not outline.title and current is None and not outline.preamble:
                outline.title = text
                continue
            if current is not None and current.target is not None and level > current.level:
                current.elements.append(element)
                continue
        current = Part(text, level, match.target if match else None)
        outline.parts.append(current)
    return outline
