"""Workshop mode: the facilitator's timer and focus reach every member's board through the live poll, the shared
screen shows a join link and QR code that open the board for its group only, and only the board's own
facilitators run any of it."""

import re
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from codev import actions
from codev.join_links import board_pk_for, join_code
from codev.models import Board, PostStatus
from tests.codev.workshop_world import build_workshop_world, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        yield build_workshop_world()
        transaction.set_rollback(True)


def timer(client, board, htmx=False, **data):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(reverse("codev:board_timer", args=(board.pk,)), data, **headers)


def focus(client, board, **data):
    return client.post(reverse("codev:board_focus", args=(board.pk,)), data)


def seq(board):
    return Board.objects.get(pk=board.pk).change_seq


def poll(client, board, since, **params):
    return client.get(
        reverse("codev:board_changes", args=(board.pk,)), {"since": since, **params}, HTTP_HX_REQUEST="true"
    )


def state_of(html):
    """The data attributes of the workshop state a page or a poll carries."""
    match = re.search(r'<div id="workshop-state"[^>]*>', html)
    assert match, "no workshop state in the answer"
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', match.group(0)))


def test_members_poll_gets_the_running_timer_with_its_end_time(world):
    since = seq(world.board)

    response = timer(signed_in(world.fac.user), world.board, action="start", minutes="10")

    assert response.status_code == 302
    state = state_of(poll(signed_in(world.member.user), world.board, since).content.decode())
    assert state["timer"] == "running"
    ends = int(state["ends"]) / 1000
    expected = (timezone.now() + timedelta(minutes=10)).timestamp()
    assert expected - 5 < ends <= expected + 1
    assert int(state["now"]) / 1000 == pytest.approx(timezone.now().timestamp(), abs=5)


def test_pausing_keeps_the_time_left_and_resuming_counts_on_from_it(world):
    fac = signed_in(world.fac.user)
    timer(fac, world.board, action="start", minutes="5")
    Board.objects.filter(pk=world.board.pk).update(timer_ends_at=timezone.now() + timedelta(minutes=3))
    since = seq(world.board)

    timer(fac, world.board, action="pause")

    paused = state_of(poll(signed_in(world.member.user), world.board, since).content.decode())
    assert paused["timer"] == "paused" and paused["ends"] == ""
    assert 179_000 < int(paused["left"]) <= 180_000
    timer(fac, world.board, action="resume")
    board = Board.objects.get(pk=world.board.pk)
    assert board.timer_paused_left is None
    assert timedelta(seconds=178) < board.timer_ends_at - timezone.now() <= timedelta(seconds=180)


def test_stopping_the_timer_takes_it_off_everyones_board(world):
    fac = signed_in(world.fac.user)
    timer(fac, world.board, action="start", minutes="5")
    since = seq(world.board)

    timer(fac, world.board, action="stop")

    html = poll(signed_in(world.member.user), world.board, since).content.decode()
    assert state_of(html)["timer"] == "stopped"
    assert "workshop-state--idle" in html
    assert 'role="timer"' not in html


def test_a_members_board_shows_the_running_timer_without_script(world):
    timer(signed_in(world.fac.user), world.board, action="start", minutes="15")

    html = signed_in(world.member.user).get(reverse("codev:board", args=(world.board.pk,))).content.decode()

    assert state_of(html)["timer"] == "running"
    assert re.search(r'<span class="workshop-timer__clock" role="timer">1[45]:[0-9]{2}</span>', html)
    # Members see the time, not the controls.
    assert reverse("codev:board_timer", args=(world.board.pk,)) not in html


def test_the_timer_from_the_presentation_view_answers_htmx_with_the_new_state(world):
    response = timer(signed_in(world.fac.user), world.board, htmx=True, action="start", minutes="3")

    assert response.status_code == 200
    html = response.content.decode()
    assert state_of(html)["timer"] == "running"
    assert 'data-hx-swap-oob="true"' in html


def test_a_timer_that_is_up_says_so(world):
    timer(signed_in(world.fac.user), world.board, action="start", minutes="1")
    Board.objects.filter(pk=world.board.pk).update(timer_ends_at=timezone.now() - timedelta(seconds=5))

    html = signed_in(world.member.user).get(reverse("codev:board", args=(world.board.pk,))).content.decode()

    assert 'role="timer">00:00</span>' in html
    assert "Aika on loppu." in html


