"""Which posts a board shows, in which order, a page at a time per column, and their HTML from the cache."""

from datetime import datetime
from typing import NamedTuple

from django.db.models import Case, Count, Exists, F, OuterRef, Prefetch, Value, When
from django.urls import reverse

from codev.dot_voting import latest_vote, with_dot_votes
from codev.forms.boards import SORT_AGREED, SORT_IMPORTANT, SORT_RATED, SORT_SECTION, SORT_VOTED
from codev.fragments import Viewer, post_html
from codev.models import DispositionChange, Membership, Post, PostStatus, Reaction, Role
from codev.reactions import with_second_reaction
from models_library.sections import SECTIONS

# Posts a column shows at first, and how many more each "show more" brings: a 500-post board opens with a few
# screens of each column, not all of its history.
PAGE_SIZE = 20
# What a shared screen shows: published posts, and the placeholders that keep replies of deleted ones.
ON_SCREEN = (PostStatus.PUBLISHED, PostStatus.REMOVED)


def posts_for(user, board, member):
    """The board's posts as this viewer may see them, ready for includes/post.html.

    Agree counts, the viewer's own agreement, whether a facilitator answered, replies, attachments and authors'
    profiles come in a fixed number of queries, however many posts, replies, reactions and files the board has.
    """
    is_facilitator = bool(member and member.is_facilitator)
    replies = (
        Post.objects.visible_to(user, is_facilitator)
        .select_related("author__codev_profile")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )
    posts = (
        Post.objects.filter(board=board, parent__isnull=True)
        .visible_to(user, is_facilitator)
        .select_related("author__codev_profile", "column", "small_group", "quote_version", "addressed_in")
        .annotate(
            agree_count=Count("reactions", distinct=True),
            viewer_agrees=Exists(Reaction.objects.filter(post=OuterRef("pk"), user_id=user.pk)),
            facilitator_replied=Exists(
                Post.objects.filter(
                    parent=OuterRef("pk"),
                    status=PostStatus.PUBLISHED,
                    author__in=Membership.objects.filter(group_id=board.round.group_id, role=Role.FACILITATOR).values(
                        "user_id"
                    ),
                )
            ),
        )
        .prefetch_related(Prefetch("replies", queryset=replies), "attachments")
    )
    posts = with_dot_votes(with_second_reaction(posts, board, user), latest_vote(board), user)
    if is_facilitator:
        # Only facilitators read the history of decisions; members' pages do not even fetch it.
        posts = posts.prefetch_related(
            Prefetch("disposition_changes", queryset=DispositionChange.objects.for_history())
        )
    return posts


def in_order(posts, sort):
    """Pinned posts stay on top in every order; the board's own order is the facilitator's (codev.post_order)."""
    if sort == SORT_AGREED:
        return posts.order_by("-is_pinned", "-agree_count", "-created_at", "-pk")
    if sort == SORT_IMPORTANT:
        return posts.order_by("-is_pinned", "-reaction_count", "-created_at", "-pk")
    if sort == SORT_RATED:
        return posts.order_by("-is_pinned", F("rating_average").desc(nulls_last=True), "-reaction_count", "-pk")
    if sort == SORT_VOTED:
        return posts.order_by("-is_pinned", "-vote_count", "-created_at", "-pk")
    if sort == SORT_SECTION:
        section_order = Case(
            *[When(section=section.key, then=Value(index)) for index, section in enumerate(SECTIONS)],
            default=Value(len(SECTIONS)),
        )
        return posts.order_by("-is_pinned", section_order, "-created_at", "-pk")
    return posts.order_by("-is_pinned", "-position", "-created_at", "-pk")


class Row(NamedTuple):
    """What the board needs of a post before its HTML: where it goes and what its cache key holds."""

    pk: int
    column_id: int
    change_seq: int
    author_id: int | None
    created_at: datetime


