"""The board from the shared cache: each viewer gets exactly their own view, changes show at once, long columns
come a page at a time, reply forms when asked for, and idle polls cost almost nothing."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.fragments import CSRF_SLOT
from codev.models import PostStatus, Role
from codev.views.listing import PAGE_SIZE
from testing.codev_factories import add_member, make_board, make_post, make_round, round_dates

pytestmark = pytest.mark.django_db

SECRET_NAME = "Salainen Sanna"
HIDDEN_TEXT = "Tässä oli asiakkaan nimi."
PENDING_TEXT = "Odottaa hyväksyntää vielä."


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def signed_in(member):
    client = Client()
    client.force_login(member.user)
    return client


def board_html(client, board, **params):
    response = client.get(url("board", board.pk), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def author(group):
    return add_member(group, "salainen", Role.EXPERT, display_name=SECRET_NAME)


@pytest.fixture
def reader(group):
    return add_member(group, "lukija", Role.PROFESSIONAL, display_name="Lukija Leena")


@pytest.fixture
def moderated_board(board, author, facilitator):
    """An anonymous post, a hidden one and one waiting for approval."""
    make_post(author, board, body="Nimetön ajatus.", is_anonymous=True)
    hidden = make_post(author, board, body=HIDDEN_TEXT)
    actions.do_hide(actor=facilitator.user, post=hidden, reason="Tunnistettava asiakas.")
    board.pre_moderation = True
    board.save(update_fields=["pre_moderation"])
    make_post(author, board, body=PENDING_TEXT)
    return board


def test_a_member_after_a_facilitator_sees_only_what_members_see(moderated_board, facilitator, reader):
    facilitator_html = board_html(signed_in(facilitator), moderated_board)
    assert SECRET_NAME in facilitator_html and HIDDEN_TEXT in facilitator_html and PENDING_TEXT in facilitator_html

    member_html = board_html(signed_in(reader), moderated_board)

    assert "Nimetön ajatus." in member_html and "Anonymous member" in member_html
    assert SECRET_NAME not in member_html and "Salainen" not in member_html
    assert HIDDEN_TEXT not in member_html and PENDING_TEXT not in member_html
    assert 'class="moderation"' not in member_html


def test_the_author_after_a_facilitator_sees_their_own_waiting_and_hidden_posts(
    moderated_board, facilitator, author, reader
):
    board_html(signed_in(facilitator), moderated_board)
    board_html(signed_in(reader), moderated_board)

    html = board_html(signed_in(author), moderated_board)

    assert HIDDEN_TEXT in html and PENDING_TEXT in html
    assert f"{SECRET_NAME} (anonymous to others)" in html
    assert 'class="moderation"' not in html


def test_the_presentation_after_a_facilitator_shows_published_posts_without_names(moderated_board, facilitator, reader):
    signed_in(facilitator).get(url("board_present", moderated_board.pk))
    html = signed_in(reader).get(url("board_present", moderated_board.pk)).content.decode()
    assert "Nimetön ajatus." in html
    assert SECRET_NAME not in html and HIDDEN_TEXT not in html and PENDING_TEXT not in html


def test_a_live_poll_after_a_facilitators_gets_the_members_view(moderated_board, facilitator, reader, author):
    since = moderated_board.change_seq
    make_post(author, moderated_board, body="Vielä yksi odottava.", is_anonymous=True)
    moderated_board.pre_moderation = False
    moderated_board.save(update_fields=["pre_moderation"])
    new = make_post(author, moderated_board, body="Julkinen ja nimetön.", is_anonymous=True)
    poll = {"since": since}
    assert SECRET_NAME in signed_in(facilitator).get(url("board_changes", moderated_board.pk), poll).content.decode()

    html = signed_in(reader).get(url("board_changes", moderated_board.pk), poll).content.decode()

    assert f'id="post-{new.pk}"' in html and "Julkinen ja nimetön." in html
    assert SECRET_NAME not in html and "Vielä yksi odottava." not in html


def csrf_token_in(html):
    return html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


def test_each_viewers_own_agreement_edit_links_and_form_token_stay_theirs(board, member, reader):
    post = make_post(member, board, body="Yhteinen havainto.")
    agreeing = Client(enforce_csrf_checks=True)
    agreeing.force_login(reader.user)
    actions.do_agree(member=reader, post=post)
    agreed_html = board_html(agreeing, board)
    author = Client(enforce_csrf_checks=True)
    author.force_login(member.user)

    html = board_html(author, board)

    # The author may not agree with their own post: no button for them, and never the reader's pressed one.
    assert 'class="agree" aria-pressed="true"' in agreed_html and 'class="agree"' not in html
    assert url("post_edit", post.pk) in html and url("post_edit", post.pk) not in agreed_html
    assert CSRF_SLOT not in html and CSRF_SLOT not in agreed_html
    # Each page's forms carry that viewer's own token: it passes their CSRF check and fails another's.
    withdraw = {"action": "withdraw", "csrfmiddlewaretoken": csrf_token_in(agreed_html)}
    assert author.post(url("agree", post.pk), withdraw).status_code == 403
    assert agreeing.post(url("agree", post.pk), withdraw).status_code == 302


def change_and_expect(action, board, author, facilitator, reader):
    """Do one change to a post already rendered for everyone; return the text that must now show for members."""
    post = make_post(author, board, body="Alkuperäinen teksti.")
    second = board.columns.all()[1]
    for member in (author, facilitator, reader):
        board_html(signed_in(member), board)
    if action == "edit":
        actions.do_edit_post(user=author.user, post=post, body="Muokattu teksti.")
        return post, "Muokattu teksti."
    if action == "agree":
        actions.do_agree(member=facilitator, post=post)
        return post, '<span class="agree__count">1</span>'
    if action == "reply":
        actions.do_reply(member=facilitator, post=post, body="Uusi vastaus.")
        return post, "Uusi vastaus."
    if action == "move":
        actions.do_move(actor=facilitator.user, post=post, column=second)
        return post, f'id="column-{second.pk}"'
    if action == "hide":
        actions.do_hide(actor=facilitator.user, post=post, reason="Syy.")
        return post, None
    raise AssertionError(action)


@pytest.mark.parametrize("action", ["edit", "agree", "reply", "move", "hide"])
def test_every_change_shows_at_once_on_a_cached_board(board, member, facilitator, reader, action):
    post, expected = change_and_expect(action, board, member, facilitator, reader)

    html = board_html(signed_in(reader), board)

    if action == "hide":
        assert f'id="post-{post.pk}"' not in html
        assert "post__status--hidden" in board_html(signed_in(facilitator), board)
    elif action == "move":
        assert html.index(expected) < html.index(f'id="post-{post.pk}"')
    else:
        assert expected in html


def test_approving_shows_the_waiting_post_to_members_who_had_the_board_cached(board, member, facilitator, reader):
    board.pre_moderation = True
    board.save(update_fields=["pre_moderation"])
    post = make_post(member, board, body=PENDING_TEXT)
    assert PENDING_TEXT not in board_html(signed_in(reader), board)
    assert "Approve" in board_html(signed_in(facilitator), board)

    actions.do_approve(actor=facilitator.user, post=post)

    assert PENDING_TEXT in board_html(signed_in(reader), board)
    assert "Approve" not in board_html(signed_in(facilitator), board)


def test_a_closing_round_takes_the_forms_from_cached_posts(group, model, member, reader):
    round_ = make_round(group, 3, "open")
    board = make_board(round_, model)
    make_post(member, board)
    assert "agree-form" in board_html(signed_in(reader), board)
    for field, value in round_dates("closed").items():
        setattr(round_, field, value)
    round_.save()

    html = board_html(signed_in(reader), board)

    assert "agree-form" not in html and url("reply_form", board.posts.first().pk) not in html


@pytest.fixture
def long_column(board, member):
    column = board.columns.first()
    posts = [make_post(member, board, body=f"Kommentti numero {index}.") for index in range(PAGE_SIZE + 5)]
    return column, posts[::-1]  # newest first, as the board shows them


def test_a_long_column_shows_a_page_and_a_link_to_the_rest(board, reader, long_column):
    column, newest_first = long_column

    html = board_html(signed_in(reader), board)

    assert html.count('class="post post--published"') == PAGE_SIZE
    assert f"({PAGE_SIZE + 5} posts)" in html
    assert (
        f'id="post-{newest_first[PAGE_SIZE - 1].pk}"' in html and f'id="post-{newest_first[PAGE_SIZE].pk}"' not in html
    )
    assert "Show 5 more posts" in html
    assert f"c{column.pk}={2 * PAGE_SIZE}" in html and f"#post-{newest_first[PAGE_SIZE].pk}" in html


def test_without_javascript_the_link_shows_the_column_longer(board, reader, long_column):
    column, newest_first = long_column

    html = board_html(signed_in(reader), board, **{f"c{column.pk}": 2 * PAGE_SIZE})

    assert html.count('class="post post--published"') == PAGE_SIZE + 5
    assert f'id="column-{column.pk}-more"' not in html


def test_htmx_fetches_only_the_next_page_of_the_column(board, reader, long_column):
    column, newest_first = long_column
    client = signed_in(reader)

    response = client.get(
        url("board_column", board.pk, column.pk), {"offset": PAGE_SIZE, "sort": "newest"}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert f'hx-swap-oob="beforeend:#column-{column.pk}-posts"' in html
    assert [f'id="post-{post.pk}"' in html for post in newest_first] == [False] * PAGE_SIZE + [True] * 5
    assert f'id="column-{column.pk}-more"' not in html
    redirected = client.get(url("board_column", board.pk, column.pk), {"offset": PAGE_SIZE})
    assert redirected.status_code == 302 and f"c{column.pk}={2 * PAGE_SIZE}" in redirected["Location"]


def test_after_replying_to_an_old_post_the_board_shows_it_however_far_down(board, reader, long_column):
    column, newest_first = long_column
    oldest = newest_first[-1]
    client = signed_in(reader)

    response = client.post(url("reply_create", oldest.pk), {"body": "Vastaus vanhaan."})

    reply = oldest.replies.get()
    assert response.status_code == 302 and response["Location"].endswith(f"at={reply.pk}#post-{reply.pk}")
    html = client.get(response["Location"]).content.decode()
    assert f'id="post-{oldest.pk}"' in html and "Vastaus vanhaan." in html


def test_the_reply_form_comes_when_asked_for(board, member, reader):
    post = make_post(member, board)
    client = signed_in(reader)
    html = board_html(client, board)
    assert "<textarea" not in html.split('id="posts-heading"')[1]
    assert f'hx-get="{url("reply_form", post.pk)}' in html

    fragment = client.get(url("reply_form", post.pk), HTTP_HX_REQUEST="true").content.decode()
    page = client.get(url("reply_form", post.pk)).content.decode()

    assert fragment.lstrip().startswith('<div class="reply"') and "csrfmiddlewaretoken" in fragment
    assert 'name="client_token"' in fragment and f'action="{url("reply_create", post.pk)}' in fragment
    assert "<html" in page and "Tämä toimii hyvin meillä." in page and 'name="body"' in page


def test_a_refused_reply_comes_back_on_the_reply_page_with_the_text(board, member, reader):
    post = make_post(member, board)
    body = "x" * 5000

    response = signed_in(reader).post(url("reply_create", post.pk), {"body": body, "is_anonymous": "on"})

    html = response.content.decode()
    assert response.status_code == 400
    assert body in html and "limit is 4000" in html and "checked" in html


def test_no_reply_form_for_observers_or_closed_rounds(group, model, board, member):
    post = make_post(member, board)
    observer = add_member(group, "tarkkailija", Role.OBSERVER)
    assert signed_in(observer).get(url("reply_form", post.pk)).status_code == 404
    closed = make_board(make_round(group, 2, "closed"), model)
    old = closed.posts.create(board=closed, column=closed.columns.first(), author=member.user, body="<p>Vanha.</p>")
    assert signed_in(member).get(url("reply_form", old.pk)).status_code == 302


def test_an_idle_poll_reads_only_the_session(board, member):
    make_post(member, board)
    board.refresh_from_db()
    client = signed_in(member)
    client.get(url("board_changes", board.pk), {"since": board.change_seq})

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("board_changes", board.pk), {"since": board.change_seq})

    assert response.status_code == 204
    assert len(queries) == 1 and "session" in queries[0]["sql"]


def test_a_poll_sees_a_change_at_once_though_the_sequence_was_cached(board, member, reader):
    board.refresh_from_db()
    since = board.change_seq
    client = signed_in(reader)
    assert client.get(url("board_changes", board.pk), {"since": since}).status_code == 204

    post = make_post(member, board, body="Juuri tullut.")

    html = client.get(url("board_changes", board.pk), {"since": since}).content.decode()
    assert f'id="post-{post.pk}"' in html and f"since={since + 1}" in html


def test_a_member_who_leaves_is_refused_at_the_next_poll(board, member, reader):
    board.refresh_from_db()
    client = signed_in(reader)
    assert client.get(url("board_changes", board.pk), {"since": board.change_seq}).status_code == 204

    reader.is_active = False
    reader.save(update_fields=["is_active"])

    assert client.get(url("board_changes", board.pk), {"since": board.change_seq}).status_code == 403
    make_post(member, board)
    assert client.get(url("board_changes", board.pk), {"since": 0}).status_code == 403


def test_the_sequence_only_grows_and_each_post_carries_its_own_step(board, member, reader):
    posts = [make_post(member, board, body=f"Viesti {index}.") for index in range(3)]
    actions.do_agree(member=reader, post=posts[0])
    board.refresh_from_db()
    for post in posts:
        post.refresh_from_db()
    assert [post.change_seq for post in posts] == [4, 2, 3]
    assert board.change_seq == 4
    assert all(post.status == PostStatus.PUBLISHED for post in posts)
