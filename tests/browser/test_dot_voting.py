"""Dot voting in real Chromium: the facilitator opens a vote, two members vote in their own browsers, and each
sees the other's vote arrive on the board without reloading."""

import pytest
from playwright.sync_api import expect

from codev.models import DotVote
from testing.codev_factories import make_post
from tests.browser.axe import check_axe
from tests.browser.test_live_board import LIVE_MS, board_path, remember_this_page, was_not_reloaded, workspace

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

__all__ = ["workspace"]  # a fixture shared with the live board's tests


def test_two_members_vote_and_see_each_others_votes_live(sign_in, workspace):
    board, first = workspace["board"], workspace["first"]
    second = make_post(workspace["eero"], board, body="<p>Yhteinen lomake molemmille palveluille.</p>")
    path = board_path(board)
    fiia = sign_in(workspace["facilitator"], path)

    fiia.locator("#dot-vote-count").fill("2")
    fiia.locator(".dot-vote__open button[type=submit]").click()
    fiia.wait_for_url(f"**{path}*")
    expect(fiia.locator("#dot-vote-status")).to_contain_text("2")
    assert DotVote.objects.get(board=board).votes_per_member == 2

    aino = sign_in(workspace["aino"], path)
    eero = sign_in(workspace["eero"], path)
    remember_this_page(eero)
    expect(eero.locator(f"#post-{second.pk} .vote-form")).to_have_count(0)  # his own post

    aino.locator(f"#post-{first.pk} .vote-form button[value=add]").click()
    aino.wait_for_url(f"**{path}*#post-{first.pk}")
    expect(aino.locator(f"#post-{first.pk} .vote__total")).to_contain_text("1")
    expect(aino.locator(".dot-vote__left")).to_contain_text("1")

    expect(eero.locator(f"#post-{first.pk} .vote__total")).to_contain_text("1", timeout=LIVE_MS)
    expect(eero.locator(f"#post-{first.pk} .vote-form button[value=take_back]")).to_have_count(0)
    assert was_not_reloaded(eero)

    remember_this_page(aino)
    eero.locator(f"#post-{first.pk} .vote-form button[value=add]").click()
    eero.wait_for_url(f"**{path}*#post-{first.pk}")
    expect(aino.locator(f"#post-{first.pk} .vote__total")).to_contain_text("2", timeout=LIVE_MS)
    assert was_not_reloaded(aino)
    check_axe(aino)
    check_axe(fiia)