@pytest.mark.parametrize("who", ["member", "expert", "fac_b", "member_b"])
def test_only_the_boards_own_facilitators_run_the_timer(world, who):
    response = timer(signed_in(getattr(world, who).user), world.board, action="start", minutes="10")

    assert response.status_code == 403
    assert Board.objects.get(pk=world.board.pk).timer_ends_at is None


def test_someone_in_no_group_cannot_run_the_timer(world):
    assert timer(signed_in(world.outsider), world.board, action="start", minutes="10").status_code == 403


@pytest.mark.parametrize(
    "data",
    [
        {"action": "start", "minutes": "abc"},
        {"action": "start", "minutes": "-1"},
        {"action": "start", "minutes": "9" * 25},
        {"action": "start"},
        {"action": "explode"},
        {},
    ],
)
def test_junk_to_the_timer_is_a_bad_request(world, data):
    response = timer(signed_in(world.fac.user), world.board, **data)

    assert response.status_code == 400
    assert Board.objects.get(pk=world.board.pk).timer_ends_at is None


@pytest.mark.parametrize("minutes", ["0", "181"])
def test_a_timer_too_short_or_too_long_is_refused_with_the_reason(world, minutes):
    fac = signed_in(world.fac.user)

    assert timer(fac, world.board, htmx=True, action="start", minutes=minutes).status_code == 400
    response = timer(fac, world.board, action="start", minutes=minutes, next="https://example.com/")

    assert response.status_code == 302
    assert response["Location"] == reverse("codev:board", args=(world.board.pk,))
    assert Board.objects.get(pk=world.board.pk).timer_ends_at is None


def test_pausing_a_timer_that_does_not_run_is_refused(world):
    with pytest.raises(actions.FeedbackError):
        actions.do_pause_timer(member=world.fac, board=world.board)


def test_a_facilitator_of_another_group_cannot_run_the_timer_through_the_action_either(world):
    with pytest.raises(actions.FeedbackError):
        actions.do_start_timer(member=world.fac_b, board=world.board, minutes=5)


def test_the_poll_that_finds_nothing_new_stays_cheap_while_the_timer_runs_and_a_focus_is_set(world):
    fac = signed_in(world.fac.user)
    timer(fac, world.board, action="start", minutes="10")
    focus(fac, world.board, column=world.columns[1].pk)
    member = signed_in(world.member.user)
    current = seq(world.board)
    poll(member, world.board, current)

    with CaptureQueriesContext(connection) as queries:
        response = poll(member, world.board, current)

    assert response.status_code == 204
    assert len(queries) <= 4


def test_members_poll_turns_to_the_column_the_facilitator_focused_on(world):
    since = seq(world.board)

    response = focus(signed_in(world.fac.user), world.board, column=world.columns[1].pk, next="/fi/codev/")

    assert response.status_code == 302 and response["Location"] == "/fi/codev/"
    state = state_of(poll(signed_in(world.member.user), world.board, since).content.decode())
    assert state["focus"] == f"column-{world.columns[1].pk}"
    assert world.columns[1].name in state["focus-text"]


def test_focus_on_a_post_names_its_column_but_not_its_author(world):
    since = seq(world.board)

    focus(signed_in(world.fac.user), world.board, post=world.second.pk)

    html = poll(signed_in(world.member.user), world.board, since).content.decode()
    state = state_of(html)
    assert state["focus"] == f"post-{world.second.pk}"
    assert world.columns[0].name in state["focus-text"]
    assert "Kokemusasiantuntija Eero" not in state["focus-text"]


def test_the_presentation_view_shows_the_focus_timer_join_link_and_qr_code(world):
    fac = signed_in(world.fac.user)
    focus(fac, world.board, column=world.columns[0].pk)
    timer(fac, world.board, action="start", minutes="7")
    present = reverse("codev:board_present", args=(world.board.pk,))

    html = fac.get(present).content.decode()

    assert state_of(html)["focus"] == f"column-{world.columns[0].pk}"
    assert f'id="column-{world.columns[0].pk}"' in html
    assert reverse("codev:join", args=(join_code(world.board.pk),)) in html
    assert f'src="{reverse("codev:board_join_qr", args=(world.board.pk,))}"' in html
    assert reverse("codev:board_timer", args=(world.board.pk,)) in html
    member_html = signed_in(world.member.user).get(present).content.decode()
    assert reverse("codev:join", args=(join_code(world.board.pk),)) in member_html
    assert reverse("codev:board_timer", args=(world.board.pk,)) not in member_html


