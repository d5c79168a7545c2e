"""Models of the public library, re-exported so `models_library.models.X` keeps working."""

from .pages import (
    GlossaryPage,
    ModelIndexPage,
    OperationalModelPage,
    OperationalModelTag,
    ProjectCoImplementer,
    ProjectIndexPage,
    ProjectPage,
    Stage,
)
from .snippets import GlossaryTerm, Region, TagTranslation, TargetGroup
from .versions import ModelVersion, PublicationKind, ReadingMark

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "ModelVersion",
    "ModelIndexPage",
    "OperationalModelPage",
    "OperationalModelTag",
    "ProjectCoImplementer",
    "ProjectIndexPage",
    "ProjectPage",
    "PublicationKind",
    "ReadingMark",
    "Region",
    "Stage",
    "TagTranslation",
    "TargetGroup",
]
