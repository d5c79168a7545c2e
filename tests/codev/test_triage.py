"""Facilitators triage their group's feedback: filters that combine, 50 posts a page, one post or many at once."""

import re

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev.actions import FeedbackError
from codev.models import Disposition, Post, Reaction, Role
from codev.triage import do_set_disposition
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db

CHECKBOX = re.compile(r'<input type="checkbox" name="posts" value="\d+" id="select-\d+"')


def url(name, *args):
    """Addresses in English, so that the tests read the English wording whatever the translations say."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def triage_url(group, query=""):
    return url("triage", group.slug) + (f"?{query}" if query else "")


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def refreshed(posts):
    return [Post.objects.get(pk=post.pk) for post in posts]


@pytest.fixture
def young(group):
    return add_member(group, "nuori", Role.YOUNG_PERSON, display_name="Nuori Niko")


@pytest.fixture
def second_board(open_round, site_tree, group):
    other_model = make_model(site_tree["library"], "Perhetyön malli")
    group.operational_models.add(other_model)
    return make_board(open_round, other_model)


def test_facilitator_marks_a_dozen_posts_under_consideration_and_returns_to_the_same_filtered_page(
    client, board, member, facilitator
):
    posts = [make_post(member, board, body=f"<p>Palaute {n}</p>") for n in range(12)]
    seq_before = board.change_seq
    client.force_login(facilitator.user)
    query = f"model={board.operational_model_id}&round=1&page=1"

    response = client.post(
        triage_url(board.round.group, query), {"posts": [post.pk for post in posts], "disposition": "considering"}
    )

    assert response.status_code == 302
    assert response["Location"] == triage_url(board.round.group, query)
    assert "12 posts marked under consideration." in texts(response)
    board.refresh_from_db()
    assert board.change_seq == seq_before + 1
    for post in refreshed(posts):
        assert post.disposition == Disposition.CONSIDERING
        assert post.disposition_by == facilitator.user
        assert post.disposition_at is not None
        # The live layer fetches posts whose sequence is above the one a reader has seen.
        assert post.change_seq == board.change_seq


def test_a_live_board_picks_up_the_new_disposition(client, board, member, facilitator):
    post = make_post(member, board)
    board.refresh_from_db()
    seen = board.change_seq
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DEFERRED, note="Kierrokselle 3")
    client.force_login(member.user)

    response = client.get(url("board_changes", board.pk), {"since": seen})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="post-{post.pk}"' in html
    assert "Deferred to a later round" in html and "Kierrokselle 3" in html


def test_members_may_not_open_or_use_the_triage_page(client, board, member, facilitator):
    post = make_post(facilitator, board)
    client.force_login(member.user)

    assert client.get(triage_url(board.round.group)).status_code == 403
    response = client.post(
        triage_url(board.round.group), {"posts": [post.pk], "disposition": "declined", "note": "Ei käy"}
    )

    assert response.status_code == 403
    assert refreshed([post])[0].disposition == Disposition.NEW


def test_signed_out_visitors_are_sent_to_sign_in(client, group):
    response = client.get(triage_url(group))

    assert response.status_code == 302
    assert "login" in response["Location"] or "kirjaudu" in response["Location"]


def test_another_groups_facilitator_changes_nothing(client, board, member, model):
    post = make_post(member, board)
    other_group = make_group(models=[model])
    stranger = add_member(other_group, "vieras", Role.FACILITATOR)
    client.force_login(stranger.user)

    assert client.get(triage_url(board.round.group)).status_code == 403
    through_own_page = client.post(triage_url(other_group), {"posts": [post.pk], "disposition": "considering"})
    with pytest.raises(FeedbackError):
        do_set_disposition(actor=stranger.user, posts=[post], disposition=Disposition.CONSIDERING)

    assert through_own_page.status_code == 400
    assert refreshed([post])[0].disposition == Disposition.NEW


def test_bulk_refused_when_one_post_belongs_to_a_group_the_facilitator_does_not_run(board, member, facilitator, model):
    mine = make_post(member, board)
    other_group = make_group(models=[model])
    other_board = make_board(make_round(other_group, 1, "open"), model)
    theirs = make_post(add_member(other_group, "muu", Role.PROFESSIONAL), other_board)

    with translation.override("en"), pytest.raises(FeedbackError, match="Only the facilitators"):
        do_set_disposition(actor=facilitator.user, posts=[mine, theirs], disposition=Disposition.CONSIDERING)

    assert [post.disposition for post in refreshed([mine, theirs])] == [Disposition.NEW, Disposition.NEW]


def test_declining_without_a_note_is_refused_and_the_selection_is_kept(client, board, member, facilitator):
    posts = [make_post(member, board), make_post(member, board)]
    client.force_login(facilitator.user)

    response = client.post(
        triage_url(board.round.group), {"posts": [post.pk for post in posts], "disposition": "declined", "note": "   "}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Write why the posts are declined: their authors read the reason." in html
    for post in posts:
        assert f'value="{post.pk}" id="select-{post.pk}" checked' in html
    assert {post.disposition for post in refreshed(posts)} == {Disposition.NEW}


def test_declining_with_a_reason_keeps_the_reason_for_the_author(client, board, member, facilitator):
    post = make_post(member, board)
    client.force_login(facilitator.user)

    response = client.post(
        triage_url(board.round.group),
        {"posts": [post.pk], "disposition": "declined", "note": "Lainsäädäntö ei salli tätä."},
    )

    assert "1 post declined; its author reads your reason." in texts(response)
    post = refreshed([post])[0]
    assert (post.disposition, post.disposition_note) == (Disposition.DECLINED, "Lainsäädäntö ei salli tätä.")


def test_addressed_is_not_set_by_hand_but_by_publishing_a_version(client, board, member, facilitator):
    post = make_post(member, board)
    client.force_login(facilitator.user)

    response = client.post(triage_url(board.round.group), {"posts": [post.pk], "disposition": "addressed"})

    assert response.status_code == 400
    assert "publish the model version that responds to it" in response.content.decode()
    with pytest.raises(FeedbackError, match="publish"):
        do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.ADDRESSED)
    assert refreshed([post])[0].disposition == Disposition.NEW


def test_replies_have_no_disposition_of_their_own(board, member, facilitator):
    post = make_post(member, board)
    reply = Post.objects.create(board=board, parent=post, author=facilitator.user, body="<p>Kiitos!</p>")

    with translation.override("en"), pytest.raises(FeedbackError, match="Replies"):
        do_set_disposition(actor=facilitator.user, posts=[reply], disposition=Disposition.CONSIDERING)

    assert refreshed([reply])[0].disposition == Disposition.NEW


def test_posts_already_addressed_keep_their_version_and_the_facilitator_is_told(
    client, board, member, facilitator, model
):
    addressed, other = make_post(member, board), make_post(member, board)
    version = ModelVersion.objects.for_page(model).of_number(1)
    Post.objects.filter(pk=addressed.pk).update(disposition=Disposition.ADDRESSED, addressed_in=version)
    client.force_login(facilitator.user)

    response = client.post(
        triage_url(board.round.group), {"posts": [addressed.pk, other.pk], "disposition": "deferred"}
    )

    assert texts(response) == [
        "1 post deferred to a later round.",
        "1 chosen post is already addressed in a version and keeps that record.",
    ]
    addressed, other = refreshed([addressed, other])
    assert (addressed.disposition, addressed.addressed_in) == (Disposition.ADDRESSED, version)
    assert other.disposition == Disposition.DEFERRED


def test_the_quick_form_of_one_row_changes_only_that_post(client, board, member, facilitator):
    first, second = make_post(member, board), make_post(member, board)
    client.force_login(facilitator.user)
    html = client.get(triage_url(board.round.group)).content.decode()
    assert f'<form method="post" id="quick-{first.pk}"' in html
    assert f'form="quick-{first.pk}"' in html

    client.post(
        triage_url(board.round.group), {"posts": [first.pk], "disposition": "deferred", "note": "Palataan syksyllä."}
    )

    first, second = refreshed([first, second])
    assert (first.disposition, first.disposition_note) == (Disposition.DEFERRED, "Palataan syksyllä.")
    assert second.disposition == Disposition.NEW


def test_bulk_update_takes_the_same_number_of_queries_for_5_or_60_posts(board, second_board, member, facilitator):
    def queries_for(count):
        posts = [make_post(member, board if n % 2 else second_board) for n in range(count)]
        with CaptureQueriesContext(connection) as captured:
            result = do_set_disposition(actor=facilitator.user, posts=posts, disposition=Disposition.CONSIDERING)
        assert result.changed == count
        return len(captured)

    assert queries_for(5) == queries_for(60)


def test_filters_combine_and_every_link_keeps_them(client, board, second_board, member, young, facilitator):
    column = board.columns.get(name="Muutettavaa")
    make_post(young, board, column=column, section="basic_idea", body="<p>Nuoren muutosehdotus</p>")
    make_post(member, board, column=column, section="basic_idea", body="<p>Ammattilaisen ehdotus</p>")
    make_post(young, board, section="basic_idea", body="<p>Nuoren kehu</p>")
    make_post(
        young,
        second_board,
        column=second_board.columns.get(name="Muutettavaa"),
        section="basic_idea",
        body="<p>Toisen mallin ehdotus</p>",
    )
    declined = make_post(young, board, column=column, section="basic_idea", body="<p>Hylätty ehdotus</p>")
    do_set_disposition(actor=facilitator.user, posts=[declined], disposition=Disposition.DECLINED, note="Ei nyt")
    client.force_login(facilitator.user)
    query = f"model={board.operational_model_id}&column=Muutettavaa&role=young_person&section=basic_idea"

    html = client.get(triage_url(board.round.group, query)).content.decode()

    assert "Nuoren muutosehdotus" in html and "Hylätty ehdotus" in html
    assert "Ammattilaisen ehdotus" not in html and "Nuoren kehu" not in html and "Toisen mallin" not in html
    assert "2 posts" in html
    # Counts by disposition keep the other filters, and so does the form that changes posts.
    assert (
        f'href="?model={board.operational_model_id}&amp;section=basic_idea&amp;column=Muutettavaa'
        f'&amp;role=young_person&amp;disposition=declined">Declined <span class="count">(1)</span>' in html
    )
    assert (
        f'action="?model={board.operational_model_id}&amp;section=basic_idea&amp;column=Muutettavaa'
        f'&amp;role=young_person"' in html
    )

    only_declined = client.get(triage_url(board.round.group, query + "&disposition=declined")).content.decode()
    assert "Hylätty ehdotus" in only_declined and "Nuoren muutosehdotus" not in only_declined


def test_a_filter_value_that_is_not_a_choice_is_ignored(client, board, member, facilitator):
    make_post(member, board, body="<p>Näkyy silti</p>")
    client.force_login(facilitator.user)

    response = client.get(triage_url(board.round.group, "model=abc&round=99&disposition=maybe"))

    assert response.status_code == 200
    assert "Näkyy silti" in response.content.decode()


def test_fifty_posts_a_page_and_the_page_links_keep_the_filters(client, board, member, facilitator):
    Post.objects.bulk_create(
        Post(board=board, column=board.columns.first(), author=member.user, body=f"<p>Palaute numero {n}</p>")
        for n in range(55)
    )
    client.force_login(facilitator.user)

    first = client.get(triage_url(board.round.group, "round=1")).content.decode()
    second = client.get(triage_url(board.round.group, "round=1&page=2")).content.decode()

    assert len(CHECKBOX.findall(first)) == 50 and len(CHECKBOX.findall(second)) == 5
    assert "55 posts" in first
    assert 'href="?round=1&amp;page=2"' in first
    assert 'action="?round=1&amp;page=2"' in second


def test_triage_page_queries_do_not_grow_with_the_number_of_posts(
    client, board, second_board, member, young, facilitator, model
):
    version = ModelVersion.objects.for_page(model).of_number(1)
    client.force_login(facilitator.user)

    def queries_with(count):
        posts = [
            make_post(
                young if n % 2 else member,
                board if n % 3 else second_board,
                section="basic_idea",
                is_anonymous=n % 4 == 0,
            )
            for n in range(count)
        ]
        do_set_disposition(actor=facilitator.user, posts=posts[::2], disposition=Disposition.DECLINED, note="Ei")
        Post.objects.filter(pk=posts[1].pk).update(disposition=Disposition.ADDRESSED, addressed_in=version)
        Reaction.objects.bulk_create(Reaction(post=post, user=facilitator.user) for post in posts)
        client.get(triage_url(board.round.group))  # sessions and site settings are cached after the first request
        with CaptureQueriesContext(connection) as captured:
            response = client.get(triage_url(board.round.group))
        assert response.status_code == 200
        return len(captured)

    assert queries_with(4) == queries_with(40)


def test_facilitators_see_who_wrote_an_anonymous_post_and_members_never_reach_the_page(
    client, board, member, facilitator
):
    make_post(member, board, is_anonymous=True, body="<p>Nimetön palaute</p>")
    other = add_member(board.round.group, "toinen", Role.EXPERT, display_name="Kokemusasiantuntija Kaisa")

    client.force_login(facilitator.user)
    as_facilitator = client.get(triage_url(board.round.group)).content.decode()
    client.force_login(other.user)
    as_member = client.get(triage_url(board.round.group))

    assert "Ammattilainen Aino (anonymous to others)" in as_facilitator
    assert as_member.status_code == 403
    assert "Ammattilainen Aino" not in as_member.content.decode()


def test_facilitators_find_triage_from_the_group_page_and_the_board(client, board, member, facilitator):
    group = board.round.group
    client.force_login(facilitator.user)
    link = triage_url(group)

    assert f'href="{link}"' in client.get(url("group", group.slug)).content.decode()
    board_html = client.get(url("board", board.pk)).content.decode()
    assert f'href="{link}?model={board.operational_model_id}&amp;round=1"' in board_html

    client.force_login(member.user)
    assert link not in client.get(url("group", group.slug)).content.decode()


def test_every_control_on_the_triage_page_has_its_own_id(client, board, member, facilitator):
    for _ in range(3):
        make_post(member, board)
    client.force_login(facilitator.user)

    html = client.get(triage_url(board.round.group)).content.decode()

    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
