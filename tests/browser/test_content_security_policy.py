"""Under the Content-Security-Policy the pages still work in real Chromium, without a single violation."""

import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.images import get_image_model

from codev.models import Post, Role
from testing.codev_factories import PASSWORD, add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model, paragraph
from tests.browser.axe import check_axe
from tests.browser.csp import watch_csp
from tests.browser.test_live_board import write_in_column

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The board polls every 4 seconds; a change shows on the next poll or the one after.
LIVE_MS = 10_000
EDITOR_PASSWORD = "toimittajan-salasana-1234"


def make_image(title):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#004f9f").save(buffer, "PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="verkosto.png"))


@pytest.fixture
def world():
    """A published model with an image, its open round and board, a facilitator, two members and an editor."""
    site = build_site()
    image = make_image("Verkoston kaavio")
    image_block = {"type": "image", "value": {"image": image.pk, "alt_text": "Verkoston kaavio", "decorative": False}}
    model = make_model(
        site["library"],
        "Verkostoyhteistyön malli",
        basic_idea=json.dumps(
            [paragraph("Lastensuojelu ja nuorisopsykiatria sopivat yhdessä työnjaosta."), image_block]
        ),
    )
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    aino = add_member(group, "aino", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    eero = add_member(group, "eero", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    round_ = make_round(group, 1, "open", theme="Yhteinen suunnitelma", pre_reading=[model.current_version])
    board = make_board(round_, model)
    first = make_post(facilitator, board, body="<p>Mitä ajatuksia perusajatus herättää?</p>")
    make_post(eero, board, body="<p>Nuoren ääni jää kuulumatta.</p>")
    editor = User.objects.create_superuser("toimittaja", "toimittaja@example.org", EDITOR_PASSWORD)
    with translation.override("fi"):
        url = model.url
    return {
        "model": model,
        "url": url,
        "group": group,
        "board": board,
        "first": first,
        "facilitator": facilitator,
        "aino": aino,
        "eero": eero,
        "editor": editor,
    }


@pytest.fixture
def browse(browser, live_server):
    """browse(user=None, password=PASSWORD) -> (tab, csp): a browser of its own, signed in through the login
    form if a user is given, whose every CSP violation (in any page or frame) the watch collects."""
    contexts = []

    def open_as(user=None, password=PASSWORD):
        context = browser.new_context(base_url=live_server.url, locale="fi-FI")
        context.set_default_timeout(10_000)
        contexts.append(context)
        csp = watch_csp(context)
        tab = context.new_page()
        if user is not None:
            tab.goto(reverse("login"))
            tab.locator("#id_username").fill(user.username)
            tab.locator("#id_password").fill(password)
            tab.locator("form.account-form button[type=submit]").click()
            tab.wait_for_url("**/codev/**")
        return tab, csp

    yield open_as
    for context in contexts:
        context.close()


def open_every_disclosure(tab):
    tab.locator("details").evaluate_all("all => all.forEach(details => { details.open = true; })")


def test_public_model_page_with_an_image_shows_without_violations_and_passes_axe(browse, world):
    tab, csp = browse()

    tab.goto(world["url"])

    expect(tab.locator("h1")).to_have_text("Verkostoyhteistyön malli")
    expect(tab.locator(".image-block img")).to_have_attribute("alt", "Verkoston kaavio")
    check_axe(tab)
    csp.assert_none("on the public model page")


def test_members_post_agree_and_see_each_other_live_without_violations(browse, world):
    board, first = world["board"], world["first"]
    path = reverse("codev:board", args=(board.pk,))
    aino, aino_csp = browse(world["aino"].user)
    eero, eero_csp = browse(world["eero"].user)
    for tab in (aino, eero):
        tab.goto(path)
        tab.evaluate("window.stillTheSamePage = true")
    text = "Yhteinen tapaaminen heti alussa auttaisi nuorta."

    write_in_column(aino, board.columns.get(name="Ideoita"), text)
    assert aino.evaluate("window.stillTheSamePage === true")
    post = Post.objects.get(board=board, body__contains=text)
    expect(eero.locator(f"#post-{post.pk}")).to_contain_text(text, timeout=LIVE_MS)
    assert eero.evaluate("window.stillTheSamePage === true")

    eero.locator(f"#post-{first.pk} button.agree").click()
    expect(eero.locator(f"#post-{first.pk} button.agree")).to_have_attribute("aria-pressed", "true")
    expect(aino.locator(f"#post-{first.pk} .agree__count")).to_have_text("1", timeout=LIVE_MS)
    assert aino.evaluate("window.stillTheSamePage === true")

    open_every_disclosure(eero)
    check_axe(eero)
    aino_csp.assert_none("on the board of the member who posted")
    eero_csp.assert_none("on the board of the member who agreed")


def test_facilitator_selects_every_post_on_the_triage_page_without_violations(browse, world):
    tab, csp = browse(world["facilitator"].user)

    with translation.override("fi"):
        tab.goto(reverse("codev:triage", args=(world["group"].slug,)))
    select_all = tab.locator("#select-all")
    expect(select_all).to_be_visible()
    select_all.check()

    boxes = tab.locator("#triage-form input[name=posts]")
    expect(boxes).to_have_count(2)
    for index in range(2):
        expect(boxes.nth(index)).to_be_checked()
    boxes.first.uncheck()
    assert select_all.evaluate("box => box.indeterminate")
    open_every_disclosure(tab)
    check_axe(tab)
    csp.assert_none("on the triage page")


def test_editor_chooses_an_image_and_previews_the_model_in_wagtail_without_violations(browse, world):
    tab, csp = browse(world["editor"], password=EDITOR_PASSWORD)

    tab.goto(reverse("wagtailadmin_pages:edit", args=(world["model"].pk,)))
    expect(tab.locator("#id_lead")).to_be_visible()
    chooser = tab.locator(".chooser").filter(has_text="Verkoston kaavio").first
    # The image sits in the basic idea, on the editor's tab for the model's description.
    panel = chooser.evaluate("chooser => chooser.closest('[role=tabpanel]').id")
    tab.locator(f"[role=tab][aria-controls='{panel}']").click()
    chooser.locator("[data-w-dropdown-target=toggle], .w-dropdown__toggle").first.click()
    tab.locator("[data-chooser-action-choose]:visible").first.click()
    modal = tab.locator(".modal-content")
    expect(modal.locator("h1")).to_be_visible()
    expect(modal).to_contain_text("Verkoston kaavio")
    modal.locator("a").filter(has_text="Verkoston kaavio").first.click()
    expect(modal).to_be_hidden()

    tab.locator("[data-side-panel-toggle=preview]").click()
    preview = tab.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Verkostoyhteistyön malli", timeout=15_000)
    expect(preview.locator(".image-block img")).to_have_attribute("alt", "Verkoston kaavio")
    # axe checks the previewed page, which is ours; the editor around it is Wagtail's own markup.
    check_axe(tab.locator("#w-preview-iframe").element_handle().content_frame())

    tab.goto(world["url"])
    expect(tab.locator("wagtail-userbar, #wagtail-userbar")).to_have_count(1)
    csp.assert_none("in the Wagtail page editor, its image chooser, its preview or the userbar")


def test_the_watch_reports_an_inline_script_that_the_policy_refuses(browse, world):
    tab, csp = browse()
    tab.goto(world["url"])

    tab.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
    }""")

    expect(tab.locator("h1")).to_have_text("Verkostoyhteistyön malli")
    assert tab.evaluate("window.injected === undefined")
    with pytest.raises(pytest.fail.Exception, match="script-src"):
        csp.assert_none()
