"""A version as a Word document: Word's own heading and list styles, so it outlines and archives like any other."""

import io

import lxml.html
from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from docx import Document

from models_library.documents.content import absolute_links
from models_library.documents.innokyla import basic_fields

BOLD_TAGS = {"b", "strong"}
ITALIC_TAGS = {"i", "em"}
LIST_TAGS = {"ul", "ol"}
HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}
# Where a block's own headings go under the document's: title 0, groups 1, sections 2.
BLOCK_HEADING_LEVEL = 3


def add_inline(paragraph, element, bold=False, italic=False):
    """The text of `element` as runs of `paragraph`, keeping bold, italics and link addresses."""
    if element.text:
        run = paragraph.add_run(element.text)
        run.bold, run.italic = bold or None, italic or None
    for child in element:
        if not isinstance(child.tag, str) or child.tag in LIST_TAGS:
            pass
        elif child.tag == "br":
            paragraph.add_run().add_break()
        else:
            add_inline(paragraph, child, bold or child.tag in BOLD_TAGS, italic or child.tag in ITALIC_TAGS)
            href = child.get("href", "") if child.tag == "a" else ""
            if href.startswith(("http://", "https://")) and "term" not in child.get("class", ""):
                paragraph.add_run(f" ({href})")
        if child.tail:
            run = paragraph.add_run(child.tail)
            run.bold, run.italic = bold or None, italic or None


def add_list(document, element, depth=0):
    style = "List Number" if element.tag == "ol" else "List Bullet"
    if depth:
        style += f" {min(depth + 1, 3)}"
    for item in element.findall("li"):
        add_inline(document.add_paragraph(style=style), item)
        for nested in item:
            if nested.tag in LIST_TAGS:
                add_list(document, nested, depth + 1)


def add_table(document, element):
    rows = element.findall(".//tr")
    width = max((len(row.findall("th") + row.findall("td")) for row in rows), default=0)
    if not rows or not width:
        return
    table = document.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, source in zip(cells, [c for c in row if c.tag in ("th", "td")], strict=False):
            add_inline(cell.paragraphs[0], source, bold=source.tag == "th" and row.getparent().tag == "thead")


def add_html(document, html):
    """Block-level HTML (a rendered block) as Word paragraphs, headings, lists and tables."""
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    add_children(document, root)


def add_children(document, element):
    if element.text and element.text.strip():
        document.add_paragraph(element.text.strip())
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in LIST_TAGS:
            add_list(document, child)
        elif child.tag in HEADING_TAGS:
            document.add_heading(child.text_content().strip(), level=BLOCK_HEADING_LEVEL)
        elif child.tag == "table":
            add_table(document, child)
        elif child.tag == "blockquote":
            add_inline(document.add_paragraph(style="Quote"), child)
        elif child.tag in ("p", "figcaption", "dt", "dd", "cite", "a", "span", "strong", "em"):
            add_inline(document.add_paragraph(), child)
        elif child.tag == "img":
            if child.get("alt"):
                document.add_paragraph(child.get("alt"))
        else:
            add_children(document, child)
        if child.tail and child.tail.strip():
            document.add_paragraph(child.tail.strip())


def add_checklist(document, value):
    document.add_heading(value["title"], level=BLOCK_HEADING_LEVEL)
    if value["intro"]:
        document.add_paragraph(value["intro"])
    if not value["two_columns"]:
        for item in value["items"]:
            document.add_paragraph(f"☐ {item['text']}")
        return
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = _("Item")
    header[1].text = value["worker_column"] or _("Worker")
    header[2].text = value["family_column"] or _("Young person / family")
    for item in value["items"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = item["text"], "☐", "☐"


def build_docx(doc):
    version, model = doc.version, doc.model
    document = Document()
    properties = document.core_properties
    properties.title = model.title
    properties.subject = model.lead[:255]
    properties.language = doc.content_language
    properties.created = version.published_at
    properties.identifier = doc.permanent_url
    properties.version = version.label
    properties.author = model.author_organisation or ""

    document.add_heading(model.title, level=0)
    facts = document.add_paragraph()
    facts.add_run(_("Version %(number)s, published %(date)s") % {"number": version.label, "date": _date(version)})
    facts.add_run().add_break()
    facts.add_run(_("Permanent address: %(url)s") % {"url": doc.permanent_url})
    document.add_paragraph(
        _("What changed and why: %(note)s") % {"note": version.change_note or _("First published version.")}
    )
    document.add_paragraph(model.lead)

    document.add_heading(_("Basic information"), level=1)
    for field in basic_fields(doc):
        if field["text"] and field["key"] not in ("title", "lead"):
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{field['label']}: ").bold = True
            paragraph.add_run(field["text"])

    for group_label, sections in doc.section_groups():
        document.add_heading(str(group_label), level=1)
        for section, value in sections:
            document.add_heading(str(section.label), level=2)
            for block in value:
                if block.block_type == "checklist":
                    add_checklist(document, block.value)
                else:
                    add_html(document, doc.glossary.explain(absolute_links(str(block.render()), doc.root)))

    if doc.glossary.used:
        document.add_heading(_("Terms used in this description"), level=1)
        for term in doc.glossary.used:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{term.term}: ").bold = True
            paragraph.add_run(term.definition)

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _date(version):
    return date_format(localtime(version.published_at), "j.n.Y")
