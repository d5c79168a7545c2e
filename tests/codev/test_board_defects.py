"""Defects found on the board: a deleted post took others' replies with it, a hidden post stayed pinned, a stale
triage note showed beside "addressed in version N", and email links used the Site record's host and port."""

import csv
import io
import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from codev import actions
from codev.actions import FeedbackError
from codev.data_rights import do_delete_account
from codev.models import Disposition, DispositionChange, Post, PostStatus, Role
from codev.responses import do_record_response
from codev.triage import do_set_disposition
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_post

pytestmark = pytest.mark.django_db

POST_TEXT = "Alkuperäinen viesti, jonka kirjoittaja poistaa."
REPLY_TEXT = "Toisen jäsenen vastaus, jonka pitää säilyä."


def en(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


@pytest.fixture
def expert(group):
    return add_member(group, "kokemus", Role.EXPERT, display_name="Kokemusasiantuntija Kaisa")


@pytest.fixture
def deleted_with_reply(client, board, member, expert):
    """The member's post with the expert's reply; then the member deletes the post on the board."""
    post = make_post(member, board, body=f"<p>{POST_TEXT}</p>", section="basic_idea")
    reply, _created = actions.do_reply(member=expert, post=post, body=f"<p>{REPLY_TEXT}</p>")
    client.force_login(member.user)
    assert client.post(en("post_delete", post.pk)).status_code == 302
    client.logout()
    return {"post": post, "reply": reply}


# Deleting a post keeps the others' replies.


def test_a_deleted_post_with_replies_leaves_a_placeholder_that_keeps_them_on_the_board(
    client, board, expert, deleted_with_reply
):
    client.force_login(expert.user)

    page = client.get(en("board", board.pk)).content.decode()

    assert REPLY_TEXT in page
    assert "Removed by its author" in page
    assert POST_TEXT not in page
    assert "Ammattilainen Aino" not in page
    assert Post.objects.get(pk=deleted_with_reply["reply"].pk).status == PostStatus.PUBLISHED


def test_the_author_sees_no_edit_or_delete_on_the_placeholder(client, board, member, deleted_with_reply):
    client.force_login(member.user)

    page = client.get(en("board", board.pk)).content.decode()

    assert REPLY_TEXT in page
    assert en("post_edit", deleted_with_reply["post"].pk) not in page
    assert en("post_delete", deleted_with_reply["post"].pk) not in page


def test_the_facilitator_sees_the_placeholder_without_moderation_of_it(client, board, facilitator, deleted_with_reply):
    client.force_login(facilitator.user)

    page = client.get(en("board", board.pk)).content.decode()

    assert REPLY_TEXT in page and POST_TEXT not in page
    assert en("moderate_post", deleted_with_reply["post"].pk) not in page
    assert en("moderate_post", deleted_with_reply["reply"].pk) in page


def test_the_presentation_view_and_its_live_updates_keep_the_replies(client, board, expert, deleted_with_reply):
    client.force_login(expert.user)

    presented = client.get(en("board_present", board.pk)).content.decode()
    live = client.get(en("board_changes", board.pk) + "?since=0&view=present").content.decode()

    for page in (presented, live):
        assert REPLY_TEXT in page and POST_TEXT not in page
        assert "Removed by its author" in page
    assert f'data-remove="{deleted_with_reply["post"].pk}"' not in live


def test_the_live_board_swaps_the_post_for_its_placeholder_instead_of_removing_it(
    client, board, expert, deleted_with_reply
):
    client.force_login(expert.user)

    live = client.get(en("board_changes", board.pk) + "?since=0").content.decode()

    assert REPLY_TEXT in live
    assert f'data-remove="{deleted_with_reply["post"].pk}"' not in live


def test_the_round_export_keeps_the_replies_under_a_placeholder_row(client, group, facilitator, deleted_with_reply):
    client.force_login(facilitator.user)

    content = client.get(en("dashboard_feedback_csv", group.slug, 1)).content.decode("utf-8-sig")

    rows = {row[0]: row for row in csv.reader(io.StringIO(content, newline=""), delimiter=";")}
    post, reply = rows[str(deleted_with_reply["post"].pk)], rows[str(deleted_with_reply["reply"].pk)]
    assert (post[5], post[6]) == ("Removed by its author", "")
    assert reply[1] == str(deleted_with_reply["post"].pk) and reply[5] == REPLY_TEXT
    assert POST_TEXT not in content


def test_the_groups_json_record_keeps_the_replies_under_the_placeholder(client, group, facilitator, deleted_with_reply):
    client.force_login(facilitator.user)

    record = json.loads(client.get(en("dashboard_export_json", group.slug)).content)

    (posts,) = [board["posts"] for round_ in record["rounds"] for board in round_["boards"]]
    (placeholder,) = posts
    assert (placeholder["status"], placeholder["text"], placeholder["author"]) == ("removed", "", None)
    assert [reply["text"] for reply in placeholder["replies"]] == [REPLY_TEXT]
    assert POST_TEXT not in json.dumps(record)


def test_a_deleted_post_without_replies_goes_from_the_board_and_the_exports(client, group, board, member, facilitator):
    post = make_post(member, board, body=f"<p>{POST_TEXT}</p>")
    actions.do_remove_post(user=member.user, post=post)
    client.force_login(facilitator.user)

    assert "Removed by its author" not in client.get(en("board", board.pk)).content.decode()
    assert str(post.pk) not in client.get(en("dashboard_feedback_csv", group.slug, 1)).content.decode("utf-8-sig")


def test_the_process_page_still_counts_the_replies(client, group, expert, deleted_with_reply):
    client.force_login(expert.user)

    response = client.get(en("process", group.slug))

    (entry,) = response.context["entries"]
    assert (entry["round"].post_count, entry["round"].reply_count) == (0, 1)


def test_account_deletion_of_the_author_keeps_the_placeholder_and_the_replies(
    client, board, member, expert, deleted_with_reply
):
    do_delete_account(user=member.user, actor=member.user)
    client.force_login(expert.user)

    page = client.get(en("board", board.pk)).content.decode()

    assert REPLY_TEXT in page and POST_TEXT not in page


def test_deleting_a_reply_under_a_placeholder_lets_the_placeholder_go(client, board, expert, deleted_with_reply):
    actions.do_remove_post(user=expert.user, post=deleted_with_reply["reply"])
    client.force_login(expert.user)

    assert "Removed by its author" not in client.get(en("board", board.pk)).content.decode()


# Hiding unpins.


def test_hiding_a_pinned_post_unpins_it_and_the_record_says_so(board, member, facilitator):
    post = make_post(member, board)
    actions.do_pin(actor=facilitator.user, post=post)

    actions.do_hide(actor=facilitator.user, post=post, reason="Asiaton")

    post.refresh_from_db()
    assert (post.status, post.is_pinned) == (PostStatus.HIDDEN, False)
    assert post.moderation_actions.first().details == {"unpinned": True}
    actions.do_unhide(actor=facilitator.user, post=post)
    post.refresh_from_db()
    assert not post.is_pinned


def test_a_hidden_post_cannot_be_pinned_and_never_shows_as_pinned(client, board, member, facilitator):
    post = make_post(member, board)
    actions.do_hide(actor=facilitator.user, post=post, reason="Asiaton")
    with pytest.raises(FeedbackError):
        actions.do_pin(actor=facilitator.user, post=post)
    # As the database may hold from before the fix.
    Post.objects.filter(pk=post.pk).update(is_pinned=True)
    client.force_login(facilitator.user)

    page = client.get(en("board", board.pk)).content.decode()

    assert "post--pinned" not in page
    assert ">Pinned<" not in page


# Only the current state of a decision shows.


def test_an_addressed_post_shows_no_note_of_the_earlier_consideration(client, model, board, member, facilitator):
    post = make_post(member, board, body="<p>Nuori mukaan palaveriin.</p>")
    do_set_disposition(
        actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING, note="Harkitaan kevään versioon"
    )
    version = ModelVersion.objects.for_page(model).newest_first().first()
    do_record_response(actor=facilitator.user, version=version, group=board.round.group, posts=[post], summary="")
    client.force_login(member.user)

    page = client.get(en("board", board.pk)).content.decode()

    assert f"Addressed in version {version.label}" in page
    assert "Harkitaan kevään versioon" not in page
    # The facilitators' history keeps the note with the decision it was written with.
    assert DispositionChange.objects.filter(post=post, note="Harkitaan kevään versioon").exists()


# Email links come from one place.


def test_links_in_notifications_use_the_configured_base_url_not_the_site_record(
    settings, django_capture_on_commit_callbacks, model, board, member, expert
):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8201"
    Site.objects.update(hostname="mallipaja.example", port=8443)
    post = make_post(member, board)

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_reply(member=expert, post=post, body="<p>Hyvä huomio.</p>")

    version = ModelVersion.objects.for_page(model).newest_first().first()
    assert version.get_full_url().startswith("http://127.0.0.1:8201/fi/")
    (message,) = mail.outbox
    assert "http://127.0.0.1:8201/fi/codev/boards/" in message.body
    assert "mallipaja.example" not in message.body


def test_the_new_version_email_links_to_the_version_on_the_configured_host(
    settings, django_capture_on_commit_callbacks, model, group, member
):
    from tests.test_versions import publish

    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8201"
    Site.objects.update(hostname="mallipaja.example", port=8443)

    with django_capture_on_commit_callbacks(execute=True):
        publish(model, note="Uusi versio.")

    (message,) = mail.outbox
    assert "http://127.0.0.1:8201/fi/" in message.body
    assert "mallipaja.example" not in message.body
