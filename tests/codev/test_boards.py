"""Members work on a round's feedback board: they post, reply, agree, sort, edit and delete their own posts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import Post, PostStatus, Reaction, Role, SmallGroup
from codev.views.listing import PAGE_SIZE
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db


def url(name, *args):
    """Addresses in English, so the tests read the English wording whatever catalogues exist."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def post_data(board, body="Verkostokokous toimii, kun nuori on itse paikalla.", **fields):
    return {
        "body": body,
        "column": board.columns.first().pk,
        "client_token": fields.pop("client_token", None) or "2d7a1f0e-63a4-4a0e-9a53-3f0b5bb1c001",
        **fields,
    }


def html_of(response):
    return response.content.decode()


@pytest.fixture
def other(group):
    return add_member(group, "toinen", Role.EXPERT, display_name="Kokija Kalle")


def test_anonymous_visitor_is_sent_to_sign_in(client, board):
    response = client.get(url("board", board.pk))
    assert response.status_code == 302 and "login" in response["Location"]


def test_members_see_the_board_with_posts_in_their_columns(client, board, member, other):
    second_column = board.columns.all()[1]
    make_post(member, board, body="Selkeä malli.")
    make_post(other, board, column=second_column, body="Kokoukseen tarvitaan tulkki.")
    client.force_login(other.user)
    response = client.get(url("board", board.pk))
    html = html_of(response)
    assert response.status_code == 200
    assert "Selkeä malli." in html and "Kokoukseen tarvitaan tulkki." in html
    column_html = html[html.index(f'id="column-{second_column.pk}"') :]
    assert "Kokoukseen tarvitaan tulkki." in column_html and "Selkeä malli." not in column_html
    assert "Ammattilainen Aino" in html


def test_a_member_of_another_group_is_refused_everywhere(client, board, member):
    post = make_post(member, board)
    outsider = add_member(make_group(), "ulkopuolinen")
    client.force_login(outsider.user)
    assert client.get(url("board", board.pk)).status_code == 403
    assert client.post(url("post_create", board.pk), post_data(board)).status_code == 403
    reply = {"body": "Hei", "client_token": "2d7a1f0e-63a4-4a0e-9a53-3f0b5bb1c002"}
    assert client.post(url("reply_create", post.pk), reply).status_code == 403
    assert client.post(url("agree", post.pk), {"action": "agree"}).status_code == 403
    assert client.get(url("post_edit", post.pk)).status_code == 403
    assert client.post(url("post_delete", post.pk)).status_code == 403
    assert Post.objects.count() == 1 and not Reaction.objects.exists()


def test_a_missing_board_or_post_is_not_found(client, member):
    client.force_login(member.user)
    assert client.get(url("board", 999)).status_code == 404
    assert client.post(url("agree", 999), {"action": "agree"}).status_code == 404


def test_posting_puts_a_published_post_on_the_board(client, board, member):
    client.force_login(member.user)
    response = client.post(url("post_create", board.pk), post_data(board, section="environment"))
    post = Post.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#post-{post.pk}")
    assert post.status == PostStatus.PUBLISHED and post.author == member.user and post.section == "environment"
    assert post.body == "<p>Verkostokokous toimii, kun nuori on itse paikalla.</p>"
    html = html_of(client.get(response["Location"]))
    assert "Your post is on the board." in html
    assert f'id="post-{post.pk}"' in html and "Operating environment" in html


def test_posting_to_a_chosen_small_group_keeps_it(client, board, member, other):
    small = SmallGroup.objects.create(round=board.round, name="Pienryhmä A")
    small.members.add(member)
    column = board.columns.first()
    client.force_login(member.user)
    form_html = html_of(client.get(url("board", board.pk), {"compose": column.pk}))
    assert f'id="compose-{column.pk}-small_group"' in form_html
    client.post(url("post_create", board.pk), post_data(board, small_group=small.pk))
    assert Post.objects.get().small_group == small
    client.force_login(other.user)
    other_html = html_of(client.get(url("board", board.pk), {"compose": column.pk}))
    assert 'class="post-form"' in other_html and f'id="compose-{column.pk}-small_group"' not in other_html


def test_a_quoted_passage_keeps_the_text_around_it_from_the_version_read(client, board, member, model):
    version = ModelVersion.objects.for_page(model).get()
    client.force_login(member.user)
    # make_model writes "<section> text of <title>." into every section.
    response = client.post(
        url("post_create", board.pk),
        post_data(board, section="environment", quote_exact="environment   text", quote_version=version.pk),
    )
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.quote_version == version
    assert post.quote_exact == "environment text"
    assert post.quote_prefix == ""
    assert post.quote_suffix == f" of {model.title}."
    html = html_of(client.get(url("board", board.pk)))
    assert model.url + model.reverse_subpage("version", args=(1,)) in html


