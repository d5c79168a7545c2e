"""Curation of themes: every write checks the facilitator, runs in one transaction and is recorded."""

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from codev.actions import FeedbackError
from codev.models import (
    THEME_NAME_MAX_LENGTH,
    Membership,
    Post,
    PostStatus,
    Role,
    Theme,
    ThemeAction,
    ThemeAssignment,
)
from codev.themes.grouping import suggest
from codev.themes.scope import scope_of
from codev.triage import do_set_disposition
from common.html_text import plain_text


def require_facilitator_of(actor, group):
    if not Membership.objects.filter(user=actor, group=group, is_active=True, role=Role.FACILITATOR).exists():
        raise FeedbackError(_("Only the facilitators of the group curate its themes."))


def record(actor, group, scope_key, kind, theme=None, **details):
    return ThemeAction.objects.create(
        group=group, scope_key=scope_key, actor=actor, kind=kind, theme=theme, details=details
    )


def clean_name(name):
    name = " ".join((name or "").split())
    if not name:
        raise FeedbackError(_("Give the theme a name."))
    if len(name) > THEME_NAME_MAX_LENGTH:
        raise FeedbackError(
            _("The name is %(length)s characters long; the limit is %(limit)s.")
            % {"length": len(name), "limit": THEME_NAME_MAX_LENGTH}
        )
    return name


def locked(theme):
    """The theme as it is now, row-locked, so two facilitators curating at once do not undo each other."""
    found = Theme.objects.select_for_update().filter(pk=theme.pk, is_dismissed=False).first()
    if found is None:
        raise FeedbackError(_("This theme was merged or dismissed meanwhile. Reload the page."))
    return found


def new_theme(scope, name, suggested=""):
    return Theme.objects.create(
        group=scope.group,
        scope_kind=scope.kind,
        name=name,
        suggested_name=suggested,
        **{scope.target_field: scope.target},
    )


def assign(theme, post_ids):
    """Put the posts in the theme, taking them out of any other theme of the same scope."""
    key = theme.scope_key
    ThemeAssignment.objects.filter(group_id=theme.group_id, scope_key=key, post_id__in=post_ids).delete()
    ThemeAssignment.objects.bulk_create(
        ThemeAssignment(theme=theme, post_id=post_id, group_id=theme.group_id, scope_key=key) for post_id in post_ids
    )


@transaction.atomic
def do_adopt_themes(*, actor, scope):
    """Keep the automatic grouping of the scope as themes to curate. Refused when curated themes exist:
    their curation is not discarded by grouping again."""
    require_facilitator_of(actor, scope.group)
    if scope.themes().curated().exists():
        raise FeedbackError(_("These posts already have curated themes; new posts are suggested into them."))
    posts = list(scope.posts().order_by("pk").values_list("pk", "body"))
    suggestion = suggest([plain_text(body) for _pk, body in posts])
    if suggestion.too_few:
        raise FeedbackError(_("There are too few posts to group into themes yet."))
    themes = []
    for suggested in suggestion.themes:
        theme = new_theme(scope, suggested.name, suggested.name)
        assign(theme, [posts[index][0] for index in suggested.members])
        themes.append(theme)
    record(
        actor,
        scope.group,
        scope.key,
        ThemeAction.Kind.ADOPT,
        themes=[theme.pk for theme in themes],
        posts=sum(len(suggested.members) for suggested in suggestion.themes),
    )
    return themes


@transaction.atomic
def do_rename_theme(*, actor, theme, name):
    require_facilitator_of(actor, theme.group)
    theme = locked(theme)
    before, theme.name = theme.name, clean_name(name)
    theme.save(update_fields=["name"])
    record(actor, theme.group, theme.scope_key, ThemeAction.Kind.RENAME, theme, before=before, after=theme.name)
    return theme


