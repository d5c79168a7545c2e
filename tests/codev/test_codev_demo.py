"""The demo loads IntO's co-development group: its members, a timeline of rounds, and boards with feedback."""

import base64
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from codev.models import (
    Board,
    CoDevelopmentGroup,
    Column,
    Membership,
    ModerationAction,
    Post,
    Profile,
    Reaction,
    Role,
    Round,
    RoundState,
    SmallGroup,
)
from demo.users import DEMO_PASSWORD, DEMO_TOTP_SECRET
from testing.codev_factories import pass_second_step

pytestmark = pytest.mark.django_db

CODEV_ROWS = [
    CoDevelopmentGroup,
    Membership,
    Profile,
    Round,
    Board,
    Column,
    Post,
    Reaction,
    SmallGroup,
    ModerationAction,
]


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def row_counts():
    counts = {model.__name__: model.objects.count() for model in CODEV_ROWS}
    counts["users"] = get_user_model().objects.count()
    counts["pre-reading"] = Round.pre_reading.through.objects.count()
    counts["small-group members"] = SmallGroup.members.through.objects.count()
    return counts


@pytest.fixture
def demo(db):
    return load()


def test_loading_twice_adds_nothing_to_the_workspace(demo):
    before = row_counts()

    output = load()

    assert row_counts() == before
    assert "co-development member: 9 unchanged" in output
    assert "co-development post" not in output


def test_demo_users_are_members_with_their_roles(demo):
    group = CoDevelopmentGroup.objects.get(name="Yhteiskehittämisryhmä 1")
    members = {
        membership.user.username: membership for membership in group.memberships.select_related("user__codev_profile")
    }

    assert group.project.slug == "into"
    assert (members["facilitator"].role, members["facilitator"].organisation) == (
        Role.FACILITATOR,
        "Helsingin kaupunki, IntO-hanke",
    )
    assert (members["professional"].role, members["professional"].organisation) == (
        Role.PROFESSIONAL,
        "Helsingin kaupunki, lastensuojelu",
    )
    assert (members["expert"].role, members["expert"].organisation) == (Role.EXPERT, "Osallisuuden aika ry")
    assert members["expert"].user.codev_profile.display_name == "Kokemusasiantuntija S."
    assert {membership.role for membership in members.values()} == {
        Role.FACILITATOR,
        Role.PROFESSIONAL,
        Role.EXPERT,
        Role.MANAGER,
        Role.YOUNG_PERSON,
    }
    # Only the published demo sign-ins can sign in; the other voices of the group cannot.
    others = [
        membership.user
        for username, membership in members.items()
        if username not in ("facilitator", "professional", "expert")
    ]
    assert others and not any(user.has_usable_password() for user in others)
    assert all(user.email.endswith("@example.org") for user in others)


def test_the_timeline_has_closed_open_and_upcoming_rounds_reading_the_models_versions(demo):
    rounds = list(Round.objects.prefetch_related("pre_reading__page", "boards").order_by("number"))
    now = timezone.now()

    assert [round_.state() for round_ in rounds] == [
        RoundState.CLOSED,
        RoundState.CLOSED,
        RoundState.OPEN,
        RoundState.UPCOMING,
    ]
    live = rounds[2]
    assert now < live.workshop_starts_at < now + timedelta(days=7)
    assert "Lue muokatut kuvaukset huolellisesti ennen tapaamista" in live.agenda
    network = [
        [
            version.number
            for version in round_.pre_reading.all()
            if version.page.slug == "verkostoyhteistyon-toimintamalli"
        ]
        for round_ in rounds
    ]
    assert network[:3] == [[1], [2], [3]]
    assert live.boards.count() == 4
    assert all(board.columns.count() == 4 for board in Board.objects.all())


def test_boards_hold_feedback_with_quotes_replies_agreements_and_an_anonymous_expert(demo):
    posts = Post.objects.select_related("board__round", "author", "quote_version")
    threads = posts.filter(parent=None)

    anonymous = threads.get(is_anonymous=True)
    assert anonymous.author.username == "expert"
    quoted = threads.exclude(quote_exact="")
    assert quoted.count() >= 4
    for post in quoted:
        assert post.quote_version in post.board.round.pre_reading.all()
        assert post.quote_prefix or post.quote_suffix
    assert posts.exclude(parent=None).exists()
    assert Reaction.objects.count() >= 30
    assert all(post.body.startswith("<p>") and "<script" not in post.body for post in posts)
    live = Round.objects.get(number=3)
    assert SmallGroup.objects.filter(round=live).count() == 2
    assert threads.filter(board__round=live).exclude(small_group=None).count() >= 5
    pinned = threads.get(is_pinned=True)
    assert pinned.board.round == live and ModerationAction.objects.filter(post=pinned).exists()
    # A closed round's posts are dated inside its feedback window.
    first = Round.objects.get(number=1)
    assert all(
        first.feedback_opens_at <= post.created_at <= first.feedback_closes_at
        for post in posts.filter(board__round=first)
    )


def test_the_facilitators_sign_in_runs_the_demo_group_in_the_admin(client, demo):
    assert client.login(request=HttpRequest(), username="facilitator", password=DEMO_PASSWORD)
    pass_second_step(client, get_user_model().objects.get(username="facilitator"))

    rounds = client.get(reverse("codev_rounds:index"))
    invite = client.get(reverse("codev_invitations:add"))

    assert rounds.status_code == invite.status_code == 200
    assert len(rounds.context["object_list"]) == 4
    assert "Yhteiskehittämisryhmä 1" in invite.content.decode()
    assert client.login(request=HttpRequest(), username="professional", password=DEMO_PASSWORD)
    assert client.get(reverse("codev_rounds:index")).status_code == 302


def test_the_demo_facilitator_signs_in_with_the_printed_code_of_the_documented_key(client, demo, settings):
    settings.CODEV_2FA_REQUIRED = True
    facilitator = get_user_model().objects.get(username="facilitator")
    device = TOTPDevice.objects.get(user=facilitator, confirmed=True)
    out, err = io.StringIO(), io.StringIO()
    call_command("demo_totp_code", stdout=out, stderr=err)
    client.post(reverse("login"), {"username": "facilitator", "password": DEMO_PASSWORD})

    held = client.get("/admin/")
    verified = client.post(reverse("codev:two_factor_verify"), {"code": out.getvalue().strip(), "next": "/admin/"})

    assert device.bin_key == base64.b32decode(DEMO_TOTP_SECRET)
    assert DEMO_TOTP_SECRET in demo and DEMO_TOTP_SECRET in err.getvalue()
    assert held.url.startswith(reverse("codev:two_factor_verify"))
    assert verified.url == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_loading_again_restores_the_demo_key(demo):
    TOTPDevice.objects.filter(user__username="facilitator").update(key="00" * 20)

    load()

    assert TOTPDevice.objects.get(user__username="facilitator").bin_key == base64.b32decode(DEMO_TOTP_SECRET)


def test_loading_the_demo_emails_nobody(mailoutbox):
    from django.core.management import call_command

    call_command("load_demo_content", stdout=io.StringIO())

    assert mailoutbox == []