def test_clearing_the_focus_clears_it_for_everyone(world):
    fac = signed_in(world.fac.user)
    focus(fac, world.board, column=world.columns[1].pk)
    since = seq(world.board)

    focus(fac, world.board, action="clear")

    state = state_of(poll(signed_in(world.member.user), world.board, since).content.decode())
    assert state["focus"] == "" and state["focus-text"] == ""


@pytest.mark.parametrize("who", ["member", "fac_b", "member_b"])
def test_only_the_boards_own_facilitators_set_the_focus(world, who):
    response = focus(signed_in(getattr(world, who).user), world.board, column=world.columns[1].pk)

    assert response.status_code == 403
    assert Board.objects.get(pk=world.board.pk).focus_column_id is None


@pytest.mark.parametrize("data", [{"column": "abc"}, {"column": ""}, {"post": "abc"}, {"post": "9" * 25}, {}])
def test_junk_to_the_focus_is_a_bad_request(world, data):
    assert focus(signed_in(world.fac.user), world.board, **data).status_code == 400


def test_a_column_or_post_of_another_board_cannot_be_focused_on(world):
    fac = signed_in(world.fac.user)

    assert focus(fac, world.board, column=world.board_b.columns.first().pk).status_code == 400
    assert focus(fac, world.board, post=world.post_b.pk).status_code == 400
    assert Board.objects.get(pk=world.board.pk).focus_column_id is None


def test_a_hidden_post_cannot_be_focused_on(world):
    actions.do_hide(actor=world.fac.user, post=world.first, reason="Henkilötietoja.")

    response = focus(signed_in(world.fac.user), world.board, post=world.first.pk)

    assert response.status_code == 302
    assert Board.objects.get(pk=world.board.pk).focus_post_id is None
    assert world.first.status == PostStatus.HIDDEN


def test_the_short_link_takes_a_member_to_the_board(world):
    response = signed_in(world.member.user).get(reverse("codev:join", args=(join_code(world.board.pk),)))

    assert response.status_code == 302
    assert response["Location"] == reverse("codev:board", args=(world.board.pk,))


def test_the_short_link_asks_to_sign_in_first_and_then_leads_on(world, client):
    address = reverse("codev:join", args=(join_code(world.board.pk),))

    response = client.get(address)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login")) and "next=" in response["Location"]


@pytest.mark.parametrize("who", ["member_b", "fac_b"])
def test_the_short_link_is_refused_to_another_groups_members(world, who):
    response = signed_in(getattr(world, who).user).get(reverse("codev:join", args=(join_code(world.board.pk),)))

    assert response.status_code == 403


def test_the_short_link_is_refused_to_someone_in_no_group(world):
    response = signed_in(world.outsider).get(reverse("codev:join", args=(join_code(world.board.pk),)))

    assert response.status_code == 403


@pytest.mark.parametrize("code", ["not-a-code", "i1", "z" * 13, "zzzzzzzzz"])
def test_a_short_link_that_names_no_board_is_not_found(world, code):
    assert signed_in(world.member.user).get(reverse("codev:join", args=(code,))).status_code == 404


def test_join_codes_name_their_boards_and_nothing_else(world):
    for number in (1, 31, 32, 1023, 10**12):
        assert board_pk_for(join_code(number)) == number
    assert board_pk_for(join_code(world.board.pk).upper()) == world.board.pk
    assert board_pk_for("") is None and board_pk_for("l0") is None


def test_the_qr_code_is_an_svg_image_without_script_or_style(world):
    response = signed_in(world.member.user).get(reverse("codev:board_join_qr", args=(world.board.pk,)))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert "<svg" in svg and "<path" in svg
    assert "<script" not in svg and "style=" not in svg and "<style" not in svg


@pytest.mark.parametrize("who", ["member_b", "fac_b"])
def test_the_qr_code_is_refused_to_another_groups_members(world, who):
    response = signed_in(getattr(world, who).user).get(reverse("codev:board_join_qr", args=(world.board.pk,)))

    assert response.status_code == 403
