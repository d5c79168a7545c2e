"""Models of the co-development workspace, re-exported so `codev.models.X` keeps working."""

from .groups import CoDevelopmentGroup, Invitation, Membership, Profile, Role, display_name
from .posts import POST_MAX_LENGTH, ModerationAction, Post, PostStatus, Reaction
from .rounds import DEFAULT_COLUMNS, Board, Column, Round, RoundFormat, RoundState, SmallGroup

__all__ = [
    "DEFAULT_COLUMNS",
    "POST_MAX_LENGTH",
    "Board",
    "CoDevelopmentGroup",
    "Column",
    "Invitation",
    "Membership",
    "ModerationAction",
    "Post",
    "PostStatus",
    "Profile",
    "Reaction",
    "Role",
    "Round",
    "RoundFormat",
    "RoundState",
    "SmallGroup",
    "display_name",
]
