"""A version in Innokylä's structure and field order, for a publisher to paste into Innokylä field by field."""

from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from models_library.comparison import block_text
from models_library.sections import DESCRIPTION, DEVELOPMENT_PATH, GROUP_LABELS, sections_in

BASIC_INFORMATION = "basic_information"


def _date(moment):
    return date_format(localtime(moment), "j.n.Y") if moment else ""


def basic_fields(doc):
    """Innokylä's Perustiedot, in its order; Innokylä requires the name and the short description."""
    model, facts = doc.model, doc.facts
    contact = ", ".join(part for part in (model.contact_name, model.contact_organisation) if part)
    project = "" if model.project_is_hidden else facts.get("project") or ""
    rows = [
        ("title", _("Name"), model.title, True),
        ("lead", _("Short description"), model.lead, True),
        ("stage", _("Development stage"), facts.get("stage_label") or doc.version.stage, False),
        ("implementation_area", _("Where it is implemented"), model.implementation_area, False),
        ("regions", _("Wellbeing services counties"), ", ".join(facts.get("regions", [])), False),
        ("target_groups", _("Target groups"), ", ".join(facts.get("target_groups", [])), False),
        ("tags", _("Tags"), ", ".join(facts.get("tags", [])), False),
        ("project", _("Project"), project, False),
        ("funder", _("Funder"), model.funder, False),
        ("author_organisation", _("Author organisation"), model.author_organisation, False),
        ("contact", _("Contact person"), contact, False),
        ("contact_email", _("Contact email"), model.contact_email, False),
        ("created", _("First published"), _date(doc.first_published_at), False),
        ("modified", _("Last updated"), _date(doc.version.published_at), False),
    ]
    return [
        {"key": key, "label": str(label), "text": text or "", "required": required}
        for key, label, text, required in rows
    ]


def section_text(blocks):
    return "\n\n".join(text for block in blocks if (text := block_text(block).strip()))


def section_fields(doc, group):
    return [
        {
            "key": section.key,
            "label": str(section.label),
            "text": section_text(getattr(doc.model, section.key)),
            "required": section.required,
        }
        for section in sections_in(group)
    ]


def innokyla_groups(doc):
    """[{key, title, fields: [{key, label, text, required}]}]: every field, filled or not, as Innokylä lists them."""
    return [
        {"key": BASIC_INFORMATION, "title": _("Basic information"), "fields": basic_fields(doc)},
        {"key": DESCRIPTION, "title": str(GROUP_LABELS[DESCRIPTION]), "fields": section_fields(doc, DESCRIPTION)},
        {
            "key": DEVELOPMENT_PATH,
            "title": str(GROUP_LABELS[DEVELOPMENT_PATH]),
            "fields": section_fields(doc, DEVELOPMENT_PATH),
        },
    ]


def innokyla_text(doc):
    """The same as plain text; required fields carry Innokylä's own mark, two asterisks."""
    lines = [doc.model.title, doc.permanent_url, ""]
    for group in innokyla_groups(doc):
        lines += [f"=== {group['title']} ===", ""]
        for field in group["fields"]:
            lines += [field["label"] + (" **" if field["required"] else ""), field["text"] or "–", ""]
    return "\n".join(lines)
