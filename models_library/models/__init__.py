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
from .snippets import GlossaryTerm, Region, TargetGroup

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "ModelIndexPage",
    "OperationalModelPage",
    "OperationalModelTag",
    "ProjectCoImplementer",
    "ProjectIndexPage",
    "ProjectPage",
    "Region",
    "Stage",
    "TargetGroup",
]
