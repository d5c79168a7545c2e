"""The demo shows the whole feedback loop: dispositions, versions that answer, summaries, evaluations and the meter."""

import io
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from codev.evaluation import evaluation_trend, meter_trend
from codev.models import (
    OPEN_DISPOSITIONS,
    Board,
    CoDevelopmentGroup,
    Disposition,
    MeterCriterion,
    MeterRating,
    Post,
    Profile,
    Role,
    RoundEvaluation,
    VersionResponse,
)
from demo.codev import GROUP, NETWORK, load_codev_demo
from demo.codev_loop import LOOP, ROUND_1_SUMMARY, ROUND_2_SUMMARY, VERSION_2_RESPONSE, load_codev_loop
from demo.codev_themes import load_themes_demo
from demo.loader import DemoLoader
from models_library.models import OperationalModelPage
from testing.codev_factories import pass_second_step

pytestmark = pytest.mark.django_db


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    return load()


def loop_rows():
    return {
        "posts": list(
            Post.objects.order_by("pk").values_list(
                "pk", "disposition", "disposition_note", "disposition_at", "addressed_in"
            )
        ),
        "responses": list(VersionResponse.objects.order_by("pk").values_list("pk", "version", "summary")),
        "summaries": list(Board.objects.order_by("pk").values_list("pk", "summary", "summary_published_at")),
        "evaluations": list(RoundEvaluation.objects.order_by("pk").values_list("pk", "usefulness", "heard")),
        "criteria": MeterCriterion.objects.count(),
        "ratings": list(MeterRating.objects.order_by("pk").values_list("pk", "light")),
    }


def network_board(number):
    return Board.objects.select_related("round").get(round__number=number, operational_model__slug=NETWORK)


def url(name, *args):
    with translation.override("fi"):
        return reverse(name, args=args)


def sign_in(client, username):
    """Signs the demo user in; the demo facilitator, who has an authenticator app, also types its code."""
    user = get_user_model().objects.get(username=username)
    client.force_login(user)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        pass_second_step(client, user)


def display_names():
    return list(Profile.objects.exclude(display_name="").values_list("display_name", flat=True))


def test_loading_twice_changes_nothing_and_emails_no_one_about_the_demos_past(
    db, mailoutbox, django_capture_on_commit_callbacks
):
    counts = Counter(DemoLoader().load())
    load_codev_demo(counts)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        load_codev_loop(counts)
        load_themes_demo(counts)
    before = loop_rows()
    output = load()

    assert mailoutbox == []
    assert loop_rows() == before
    assert "feedback disposition" not in output
    for kind in ("version response", "round summary", "round evaluation", "meter rating"):
        assert f"{kind}: {counts[(kind, 'created')]} unchanged" in output


def test_what_became_of_the_closed_rounds_feedback(demo):
    for spec in LOOP:
        board = network_board(spec["number"])
        for username, phrase, disposition, note in spec["posts"]:
            post = Post.objects.get(board=board, parent=None, author__username=username, body__contains=phrase)
            assert post.disposition == disposition
            assert post.disposition_note == note
            if disposition == Disposition.ADDRESSED:
                assert post.addressed_in.number == spec["addressed_in"]
    first, second = network_board(1), network_board(2)
    # Round 1's posts are all decided; the pilot version answered round 2 in part, and the rest waits.
    assert set(first.posts.filter(parent=None).values_list("disposition", flat=True)) == {
        Disposition.ADDRESSED,
        Disposition.DECLINED,
        Disposition.DEFERRED,
    }
    assert not first.posts.filter(parent=None, disposition=Disposition.NEW).exists()
    assert second.posts.filter(parent=None, disposition=Disposition.CONSIDERING).count() == 3


