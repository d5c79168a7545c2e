"""Template tags of the board's reactions and dot votes: the running vote, a member's votes left, the results."""

from django import template

from codev.dot_voting import MAX_VOTES_PER_MEMBER, ballot_left, latest_vote, ranked_results, voter_count
from codev.models import RATING_MAX, SecondReaction

register = template.Library()


@register.simple_tag
def dot_vote_of(board):
    """The board's running or last vote (read once per board and request)."""
    return latest_vote(board)


@register.simple_tag
def rating_values():
    return range(1, RATING_MAX + 1)


def takes_part(member, board):
    return bool(member and member.can_post and board.round.accepts_feedback())


def vote_context(context, oob=False):
    """What the vote's panel and status show this viewer: the vote, their votes left, the ranked results."""
    board, member = context["board"], context.get("member")
    vote = latest_vote(board)
    voting = vote is not None and vote.is_running and takes_part(member, board)
    return {
        "board": board,
        "member": member,
        "vote": vote,
        "left": ballot_left(vote, context["request"].user) if voting else None,
        "results": ranked_results(vote) if vote else [],
        "voters": voter_count(vote) if vote else 0,
        "oob": oob,
        "max_votes": MAX_VOTES_PER_MEMBER,
        "board_query": context.get("board_query", ""),
        "request": context["request"],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("codev/boards/includes/vote_panel.html", takes_context=True)
def dot_vote_panel(context):
    """The board's vote with the facilitator's controls."""
    return vote_context(context)


@register.inclusion_tag("codev/boards/includes/vote_status.html", takes_context=True)
def dot_vote_status(context, oob=False):
    """The vote's status alone, which live updates replace."""
    return vote_context(context, oob)


@register.inclusion_tag("codev/boards/includes/vote_results.html", takes_context=True)
def dot_vote_results(context, oob=False):
    """The vote's results for the presentation view, most voted first, without any names."""
    board = context["board"]
    vote = latest_vote(board)
    return {
        "vote": vote,
        "results": ranked_results(vote) if vote else [],
        "voters": voter_count(vote) if vote else 0,
        "oob": oob,
    }


@register.simple_tag
def second_reaction_choices():
    return SecondReaction.choices
