"""Every write in the workspace goes through these functions: one transaction each, checked,
and every change bumps the board's change sequence so live views fetch only what changed."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from codev import live_state, post_order
from codev.attachments import store_attachments
from codev.models import (
    DEFAULT_COLUMN_COLOURS,
    DEFAULT_COLUMN_NAMES,
    DEFAULT_COLUMNS,
    POST_MAX_LENGTH,
    Board,
    BoardVisit,
    Column,
    ColumnColour,
    Membership,
    ModerationAction,
    Post,
    PostStatus,
    Reaction,
    Role,
    SmallGroup,
)
from codev.models.visits import VISIT_GAP
from codev.permissions import can_edit_post
from codev.signals import reply_posted
from common.html_text import visible_length
from common.sanitize import clean_post_html


class FeedbackError(Exception):
    """A refusal the member should read: the message says what to do."""


def bump(board):
    """Advance the board's change sequence by one and return the new value. Call it last in the transaction.

    An atomic UPDATE ... SET change_seq = change_seq + 1, then the value read back by primary key in the same
    transaction (which sees its own write), instead of SELECT ... FOR UPDATE and a save. The UPDATE still locks
    the board's row until the commit, and that lock is what keeps live polling exact: a transaction holding
    number n commits (or rolls back) before any other can take n + 1, so numbers become visible in the order
    they were given. A poller that has seen n has therefore seen every change up to n, and cannot miss one that
    commits late with a smaller number (as it could with a database sequence, whose numbers are handed out
    without waiting for commits). Because each action bumps only after its own work (sanitising, inserting,
    notifying), the lock is held for the last statements and the commit only, so concurrent posters queue for
    milliseconds, not for each other's work.
    """
    row = Board.objects.filter(pk=board.pk)
    row.update(change_seq=F("change_seq") + 1)
    seq = row.values_list("change_seq", flat=True).get()
    board.change_seq = seq
    # Forgotten now and again once committed: a poll in between may have stored the old value meanwhile.
    board_pk = board.pk
    live_state.forget_seq(board_pk)
    transaction.on_commit(lambda: live_state.forget_seq(board_pk))
    return seq


def mark_changed(post, seq):
    """A change to a reply is shown by re-rendering its parent post, so the parent moves forward too."""
    ids = [post.pk] + ([post.parent_id] if post.parent_id else [])
    Post.objects.filter(pk__in=ids).update(change_seq=seq)
    post.change_seq = seq


def clean_body(body):
    html = clean_post_html(body)
    length = visible_length(html)
    if length == 0:
        raise FeedbackError(_("Write something before sending: the post is empty."))
    if length > POST_MAX_LENGTH:
        raise FeedbackError(
            _("The post is %(length)s characters long; the limit is %(limit)s. Shorten it or split it into two posts.")
            % {"length": length, "limit": POST_MAX_LENGTH}
        )
    return html


def require_open(board):
    if not board.round.accepts_feedback():
        raise FeedbackError(_("This round does not take feedback now: its feedback window is closed."))


def create_board(round_, operational_model, column_names=DEFAULT_COLUMNS):
    board, created = Board.objects.get_or_create(round=round_, operational_model=operational_model)
    if created:
        colours = DEFAULT_COLUMN_COLOURS if list(column_names) == DEFAULT_COLUMNS else [ColumnColour.GREY]
        Column.objects.bulk_create(
            Column(
                board=board,
                name=name,
                translated_names=DEFAULT_COLUMN_NAMES.get(name, {}),
                sort_order=index,
                colour=colours[index % len(colours)],
            )
            for index, name in enumerate(column_names)
        )
    return board


@transaction.atomic
def do_set_column_colours(*, actor, board, colours):
    """Give the board's columns the colours `colours` ({column id: colour}) names; returns the columns changed."""
    allowed = set(ColumnColour.values)
    changed = []
    for column in board.columns.select_for_update():
        colour = colours.get(column.pk, column.colour)
        if colour not in allowed:
            raise FeedbackError(_("Choose the colour from the board's palette."))
        if colour != column.colour:
            column.colour = colour
            column.save(update_fields=["colour"])
            changed.append(column)
    if changed:
        log(instance=board, action="wagtail.edit", user=actor)
        bump(board)
    return changed


