"""The feedback loop in real Chromium: a post, its triage, the version that answers it, and what everyone sees."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect
from wagtail.models import GroupPagePermission

from codev.models import Disposition, Post, Role
from models_library.models import ModelVersion
from models_library.sections import SECTIONS_BY_KEY
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import build_site, make_model, stream
from tests.browser.axe import check_axe
from tests.browser.test_live_board import (
    LIVE_MS,
    board_path,
    open_every_disclosure,
    remember_this_page,
    was_not_reloaded,
    write_in_column,
)

# live_server serves from another thread, so the content must be committed; serialized_rollback
# restores Wagtail's root page (made by a migration) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

POST_TEXT = "Nuoren oma ääni jää perusajatuksessa kuulumatta: kirjatkaa, että nuori on mukana jokaisessa palaverissa."
SUMMARY = "Perusajatukseen lisättiin, että nuori osallistuu jokaiseen verkostopalaveriin."
NEW_LEAD = "Lastensuojelu ja nuorisopsykiatria sopivat työnjaosta yhdessä nuoren kanssa."


def finnish(message, **values):
    """The text as a Finnish reader sees it, whether or not the catalogue translates it yet."""
    with translation.override("fi"):
        return translation.gettext(message) % values if values else translation.gettext(message)


def finnish_plural(singular, plural, number, /, **values):
    """A text with a plural as a Finnish reader sees it; `number` chooses the form, `values` fill it in."""
    with translation.override("fi"):
        return translation.ngettext(singular, plural, number) % values


def in_finnish(view, *args):
    with translation.override("fi"):
        return reverse(view, args=args)


def may_edit_and_publish(user, page):
    """An editor of the model in Wagtail, as a facilitator who also edits the model is: admin access and the
    page permissions to edit and publish this model, through a Wagtail group; not a superuser."""
    editors = Group.objects.create(name="Verkostoyhteistyön mallin toimittajat")
    editors.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for permission_type in ("change", "publish"):
        GroupPagePermission.objects.create(group=editors, page=page, permission_type=permission_type)
    user.groups.add(editors)


@pytest.fixture
def loop():
    """An open round on a model with a facilitator who may also edit and publish the model, and one member."""
    site = build_site()
    model = make_model(
        site["library"],
        "Verkostoyhteistyön malli",
        basic_idea=stream("Lastensuojelu ja nuorisopsykiatria sopivat yhdessä työnjaosta."),
    )
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    member = add_member(group, "eero", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    round_ = make_round(group, 1, "open", theme="Yhteinen suunnitelma", pre_reading=[model.current_version])
    board = make_board(round_, model)
    may_edit_and_publish(facilitator.user, model)
    return {"model": model, "group": group, "board": board, "facilitator": facilitator, "member": member}


def test_a_post_is_triaged_answered_by_a_new_version_and_the_answer_shows_to_its_author_and_the_public(
    sign_in,  # noqa: F811
    page,
    loop,
):
    model, group, board = loop["model"], loop["group"], loop["board"]

    # The member posts about the basic idea of the model.
    eero = sign_in(loop["member"], board_path(board))
    remember_this_page(eero)
    write_in_column(eero, board.columns.get(name="Ideoita"), POST_TEXT, section="basic_idea")
    assert was_not_reloaded(eero)
    post = Post.objects.get(board=board, body__contains="kirjatkaa")
    assert (post.section, post.disposition) == ("basic_idea", Disposition.NEW)

    # The facilitator marks it under consideration on the triage page, with the form for the selected posts.
    triage = in_finnish("codev:triage", group.slug)
    fiia = sign_in(loop["facilitator"], triage)
    item = fiia.locator(f"#triage-{post.pk}")
    expect(item).to_contain_text(finnish("New: the facilitators have not decided on it yet"))
    item.get_by_label(re.compile(re.escape(POST_TEXT[:40]))).check()
    actions = fiia.locator("#triage-actions")
    actions.get_by_label(finnish("Mark the chosen posts as")).select_option(Disposition.CONSIDERING)
    actions.get_by_role("button", name=finnish("Apply to the selected posts")).click()
    expect(fiia.locator(".messages")).to_contain_text(
        finnish_plural(
            "%(count)s post marked under consideration.", "%(count)s posts marked under consideration.", 1, count=1
        )
    )
    expect(fiia.locator(f"#triage-{post.pk} .disposition--considering")).to_contain_text(finnish("Under consideration"))
    post.refresh_from_db()
    assert post.disposition == Disposition.CONSIDERING
    open_every_disclosure(fiia)
    check_axe(fiia)

    # The facilitator publishes version 2 in the Wagtail editor and is asked which feedback it answers.
    fiia.goto(reverse("wagtailadmin_pages:edit", args=(model.pk,)))
    fiia.locator("#id_lead").fill(NEW_LEAD)
    fiia.locator("#id_change_note").fill("Nuoren osallisuus lisätty ryhmän palautteen pohjalta.")
    # Saving a draft is the editor's main action; publishing waits behind "More actions".
    footer = fiia.locator("footer")
    footer.get_by_role("button", name=finnish("More actions")).click()
    footer.get_by_role("button", name=finnish("Publish")).click()
    fiia.wait_for_url(re.compile(r"/admin/codev/versions/\d+/feedback/$"))
    version = ModelVersion.objects.for_page(model).newest_first().first()
    assert version.number == 2
    assert fiia.url.endswith(reverse("codev_version_response", args=(version.pk,)))
    suggested = fiia.locator(f"input[name=posts][value='{post.pk}']")
    expect(suggested).to_be_checked()
    fiia.locator("#id_summary").fill(SUMMARY)
    fiia.locator("form.codev-version-response button[type=submit]").click()
    fiia.wait_for_url(re.compile(r"/admin/pages/"))
    expect(fiia.locator(".messages")).to_contain_text(
        finnish_plural(
            "Version %(number)s now answers %(count)s post.",
            "Version %(number)s now answers %(count)s posts.",
            1,
            number=version.label,
            count=1,
        )
    )
    post.refresh_from_db()
    assert (post.disposition, post.addressed_in_id) == (Disposition.ADDRESSED, version.pk)

    # The member's board shows the answer without reloading; so does their own page, with the comparison.
    addressed = finnish("Addressed in version %(label)s", label=version.label)
    expect(eero.locator(f"#post-{post.pk} .disposition--addressed")).to_contain_text(addressed, timeout=LIVE_MS)
    assert was_not_reloaded(eero)
    eero.goto(in_finnish("codev:home"))
    mine = eero.locator(".my-post").filter(has_text=POST_TEXT[:40])
    expect(mine.locator(".disposition--addressed")).to_contain_text(addressed)
    mine.get_by_role("link", name=finnish("See what changed from version %(old)s to %(new)s", old=1, new=2)).click()
    eero.wait_for_url(re.compile(r"/compare/1/2/$"))
    expect(eero.locator(".fact-changes ins").filter(has_text="nuoren kanssa")).to_have_count(1)

    # On the page of version 2 the member, as one of the group, can read the answered post itself.
    with translation.override("fi"):
        version_url = model.url + model.reverse_subpage("version", args=(2,))
        basic_idea = str(SECTIONS_BY_KEY["basic_idea"].label)
    eero.goto(version_url)
    expect(eero.locator(".feedback-response__posts")).to_contain_text(POST_TEXT)

    # An anonymous reader of version 2 learns how much feedback it answers, where, and the summary; not who gave it.
    page.goto(version_url)
    response = page.locator(".feedback-response")
    expect(response.get_by_role("heading", level=2)).to_have_text(
        finnish_plural(
            "This version responds to %(counter)s piece of feedback from the co-development group",
            "This version responds to %(counter)s pieces of feedback from the co-development group",
            1,
            counter=1,
        )
    )
    # The answer is the group's own, under the group's public name.
    expect(response.get_by_role("heading", level=3)).to_have_text(
        finnish_plural(
            "%(group)s: %(counter)s piece of feedback",
            "%(group)s: %(counter)s pieces of feedback",
            1,
            group=group.name,
            counter=1,
        )
    )
    expect(response).to_contain_text(SUMMARY)
    expect(response.locator(".feedback-response__sections")).to_have_text(f"{basic_idea}: 1")
    body = page.locator("body")
    expect(body).not_to_contain_text("Kokemusasiantuntija Eero")
    expect(body).not_to_contain_text(POST_TEXT[:40])
    check_axe(page)

    # The facilitator's dashboard and the group's process page pass axe with the answered round on them.
    for view in ("codev:dashboard", "codev:process"):
        fiia.goto(in_finnish(view, group.slug))
        open_every_disclosure(fiia)
        check_axe(fiia)
