"""Comments on a model's text in real Chromium: a member selects a passage on a version page and posts it with
the quote filled in, finds it marked beside the passage afterwards, and comments on a section by keyboard."""

import pytest
from playwright.sync_api import expect

from codev.models import Post, Role
from codev.quotes import find_quote
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model, stream
from tests.browser.axe import check_axe

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BASIC_IDEA = "Nuori valitsee, keitä kokoukseen tulee. Työntekijä sopii ajan kaikille osallistujille."
ENVIRONMENT = "Malli toimii nuorisopsykiatrian ja sosiaalityön välillä."


@pytest.fixture
def workspace():
    model = make_model(
        build_site()["library"],
        "Verkostokokousten malli",
        basic_idea=stream(BASIC_IDEA),
        environment=stream(ENVIRONMENT),
    )
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    aino = add_member(group, "aino", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    eero = add_member(group, "eero", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    board = make_board(make_round(group, 1, "open", theme="Yhteinen suunnitelma"), model)
    version = model.current_version
    return {"model": model, "board": board, "aino": aino, "eero": eero, "version": version}


def version_path(workspace):
    model = workspace["model"]
    return model.url + model.reverse_subpage("version", args=(workspace["version"].number,))


SELECT_WORDS = """([selector, words]) => {
    const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const at = walker.currentNode.data.indexOf(words);
        if (at >= 0) {
            const range = document.createRange();
            range.setStart(walker.currentNode, at);
            range.setEnd(walker.currentNode, at + words.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return true;
        }
    }
    return false;
}"""


def test_a_selected_passage_is_posted_with_the_quote_and_marked_beside_it(sign_in, workspace):
    tab = sign_in(workspace["aino"], version_path(workspace))
    assert tab.evaluate(SELECT_WORDS, ["#basic-idea .block", "Työntekijä sopii ajan"])
    button = tab.get_by_role("button", name="Kommentoi valittua kohtaa")
    expect(button).to_be_visible()
    expect(tab.locator("[data-text-feedback-status]")).not_to_be_empty()
    button.click()
    tab.wait_for_url("**/text-feedback/**")
    expect(tab.locator("#id_quote_exact")).to_have_value("Työntekijä sopii ajan")
    expect(tab.locator("#id_section")).to_have_value("basic_idea")
    tab.locator("#id_body").fill("Kuka sopii ajan, jos työntekijä vaihtuu kesken?")
    tab.locator("form.text-comment__form button[type=submit]").click()
    tab.wait_for_url("**/boards/**")
    post = Post.objects.get()
    assert post.quote_exact == "Työntekijä sopii ajan" and post.quote_version == workspace["version"]
    assert post.quote_prefix.endswith("kokoukseen tulee. ") and post.quote_suffix.startswith(" kaikille")

    tab.goto(version_path(workspace))
    mark = tab.locator("#basic-idea mark")
    expect(mark).to_contain_text("Työntekijä sopii ajan")
    marker = tab.locator("#basic-idea .text-note summary")
    expect(marker).to_contain_text("1")
    marker.click()
    expect(tab.locator("#basic-idea .text-note")).to_contain_text("Kuka sopii ajan, jos työntekijä vaihtuu kesken?")
    board_link = f"/fi/codev/boards/{post.board_id}/?at={post.pk}#post-{post.pk}"
    expect(tab.locator("#basic-idea .text-note a")).to_have_attribute("href", board_link)


def test_comment_on_this_section_works_by_keyboard(sign_in, workspace):
    tab = sign_in(workspace["aino"], version_path(workspace))
    tab.locator("#environment .section-feedback summary").focus()
    tab.keyboard.press("Enter")
    tab.keyboard.press("Tab")
    expect(tab.locator("#environment .section-feedback a")).to_be_focused()
    tab.keyboard.press("Tab")
    expect(tab.locator("#quote-environment")).to_be_focused()
    tab.keyboard.press("Tab")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/text-feedback/**")
    expect(tab.locator("#id_quote_exact")).to_have_value(ENVIRONMENT)
    expect(tab.locator("#id_section")).to_have_value("environment")
    tab.locator("#id_quote_exact").focus()
    tab.keyboard.press("Tab")
    expect(tab.locator("#id_body")).to_be_focused()


@pytest.mark.parametrize("width", [390, 320])
def test_the_version_page_with_its_notes_fits_a_narrow_screen_and_passes_axe(sign_in, workspace, width):
    quote = find_quote(workspace["version"], "nuorisopsykiatrian ja sosiaalityön", "environment")
    make_post(workspace["eero"], workspace["board"], body="<p>Entä koulu?</p>", quote=quote, is_anonymous=True)
    tab = sign_in(workspace["aino"], version_path(workspace))
    tab.set_viewport_size({"width": width, "height": 800})
    expect(tab.locator("#environment mark")).to_contain_text("nuorisopsykiatrian ja sosiaalityön")
    for summary in tab.locator(".section-feedback summary, .text-note summary").all():
        summary.click()
    expect(tab.locator("#environment .text-note")).to_contain_text("Anonyymi")
    assert tab.evaluate(SELECT_WORDS, ["#basic-idea .block", "Työntekijä sopii ajan kaikille osallistujille"])
    expect(tab.get_by_role("button", name="Kommentoi valittua kohtaa")).to_be_visible()
    widths = tab.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1] + 1, f"scrollWidth {widths[0]}px > innerWidth {widths[1]}px"
    check_axe(tab)