@transaction.atomic
def do_merge_themes(*, actor, themes, name=""):
    """Merge the themes into the one with most posts (the oldest on a tie), under `name` if given."""
    themes = list(themes)
    if len({theme.pk for theme in themes}) < 2:
        raise FeedbackError(_("Choose at least two themes to merge."))
    group = themes[0].group
    require_facilitator_of(actor, group)
    if len({(theme.group_id, theme.scope_key) for theme in themes}) > 1:
        raise FeedbackError(_("Only themes of the same posts can be merged."))
    ids = [theme.pk for theme in themes]
    found = list(
        Theme.objects.select_for_update().filter(pk__in=ids, is_dismissed=False).order_by("pk").select_related("group")
    )
    if len(found) != len(set(ids)):
        raise FeedbackError(_("One of the themes was merged or dismissed meanwhile. Reload the page."))
    sizes = dict(
        ThemeAssignment.objects.filter(theme__in=found)
        .values("theme")
        .annotate(n=Count("pk"))
        .values_list("theme", "n")
    )
    target = min(found, key=lambda theme: (-sizes.get(theme.pk, 0), theme.pk))
    others = [theme for theme in found if theme.pk != target.pk]
    ThemeAssignment.objects.filter(theme__in=others).update(theme=target)
    merged = [theme.name for theme in others]
    for theme in others:
        ThemeAction.objects.filter(theme=theme).update(theme=target)
        theme.delete()
    if name.strip():
        target.name = clean_name(name)
        target.save(update_fields=["name"])
    record(actor, group, target.scope_key, ThemeAction.Kind.MERGE, target, merged=merged, into=target.name)
    return target


def posts_in(theme, post_ids):
    return set(ThemeAssignment.objects.filter(theme=theme, post_id__in=post_ids).values_list("post_id", flat=True))


@transaction.atomic
def do_split_theme(*, actor, theme, posts, name):
    require_facilitator_of(actor, theme.group)
    theme = locked(theme)
    chosen = posts_in(theme, [post.pk for post in posts])
    if not chosen:
        raise FeedbackError(_("Choose the posts of this theme to split off."))
    if len(chosen) == theme.assignments.count():
        raise FeedbackError(_("Leave at least one post in the theme: to give all its posts a new name, rename it."))
    split = new_theme(scope_of(theme), clean_name(name))
    assign(split, sorted(chosen))
    record(actor, theme.group, theme.scope_key, ThemeAction.Kind.SPLIT, split, source=theme.name, posts=sorted(chosen))
    return split


@transaction.atomic
def do_move_posts(*, actor, posts, theme, placing=False):
    """Move the chosen posts of the theme's scope (themed or not yet) into `theme`."""
    require_facilitator_of(actor, theme.group)
    theme = locked(theme)
    ids = {post.pk for post in posts}
    if not ids:
        raise FeedbackError(_("Choose at least one post."))
    allowed = set(scope_of(theme, include_replies=True).posts().filter(pk__in=ids).values_list("pk", flat=True))
    if allowed != ids:
        raise FeedbackError(_("Some of the chosen posts are not among these posts any more."))
    before = dict(
        ThemeAssignment.objects.filter(group_id=theme.group_id, scope_key=theme.scope_key, post_id__in=ids).values_list(
            "post_id", "theme__name"
        )
    )
    assign(theme, sorted(ids))
    kind = ThemeAction.Kind.PLACE if placing else ThemeAction.Kind.MOVE
    record(
        actor,
        theme.group,
        theme.scope_key,
        kind,
        theme,
        posts=sorted(ids),
        came_from={str(pk): name for pk, name in before.items()},
    )
    return theme


@transaction.atomic
def do_dismiss_theme(*, actor, theme):
    """A dismissed theme keeps its posts, so grouping again does not bring it back, and filters nothing."""
    require_facilitator_of(actor, theme.group)
    theme = locked(theme)
    theme.is_dismissed = True
    theme.save(update_fields=["is_dismissed"])
    record(actor, theme.group, theme.scope_key, ThemeAction.Kind.DISMISS, theme, name=theme.name)
    return theme


@transaction.atomic
def do_triage_theme(*, actor, theme, disposition, note=""):
    """Give every post of the theme the same disposition: "all posts of theme X → under consideration".

    Replies in the theme have no disposition of their own and are left as they are."""
    require_facilitator_of(actor, theme.group)
    theme = locked(theme)
    posts = list(
        Post.objects.filter(theme_assignments__theme=theme, parent__isnull=True).exclude(status=PostStatus.REMOVED)
    )
    result = do_set_disposition(actor=actor, posts=posts, disposition=disposition, note=note)
    record(
        actor,
        theme.group,
        theme.scope_key,
        ThemeAction.Kind.TRIAGE,
        theme,
        disposition=disposition,
        changed=result.changed,
    )
    return result
