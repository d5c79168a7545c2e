"""What a themes page groups: one board, one round, or one model across the group's rounds, never another group's."""

from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext as _

from codev.models import Board, Post, PostStatus, ScopeKind, Theme


@dataclass
class Scope:
    group: object
    kind: str
    target: object  # a Board, a Round or an OperationalModelPage
    include_replies: bool = False

    @property
    def key(self):
        return f"{self.kind}:{self.target.pk}"

    @property
    def title(self):
        if self.kind == ScopeKind.BOARD:
            return _("Round %(number)s: %(model)s") % {
                "number": self.target.round.number,
                "model": self.target.operational_model.title,
            }
        if self.kind == ScopeKind.ROUND:
            return _("Round %(number)s: %(theme)s") % {"number": self.target.number, "theme": self.target.theme}
        return _("%(model)s, all rounds") % {"model": self.target.title}

    def posts(self):
        """Published feedback of this group in the scope. Hidden and pending posts are not grouped: a
        facilitator hid them or has not approved them yet. Replies only when asked for."""
        posts = Post.objects.filter(board__round__group=self.group, status=PostStatus.PUBLISHED)
        if self.kind == ScopeKind.BOARD:
            posts = posts.filter(board=self.target)
        elif self.kind == ScopeKind.ROUND:
            posts = posts.filter(board__round=self.target)
        else:
            posts = posts.filter(board__operational_model=self.target)
        if not self.include_replies:
            posts = posts.filter(parent__isnull=True)
        return posts

    def themes(self):
        return Theme.objects.filter(group=self.group, scope_kind=self.kind, **{self.target_field: self.target})

    @property
    def target_field(self):
        return {ScopeKind.BOARD: "board", ScopeKind.ROUND: "round"}.get(self.kind, "operational_model")

    def boards(self):
        """The boards the scope covers, for the summary draft and for sections without feedback."""
        boards = Board.objects.filter(round__group=self.group).select_related("round", "operational_model")
        if self.kind == ScopeKind.BOARD:
            return boards.filter(pk=self.target.pk)
        if self.kind == ScopeKind.ROUND:
            return boards.filter(round=self.target)
        return boards.filter(operational_model=self.target)


def board_scope(group, pk, **options):
    board = Board.objects.select_related("round", "operational_model").filter(pk=pk, round__group=group).first()
    if board is None:
        raise Http404
    return Scope(group, ScopeKind.BOARD, board, **options)


def round_scope(group, number, **options):
    round_ = group.rounds.filter(number=number).first()
    if round_ is None:
        raise Http404
    return Scope(group, ScopeKind.ROUND, round_, **options)


def model_scope(group, pk, **options):
    board = Board.objects.select_related("operational_model").filter(operational_model_id=pk, round__group=group)
    found = board.first()
    if found is None:
        raise Http404
    return Scope(group, ScopeKind.MODEL, found.operational_model, **options)


def scope_of(theme, **options):
    target = {ScopeKind.BOARD: theme.board, ScopeKind.ROUND: theme.round}.get(theme.scope_kind) or (
        theme.operational_model
    )
    return Scope(theme.group, theme.scope_kind, target, **options)
