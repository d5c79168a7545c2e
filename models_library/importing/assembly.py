"""An outline as the field values of a draft model, and the summary of what went where.

Sections get the blocks of the parts that name them (in document order, a section named twice gets both);
basic-information fields get the part's text when it fits the field. Everything else goes, under its own
heading, into the model's "not placed" field, where the editor sees it: nothing of the document is dropped
but images, which the summary counts.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from models_library.importing import headings
from models_library.importing.stream import Counts, block, heading_block, to_blocks
from models_library.models import OperationalModelPage
from models_library.sections import SECTIONS

UNPLACED_HEADING_LEVEL = "h3"
# Why a part was not placed; the summary template says it in words.
NO_MATCH, NOT_A_MODEL_SECTION, DOES_NOT_FIT, ONLY_LINKS_FIT, BEFORE_FIRST_HEADING = (
    "no_match",
    "not_a_model_section",
    "does_not_fit",
    "only_links_fit",
    "before_first_heading",
)


@dataclass
class Draft:
    values: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)


def part_text(elements, separator):
    return separator.join(text for text in (element.get_text(" ", strip=True) for element in elements) if text)


def field_value(key, elements):
    """The part's text if it is a valid value of the model's field `key`, else None."""
    model_field = OperationalModelPage._meta.get_field(key)
    value = part_text(elements, "\n\n" if key == "lead" else " ")
    if not value:
        return None
    if model_field.max_length and len(value) > model_field.max_length:
        return None
    if key == "contact_email":
        try:
            validate_email(value)
        except ValidationError:
            return None
    return value


def link_blocks(elements):
    """The links of an attachments part as link blocks, and whether the part had text besides its links."""
    links = [
        link
        for element in elements
        for link in ([element] if element.name == "a" else element.find_all("a"))
        if link.get("href", "").startswith(("http://", "https://"))  # what a link block's address accepts
    ]
    items = [
        block("link", {"url": link["href"], "title": (link.get_text(" ", strip=True) or link["href"])[:200]})
        for link in links
    ]
    link_text = sum(len(link.get_text(strip=True)) for link in links)
    all_text = sum(len(element.get_text(strip=True)) for element in elements)
    return items, all_text > link_text


def counts_row(heading, counts, **extra):
    return {
        "heading": heading,
        "paragraphs": counts.paragraphs,
        "lists": counts.lists,
        "tables": counts.tables,
        "headings": counts.headings,
        **extra,
    }


def assemble(reading, *, title="", source_name=""):
    outline = reading.outline
    draft = Draft()
    sections = {}
    section_rows = {}
    unplaced = []
    summary = draft.summary = {
        "source": source_name,
        "kind": reading.kind,
        "images": reading.images,
        "sections": [],
        "fields": [],
        "notes": [],
        "unplaced": [],
    }

    def put_aside(heading, elements, reason):
        blocks = to_blocks(elements)
        if not blocks.items:
            return
        unplaced.append(heading_block(heading or _("Before the first heading"), UNPLACED_HEADING_LEVEL))
        unplaced.extend(blocks.items)
        summary["unplaced"].append(counts_row(heading, blocks.counts, reason=reason))

    for part in outline.parts:
        target = part.target
        if target is None:
            put_aside(part.heading, part.elements, NO_MATCH)
        elif target.kind == headings.SECTION and target.key == "attachments":
            items, other = link_blocks(part.elements)
            sections.setdefault(target.key, []).extend(items)
            section_rows.setdefault(target.key, []).append(counts_row(part.heading, Counts(), links=len(items)))
            if other:
                put_aside(part.heading, part.elements, ONLY_LINKS_FIT)
        elif target.kind == headings.SECTION:
            blocks = to_blocks(part.elements)
            sections.setdefault(target.key, []).extend(blocks.items)
            section_rows.setdefault(target.key, []).append(counts_row(part.heading, blocks.counts))
        elif target.kind == headings.FIELD:
            value = field_value(target.key, part.elements)
            if value is None or target.key in draft.values:
                put_aside(part.heading, part.elements, DOES_NOT_FIT)
            else:
                draft.values[target.key] = value
                summary["fields"].append({"heading": part.heading, "field": target.key, "value": value})
        elif target.kind == headings.NOTE:
            summary["notes"].append({"heading": part.heading, "value": part_text(part.elements, " ")})
        else:  # a group heading's own text, or a part of a project page that has no place in a model
            put_aside(part.heading, part.elements, NOT_A_MODEL_SECTION)

    preamble = part_text(outline.preamble, "\n\n")
    if (
        preamble
        and "lead" not in draft.values
        and len(preamble) <= OperationalModelPage._meta.get_field("lead").max_length
    ):
        draft.values["lead"] = preamble
        summary["fields"].append({"heading": "", "field": "lead", "value": preamble})
    elif preamble and preamble != draft.values.get("lead"):
        blocks = to_blocks(outline.preamble)
        unplaced[:0] = [heading_block(_("Before the first heading"), UNPLACED_HEADING_LEVEL), *blocks.items]
        summary["unplaced"].insert(0, counts_row("", blocks.counts, reason=BEFORE_FIRST_HEADING))

    chosen_title = (title or "").strip() or draft.values.get("title") or outline.title or Path(source_name).stem or "—"
    draft.values["title"] = chosen_title[: OperationalModelPage._meta.get_field("title").max_length]
    summary["title"] = draft.values["title"]
    for section_key, items in sections.items():
        draft.values[section_key] = items
    draft.values["unplaced"] = unplaced
    summary["sections"] = [
        {"key": section.key, "parts": section_rows[section.key]} for section in SECTIONS if section.key in section_rows
    ]
    summary["empty_required"] = [
        section.key for section in SECTIONS if section.required and not sections.get(section.key)
    ]
    return draft
