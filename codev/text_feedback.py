"""Feedback written onto a model's text: who may comment on a version, on which boards, and the posts shown
beside the passages they quote, each group's posts only to its own members and as its board shows them."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from codev.models import OPEN_DISPOSITIONS, Board, CoDevelopmentGroup, Membership, Post, PostStatus
from codev.quotes import locate_in_sections, section_texts, selector
from models_library.sections import SECTIONS

SECTION_ORDER = {section.key: index for index, section in enumerate(SECTIONS)}


def memberships_on(user, page):
    """The user's active memberships in groups that work on the model."""
    if not user.is_authenticated:
        return []
    groups = CoDevelopmentGroup.objects.working_on(page.pk).values("pk")
    return list(
        Membership.objects.filter(user=user, is_active=True, group__in=groups).select_related("group").order_by("pk")
    )


def open_boards(memberships, page, now=None):
    """[(board, membership)]: the model's boards in rounds that take feedback now, of groups where the user posts."""
    now = now or timezone.now()
    posting = {membership.group_id: membership for membership in memberships if membership.can_post}
    in_window = Q(round__feedback_opens_at__lte=now, round__feedback_closes_at__gte=now) | Q(
        round__workshop_starts_at__lte=now, round__workshop_ends_at__gte=now
    )
    boards = (
        Board.objects.filter(in_window, operational_model_id=page.pk, round__group_id__in=list(posting))
        .select_related("round__group", "operational_model")
        .order_by("round__group__name", "round__number")
    )
    return [(board, posting[board.round.group_id]) for board in boards if board.round.accepts_feedback(now)]


def boards_state(memberships, page):
    """[(board pk, change_seq)] of the model's boards in the user's groups: every change to their posts moves it."""
    return list(
        Board.objects.filter(operational_model_id=page.pk, round__group_id__in=[m.group_id for m in memberships])
        .order_by("pk")
        .values_list("pk", "change_seq")
    )


def board_link(post):
    return reverse("codev:board", args=(post.board_id,)) + f"?at={post.pk}#post-{post.pk}"


def quoting_posts(user, memberships, page, number):
    """Open top-level posts on the model that quote version `number` or an earlier one, as each group's board
    shows them to the user: published posts and the user's own, and to a group's facilitators all but deleted."""
    readable = Q(pk__in=[])
    for membership in memberships:
        rule = Q(board__round__group_id=membership.group_id)
        if not membership.is_facilitator:
            rule &= Q(status=PostStatus.PUBLISHED) | Q(author=user)
        readable |= rule
    return (
        Post.objects.filter(
            readable,
            parent__isnull=True,
            board__operational_model_id=page.pk,
            quote_version__page_id=page.pk,
            quote_version__number__lte=number,
            disposition__in=OPEN_DISPOSITIONS,
        )
        .exclude(status=PostStatus.REMOVED)
        .select_related("author__codev_profile", "quote_version", "board__round__group")
        .order_by("created_at", "pk")
    )


@dataclass
class Note:
    """Posts on one passage (or on a section as a whole), in the form the version page marks them."""

    section: str
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int = -1
    # "passage": found in this version's text; "section": about the section, no passage; "changed": not found.
    state: str = "passage"
    quoted_number: int | None = None
    posts: list = field(default_factory=list)

    @property
    def sort_key(self):
        return (SECTION_ORDER.get(self.section, len(SECTION_ORDER)), self.state != "section", self.start)


def place(post, texts):
    """The note key of the passage the post quotes, as this version's text has it, and the note to start there."""
    quote = post.quote_exact
    if not quote:
        return ("section", post.section), Note(post.section, state="section")
    located = locate_in_sections(texts, quote, post.section, post.quote_prefix, post.quote_suffix)
    if located:
        key, found = located
        return ("passage", key, found.start, found.end), Note(key, start=found.start, **selector(texts[key], found))
    number = post.quote_version.number
    return ("changed", post.section, quote, number), Note(
        post.section, exact=quote, state="changed", quoted_number=number
    )


def notes_for(user, memberships, version):
    """The notes of the posts the user may see on `version` of its model, in the order of the text.

    One query for the posts and one for the version's text, however many posts there are.
    """
    memberships = {membership.group_id: membership for membership in memberships}
    posts = list(quoting_posts(user, memberships.values(), version.page, version.number))
    if not posts:
        return []
    texts = section_texts(version, version.page)
    notes = {}
    for post in posts:
        post.viewer_member = memberships[post.board.round.group_id]
        post.board_link = board_link(post)
        key, note = place(post, texts)
        notes.setdefault(key, note).posts.append(post)
    # A post about no section in particular has no place in the text, unless its quote is there to be marked.
    shown = [note for note in notes.values() if note.section in SECTION_ORDER or note.state == "changed"]
    return sorted(shown, key=lambda note: note.sort_key)
