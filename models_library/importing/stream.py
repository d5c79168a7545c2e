"""The elements of one part of a document as StreamField blocks: text runs, subheadings and tables."""

import uuid
from dataclasses import dataclass, field

from models_library.importing.outline import HEADINGS

TEXT_ELEMENTS = {"p", "ul", "ol", "blockquote"}
HEADING_MAX_LENGTH = 200


@dataclass
class Counts:
    paragraphs: int = 0
    lists: int = 0
    tables: int = 0
    headings: int = 0

    def add(self, other):
        for name in ("paragraphs", "lists", "tables", "headings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Blocks:
    items: list = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def heading_block(text, level="h4"):
    return block("heading", {"text": text[:HEADING_MAX_LENGTH], "level": level})


def has_content(element):
    return bool(element.get_text(strip=True)) or element.find("a") is not None


def to_blocks(elements):
    """One paragraph block per run of text elements; tables and subheadings between them."""
    result = Blocks()
    run = []

    def flush():
        if run:
            result.items.append(block("paragraph", "".join(str(element) for element in run)))
            run.clear()

    for element in elements:
        if not has_content(element):
            continue
        if element.name in HEADINGS:
            flush()
            result.items.append(heading_block(element.get_text(" ", strip=True)))
            result.counts.headings += 1
        elif element.name == "table":
            flush()
            result.items.append(block("table", table_value(element)))
            result.counts.tables += 1
        else:
            if element.name not in TEXT_ELEMENTS:
                element.name = "p"
            run.append(element)
            if element.name in ("ul", "ol"):
                result.counts.lists += 1
            else:
                result.counts.paragraphs += 1
    flush()
    return result


def cell_html(cell):
    inner = "".join(str(child) for child in cell.contents).strip()
    if not inner:
        return ""
    return inner if cell.find(["p", "ul", "ol"]) else f"<p>{inner}</p>"


def table_value(table):
    """TableBlock's raw value: the first row gives the column headings, as in most Word tables."""
    rows = [row.find_all(["td", "th"], recursive=False) for row in table.find_all("tr")]
    rows = [row for row in rows if row]
    width = max((len(row) for row in rows), default=0)
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    headings = [cell.get_text(" ", strip=True) for cell in header] + [""] * (width - len(header))
    return {
        "caption": "",
        "columns": [{"type": "text", "heading": heading} for heading in headings],
        "rows": [{"values": [cell_html(cell) for cell in row] + [""] * (width - len(row))} for row in body],
    }
