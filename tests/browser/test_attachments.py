"""A photo of a flip chart on the board, in real Chromium: attached with its description, shown as a thumbnail to the
group, and not to be had by anyone outside it."""

import io

import pytest
from django.urls import reverse
from PIL import Image
from playwright.sync_api import expect

from codev.models import Attachment, Post, Role
from testing.codev_factories import add_member, make_board, make_group, make_round, make_user
from testing.factories import build_site, make_model
from tests.browser.axe import check_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ALT = "Fläppitaulu, jossa kolme ideaa ensitapaamisesta"


@pytest.fixture
def workspace():
    model = make_model(build_site()["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    aino = add_member(group, "aino", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    eero = add_member(group, "eero", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    board = make_board(make_round(group, 1, "open"), model)
    return {"board": board, "aino": aino, "eero": eero, "outsider": make_user("ulkopuolinen")}


def flip_chart_photo():
    out = io.BytesIO()
    Image.new("RGB", (900, 600), (250, 240, 200)).save(out, "JPEG")
    return out.getvalue()


def test_a_member_attaches_a_photo_with_its_description_and_the_group_sees_the_thumbnail(sign_in, workspace):
    board = workspace["board"]
    path = reverse("codev:board", args=(board.pk,))
    aino = sign_in(workspace["aino"].user, path)

    aino.locator(f"#column-{board.columns.first().pk} .compose__open").click()
    aino.locator(".post-form textarea[name=body]").fill("Työpajan ideat kuvana.")
    aino.locator(".post-form__attachments summary").click()
    photo = {"name": "IMG_2041.jpg", "mimeType": "image/jpeg", "buffer": flip_chart_photo()}
    aino.get_by_label("Tiedosto").first.set_input_files(photo)
    aino.get_by_label("Kuvan kuvaus").first.fill(ALT)
    aino.locator(".post-form button[type=submit]").click()
    # The wall puts the new post at the top of its column without a reload.
    thumbnail = aino.get_by_role("img", name=ALT)
    expect(thumbnail).to_be_visible()
    attachment = Attachment.objects.get(post__in=Post.objects.filter(board=board))
    expect(thumbnail).to_be_visible()
    aino.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumbnail.element_handle())
    assert thumbnail.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [480, 320]
    check_axe(aino)

    eero = sign_in(workspace["eero"].user, path)
    expect(eero.get_by_role("link", name=ALT)).to_have_attribute("href", attachment.url)
    assert eero.request.get(attachment.url).status == 200

    outsider = sign_in(workspace["outsider"], reverse("codev:home"))
    for address in (attachment.url, attachment.thumbnail_url):
        assert outsider.request.get(address).status == 404
    opened = outsider.goto(attachment.url)
    assert opened.status == 404
