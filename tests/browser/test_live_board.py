"""Feedback board in real Chromium: members see each other's posts, hides and agreements without reloading."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from codev import actions
from codev.forms.boards import find_quote
from codev.models import Post, Role
from codev.views.listing import PAGE_SIZE
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model, stream
from tests.browser.axe import check_axe

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The board polls every 4 seconds; a change shows on the next poll or the one after.
LIVE_MS = 10_000


@pytest.fixture
def workspace():
    """An open round of a group with a facilitator and two members; one post waits on the board already."""
    site = build_site()
    model = make_model(
        site["library"],
        "Verkostoyhteistyön malli",
        basic_idea=stream("Lastensuojelu ja nuorisopsykiatria sopivat yhdessä työnjaosta."),
    )
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    aino = add_member(group, "aino", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    eero = add_member(group, "eero", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    round_ = make_round(group, 1, "open", theme="Yhteinen suunnitelma", pre_reading=[model.current_version])
    board = make_board(round_, model)
    first = make_post(facilitator, board, body="<p>Mitä ajatuksia perusajatus herättää?</p>")
    return {
        "model": model,
        "round": round_,
        "board": board,
        "facilitator": facilitator,
        "aino": aino,
        "eero": eero,
        "first": first,
    }


@pytest.fixture
def busy_board(workspace):
    """The board as it looks mid-round: replies, an anonymous quote, a pinned post, hidden and pending posts."""
    board, facilitator, aino, eero = (workspace[key] for key in ("board", "facilitator", "aino", "eero"))
    columns = list(board.columns.all())
    quote = find_quote(workspace["model"].current_version, "sopivat yhdessä työnjaosta", "basic_idea")
    quoted = make_post(
        eero,
        board,
        columns[1],
        "<p>Kuka kertoo nuorelle, mitä sovittiin?</p>",
        section="basic_idea",
        quote=quote,
        is_anonymous=True,
    )
    actions.do_reply(member=aino, post=quoted, body="Omatyöntekijä kertoo, ja nuori saa sen kirjallisena.")
    actions.do_reply(member=facilitator, post=quoted, body="Otetaan tämä työpajaan.", is_anonymous=True)
    actions.do_agree(member=aino, post=quoted)
    actions.do_pin(actor=facilitator.user, post=workspace["first"])
    hidden = make_post(aino, board, columns[2], "<p>Tämä menee ohi aiheen.</p>")
    actions.do_hide(actor=facilitator.user, post=hidden, reason="Aihe kuuluu toiselle taululle.")
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)
    make_post(eero, board, columns[3], "<p>Idea: yhteinen lomake molemmille palveluille.</p>")
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=False)
    return workspace


def board_path(board):
    return reverse("codev:board", args=(board.pk,))


def remember_this_page(tab):
    """Mark the loaded document, so the test can tell a live update from a reload."""
    tab.evaluate("window.stillTheSamePage = true")


def was_not_reloaded(tab):
    return tab.evaluate("window.stillTheSamePage === true")


def write_in_column(tab, column, text, section=None):
    """Post as a member does on the wall: "+ Write" in the column, the text (and a section under "More
    options"), send; the post shows at the top of that column without the page reloading."""
    area = tab.locator(f"#column-{column.pk}")
    area.locator(".compose__open").click()
    form = area.locator("form.post-form")
    form.locator("textarea[name=body]").fill(text)
    if section:
        form.locator("details.post-form__more > summary").click()
        form.locator("select[name=section]").select_option(section)
    form.locator("button[type=submit]").click()
    expect(tab.locator(f"#column-{column.pk}-posts > li", has_text=text)).to_be_visible()
    expect(area.locator("form.post-form")).to_have_count(0)


def open_every_disclosure(tab):
    """Moderation, reply and quote controls sit in <details>; axe checks only what is shown."""
    tab.locator("details").evaluate_all("all => all.forEach(details => { details.open = true; })")


def test_post_hide_and_agreement_reach_the_other_members_without_reloading(sign_in, workspace):
    board, first = workspace["board"], workspace["first"]
    path = board_path(board)
    aino = sign_in(workspace["aino"], path)
    eero = sign_in(workspace["eero"], path)
    fiia = sign_in(workspace["facilitator"], path)
    for tab in (aino, eero, fiia):
        remember_this_page(tab)
    text = "Yhteinen tapaaminen heti alussa auttaisi nuorta."
    column = board.columns.get(name="Ideoita")

    write_in_column(aino, column, text)
    post = Post.objects.get(board=board, body__contains=text)

    arrived = eero.locator(f"#column-{column.pk}-posts #post-{post.pk}")
    expect(arrived).to_contain_text(text, timeout=LIVE_MS)
    expect(arrived.locator(".post__author")).to_have_text("Ammattilainen Aino")
    expect(eero.locator("#board-live-status")).to_contain_text("1")
    expect(fiia.locator(f"#post-{post.pk}")).to_contain_text(text, timeout=LIVE_MS)
    assert was_not_reloaded(eero) and was_not_reloaded(fiia)

    moderation = fiia.locator(f"#post-{post.pk} > .post__footer > details.moderation")
    moderation.locator("summary").click()
    moderation.locator(f"#hide-reason-{post.pk}").fill("Nimi näkyy viestissä.")
    moderation.locator(".moderation__hide button[type=submit]").click()
    fiia.wait_for_url(f"**{path}*#post-{post.pk}")
    expect(fiia.locator(f"#post-{post.pk} .post__status--hidden")).to_contain_text("Nimi näkyy viestissä.")

    expect(eero.locator(f"#post-{post.pk}")).to_have_count(0, timeout=LIVE_MS)
    expect(aino.locator(f"#post-{post.pk} .post__status--hidden")).to_contain_text(
        "Nimi näkyy viestissä.", timeout=LIVE_MS
    )
    assert was_not_reloaded(eero)

    remember_this_page(aino)
    agree = eero.locator(f"#post-{first.pk} button.agree")
    expect(agree).to_have_attribute("aria-pressed", "false")
    agree.click()
    expect(eero.locator(f"#post-{first.pk} button.agree")).to_have_attribute("aria-pressed", "true")

    expect(aino.locator(f"#post-{first.pk} .agree__count")).to_have_text("1", timeout=LIVE_MS)
    expect(aino.locator(f"#post-{first.pk} button.agree")).to_have_attribute("aria-pressed", "false")
    assert was_not_reloaded(aino)


def test_board_passes_axe_for_a_member_with_replies_and_quote_open(sign_in, busy_board):
    tab = sign_in(busy_board["aino"], board_path(busy_board["board"]))
    expect(tab.locator(".post__quote")).to_have_count(1)
    expect(tab.locator(".post__status--hidden")).to_have_count(1)
    open_every_disclosure(tab)
    check_axe(tab)


def test_board_passes_axe_for_the_facilitator_with_moderation_controls_open(sign_in, busy_board):
    tab = sign_in(busy_board["facilitator"], board_path(busy_board["board"]))
    expect(tab.locator(".post__status--pending")).to_have_count(1)
    open_every_disclosure(tab)
    expect(tab.locator(".moderation__hide input[name=reason]").first).to_be_visible()
    check_axe(tab)


def test_round_page_passes_axe(sign_in, busy_board):
    round_ = busy_board["round"]
    tab = sign_in(busy_board["eero"], reverse("codev:round", args=(round_.group.slug, round_.number)))
    expect(tab.locator(".board-list").get_by_role("link", name="Verkostoyhteistyön malli")).to_be_visible()
    expect(tab.locator(".pre-reading a:not([download])")).to_have_count(1)
    expect(tab.locator(".pre-reading a[download]")).to_have_count(1)  # the version's PDF
    check_axe(tab)


def test_presentation_view_passes_axe_and_shows_published_posts_only(sign_in, busy_board):
    tab = sign_in(busy_board["facilitator"], reverse("codev:board_present", args=(busy_board["board"].pk,)))
    expect(tab.locator(".post--presented")).to_have_count(2)
    expect(tab.locator(".post--presented").filter(has_text="Tämä menee ohi aiheen")).to_have_count(0)
    check_axe(tab)


def test_reply_form_and_more_posts_come_when_asked_for_and_pass_axe(sign_in, workspace):
    board, eero, first = workspace["board"], workspace["eero"], workspace["first"]
    column = board.columns.first()
    for number in range(PAGE_SIZE + 2):
        make_post(workspace["aino"], board, column, f"<p>Lisäajatus {number}.</p>")
    tab = sign_in(eero, board_path(board))
    remember_this_page(tab)
    posts = tab.locator(f"#column-{column.pk}-posts > li")
    expect(posts).to_have_count(PAGE_SIZE)

    tab.locator(f"#column-{column.pk}-more a").click()

    expect(posts).to_have_count(PAGE_SIZE + 3)
    expect(tab.locator(f"#column-{column.pk}-more")).to_have_count(0)
    tab.locator(f"#post-{first.pk} .reply__open").click()
    reply = tab.locator(f"#reply-{first.pk} textarea")
    expect(reply).to_be_visible()
    assert was_not_reloaded(tab)
    check_axe(tab)
    reply.fill("Vastaus, joka kirjoitettiin heti.")
    tab.locator(f"#reply-{first.pk} button[type=submit]").click()
    expect(tab.locator(f"#post-{first.pk} .replies")).to_contain_text("Vastaus, joka kirjoitettiin heti.")
