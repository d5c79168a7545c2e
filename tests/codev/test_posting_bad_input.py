"""Bad input on the board: each gets a clear message, nothing is stored twice and nothing typed is lost."""

import pytest
from django.urls import reverse
from django.utils import translation

from codev.models import POST_MAX_LENGTH, Post, PostStatus, Reaction, Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db

TOKEN = "5b0c8d7e-0f3a-4f6e-8a51-2f5d0e6c7a10"


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def send(client, board, body, **fields):
    data = {"body": body, "column": board.columns.first().pk, "client_token": TOKEN, **fields}
    return client.post(url("post_create", board.pk), data)


@pytest.fixture
def signed_in(client, member):
    client.force_login(member.user)
    return client


def test_an_empty_post_is_refused_with_a_message(signed_in, board):
    response = send(signed_in, board, "   \n  ")
    assert response.status_code == 400
    assert "the post is empty" in response.content.decode()
    assert not Post.objects.exists()


def test_markup_without_text_counts_as_empty(signed_in, board):
    response = send(signed_in, board, "<p> </p><br><strong></strong>")
    assert response.status_code == 400
    assert not Post.objects.exists()


def test_an_oversized_post_is_refused_and_the_text_stays_in_the_form(signed_in, board):
    long_text = "Tämä on pitkä perustelu. " * 200
    response = send(signed_in, board, long_text)
    html = response.content.decode()
    assert response.status_code == 400
    assert "the limit is 4000" in html and 'role="alert"' in html
    assert "Tämä on pitkä perustelu. Tämä on pitkä perustelu." in html
    assert not Post.objects.exists()


def test_scripts_and_event_handlers_are_removed_and_links_get_safe_rel(signed_in, board, client):
    send(
        signed_in,
        board,
        '<p onclick="steal()">Katso <a href="https://example.org" onmouseover="x()">tämä</a>'
        '<script>alert("x")</script><img src=x onerror=alert(1)></p>',
    )
    post = Post.objects.get()
    assert "<script" not in post.body and "onclick" not in post.body and "onmouseover" not in post.body
    assert "onerror" not in post.body and "<img" not in post.body
    assert 'rel="nofollow noopener"' in post.body and "Katso" in post.body
    html = client.get(url("board", board.pk)).content.decode()
    shown = html[html.index(f'id="post-{post.pk}-body"') :]
    shown = shown[: shown.index("</div>")]
    assert "<script" not in shown and "steal()" not in shown and "onerror" not in shown and "Katso" in shown


def test_a_javascript_link_loses_its_address(signed_in, board):
    send(signed_in, board, '<a href="javascript:alert(1)">klikkaa</a>')
    assert "javascript:" not in Post.objects.get().body


def test_a_quoted_passage_is_shown_as_text_not_markup(signed_in, board):
    # No version has markup in its text, so the quote is refused and shown again in the form, as text.
    response = send(
        signed_in,
        board,
        "Lainaus alla.",
        quote_exact="<script>alert(2)</script>",
        quote_version=board.operational_model.versions.get().pk,
    )
    html = response.content.decode()
    assert response.status_code == 400 and not Post.objects.exists()
    assert "<script>alert(2)</script>" not in html and "&lt;script&gt;alert(2)&lt;/script&gt;" in html


def test_sending_the_same_form_twice_stores_one_post(signed_in, board):
    first = send(signed_in, board, "Kerran riittää.")
    second = send(signed_in, board, "Kerran riittää.")
    post = Post.objects.get()
    assert first["Location"] == second["Location"] and second["Location"].endswith(f"#post-{post.pk}")
    html = signed_in.get(second["Location"]).content.decode()
    assert "already sent" in html


def test_sending_the_same_reply_twice_stores_one_reply(signed_in, board, member):
    post = make_post(member, board)
    for _attempt in range(2):
        signed_in.post(url("reply_create", post.pk), {"body": "Yksi vastaus.", "client_token": TOKEN})
    assert Post.objects.filter(parent=post).count() == 1


def test_posting_to_a_closed_round_is_refused_and_the_text_kept(signed_in, group, model):
    closed_board = make_board(make_round(group, 5, "closed"), model)
    response = send(signed_in, closed_board, "Myöhässä mutta tärkeä huomio.")
    html = response.content.decode()
    assert response.status_code == 400
    assert "feedback window is closed" in html
    assert "Myöhässä mutta tärkeä huomio." in html and 'class="post-form"' in html
    assert not Post.objects.exists()


def test_posting_before_the_round_opens_is_refused(signed_in, group, model):
    early_board = make_board(make_round(group, 6, "upcoming"), model)
    assert send(signed_in, early_board, "Liian aikaisin.").status_code == 400
    assert not Post.objects.exists()


def test_replying_in_a_closed_round_is_refused_and_the_text_kept(client, group, model, member, facilitator):
    closed_board = make_board(make_round(group, 5, "closed"), model)
    post = Post.objects.create(
        board=closed_board, column=closed_board.columns.first(), author=facilitator.user, body="<p>Vanha.</p>"
    )
    client.force_login(member.user)
    response = client.post(url("reply_create", post.pk), {"body": "Myöhäinen vastaus.", "client_token": TOKEN})
    assert response.status_code == 400
    assert "feedback window is closed" in response.content.decode()
    assert "Myöhäinen vastaus." in response.content.decode()
    assert not Post.objects.filter(parent=post).exists()


