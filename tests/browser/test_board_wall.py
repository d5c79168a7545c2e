"""The board as a wall in real Chromium: writing in a column without leaving it, the column tabs of a phone by
keyboard, the cue of new posts out of sight, and no sideways scrolling on narrow screens."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from codev.models import Post, SmallGroup
from testing.codev_factories import make_post
from tests.browser.axe import check_axe
from tests.browser.test_live_board import (  # noqa: F401 - busy_board and workspace are fixtures
    LIVE_MS,
    board_path,
    busy_board,
    open_every_disclosure,
    remember_this_page,
    was_not_reloaded,
    workspace,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 390, "height": 844}
NARROWEST = {"width": 320, "height": 640}
ZOOMED = {"width": 320, "height": 180}  # a 1280 × 720 window at 400 % zoom, in CSS pixels


def finnish(message):
    with translation.override("fi"):
        return translation.gettext(message)


def focused_id(tab):
    return tab.evaluate("document.activeElement && document.activeElement.id")


def sideways_overflow(tab):
    """How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways)."""
    return tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_a_member_writes_in_a_column_without_leaving_the_wall(sign_in, workspace):  # noqa: F811 - fixtures
    board = workspace["board"]
    column = board.columns.get(name="Kysymyksiä")
    tab = sign_in(workspace["aino"], board_path(board))
    remember_this_page(tab)
    expect(tab.locator("form.post-form")).to_have_count(0)
    area = tab.locator(f"#column-{column.pk}")

    area.locator(".compose__open").click()
    form = area.locator("form.post-form")
    expect(form.locator("textarea[name=body]")).to_be_focused()
    expect(area.locator(".compose__open")).to_be_hidden()
    check_axe(tab)

    # Sent empty: the reason comes into the form and the text field keeps the focus.
    form.locator("button[type=submit]").click()
    expect(form.locator("[role=alert]")).to_be_visible()
    expect(form.locator("textarea[name=body]")).to_be_focused()

    text = "Kuka kertoo nuorelle, mitä verkostokokouksessa sovittiin?"
    form.locator("textarea[name=body]").fill(text)
    form.locator("details.post-form__more > summary").click()
    form.get_by_label(finnish("Anonymous to other members")).check()
    form.locator("button[type=submit]").click()

    post_item = tab.locator(f"#column-{column.pk}-posts > li").first
    expect(post_item).to_contain_text(text)
    post = Post.objects.get(board=board, body__contains="verkostokokouksessa")
    assert (post.column_id, post.is_anonymous) == (column.pk, True)
    expect(post_item).to_have_id(f"post-{post.pk}")
    assert focused_id(tab) == f"post-{post.pk}"
    expect(tab.locator("#board-live-status")).to_have_text(finnish("Your post is on the board."))
    expect(area.locator("form.post-form")).to_have_count(0)
    expect(area.locator(".compose__open")).to_be_visible()
    assert was_not_reloaded(tab)

    # Cancel closes the form and gives the focus back to "+ Write".
    area.locator(".compose__open").click()
    area.locator("[data-compose-cancel]").click()
    expect(area.locator("form.post-form")).to_have_count(0)
    expect(area.locator(".compose__open")).to_be_focused()
    assert was_not_reloaded(tab)
    # The post arrives through the live poll too, and stays in its column once.
    tab.wait_for_timeout(5_000)
    expect(tab.locator(f"#post-{post.pk}")).to_have_count(1)


def test_nothing_scrolls_sideways_on_a_phone_on_the_board_and_the_presentation_view(sign_in, busy_board):  # noqa: F811 - fixtures
    board = busy_board["board"]
    # Long small-group names made the view form wider than a phone.
    for name in ("Pienryhmä Itä-Uusimaa ja Keski-Uusimaa yhdessä", "Pienryhmä kokemusasiantuntijat"):
        SmallGroup.objects.create(round=busy_board["round"], name=name).members.add(busy_board["facilitator"])
    for who in ("aino", "facilitator"):
        tab = sign_in(busy_board[who], board_path(board))
        for size in (PHONE, NARROWEST, ZOOMED):
            tab.set_viewport_size(size)
            for path in (board_path(board), reverse("codev:board_present", args=(board.pk,))):
                tab.goto(path)
                open_every_disclosure(tab)
                assert sideways_overflow(tab) <= 0, (who, size, path)
    tab.set_viewport_size(NARROWEST)
    tab.goto(f"{board_path(board)}?compose={board.columns.first().pk}")
    open_every_disclosure(tab)
    assert sideways_overflow(tab) <= 0
    check_axe(tab)


def test_on_a_phone_the_columns_are_tabs_used_by_keyboard(sign_in, workspace):  # noqa: F811 - fixtures
    board = workspace["board"]
    columns = list(board.columns.all())
    tab = sign_in(workspace["eero"], board_path(board))
    tab.set_viewport_size(PHONE)
    tabs = tab.get_by_role("tab")
    expect(tabs).to_have_count(len(columns))
    panels = [tab.locator(f"#column-{column.pk}") for column in columns]
    expect(panels[0]).to_be_visible()
    for panel in panels[1:]:
        expect(panel).to_be_hidden()

    tabs.nth(0).focus()
    tab.keyboard.press("ArrowRight")
    expect(tabs.nth(1)).to_be_focused()
    expect(tabs.nth(1)).to_have_attribute("aria-selected", "true")
    expect(tabs.nth(0)).to_have_attribute("aria-selected", "false")
    expect(panels[1]).to_be_visible()
    expect(panels[0]).to_be_hidden()
    tab.keyboard.press("End")
    expect(tabs.nth(len(columns) - 1)).to_be_focused()
    expect(panels[-1]).to_be_visible()
    tab.keyboard.press("ArrowRight")  # wraps round to the first
    expect(tabs.nth(0)).to_be_focused()
    expect(panels[0]).to_be_visible()
    # Only the chosen tab is a tab stop: Tab goes on into its column.
    tab.keyboard.press("Tab")
    expect(panels[0].locator(".compose__open")).to_be_focused()
    check_axe(tab)

    # On a wide screen the tabs go and all columns stand side by side.
    tab.set_viewport_size({"width": 1280, "height": 800})
    expect(tab.locator(".board-tabs")).to_be_hidden()
    for panel in panels:
        expect(panel).to_be_visible()


def test_new_posts_out_of_sight_get_a_cue_that_takes_the_focus_to_the_first(sign_in, workspace):  # noqa: F811 - fixtures
    board = workspace["board"]
    ideas = board.columns.get(name="Ideoita")
    tab = sign_in(workspace["eero"], board_path(board))
    tab.set_viewport_size(PHONE)
    remember_this_page(tab)
    expect(tab.locator(f"#column-{ideas.pk}")).to_be_hidden()
    cue = tab.locator("#board-new-posts")
    expect(cue).to_be_hidden()

    post = make_post(workspace["aino"], board, ideas, "<p>Yhteinen lomake molemmille palveluille.</p>")

    expect(cue).to_be_visible(timeout=LIVE_MS)
    expect(cue).to_contain_text(finnish("1 new post"))
    expect(tab.locator("#board-live-status")).to_have_text(finnish("1 new post"))
    cue.get_by_role("button").click()
    expect(tab.locator(f"#column-{ideas.pk}")).to_be_visible()
    expect(tab.get_by_role("tab").nth(3)).to_have_attribute("aria-selected", "true")
    assert focused_id(tab) == f"post-{post.pk}"
    expect(cue).to_be_hidden()
    assert was_not_reloaded(tab)
