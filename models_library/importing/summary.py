"""The recorded summary of an import in words, in the reader's language: for the admin screen and the command."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from models_library.importing import assembly
from models_library.models import OperationalModelPage
from models_library.sections import SECTIONS_BY_KEY

REASONS = {
    assembly.NO_MATCH: _("the heading names no section"),
    assembly.NOT_A_MODEL_SECTION: _("a part of an Innokylä project page, with no place in a model"),
    assembly.DOES_NOT_FIT: _("does not fit the field (too long, not an email address, or given twice)"),
    assembly.ONLY_LINKS_FIT: _("only links fit under “Attachments and links”"),
    assembly.BEFORE_FIRST_HEADING: _("text before the first heading"),
}


@dataclass
class Row:
    target: str
    heading: str
    detail: str


@dataclass
class Rows:
    sections: list = field(default_factory=list)
    fields: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    unplaced: list = field(default_factory=list)
    empty_required: list = field(default_factory=list)
    images: int = 0


def describe_counts(row):
    parts = []
    if row.get("paragraphs"):
        parts.append(
            ngettext("%(count)s paragraph", "%(count)s paragraphs", row["paragraphs"]) % {"count": row["paragraphs"]}
        )
    if row.get("lists"):
        parts.append(ngettext("%(count)s list", "%(count)s lists", row["lists"]) % {"count": row["lists"]})
    if row.get("tables"):
        parts.append(ngettext("%(count)s table", "%(count)s tables", row["tables"]) % {"count": row["tables"]})
    if row.get("headings"):
        parts.append(
            ngettext("%(count)s subheading", "%(count)s subheadings", row["headings"]) % {"count": row["headings"]}
        )
    if row.get("links"):
        parts.append(ngettext("%(count)s link", "%(count)s links", row["links"]) % {"count": row["links"]})
    return ", ".join(parts) or str(_("no content"))


def field_label(key):
    return str(OperationalModelPage._meta.get_field(key).verbose_name).capitalize()


def summary_rows(summary):
    rows = Rows(images=summary.get("images", 0))
    for section in summary.get("sections", []):
        label = str(SECTIONS_BY_KEY[section["key"]].label)
        rows.sections += [Row(label, part["heading"], describe_counts(part)) for part in section["parts"]]
    rows.fields = [Row(field_label(row["field"]), row["heading"], row["value"]) for row in summary.get("fields", [])]
    rows.notes = [Row("", row["heading"], row["value"]) for row in summary.get("notes", [])]
    rows.unplaced = [
        Row(str(REASONS.get(row["reason"], "")), row["heading"], describe_counts(row))
        for row in summary.get("unplaced", [])
    ]
    rows.empty_required = [str(SECTIONS_BY_KEY[key].label) for key in summary.get("empty_required", [])]
    return rows


def summary_lines(summary):
    """The summary as plain lines, for the management command."""
    rows = summary_rows(summary)
    before_first = _("Before the first heading")
    lines = [str(_("Name: %(title)s")) % {"title": summary.get("title", "")}]
    lines += [f"{row.target} ← “{row.heading}”: {row.detail}" for row in rows.sections]
    lines += [f"{row.target} ← “{row.heading or before_first}”: {row.detail}" for row in rows.fields]
    lines += [
        str(_("Noted: %(heading)s %(value)s")) % {"heading": row.heading, "value": row.detail} for row in rows.notes
    ]
    lines += [
        str(_("Not placed: “%(heading)s” (%(reason)s): %(content)s"))
        % {"heading": row.heading or before_first, "reason": row.target, "content": row.detail}
        for row in rows.unplaced
    ]
    if rows.empty_required:
        lines.append(
            str(_("Required sections still empty: %(sections)s")) % {"sections": ", ".join(rows.empty_required)}
        )
    if rows.images:
        lines.append(
            ngettext(
                "%(count)s image was not imported: add it in the editor.",
                "%(count)s images were not imported: add them in the editor.",
                rows.images,
            )
            % {"count": rows.images}
        )
    return lines
