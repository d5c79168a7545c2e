"""Models of the co-development workspace, re-exported so `codev.models.X` keeps working."""

from .attachments import ALT_TEXT_MAX_LENGTH, Attachment
from .data_rights import AccountDeletion
from .evaluation import DEFAULT_CRITERIA, LIGHT_SCORE, Light, MeterCriterion, MeterRating, RoundEvaluation
from .groups import CoDevelopmentGroup, Invitation, Membership, Profile, Role, display_name
from .notifications import (
    Delivery,
    Frequency,
    ModelFollow,
    Notification,
    NotificationKind,
    NotificationPreference,
    RoundAnnouncement,
)
from .posts import (
    OPEN_DISPOSITIONS,
    POST_MAX_LENGTH,
    Disposition,
    DispositionChange,
    ModerationAction,
    Post,
    PostStatus,
    Reaction,
)
from .responses import VersionResponse
from .rounds import (
    DEFAULT_COLUMN_COLOURS,
    DEFAULT_COLUMN_NAMES,
    DEFAULT_COLUMNS,
    Board,
    Column,
    ColumnColour,
    Round,
    RoundFormat,
    RoundState,
    SmallGroup,
)
from .security import TwoFactorEvent, TwoFactorEventKind
from .themes import THEME_NAME_MAX_LENGTH, ScopeKind, Theme, ThemeAction, ThemeAssignment
from .visits import BoardVisit
from .votes import RATING_MAX, DotVote, DotVoteBallot, DotVoteMark, PostReaction, SecondReaction

__all__ = [
    "ALT_TEXT_MAX_LENGTH",
    "AccountDeletion",
    "Attachment",
    "DEFAULT_COLUMN_COLOURS",
    "DEFAULT_COLUMN_NAMES",
    "DEFAULT_COLUMNS",
    "DEFAULT_CRITERIA",
    "LIGHT_SCORE",
    "OPEN_DISPOSITIONS",
    "POST_MAX_LENGTH",
    "Board",
    "BoardVisit",
    "CoDevelopmentGroup",
    "Delivery",
    "Disposition",
    "DispositionChange",
    "Frequency",
    "Light",
    "MeterCriterion",
    "MeterRating",
    "Column",
    "ColumnColour",
    "Invitation",
    "Membership",
    "ModelFollow",
    "ModerationAction",
    "Notification",
    "NotificationKind",
    "NotificationPreference",
    "Post",
    "PostStatus",
    "Profile",
    "Reaction",
    "Role",
    "Round",
    "RoundAnnouncement",
    "RoundEvaluation",
    "RoundFormat",
    "RoundState",
    "ScopeKind",
    "SmallGroup",
    "THEME_NAME_MAX_LENGTH",
    "Theme",
    "ThemeAction",
    "ThemeAssignment",
    "TwoFactorEvent",
    "TwoFactorEventKind",
    "VersionResponse",
    "display_name",
    "DotVote",
    "DotVoteBallot",
    "DotVoteMark",
    "PostReaction",
    "RATING_MAX",
    "SecondReaction",
]
