"""A facilitator writes the round's summary of a model, publishes it on the model's public page, and withdraws it."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from codev.actions import FeedbackError
from codev.models import Board, Role
from codev.summaries import SUMMARY_MAX_LENGTH, do_save_summary
from testing.codev_factories import add_member, make_board, make_group, make_round

pytestmark = pytest.mark.django_db

SUMMARY = "Kierroksella korostui nuoren valmistautuminen verkostokokoukseen."


def summary_url(board, language="en"):
    with translation.override(language):
        return reverse("codev:board_summary", args=(board.pk,))


def process_url(group, language="en"):
    with translation.override(language):
        return reverse("codev:process", args=(group.slug,))


def round_url(round_, language="en"):
    with translation.override(language):
        return reverse("codev:round", args=(round_.group.slug, round_.number))


def public_page(client, model):
    """The model's public page as an anonymous visitor reads it."""
    client.logout()
    return client.get(model.url).content.decode()


def test_facilitator_finds_the_summary_page_from_the_round_page(client, board, facilitator, member):
    client.force_login(facilitator.user)
    assert summary_url(board) in client.get(round_url(board.round)).content.decode()

    client.force_login(member.user)
    assert summary_url(board) not in client.get(round_url(board.round)).content.decode()


def test_the_form_says_the_summary_names_no_participants(client, board, facilitator):
    client.force_login(facilitator.user)

    html = unescape(client.get(summary_url(board)).content.decode())

    assert "Name no participants" in html
    assert "Publish on the model's public page" in html
    assert "Not published: only the group's members read this summary." in html


def test_saved_summary_is_for_members_only(client, model, board, facilitator, member):
    client.force_login(facilitator.user)

    response = client.post(summary_url(board), {"text": SUMMARY})

    assert response.status_code == 302
    board.refresh_from_db()
    assert board.summary == SUMMARY and board.summary_published_at is None
    client.force_login(member.user)
    assert SUMMARY in client.get(process_url(board.round.group)).content.decode()
    assert SUMMARY not in public_page(client, model)


def test_published_summary_shows_on_the_model_page_and_withdrawing_takes_it_away(
    client, model, board, facilitator, member
):
    client.force_login(facilitator.user)

    client.post(summary_url(board), {"text": SUMMARY, "publish": "on"})

    board.refresh_from_db()
    assert board.summary_published_at is not None
    assert SUMMARY in public_page(client, model)

    client.force_login(facilitator.user)
    page = client.get(summary_url(board)).content.decode()
    assert "Withdraw from the public page" in page
    client.post(summary_url(board), {"text": SUMMARY, "publish": "on", "withdraw": ""})

    board.refresh_from_db()
    assert board.summary == SUMMARY and board.summary_published_at is None
    assert SUMMARY not in public_page(client, model)
    client.force_login(member.user)
    assert SUMMARY in client.get(process_url(board.round.group)).content.decode()


def test_unticking_publish_also_takes_the_summary_off_the_public_page(client, model, board, facilitator):
    do_save_summary(actor=facilitator.user, board=board, text=SUMMARY, publish=True)
    client.force_login(facilitator.user)

    client.post(summary_url(board), {"text": SUMMARY})

    assert SUMMARY not in public_page(client, model)


def test_a_summary_that_names_a_member_is_not_published_and_the_text_is_kept(client, model, board, facilitator, member):
    client.force_login(facilitator.user)
    text = "Ammattilainen Aino toi esiin, että nuori tarvitsee valmistautumisaikaa."

    response = client.post(summary_url(board), {"text": text, "publish": "on"})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and "names no participants" in html
    assert text in html
    board.refresh_from_db()
    assert board.summary == "" and board.summary_published_at is None
    assert text not in public_page(client, model)


def test_real_names_are_caught_and_a_pseudonym_that_is_a_common_word_is_not(board, facilitator, member):
    member.user.first_name, member.user.last_name = "Maija", "Meikäläinen"
    member.user.save(update_fields=["first_name", "last_name"])
    add_member(board.round.group, "nuori", Role.YOUNG_PERSON, display_name="Nuori")

    with pytest.raises(FeedbackError, match="Maija Meikäläinen"):
        do_save_summary(
            actor=facilitator.user, board=board, text="Maija Meikäläinen kertoi kokemuksensa.", publish=True
        )
    saved = do_save_summary(
        actor=facilitator.user, board=board, text="Jokainen nuori valmistautuu etukäteen.", publish=True
    )

    assert saved.summary_published_at is not None


def test_an_empty_summary_is_not_published(client, board, facilitator):
    client.force_login(facilitator.user)

    response = client.post(summary_url(board), {"text": "  ", "publish": "on"})

    assert response.status_code == 400
    assert "Write the summary before publishing it." in response.content.decode()
    board.refresh_from_db()
    assert board.summary_published_at is None


def test_a_too_long_summary_is_refused(client, board, facilitator):
    client.force_login(facilitator.user)

    response = client.post(summary_url(board), {"text": "x" * (SUMMARY_MAX_LENGTH + 1)})

    assert response.status_code == 400
    board.refresh_from_db()
    assert board.summary == ""


@pytest.fixture
def other_facilitator(model):
    other = make_group(models=[model])
    make_board(make_round(other, 1, "open"), model)
    return add_member(other, "toinen-vetaja", Role.FACILITATOR)


@pytest.mark.parametrize("who", ["member", "other_facilitator", "observer"])
def test_only_the_groups_facilitators_write_its_summaries(
    client, model, board, facilitator, member, other_facilitator, who
):
    do_save_summary(actor=facilitator.user, board=board, text=SUMMARY, publish=False)
    visitor = {
        "member": member,
        "other_facilitator": other_facilitator,
        "observer": add_member(board.round.group, "tarkkailija", Role.OBSERVER),
    }[who]
    client.force_login(visitor.user)

    assert client.get(summary_url(board)).status_code == 403
    response = client.post(summary_url(board), {"text": "Muutettu teksti.", "publish": "on"})

    assert response.status_code == 403
    board.refresh_from_db()
    assert board.summary == SUMMARY and board.summary_published_at is None
    with pytest.raises(FeedbackError):
        do_save_summary(actor=visitor.user, board=board, text="Muutettu teksti.", publish=True)
    assert Board.objects.get(pk=board.pk).summary == SUMMARY


def test_anonymous_visitor_is_sent_to_sign_in_and_nothing_changes(client, board):
    for response in (client.get(summary_url(board)), client.post(summary_url(board), {"text": "Uusi."})):
        assert response.status_code == 302
        assert "login" in response["Location"]
    board.refresh_from_db()
    assert board.summary == ""


def test_a_missing_board_is_not_found(client, facilitator):
    client.force_login(facilitator.user)

    assert client.get(reverse("codev:board_summary", args=(999999,))).status_code == 404


def test_a_former_facilitator_may_no_longer_write_the_summary(client, board, facilitator):
    facilitator.is_active = False
    facilitator.save(update_fields=["is_active"])
    client.force_login(facilitator.user)

    assert client.post(summary_url(board), {"text": SUMMARY}).status_code == 403
    board.refresh_from_db()
    assert board.summary == ""