@transaction.atomic
def do_record_board_visit(*, user, board, now=None):
    """Note that `user` opened the board; returns since when posts are new to them (None on a first visit).

    Page loads within VISIT_GAP of each other are one visit, so they keep the same answer.
    """
    now = now or timezone.now()
    visit = BoardVisit.objects.select_for_update().filter(board=board, user=user).first()
    if visit is None:
        BoardVisit.objects.get_or_create(board=board, user=user, defaults={"seen_at": now, "new_since": now})
        return None
    if now - visit.seen_at > VISIT_GAP:
        visit.new_since = visit.seen_at
    visit.seen_at = now
    visit.save(update_fields=["seen_at", "new_since"])
    return visit.new_since


@transaction.atomic
def do_create_post(
    *,
    member,
    board,
    column,
    body,
    section="",
    quote=None,
    is_anonymous=False,
    small_group=None,
    client_token=None,
    attachments=(),
):
    """Post to a board; returns (post, created). Sending the same form twice returns the first post.

    `attachments` are (CheckedUpload, alt text) pairs from codev.attachment_checks, at most the settings' number.
    """
    if client_token:
        existing = Post.objects.filter(author=member.user, client_token=client_token).first()
        if existing:
            return existing, False
    if board.round.group_id != member.group_id or column.board_id != board.pk:
        raise FeedbackError(_("This board belongs to another group."))
    if not member.can_post:
        raise FeedbackError(_("Observers can read the board but not post."))
    require_open(board)
    html = clean_body(body)
    check_attachment_count(attachments)
    status = PostStatus.PENDING if board.pre_moderation and not member.is_facilitator else PostStatus.PUBLISHED
    quote = quote or {}
    try:
        with transaction.atomic():
            post = Post.objects.create(
                board=board,
                column=column,
                author=member.user,
                body=html,
                section=section,
                quote_version=quote.get("version"),
                quote_exact=quote.get("exact", ""),
                quote_prefix=quote.get("prefix", ""),
                quote_suffix=quote.get("suffix", ""),
                is_anonymous=is_anonymous,
                small_group=small_group,
                status=status,
                client_token=client_token,
                position=post_order.top_position(board),
            )
    except IntegrityError:
        return Post.objects.get(author=member.user, client_token=client_token), False
    store_attachments(post, attachments)
    mark_changed(post, bump(board))
    return post, True


def check_attachment_count(attachments):
    if len(attachments) > settings.CODEV_ATTACHMENTS_PER_POST:
        raise FeedbackError(
            _("A post can have at most %(count)s attachments.") % {"count": settings.CODEV_ATTACHMENTS_PER_POST}
        )


@transaction.atomic
def do_reply(*, member, post, body, is_anonymous=False, client_token=None, attachments=()):
    if client_token:
        existing = Post.objects.filter(author=member.user, client_token=client_token).first()
        if existing:
            return existing, False
    if post.parent_id:
        raise FeedbackError(_("Replies go to the original post; a reply cannot be replied to."))
    if post.status != PostStatus.PUBLISHED:
        raise FeedbackError(_("This post cannot be replied to."))
    if not member.can_post:
        raise FeedbackError(_("Observers can read the board but not post."))
    require_open(post.board)
    html = clean_body(body)
    check_attachment_count(attachments)
    try:
        with transaction.atomic():
            reply = Post.objects.create(
                board=post.board,
                parent=post,
                author=member.user,
                body=html,
                is_anonymous=is_anonymous,
                status=PostStatus.PUBLISHED,
                client_token=client_token,
            )
    except IntegrityError:
        return Post.objects.get(author=member.user, client_token=client_token), False
    store_attachments(reply, attachments)
    reply_posted.send(sender=Post, reply=reply)
    mark_changed(reply, bump(post.board))
    return reply, True


@transaction.atomic
def do_edit_post(*, user, post, body, section=None, remove_attachments=()):
    """Save the author's changes; `remove_attachments` are attachments of the post to delete, files and all."""
    if not can_edit_post(user, post):
        raise FeedbackError(_("You can edit your own posts only while the round takes feedback."))
    post.attachments.filter(pk__in=[attachment.pk for attachment in remove_attachments]).delete()
    post.body = clean_body(body)
    if section is not None and not post.parent_id:
        post.section = section
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "section", "edited_at"])
    mark_changed(post, bump(post.board))
    return post


