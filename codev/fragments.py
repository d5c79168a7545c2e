"""Each post's HTML on a board, rendered once per audience and kept in the shared cache.

A board of 500 posts spent most of its time rendering the same posts again for every viewer and every poll.
Here a post's <li> is rendered once for everyone who would see it alike, and kept under a key that holds all the
HTML depends on:

- the post and its change_seq, which every change to the post, its replies, its attachments, its agreements and
  its moderation moves forward (codev.actions.mark_changed), so a changed post is simply a new key;
- the audience: a facilitator (who sees anonymous authors' names, hidden and pending posts and the controls),
  a member who posts, an observer, an administrator reading, the presentation view. Keys of one audience are
  never read for another, so a facilitator's fragment cannot reach a member;
- the board's second reaction and its latest dot vote (opening or closing a vote, or choosing another reaction,
  also moves every post forward, but a key that names them cannot outlive them);
- the viewer's own bits: whether they agree with the post, their own second reaction and votes on it (the counts
  are everyone's, alike for all), whether it is new to them (written by someone else since their last visit:
  only that yes or no, never who they are), and, when the post or one of its replies is their own (own pending
  or hidden text, edit links, their own name on an anonymous post), the viewer themselves;
- whether the round takes feedback (forms come and go with it), the language, the time zone and the board's
  view query that links carry.

Link previews (codev.link_previews) depend only on the post's text and the board's model, so they are part of
the post's HTML like its text.

Forms in a fragment carry CSRF_SLOT where the token goes; each viewer's own token replaces it on the way out,
so no one's token is ever stored or shown to another. The slot is derived from SECRET_KEY, so no post can
contain it on purpose.
"""

import hashlib

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.context import make_context
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.safestring import mark_safe

from codev.dot_voting import latest_vote
from codev.link_previews import previews_for
from codev.models import BoardVisit, DotVoteMark, Post, PostReaction, PostStatus, Reaction, SecondReaction

POST_TEMPLATE = "codev/boards/includes/post.html"
PRESENTED_TEMPLATE = "codev/boards/includes/presented_post.html"
# Bounds how long what change_seq does not track (an author's new display name, a renamed column or small
# group) stays in old HTML. Raise KEY_VERSION when a post template changes, so a deploy starts afresh.
FRAGMENT_SECONDS = 60 * 60
KEY_VERSION = 5
CSRF_SLOT = "csrf-" + salted_hmac("codev.fragments.csrf-slot", "slot").hexdigest()[:32]


def audience(member, presenting=False):
    if presenting:
        return "present"
    if member is None:
        return "reader"
    if member.is_facilitator:
        return "facilitator"
    return "member" if member.can_post else "observer"


class Viewer:
    """Who looks at the board, and the few facts about them that change a post's HTML."""

    def __init__(self, request, board, member, presenting=False):
        self.request, self.board, self.member, self.presenting = request, board, member, presenting
        self.audience = audience(member, presenting)
        user = request.user
        self.new_since = None
        self.vote = latest_vote(board)
        self.reacted, self.voted = {}, {}
        if presenting:
            self.agreed, self.own_threads = frozenset(), frozenset()
        else:
            # Recorded by the board's page (codev.actions.do_record_board_visit) before it is read here.
            self.new_since = (
                BoardVisit.objects.filter(board=board, user_id=user.pk).values_list("new_since", flat=True).first()
            )
            if board.second_reaction != SecondReaction.NONE:
                self.reacted = dict(
                    PostReaction.objects.filter(
                        user_id=user.pk, post__board=board, kind=board.second_reaction
                    ).values_list("post_id", "value")
                )
            if self.vote is not None:
                self.voted = dict(
                    DotVoteMark.objects.filter(ballot__user_id=user.pk, vote=self.vote).values_list("post_id", "count")
                )
            # Two small queries for the whole board, however many posts it has.
            self.agreed = frozenset(
                Reaction.objects.filter(user_id=user.pk, post__board=board).values_list("post_id", flat=True)
            )
            self.own_threads = frozenset(
                Post.objects.filter(board=board, author_id=user.pk, parent__isnull=False)
                .exclude(status=PostStatus.REMOVED)
                .values_list("parent_id", flat=True)
            )

    def owns(self, row):
        return not self.presenting and (row.author_id == self.request.user.pk or row.pk in self.own_threads)

    def is_new(self, row):
        """Written by someone else since the viewer's last visit (row: anything with created_at and author_id)."""
        return self.new_since is not None and row.created_at > self.new_since and row.author_id != self.request.user.pk

    def key(self, row, board_query=""):
        parts = [
            f"codev:post-html:{KEY_VERSION}:{row.pk}:{row.change_seq}",
            self.audience,
            f"u{self.request.user.pk}" if self.owns(row) else "all",
            "agrees" if row.pk in self.agreed else "-",
            "new" if self.is_new(row) else "-",
            f"{self.board.second_reaction}{self.reacted.get(row.pk, '')}",
            f"vote{self.vote.pk}{'open' if self.vote.is_running else 'closed'}v{self.voted.get(row.pk, 0)}"
            if self.vote
            else "novote",
            "open" if self.board.round.accepts_feedback() else "shut",
            translation.get_language() or "",
            timezone.get_current_timezone_name(),
            hashlib.sha256(board_query.encode()).hexdigest()[:12] if board_query else "",
        ]
        return ":".join(parts)


def render_missing(viewer, posts, board_query):
    """{pk: html} of `posts` (from codev.views.boards.posts_for), each rendered with one shared context."""
    template = get_template(PRESENTED_TEMPLATE if viewer.presenting else POST_TEMPLATE).template
    shared = {
        "member": None if viewer.presenting else viewer.member,
        "board": viewer.board,
        "board_query": board_query,
        "csrf_token": CSRF_SLOT,
    }
    context = make_context(shared, viewer.request)
    posts = list(posts)
    previews = previews_for(viewer.request, viewer.board, posts)
    rendered = {}
    with context.bind_template(template):  # the context processors run once for all the posts
        for post in posts:
            with context.push(post=post, is_new=viewer.is_new(post), link_previews=previews.get(post.pk, ())):
                rendered[post.pk] = template.render(context)
    return rendered


def post_html(viewer, rows, fetch, board_query=""):
    """The HTML of each row (anything with pk, change_seq, created_at and author_id), in order, from the cache
    where it can.

    `fetch(pks)` returns those posts ready for the template; it is called once, only for the posts missing from
    the cache, so a warm board runs no queries for its posts at all.
    """
    keys = {row.pk: viewer.key(row, board_query) for row in rows}
    found = cache.get_many(list(keys.values())) if keys else {}
    missing = [pk for pk, key in keys.items() if key not in found]
    if missing:
        fresh = render_missing(viewer, fetch(missing), board_query)
        cache.set_many({keys[pk]: html for pk, html in fresh.items()}, FRAGMENT_SECONDS)
        found.update({keys[pk]: html for pk, html in fresh.items()})
    token = get_token(viewer.request) if not viewer.presenting else ""
    return {pk: mark_safe(found[key].replace(CSRF_SLOT, token)) for pk, key in keys.items() if key in found}  # noqa: S308 -- rendered by our own templates, which escaped the users' text