def test_a_passage_not_in_the_version_is_refused_with_the_text_kept(client, board, member, model):
    version = ModelVersion.objects.for_page(model).get()
    client.force_login(member.user)
    response = client.post(
        url("post_create", board.pk),
        post_data(board, quote_exact="Lause, jota mallissa ei ole.", quote_version=version.pk),
    )
    html = html_of(response)
    assert response.status_code == 400 and not Post.objects.exists()
    assert "This passage is not in version 1 of the model." in html
    assert "Lause, jota mallissa ei ole.</textarea>" in html and "Verkostokokous toimii" in html


def test_a_quote_needs_the_version_it_came_from(client, board, member):
    client.force_login(member.user)
    response = client.post(url("post_create", board.pk), post_data(board, quote_exact="Jokin lause."))
    assert response.status_code == 400
    assert "Choose the version you quoted the passage from." in html_of(response)
    assert not Post.objects.exists()


def test_under_pre_moderation_the_author_sees_the_post_waiting_and_others_do_not(client, board, member, other):
    board.pre_moderation = True
    board.save()
    client.force_login(member.user)
    response = client.post(url("post_create", board.pk), post_data(board, body="Odottava kommentti."), follow=True)
    html = html_of(response)
    assert "It waits for a facilitator" in html
    assert "Odottava kommentti." in html and "Waiting for approval" in html
    client.force_login(other.user)
    assert "Odottava kommentti." not in html_of(client.get(url("board", board.pk)))


def test_the_author_of_a_hidden_post_sees_why_and_others_see_nothing(client, board, member, other, facilitator):
    post = make_post(member, board, body="Piilotettava kommentti.")
    actions.do_hide(actor=facilitator.user, post=post, reason="Sisältää asiakkaan nimen.")
    client.force_login(member.user)
    html = html_of(client.get(url("board", board.pk)))
    assert "Piilotettava kommentti." in html and "Sisältää asiakkaan nimen." in html
    assert "Hidden by a facilitator." in html
    client.force_login(other.user)
    html = html_of(client.get(url("board", board.pk)))
    assert "Piilotettava kommentti." not in html and "Sisältää asiakkaan nimen." not in html


def test_replying_adds_a_reply_under_the_post(client, board, member, other):
    post = make_post(member, board)
    client.force_login(other.user)
    response = client.post(
        url("reply_create", post.pk),
        {"body": "Samaa mieltä, tulkki auttaa.", "client_token": "2d7a1f0e-63a4-4a0e-9a53-3f0b5bb1c003"},
    )
    reply = Post.objects.get(parent=post)
    assert response.status_code == 302 and response["Location"].endswith(f"#post-{reply.pk}")
    html = html_of(client.get(url("board", board.pk)))
    replies = html[html.index('class="replies"') :]
    assert "Samaa mieltä, tulkki auttaa." in replies and "Kokija Kalle" in replies


def test_a_reply_to_a_reply_is_refused(client, board, member, other):
    post = make_post(member, board)
    reply, _created = actions.do_reply(member=other, post=post, body="Vastaus.")
    client.force_login(member.user)
    response = client.post(
        url("reply_create", reply.pk),
        {"body": "Vastaus vastaukseen.", "client_token": "2d7a1f0e-63a4-4a0e-9a53-3f0b5bb1c004"},
    )
    assert response.status_code == 400
    html = html_of(response)
    assert "a reply cannot be replied to" in html and "Vastaus vastaukseen." in html
    assert Post.objects.count() == 2


def test_htmx_reply_answers_with_just_the_post(client, board, member, other):
    post = make_post(member, board)
    client.force_login(other.user)
    response = client.post(
        url("reply_create", post.pk),
        {"body": "Nopea vastaus.", "client_token": "2d7a1f0e-63a4-4a0e-9a53-3f0b5bb1c005"},
        HTTP_HX_REQUEST="true",
    )
    html = html_of(response).strip()
    assert response.status_code == 200
    assert html.startswith(f'<li id="post-{post.pk}" class="post')
    assert "Nopea vastaus." in html and "<html" not in html


