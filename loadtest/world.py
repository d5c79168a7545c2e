"""Builds the load test's workshop in the load-test database: a group of N members in an open round, a board
with 50 posts, and a signed-in session for every member (so the participants need no sign-in storm).

Run by loadtest/__main__.py under production settings: `python -m loadtest.world N RUN_ID OUTPUT.json`.
"""

import json
import random
import sys

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from django.utils import translation

BOARD_POSTS, BOARD_AGREEMENTS, BOARD_REPLIES = 50, 200, 30
SESSION_BACKEND = "codev.backends.CaseInsensitiveModelBackend"


def library():
    from models_library.models import ModelIndexPage
    from testing.factories import build_site

    return ModelIndexPage.objects.first() or build_site()["library"]


def make_members(group, count, run_id):
    """Members with unusable passwords: hashing 300 real ones would take minutes and nobody signs in."""
    from codev.models import Membership, Profile, Role

    User = get_user_model()
    users = User.objects.bulk_create(
        [User(username=f"lt-{run_id}-{n:04d}", email=f"lt-{run_id}-{n:04d}@example.org") for n in range(count)]
    )
    for user in users:
        user.set_unusable_password()
    User.objects.bulk_update(users, ["password"])
    Profile.objects.bulk_create(
        [Profile(user=user, display_name=f"Osallistuja {n + 1}") for n, user in enumerate(users)]
    )
    roles = [Role.PROFESSIONAL, Role.PROFESSIONAL, Role.EXPERT, Role.YOUNG_PERSON]
    return Membership.objects.bulk_create(
        [Membership(group=group, user=user, role=roles[n % len(roles)]) for n, user in enumerate(users)]
    )


def signed_in_session(user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = SESSION_BACKEND
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def fill_board(board, members, rng):
    from codev import actions

    columns = list(board.columns.all())
    posts = []
    for n in range(BOARD_POSTS):
        post, _created = actions.do_create_post(
            member=rng.choice(members),
            board=board,
            column=columns[n % len(columns)],
            body=f"<p>Työpajan havainto {n + 1}: verkostokokous toimii, kun kaikki tietävät roolinsa.</p>",
            is_anonymous=n % 5 == 0,
        )
        posts.append(post)
    agreements = set()
    while len(agreements) < min(BOARD_AGREEMENTS, len(posts) * len(members)):
        agreements.add((rng.randrange(len(posts)), rng.randrange(len(members))))
    for post_index, member_index in agreements:
        actions.do_agree(member=members[member_index], post=posts[post_index])
    for n in range(BOARD_REPLIES):
        actions.do_reply(member=rng.choice(members), post=posts[n % len(posts)], body=f"<p>Vastaus {n + 1}.</p>")
    return posts


def build(count, run_id):
    from codev.models import Membership
    from testing.codev_factories import make_board, make_group, make_round
    from testing.factories import make_model

    rng = random.Random(count)
    model = make_model(library(), f"Kuormitustestin malli {run_id}")
    group = make_group(models=[model], name=f"Kuormitustestin ryhmä {run_id}", slug=f"kuormitus-{run_id}")
    round_ = make_round(group, 1, "open")
    board = make_board(round_, model)
    make_members(group, count, run_id)
    members = list(Membership.objects.filter(group=group).select_related("user").order_by("pk"))
    posts = fill_board(board, members, rng)
    translation.activate("fi")
    return {
        "board_id": board.pk,
        "board_url": reverse("codev:board", args=[board.pk]),
        "changes_url": reverse("codev:board_changes", args=[board.pk]),
        "post_url": reverse("codev:post_create", args=[board.pk]),
        "agree_urls": [reverse("codev:agree", args=[post.pk]) for post in posts],
        "columns": list(board.columns.values_list("pk", flat=True)),
        "sessions": [signed_in_session(member.user) for member in members],
    }


def main(argv):
    import django

    django.setup()
    from codev.views.boards import POLL_SECONDS

    count, run_id, output = int(argv[0]), argv[1], argv[2]
    world = build(count, run_id)
    world["poll_seconds"] = POLL_SECONDS
    with open(output, "w") as file:
        json.dump(world, file)


if __name__ == "__main__":
    main(sys.argv[1:])
