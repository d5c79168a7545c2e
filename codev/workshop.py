"""What workshop mode shows everyone on a board: the facilitator's timer and focus, read from the board row."""

from django.utils import timezone
from django.utils.translation import gettext as _

TIMER_RUNNING, TIMER_PAUSED, TIMER_STOPPED = "running", "paused", "stopped"


def epoch_ms(moment):
    return int(moment.timestamp() * 1000)


def clock(seconds):
    """Time left as the timer shows it: minutes and seconds, 07:05."""
    minutes, seconds = divmod(max(int(seconds), 0), 60)
    return f"{minutes:02d}:{seconds:02d}"


def timer_of(board, now=None):
    """The timer's state, the seconds left and, while it runs, its end (the browser counts down to it)."""
    now = now or timezone.now()
    if board.timer_ends_at is not None:
        left = max((board.timer_ends_at - now).total_seconds(), 0)
        return timer(TIMER_RUNNING, left, board.timer_ends_at)
    if board.timer_paused_left is not None:
        return timer(TIMER_PAUSED, board.timer_paused_left.total_seconds())
    return timer(TIMER_STOPPED, 0)


def timer(state, left, ends_at=None):
    # Whole seconds rounded up, as a countdown shows them: 00:00 only when the time is up.
    return {
        "state": state,
        "left_ms": int(left * 1000),
        "ends_ms": epoch_ms(ends_at) if ends_at else "",
        "clock": clock(-(-left // 1)),
        "is_up": state == TIMER_RUNNING and left <= 0,
    }


def focus_of(board):
    """What the facilitator turned everyone to, as the announcement says it; None when nothing."""
    if board.focus_column_id is None:
        return None
    name = board.focus_column.display_name
    if board.focus_post_id is not None:
        return {
            "target": f"post-{board.focus_post_id}",
            "text": _("The facilitator focused on a post in the column “%(name)s”.") % {"name": name},
        }
    return {
        "target": f"column-{board.focus_column_id}",
        "text": _("The facilitator focused on the column “%(name)s”.") % {"name": name},
    }


def workshop_state(board, now=None):
    now = now or timezone.now()
    return {"timer": timer_of(board, now), "focus": focus_of(board), "now_ms": epoch_ms(now)}
