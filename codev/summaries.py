"""Round summaries: a facilitator writes what each board's round brought up and may publish it on the model's page."""

import re

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from codev.actions import FeedbackError
from codev.models import Board, Membership
from codev.permissions import membership

SUMMARY_MAX_LENGTH = 5000


def require_board_facilitator(actor, board):
    found = membership(actor, board.round.group)
    if found is None or not found.is_facilitator:
        raise FeedbackError(_("Only the facilitators of the board's group write its summary."))
    return found


def names_in(text, group):
    """Names of the group's members, past ones too, that the text mentions as whole words in their own letter case.

    A member is known by their display name and, when the account has one, their real name. Names are proper
    nouns, so matching case keeps a pseudonym that is also a common word ("Nuori") from stopping a summary that
    only uses the word. Usernames are left out: members are shown by these names, not by them.
    """
    names = set()
    for found in Membership.objects.filter(group=group).select_related("user__codev_profile"):
        profile = getattr(found.user, "codev_profile", None)
        names.update(name.strip() for name in (profile.display_name if profile else "", found.user.get_full_name()))
    return sorted(name for name in names if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))


@transaction.atomic
def do_save_summary(*, actor, board, text, publish):
    """Save the board's summary; `publish` shows it on the model's public page, False takes it off.

    The text is stored as plain text (templates escape it). A summary published for the public must not name
    any participant, so publishing refuses a text that holds a member's display name.
    """
    require_board_facilitator(actor, board)
    text = (text or "").strip()
    if len(text) > SUMMARY_MAX_LENGTH:
        raise FeedbackError(
            _("The summary is %(length)s characters long; the limit is %(limit)s. Shorten it.")
            % {"length": len(text), "limit": SUMMARY_MAX_LENGTH}
        )
    if publish:
        if not text:
            raise FeedbackError(_("Write the summary before publishing it."))
        named = names_in(text, board.round.group)
        if named:
            raise FeedbackError(
                _(
                    "The summary names members of the group (%(names)s). A published summary names "
                    "no participants: rewrite those parts, then publish."
                )
                % {"names": ", ".join(named)}
            )
    board = Board.objects.select_for_update().get(pk=board.pk)
    board.summary = text
    board.summary_published_at = timezone.now() if publish else None
    board.save(update_fields=["summary", "summary_published_at"])
    return board