def test_agreeing_twice_counts_once_and_withdrawing_takes_it_back(client, board, member, other):
    post = make_post(member, board)
    client.force_login(other.user)
    client.post(url("agree", post.pk), {"action": "agree"})
    response = client.post(url("agree", post.pk), {"action": "agree"})
    assert response.status_code == 302 and response["Location"].endswith(f"#post-{post.pk}")
    assert Reaction.objects.filter(post=post).count() == 1
    html = html_of(client.get(url("board", board.pk)))
    assert 'aria-pressed="true"' in html and '<span class="agree__count">1</span>' in html
    client.post(url("agree", post.pk), {"action": "withdraw"})
    client.post(url("agree", post.pk), {"action": "withdraw"})
    assert not Reaction.objects.exists()
    html = html_of(client.get(url("board", board.pk)))
    assert 'aria-pressed="false"' in html and '<span class="agree__count">0</span>' in html


def test_htmx_agree_answers_with_the_post_and_its_new_count(client, board, member, other):
    post = make_post(member, board)
    client.force_login(other.user)
    response = client.post(url("agree", post.pk), {"action": "agree"}, HTTP_HX_REQUEST="true")
    html = html_of(response).strip()
    assert html.startswith(f'<li id="post-{post.pk}"')
    assert 'aria-pressed="true"' in html and '<span class="agree__count">1</span>' in html


def test_an_unknown_agree_action_is_refused(client, board, member, other):
    post = make_post(member, board)
    client.force_login(other.user)
    assert client.post(url("agree", post.pk), {"action": "love"}).status_code == 400
    assert not Reaction.objects.exists()


def test_sorting_by_most_agreed_and_by_section(client, board, member, other, facilitator):
    quiet = make_post(member, board, body="Hiljainen.", section="resources")
    popular = make_post(member, board, body="Suosittu.", section="needs")
    first_section = make_post(member, board, body="Perusidea.", section="basic_idea")
    for voter in (other, facilitator):
        actions.do_agree(member=voter, post=popular)
    actions.do_agree(member=other, post=quiet)
    client.force_login(other.user)
    html = html_of(client.get(url("board", board.pk)))
    assert html.index("Perusidea.") < html.index("Suosittu.") < html.index("Hiljainen.")
    html = html_of(client.get(url("board", board.pk), {"sort": "agreed"}))
    assert html.index("Suosittu.") < html.index("Hiljainen.") < html.index("Perusidea.")
    assert '<option value="agreed" selected>' in html
    html = html_of(client.get(url("board", board.pk), {"sort": "section"}))
    assert html.index("Perusidea.") < html.index("Hiljainen.") < html.index("Suosittu.")
    # Forms on the page keep the chosen order.
    assert f"{url('agree', first_section.pk)}?sort=section" in html


def test_one_small_group_view_shows_only_its_posts_and_says_so(client, board, member, other):
    small = SmallGroup.objects.create(round=board.round, name="Pienryhmä B")
    small.members.add(member)
    make_post(member, board, body="Pienryhmän ajatus.", small_group=small)
    make_post(other, board, body="Koko ryhmän ajatus.")
    client.force_login(other.user)
    html = html_of(client.get(url("board", board.pk), {"small_group": small.pk}))
    assert "Posts of small group Pienryhmä B" in html
    assert "Pienryhmän ajatus." in html and "Koko ryhmän ajatus." not in html
    html = html_of(client.get(url("board", board.pk), {"small_group": "nonsense"}))
    assert "Koko ryhmän ajatus." in html


def test_editing_marks_the_post_edited(client, board, member):
    post = make_post(member, board, body="Alkuperäinen teksti.")
    client.force_login(member.user)
    form = html_of(client.get(url("post_edit", post.pk)))
    assert "Alkuperäinen teksti." in form and "&lt;p&gt;" not in form
    response = client.post(url("post_edit", post.pk), {"body": "Korjattu teksti.", "section": "needs"})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body == "<p>Korjattu teksti.</p>" and post.section == "needs" and post.edited_at
    html = html_of(client.get(url("board", board.pk)))
    assert "Korjattu teksti." in html and "edited" in html


def test_editing_keeps_the_text_when_it_is_too_long(client, board, member):
    post = make_post(member, board)
    client.force_login(member.user)
    response = client.post(url("post_edit", post.pk), {"body": "pitkä " * 1000})
    assert response.status_code == 400
    assert "the limit is 4000" in html_of(response) and "pitkä pitkä" in html_of(response)


def test_another_member_cannot_edit_or_delete(client, board, member, other):
    post = make_post(member, board)
    client.force_login(other.user)
    assert client.get(url("post_edit", post.pk)).status_code == 403
    assert client.post(url("post_edit", post.pk), {"body": "Muutettu."}).status_code == 403
    assert client.get(url("post_delete", post.pk)).status_code == 403
    assert client.post(url("post_delete", post.pk)).status_code == 403
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED and "Muutettu." not in post.body
    assert url("post_edit", post.pk) not in html_of(client.get(url("board", board.pk)))


