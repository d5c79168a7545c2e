"""Workshop mode in real Chromium: the facilitator drags a post or moves it by keyboard, runs a timer that members
see on their boards, and the shared screen fits a phone and passes axe."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from codev import actions
from codev.models import Post, Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.browser.axe import check_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The board polls every 4 seconds; a change shows on the next poll or the one after.
LIVE_MS = 10_000
TALL = {"width": 1280, "height": 2400}


@pytest.fixture
def workshop():
    """An open round's board with two posts in its first column and one in its second."""
    site = build_site()
    model = make_model(site["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    aino = add_member(group, "aino", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    board = make_board(make_round(group, 1, "open", theme="Yhteinen suunnitelma"), model)
    columns = list(board.columns.all())
    older = make_post(aino, board, columns[0], "<p>Vanhempi ajatus verkostokokouksesta.</p>")
    newer = make_post(facilitator, board, columns[0], "<p>Uudempi ajatus omatyöntekijästä.</p>")
    other = make_post(aino, board, columns[1], "<p>Toisen sarakkeen ajatus.</p>")
    return {
        "board": board,
        "columns": columns,
        "facilitator": facilitator,
        "aino": aino,
        "older": older,
        "newer": newer,
        "other": other,
    }


@pytest.fixture
def sign_in(sign_in):
    """The workshop's pages want a tall window unless the test asks for another."""
    return lambda member, path, viewport=None: sign_in(member, path, viewport or TALL)


def board_path(board):
    return reverse("codev:board", args=(board.pk,))


def present_path(board):
    return reverse("codev:board_present", args=(board.pk,))


def column_ids(tab, column):
    return tab.locator(f"#column-{column.pk}-posts > li.post").evaluate_all("all => all.map(li => li.id)")


def test_facilitator_drags_a_post_to_another_column_and_it_is_there_after_reload(sign_in, workshop):
    board, columns, other = workshop["board"], workshop["columns"], workshop["other"]
    older = workshop["older"]
    tab = sign_in(workshop["facilitator"], board_path(board))
    handle = tab.locator(f"#post-{older.pk} .post-move__handle")
    target = tab.locator(f"#post-{other.pk}")
    handle.scroll_into_view_if_needed()
    start, goal = handle.bounding_box(), target.bounding_box()

    tab.mouse.move(start["x"] + start["width"] / 2, start["y"] + start["height"] / 2)
    tab.mouse.down()
    tab.mouse.move(goal["x"] + goal["width"] / 2, goal["y"] + 5, steps=8)
    tab.mouse.up()

    expect(tab.locator("#workshop-status")).to_contain_text("siirtyi", timeout=LIVE_MS)
    assert Post.objects.get(pk=older.pk).column_id == columns[1].pk
    tab.reload()
    assert column_ids(tab, columns[1]) == [f"post-{older.pk}", f"post-{other.pk}"]
    assert column_ids(tab, columns[0]) == [f"post-{workshop['newer'].pk}"]


def test_facilitator_moves_a_post_with_the_keyboard_only_and_hears_where_it_went(sign_in, workshop):
    board, columns, newer = workshop["board"], workshop["columns"], workshop["newer"]
    tab = sign_in(workshop["facilitator"], board_path(board))
    handle = tab.locator(f"#post-{newer.pk} .post-move__handle")
    handle.focus()

    tab.keyboard.press("Enter")
    expect(handle).to_have_attribute("aria-expanded", "true")
    choices = tab.locator(f"#post-{newer.pk}-move-menu button").all_text_contents()
    wanted = next(index for index, label in enumerate(choices) if columns[1].name in label and "lopp" in label)
    for _step in range(wanted):
        tab.keyboard.press("Tab")
    tab.keyboard.press("Enter")

    announced = f"siirtyi sarakkeeseen ”{columns[1].name}”"
    expect(tab.locator("#workshop-status")).to_contain_text(announced, timeout=LIVE_MS)
    expect(tab.locator(f"#post-{newer.pk} .post-move__handle")).to_be_focused()
    assert column_ids(tab, columns[1]) == [f"post-{workshop['other'].pk}", f"post-{newer.pk}"]
    assert Post.objects.get(pk=newer.pk).column_id == columns[1].pk
    tab.keyboard.press("Enter")
    tab.keyboard.press("Escape")
    expect(tab.locator(f"#post-{newer.pk} .post-move__handle")).to_be_focused()
    expect(tab.locator(f"#post-{newer.pk}-move-menu")).to_be_hidden()


def test_the_timer_the_facilitator_starts_shows_on_a_members_board(sign_in, workshop):
    board = workshop["board"]
    fiia = sign_in(workshop["facilitator"], present_path(board))
    aino = sign_in(workshop["aino"], board_path(board))
    fiia.evaluate("window.stillTheSamePage = true")

    fiia.locator("#workshop-minutes").fill("5")
    fiia.get_by_role("button", name="Käynnistä ajastin").click()

    clock = aino.locator(".workshop-bar .workshop-timer__clock")
    expect(clock).to_have_text(re.compile(r"0[45]:[0-9]{2}"), timeout=LIVE_MS)
    first = clock.text_content()
    expect(clock).not_to_have_text(first, timeout=3_000)  # counts down in the browser
    expect(fiia.locator(".presentation__header .workshop-timer__clock")).to_have_text(re.compile(r"0[45]:[0-9]{2}"))
    assert fiia.evaluate("window.stillTheSamePage === true")
    expect(fiia.get_by_role("button", name="Tauko")).to_be_visible()

    fiia.get_by_role("button", name="Tauko").click()
    expect(aino.locator(".workshop-bar .workshop-timer__note")).to_have_text("tauolla", timeout=LIVE_MS)


def test_the_focus_scrolls_a_members_board_and_is_announced(sign_in, workshop):
    board, columns = workshop["board"], workshop["columns"]
    aino = sign_in(workshop["aino"], board_path(board), viewport={"width": 1280, "height": 300})
    expect(aino.locator(f"#column-{columns[2].pk}")).not_to_be_in_viewport()

    actions.do_set_focus(member=workshop["facilitator"], board=board, column=columns[2])

    expect(aino.locator("#workshop-status")).to_contain_text(columns[2].name, timeout=LIVE_MS)
    expect(aino.locator(f"#column-{columns[2].pk}")).to_have_class(re.compile("workshop-focused"))
    expect(aino.locator(f"#column-{columns[2].pk}")).to_be_in_viewport()
    # Without asking for it, the member's keyboard focus stays where it was.
    assert aino.evaluate("document.activeElement === document.body")


@pytest.mark.parametrize("width", [390, 320])
def test_presentation_view_needs_no_horizontal_scrolling_on_a_phone(sign_in, workshop, width):
    board = workshop["board"]
    actions.do_start_timer(member=workshop["facilitator"], board=board, minutes=10)
    actions.do_set_focus(member=workshop["facilitator"], board=board, post=workshop["other"])
    tab = sign_in(workshop["facilitator"], present_path(board), viewport={"width": width, "height": 700})
    expect(tab.locator(".workshop-join__qr")).to_be_visible()

    widths = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")

    assert widths[0] <= widths[1] + 1, widths


def test_presentation_view_with_the_timer_and_join_code_passes_axe(sign_in, workshop):
    board = workshop["board"]
    actions.do_start_timer(member=workshop["facilitator"], board=board, minutes=10)
    actions.do_set_focus(member=workshop["facilitator"], board=board, column=workshop["columns"][0])
    tab = sign_in(workshop["facilitator"], present_path(board))
    expect(tab.locator(".workshop-fullscreen")).to_be_visible()
    expect(tab.locator(".presentation__header .workshop-timer__clock")).to_be_visible()
    check_axe(tab)


def test_board_with_the_move_menu_open_and_the_timer_passes_axe(sign_in, workshop):
    board = workshop["board"]
    actions.do_start_timer(member=workshop["facilitator"], board=board, minutes=10)
    fiia = sign_in(workshop["facilitator"], board_path(board))
    fiia.locator(f"#post-{workshop['older'].pk} .post-move__handle").click()
    expect(fiia.locator(f"#post-{workshop['older'].pk}-move-menu")).to_be_visible()
    check_axe(fiia)
    aino = sign_in(workshop["aino"], board_path(board))
    expect(aino.locator(".workshop-bar .workshop-timer__clock")).to_be_visible()
    expect(aino.locator(".workshop-follow")).to_be_visible()
    check_axe(aino)
