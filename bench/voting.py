"""A workshop board with a running dot vote: the facilitator opens it and members spend their votes through the
actions, as they would on the board (each vote its own transaction, with the member's ballot row locked)."""

import random

from codev.dot_voting import do_open_vote, do_spend_vote
from codev.models import Post, PostStatus

VOTES_PER_MEMBER = 3


def run_dot_vote(workspace, filled, votes, seed):
    """Open a vote on the filled board and spend `votes` votes of its members on others' published posts."""
    board = filled.board
    do_open_vote(
        actor=workspace.facilitators[0].user, board=board, votes_per_member=VOTES_PER_MEMBER, several_per_post=True
    )
    rng = random.Random(seed)
    published = list(Post.objects.filter(board=board, parent__isnull=True, status=PostStatus.PUBLISHED))
    voters = [member for member in workspace.posting for _dot in range(VOTES_PER_MEMBER)]
    assert votes <= len(voters), f"{votes} votes need more than {len(workspace.posting)} members"
    rng.shuffle(voters)
    # The viewer the benchmark signs in as votes first, so their board shows their own votes and votes left.
    voters.sort(key=lambda member: member != workspace.members[0])
    for member in voters[:votes]:
        post = rng.choice([post for post in published if post.author_id != member.user_id])
        post.board = board
        do_spend_vote(member=member, post=post)
    board.refresh_from_db()
    return f"dot vote: {votes} votes of {VOTES_PER_MEMBER} per member on a {len(published)}-post board"