def test_the_author_cannot_edit_after_the_round_closes(client, group, model, member):
    closed = make_round(group, 2, "closed")
    board = make_board(closed, model)
    post = Post.objects.create(board=board, column=board.columns.first(), author=member.user, body="<p>Vanha.</p>")
    client.force_login(member.user)
    response = client.post(url("post_edit", post.pk), {"body": "Myöhäinen muutos."})
    assert response.status_code == 400
    assert "only while the round takes feedback" in html_of(response)
    post.refresh_from_db()
    assert post.body == "<p>Vanha.</p>" and post.edited_at is None
    response = client.get(url("post_edit", post.pk), follow=True)
    assert "only while the round takes feedback" in html_of(response)
    assert client.post(url("post_delete", post.pk)).status_code == 302
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    assert url("post_edit", post.pk) not in html_of(client.get(url("board", board.pk)))


def test_deleting_asks_first_and_then_removes_the_post(client, board, member, other):
    post = make_post(member, board, body="Poistettava ajatus.")
    client.force_login(member.user)
    confirm = client.get(url("post_delete", post.pk))
    assert confirm.status_code == 200 and "Delete your post?" in html_of(confirm)
    post.refresh_from_db()
    assert post.status == PostStatus.PUBLISHED
    response = client.post(url("post_delete", post.pk), follow=True)
    assert "Your post was deleted." in html_of(response)
    post.refresh_from_db()
    assert post.status == PostStatus.REMOVED
    client.force_login(other.user)
    assert "Poistettava ajatus." not in html_of(client.get(url("board", board.pk)))


def test_a_closed_round_shows_the_board_without_forms(client, group, model, member):
    board = make_board(make_round(group, 2, "closed"), model)
    client.force_login(member.user)
    html = html_of(client.get(url("board", board.pk)))
    assert "This round does not take feedback now." in html
    assert 'class="post-form"' not in html and 'class="compose__open"' not in html


def test_observers_read_but_do_not_get_a_post_form(client, group, board):
    observer = add_member(group, "tarkkailija", Role.OBSERVER)
    client.force_login(observer.user)
    html = html_of(client.get(url("board", board.pk)))
    assert "Observers can read the board but not post." in html
    assert 'class="post-form"' not in html and 'class="compose__open"' not in html


def fill_board(board, members, posts):
    """`posts` posts, each with a reply and an agreement from every member; some quote the model."""
    for index in range(posts):
        author = members[index % len(members)]
        quote = {"version": board.operational_model.versions.first(), "exact": "needs text"} if index % 3 else None
        post = make_post(author, board, body=f"Kommentti {index}.", section="needs" if index % 2 else "", quote=quote)
        actions.do_reply(member=members[(index + 1) % len(members)], post=post, body=f"Vastaus {index}.")
        for voter in members:
            if voter != author:
                actions.do_agree(member=voter, post=post)


def board_queries(client, board, **params):
    """Queries of the board with its post HTML rendered afresh (cold) and from the cache (warm)."""
    empty_the_cache()
    with CaptureQueriesContext(connection) as cold:
        response = client.get(url("board", board.pk), params)
    assert response.status_code == 200
    with CaptureQueriesContext(connection) as warm:
        html = html_of(client.get(url("board", board.pk), params))
    return len(cold.captured_queries), len(warm.captured_queries), html


@pytest.mark.parametrize("sort", ["newest", "agreed", "section"])
def test_board_query_count_does_not_grow_with_posts_replies_and_reactions(
    client, board, member, other, facilitator, sort
):
    members = [member, other, facilitator]
    fill_board(board, members, 5)
    client.force_login(other.user)
    client.get(url("board", board.pk))
    few_cold, few_warm, _html = board_queries(client, board, sort=sort)
    fill_board(board, members, 45)
    many_cold, many_warm, html = board_queries(client, board, sort=sort)
    # Top-level published posts only (replies are "post post--reply ..."), whatever marks they carry.
    assert html.count('class="post post--published') == PAGE_SIZE
    assert (many_cold, many_warm) == (few_cold, few_warm)
    # A warm board reads no post at all: only the light list of what to show.
    assert many_warm < many_cold


def test_facilitators_board_with_moderation_controls_keeps_its_query_count(client, board, member, other, facilitator):
    members = [member, other, facilitator]
    fill_board(board, members, 5)
    client.force_login(facilitator.user)
    client.get(url("board", board.pk))
    few = board_queries(client, board)[:2]
    fill_board(board, members, 25)
    assert board_queries(client, board)[:2] == few