@transaction.atomic
def do_remove_post(*, user, post):
    if not can_edit_post(user, post):
        raise FeedbackError(_("You can delete your own posts only while the round takes feedback."))
    post.status = PostStatus.REMOVED
    post.save(update_fields=["status"])
    # A deleted post kept as the placeholder of its replies keeps nothing of its own: its files go too.
    post.attachments.all().delete()
    mark_changed(post, bump(post.board))
    return post


@transaction.atomic
def do_agree(*, member, post, agree=True):
    """Add or withdraw the member's one 'agree'; asking twice changes nothing. Returns the new count."""
    if post.status != PostStatus.PUBLISHED:
        raise FeedbackError(_("This post cannot be agreed with."))
    if not member.can_post:
        raise FeedbackError(_("Observers can read the board but not take part."))
    if agree and post.author_id == member.user_id:
        # Agreeing with oneself would lift one's own post in "most agreed" and in the dashboard's figures.
        raise FeedbackError(_("You cannot agree with your own post: the agreements show what the others think."))
    require_open(post.board)
    if agree:
        try:
            with transaction.atomic():
                _reaction, created = Reaction.objects.get_or_create(post=post, user=member.user)
        except IntegrityError:
            created = False
        changed = created
    else:
        changed = Reaction.objects.filter(post=post, user=member.user).delete()[0] > 0
    count = Reaction.objects.filter(post=post).count()
    if changed:
        mark_changed(post, bump(post.board))
    return count


def _moderate(actor, post, kind, reason="", **details):
    ModerationAction.objects.create(board=post.board, post=post, actor=actor, kind=kind, reason=reason, details=details)
    mark_changed(post, bump(post.board))
    return post


@transaction.atomic
def do_pin(*, actor, post, pinned=True):
    if pinned and post.status == PostStatus.HIDDEN:
        raise FeedbackError(_("A hidden post cannot be pinned: show it again first."))
    post.is_pinned = pinned
    post.save(update_fields=["is_pinned"])
    return _moderate(actor, post, ModerationAction.Kind.PIN if pinned else ModerationAction.Kind.UNPIN)


@transaction.atomic
def do_hide(*, actor, post, reason):
    reason = (reason or "").strip()
    if not reason:
        raise FeedbackError(_("Write the reason for hiding: the author will see it."))
    # A hidden post is not on top of the board: hiding unpins it, and showing it again does not pin it back.
    unpinned = post.is_pinned
    post.status, post.hidden_reason, post.is_pinned = PostStatus.HIDDEN, reason, False
    post.save(update_fields=["status", "hidden_reason", "is_pinned"])
    return _moderate(actor, post, ModerationAction.Kind.HIDE, reason, **({"unpinned": True} if unpinned else {}))


@transaction.atomic
def do_unhide(*, actor, post):
    if post.status != PostStatus.HIDDEN:
        raise FeedbackError(_("This post is not hidden."))
    post.status, post.hidden_reason = PostStatus.PUBLISHED, ""
    post.save(update_fields=["status", "hidden_reason"])
    return _moderate(actor, post, ModerationAction.Kind.UNHIDE)


@transaction.atomic
def do_approve(*, actor, post):
    if post.status != PostStatus.PENDING:
        raise FeedbackError(_("This post is not waiting for approval."))
    post.status = PostStatus.PUBLISHED
    post.save(update_fields=["status"])
    return _moderate(actor, post, ModerationAction.Kind.APPROVE)


@transaction.atomic
def do_move(*, actor, post, column, before=None, after=None):
    """Move a post to `column`: just above the post `before`, just below `after`, or on top of the column."""
    if column.board_id != post.board_id or post.parent_id:
        raise FeedbackError(_("A post can only move between the columns of its own board."))
    anchor = before or after
    if before is not None and after is not None:
        raise FeedbackError(_("Place the post either before or after another post, not both."))
    if anchor is not None and (anchor.column_id != column.pk or anchor.parent_id or anchor.pk == post.pk):
        raise FeedbackError(_("Place the post next to another post of the column it moves to."))
    from_column, from_position = post.column_id, post.position
    post_order.place(post, column, before=before, after=after)
    post.column = column
    post.save(update_fields=["column", "position"])
    details = {"from_column": from_column, "to_column": column.pk, "from_position": from_position}
    return _moderate(actor, post, ModerationAction.Kind.MOVE, **details, to_position=post.position)