def test_posting_to_another_groups_board_is_forbidden(signed_in, site_tree):
    foreign_group = make_group()
    foreign_model = make_model(site_tree["library"], "Toisen ryhmän malli")
    foreign_board = make_board(make_round(foreign_group, 1, "open"), foreign_model)
    assert send(signed_in, foreign_board, "Väärä taulu.").status_code == 403
    assert not Post.objects.exists()


def test_a_column_of_another_board_is_refused(signed_in, board, group, site_tree):
    second_model = make_model(site_tree["library"], "Toinen malli")
    second_board = make_board(board.round, second_model)
    response = send(signed_in, board, "Väärä sarake.", column=second_board.columns.first().pk)
    assert response.status_code == 400
    assert "Choose one of this board" in response.content.decode()
    assert not Post.objects.exists()


def test_a_made_up_column_is_refused(signed_in, board):
    assert send(signed_in, board, "Sarakkeeton.", column="9999").status_code == 400
    assert not Post.objects.exists()


def test_a_form_without_a_valid_token_still_stores_the_text(signed_in, board):
    for token in ("", "ei-uuid"):
        response = signed_in.post(
            url("post_create", board.pk),
            {"body": f"Ilman tunnistetta {token}.", "column": board.columns.first().pk, "client_token": token},
        )
        assert response.status_code == 302
    assert Post.objects.count() == 2


def test_someone_elses_small_group_cannot_be_claimed(signed_in, board):
    foreign_small = board.round.small_groups.create(name="Muiden pienryhmä")
    assert send(signed_in, board, "Pienryhmään?", small_group=foreign_small.pk).status_code == 400
    assert not Post.objects.exists()


def test_an_observer_cannot_post(client, group, board):
    observer = add_member(group, "tarkkailija", Role.OBSERVER)
    client.force_login(observer.user)
    response = send(client, board, "Tarkkailijan huomio.")
    assert response.status_code == 400
    assert "Observers can read the board but not post." in response.content.decode()
    assert not Post.objects.exists()


def test_agreeing_with_a_hidden_post_is_refused(client, board, member, facilitator):
    from codev import actions

    post = make_post(facilitator, board)
    actions.do_hide(actor=facilitator.user, post=post, reason="Testi.")
    client.force_login(member.user)
    assert client.post(url("agree", post.pk), {"action": "agree"}).status_code == 404
    assert not Reaction.objects.exists()


def test_agreeing_with_a_pending_post_as_its_author_is_refused_with_a_message(client, board, member):
    board.pre_moderation = True
    board.save()
    post = make_post(member, board)
    assert post.status == PostStatus.PENDING
    client.force_login(member.user)
    response = client.post(url("agree", post.pk), {"action": "agree"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and "cannot be agreed with" in response.content.decode()
    response = client.post(url("agree", post.pk), {"action": "agree"}, follow=True)
    assert "cannot be agreed with" in response.content.decode()
    assert not Reaction.objects.exists()


def test_changes_need_post(signed_in, board, member):
    post = make_post(member, board)
    assert signed_in.get(url("post_create", board.pk)).status_code == 405
    assert signed_in.get(url("agree", post.pk)).status_code == 405
    assert signed_in.get(url("reply_create", post.pk)).status_code == 405


# What the reader sees is what counts: an ampersand is one character on the board, however it is stored.
@pytest.mark.parametrize(
    ("character", "stored"),
    [("&", "&amp;"), ("<", "&lt;"), ("😀", "😀"), ("ä", "ä")],
    ids=["ampersand", "less-than", "emoji", "umlaut"],
)
def test_a_post_of_exactly_the_limit_is_accepted_however_its_characters_are_stored(signed_in, board, character, stored):
    response = send(signed_in, board, character * POST_MAX_LENGTH)

    assert response.status_code == 302
    assert Post.objects.get().body.count(stored) == POST_MAX_LENGTH


@pytest.mark.parametrize("character", ["&", "<", "😀", "ä"], ids=["ampersand", "less-than", "emoji", "umlaut"])
def test_one_character_over_the_limit_is_refused_with_the_length_the_reader_sees(signed_in, board, character):
    with translation.override("en"):
        response = send(signed_in, board, character * (POST_MAX_LENGTH + 1))

    assert response.status_code == 400
    assert f"{POST_MAX_LENGTH + 1} characters long; the limit is {POST_MAX_LENGTH}" in response.content.decode()
    assert not Post.objects.exists()


def test_markup_around_a_post_of_the_limit_does_not_count_and_is_still_cleaned(signed_in, board):
    body = '<p onclick="steal()"><strong>' + "&" * POST_MAX_LENGTH + "</strong><img src=x onerror=alert(1)></p>"

    response = send(signed_in, board, body)

    assert response.status_code == 302
    stored = Post.objects.get().body
    assert stored.count("&amp;") == POST_MAX_LENGTH
    assert "<img" not in stored and "onclick" not in stored and "<strong>" in stored
