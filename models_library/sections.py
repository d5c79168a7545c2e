"""The sections of an operational-model description, in Innokylä's order.

A section's key is its StreamField's name and its anchor on the page. Keys are permanent:
feedback points at them and version comparison walks them, so never rename one.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DESCRIPTION = "description"
DEVELOPMENT_PATH = "development_path"

GROUP_LABELS = {
    DESCRIPTION: _("Description of the operational model"),
    DEVELOPMENT_PATH: _("Development path"),
}


@dataclass(frozen=True)
class Section:
    key: str
    label: Promise
    group: str
    required: bool = False
    help_text: Promise | str = ""

    @property
    def anchor(self):
        return self.key.replace("_", "-")


SECTIONS = (
    Section(
        "basic_idea",
        _("Basic idea of the solution"),
        DESCRIPTION,
        required=True,
        help_text=_("What the model is and what problem it solves, in a few paragraphs."),
    ),
    Section(
        "environment",
        _("Operating environment"),
        DESCRIPTION,
        required=True,
        help_text=_("Where and in which services the model is used."),
    ),
    Section(
        "conditions",
        _("Conditions for functioning and implementation"),
        DESCRIPTION,
        required=True,
        help_text=_("What must be in place for the model to work and to be taken into use."),
    ),
    Section("implementation", _("Implementation"), DESCRIPTION),
    Section("resources", _("Resources"), DESCRIPTION),
    Section("evaluation", _("Evaluation and impacts"), DESCRIPTION),
    Section("rooting", _("Embedding and dissemination"), DESCRIPTION),
    Section("attachments", _("Attachments and links"), DESCRIPTION),
    Section("starting_point", _("Starting point and strategic connections"), DEVELOPMENT_PATH),
    Section("needs", _("Needs behind the development work"), DEVELOPMENT_PATH),
    Section("co_development", _("Gathering the developers and co-development"), DEVELOPMENT_PATH),
    Section("target_change", _("Intended change"), DEVELOPMENT_PATH),
    Section("measuring_change", _("Measuring the change"), DEVELOPMENT_PATH),
    Section("target_group", _("Target group and client understanding"), DEVELOPMENT_PATH, required=True),
)

SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}


def section_label(key):
    """The heading of the section `key` names, in the active language; "" for none (feedback on the whole model)."""
    section = SECTIONS_BY_KEY.get(key)
    return str(section.label) if section else ""


SECTION_CHOICES = [(section.key, section.label) for section in SECTIONS]


def sections_in(group):
    return [section for section in SECTIONS if section.group == group]