def board_rows(user, board, member, sort="", small_group=None, presenting=False, column=None):
    """Every top-level post the viewer may see, in order, as Rows: one light query, whatever the board's size."""
    posts = Post.objects.filter(board=board, parent__isnull=True)
    if column is not None:
        posts = posts.filter(column=column)
    posts = posts.visible_to(user, bool(member and member.is_facilitator) and not presenting)
    if presenting:
        posts = posts.filter(status__in=ON_SCREEN)
    if small_group:
        posts = posts.filter(small_group=small_group)
    if sort == SORT_AGREED:
        posts = posts.annotate(agree_count=Count("reactions"))
    elif sort in (SORT_IMPORTANT, SORT_RATED):
        posts = with_second_reaction(posts, board, user)
    elif sort == SORT_VOTED:
        posts = with_dot_votes(posts, latest_vote(board), user)
    return [Row(*values) for values in in_order(posts, sort).values_list(*Row._fields)]


def shown_count(params, column_pk, total):
    """How many posts of the column to show: `c<column>` in the query asks for more (the no-JS "show more")."""
    value = params.get(f"c{column_pk}", "")
    asked = int(value) if value.isdigit() and len(value) < 7 else PAGE_SIZE
    return max(PAGE_SIZE, min(asked, total))


def focused_row(board, rows, at):
    """The row of post `at` (a reply's: its post's), which a redirect after a change scrolls to."""
    if not at.isdigit() or len(at) > 18:
        return None
    by_pk = {row.pk: row for row in rows}
    if int(at) not in by_pk:
        parent = Post.objects.filter(pk=int(at), board=board).values_list("parent_id", flat=True).first()
        return by_pk.get(parent)
    return by_pk[int(at)]


def more_link(board, column_pk, in_column, shown, params):
    """The "show more" of a column: the board with more of it (no JS, to the first post it adds), and the next
    page alone (htmx)."""
    remaining = len(in_column) - shown
    if remaining <= 0:
        return None
    query = params.copy()
    query.pop("offset", None)
    query[f"c{column_pk}"] = str(shown + PAGE_SIZE)
    page = params.copy()
    for key in [key for key in page if key.startswith("c") and key[1:].isdigit()]:
        del page[key]
    page["offset"] = str(shown)
    return {
        "count": min(PAGE_SIZE, remaining),
        "remaining": remaining,
        "url": f"{reverse('codev:board', args=(board.pk,))}?{query.urlencode()}#post-{in_column[shown].pk}",
        "next_url": f"{reverse('codev:board_column', args=(board.pk, column_pk))}?{page.urlencode()}",
    }


def fetcher(request, board, member, presenting=False):
    """Loads the posts whose HTML the cache lacks, in one go."""

    def fetch(pks):
        posts = posts_for(request.user, board, None if presenting else member).filter(pk__in=pks)
        return posts.filter(status__in=ON_SCREEN) if presenting else posts

    return fetch


def columns_for(request, board, member, rows, board_query, *, presenting=False, paged=True):
    """The board's columns, each with its post count, the HTML of its first page of posts and its "show more"."""
    columns = {column.pk: column for column in board.columns.all()}
    by_column = {pk: [] for pk in columns}
    for row in rows:
        if row.column_id in by_column:
            by_column[row.column_id].append(row)
    wanted = {pk: shown_count(request.GET, pk, len(in_column)) for pk, in_column in by_column.items()}
    focus = focused_row(board, rows, request.GET.get("at", ""))
    if focus is not None and focus.column_id in by_column:
        wanted[focus.column_id] = max(wanted[focus.column_id], by_column[focus.column_id].index(focus) + 1)
    shown = {pk: in_column[: wanted[pk]] if paged else in_column for pk, in_column in by_column.items()}
    viewer = Viewer(request, board, member, presenting)
    on_page = [row for page in shown.values() for row in page]
    html = post_html(viewer, on_page, fetcher(request, board, member, presenting), board_query)
    return [
        {
            "column": columns[pk],
            "count": len(in_column),
            "posts": [html[row.pk] for row in shown[pk] if row.pk in html],
            "more": more_link(board, pk, in_column, len(shown[pk]), request.GET) if paged else None,
        }
        for pk, in_column in by_column.items()
    ]
