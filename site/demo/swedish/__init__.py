"""The Swedish demo content: taxonomy names, the network co-operation model and the site frame in Swedish."""

from .taxonomy import COLUMNS, PROJECTS, REGIONS, TAGS, TARGET_GROUPS

__all__ = ["COLUMNS", "PROJECTS", "REGIONS", "TAGS", "TARGET_GROUPS"]