@transaction.atomic
def do_set_premoderation(*, actor, board, enabled):
    board.pre_moderation = enabled
    board.save(update_fields=["pre_moderation"])
    kind = ModerationAction.Kind.PREMODERATION_ON if enabled else ModerationAction.Kind.PREMODERATION_OFF
    ModerationAction.objects.create(board=board, actor=actor, kind=kind)
    bump(board)
    return board


@transaction.atomic
def do_split_into_small_groups(*, round_, count, name_prefix):
    """Split the round's posting members into `count` small groups, mixing roles evenly."""
    if not 1 <= count <= 12:
        raise FeedbackError(_("Choose between 1 and 12 small groups."))
    round_.small_groups.all().delete()
    groups = [SmallGroup.objects.create(round=round_, name=f"{name_prefix} {n}") for n in range(1, count + 1)]
    members = (
        Membership.objects.filter(group=round_.group, is_active=True)
        .exclude(role__in=[Role.FACILITATOR, Role.OBSERVER])
        .order_by("role", "pk")
    )
    for index, member in enumerate(members):
        groups[index % count].members.add(member)
    return groups


# Workshop mode: the facilitator's timer and focus live on the board, so every web process and every
# participant's live poll reads the same; each change bumps the board, which is what makes polls fetch it.
TIMER_MAX_MINUTES = 180


def require_board_facilitator(member, board):
    if member.group_id != board.round.group_id or not member.is_facilitator:
        raise FeedbackError(_("Only the group's facilitators run the workshop on this board."))


@transaction.atomic
def do_start_timer(*, member, board, minutes):
    require_board_facilitator(member, board)
    if not 1 <= minutes <= TIMER_MAX_MINUTES:
        raise FeedbackError(_("Give the timer between 1 and %(limit)s minutes.") % {"limit": TIMER_MAX_MINUTES})
    board.timer_ends_at, board.timer_paused_left = timezone.now() + timedelta(minutes=minutes), None
    board.save(update_fields=["timer_ends_at", "timer_paused_left"])
    bump(board)
    return board


@transaction.atomic
def do_pause_timer(*, member, board):
    require_board_facilitator(member, board)
    if board.timer_ends_at is None:
        raise FeedbackError(_("The timer is not running."))
    board.timer_paused_left = max(board.timer_ends_at - timezone.now(), timedelta(0))
    board.timer_ends_at = None
    board.save(update_fields=["timer_ends_at", "timer_paused_left"])
    bump(board)
    return board


@transaction.atomic
def do_resume_timer(*, member, board):
    require_board_facilitator(member, board)
    if board.timer_paused_left is None:
        raise FeedbackError(_("The timer is not paused."))
    board.timer_ends_at, board.timer_paused_left = timezone.now() + board.timer_paused_left, None
    board.save(update_fields=["timer_ends_at", "timer_paused_left"])
    bump(board)
    return board


@transaction.atomic
def do_stop_timer(*, member, board):
    require_board_facilitator(member, board)
    board.timer_ends_at = board.timer_paused_left = None
    board.save(update_fields=["timer_ends_at", "timer_paused_left"])
    bump(board)
    return board


@transaction.atomic
def do_set_focus(*, member, board, column=None, post=None):
    """Turn everyone's board to one column or one published post of it; with neither, clear the focus."""
    require_board_facilitator(member, board)
    if column is not None and column.board_id != board.pk:
        raise FeedbackError(_("Choose one of this board's columns."))
    if post is not None and (post.board_id != board.pk or post.parent_id or post.status != PostStatus.PUBLISHED):
        raise FeedbackError(_("Only a published post of this board can be focused on."))
    board.focus_column, board.focus_post = (post.column if post is not None else column), post
    board.save(update_fields=["focus_column", "focus_post"])
    bump(board)
    return board