def test_evaluations_and_the_meter_improve_from_round_1_to_round_2(demo):
    group = CoDevelopmentGroup.objects.get(slug=GROUP["slug"])
    model = OperationalModelPage.objects.get(slug=NETWORK)
    members = group.memberships.exclude(role=Role.FACILITATOR).count()

    trend = evaluation_trend(group)
    meter = meter_trend(group, model)

    assert [row["count"] for row in trend[:2]] == [6, 7]
    assert all(row["count"] > members / 2 for row in trend[:2])
    assert trend[0]["usefulness"] < trend[1]["usefulness"] and trend[0]["heard"] < trend[1]["heard"]
    answers = RoundEvaluation.objects.filter(round__group=group)
    assert answers.filter(is_anonymous=True).count() > answers.count() / 2
    assert [criterion.text for criterion in group.meter_criteria.all()] == [
        "Lapsi voittaa",
        "Tuki tarpeen mukaan ja oikea-aikaisesti",
        "Koordinoidusti ja johdon tuella",
        "Yhteinen tilannekuva ja suunnitelmallisuus",
        "Luottamus, turvallisuus, läsnäolo",
    ]
    overall = meter["overall"]
    assert [round_.number for round_ in meter["rounds"]][:2] == [1, 2]
    assert overall[0] < overall[1]


def test_version_2_page_tells_the_public_it_answers_the_groups_feedback_without_names(client, demo):
    model = OperationalModelPage.objects.get(slug=NETWORK)
    addressed = Post.objects.filter(addressed_in__page=model, addressed_in__number=2)

    html = client.get(model.url + model.reverse_subpage("version", args=(2,))).content.decode()

    with translation.override("fi"):
        heading = translation.ngettext(
            "This version responds to %(counter)s piece of feedback from the co-development group",
            "This version responds to %(counter)s pieces of feedback from the co-development group",
            addressed.count(),
        ) % {"counter": addressed.count()}
    assert addressed.count() == 4
    assert heading in html
    assert VERSION_2_RESPONSE.split(".")[0] in html
    assert not [name for name in display_names() if name in html]
    assert not [post.pk for post in addressed if BeautifulSoup(post.body, "html.parser").get_text()[:40] in html]


def test_the_models_public_page_shows_round_1s_summary_only(client, demo):
    html = client.get(OperationalModelPage.objects.get(slug=NETWORK).url).content.decode()

    assert ROUND_1_SUMMARY.split("\n")[0][:80] in html
    assert ROUND_2_SUMMARY[:80] not in html


def test_round_3_board_carries_forward_the_deferred_and_considered_feedback(client, demo):
    sign_in(client, "professional")

    html = client.get(url("codev:board", network_board(3).pk)).content.decode()

    lane = BeautifulSoup(html, "html.parser").select_one("section.carried-forward")
    bodies = [item.select_one(".post__body").get_text(" ", strip=True) for item in lane.select("li.post--carried")]
    waiting = [
        phrase
        for spec in LOOP
        for _author, phrase, disposition, _note in spec["posts"]
        if disposition in OPEN_DISPOSITIONS
    ]
    assert len(bodies) == len(waiting) == 4
    assert all(phrase in body for phrase, body in zip(waiting, bodies, strict=True))
    # The deferred idea was posted anonymously: its author stays unnamed in the lane too.
    assert "Kokemusasiantuntija S." not in lane.get_text()
    assert "Kehotus antaa palautetta" not in lane.get_text()


def test_new_members_read_the_summaries_on_the_process_page_and_the_facilitator_opens_the_dashboard(client, demo):
    sign_in(client, "expert")
    process = client.get(url("codev:process", GROUP["slug"]))
    sign_in(client, "facilitator")
    dashboard = client.get(url("codev:dashboard", GROUP["slug"]))

    assert process.status_code == 200
    text = BeautifulSoup(process.content, "html.parser").get_text(" ", strip=True)
    assert ROUND_1_SUMMARY.split("\n")[0][:80] in text
    assert ROUND_2_SUMMARY[:80] in text
    assert dashboard.status_code == 200
