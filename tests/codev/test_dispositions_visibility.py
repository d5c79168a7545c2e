"""What became of a post is visible to every member of the group, on the board and on the author's own page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev.models import Disposition, Post, Role
from codev.triage import do_set_disposition
from models_library.models import ModelVersion, OperationalModelPage
from testing.codev_factories import add_member, make_post

# Each test runs on a cold cache and on one warmed by the other members first (tests/codev/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("board_cache")]


def url(name, *args):
    """Addresses in English, so that the tests read the English wording whatever the translations say."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def page_as(client, membership, name, *args):
    client.force_login(membership.user)
    response = client.get(url(name, *args))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def colleague(group):
    return add_member(group, "kollega", Role.EXPERT, display_name="Kokemusasiantuntija Kaisa")


@pytest.fixture
def second_version(model):
    """The model republished: version 2, the one that answers the feedback."""
    page = OperationalModelPage.objects.get(pk=model.pk)
    page.change_note = "Palautteen pohjalta."
    page.save_revision().publish()
    return ModelVersion.objects.for_page(model).of_number(2)


def model_link(model, route, *args):
    with translation.override("en"):
        return model.url + model.reverse_subpage(route, args=args)


def addressed(post, version):
    Post.objects.filter(pk=post.pk).update(disposition=Disposition.ADDRESSED, addressed_in=version)


def test_author_and_other_members_see_that_a_post_is_under_consideration(client, board, member, colleague, facilitator):
    post = make_post(member, board)
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING)

    for reader in (member, colleague):
        html = page_as(client, reader, "board", board.pk)
        assert 'class="disposition disposition--considering"' in html
        assert "Under consideration" in html


def test_everyone_in_the_group_reads_why_a_post_was_declined(client, board, member, colleague, facilitator):
    post = make_post(member, board)
    do_set_disposition(
        actor=facilitator.user,
        posts=[post],
        disposition=Disposition.DECLINED,
        note="Kuuluu toiseen malliin: välitetty perhetyön ryhmälle.",
    )

    for reader in (member, colleague, facilitator):
        html = page_as(client, reader, "board", board.pk)
        assert "Declined</span>: Kuuluu toiseen malliin: välitetty perhetyön ryhmälle." in html


def test_deferred_posts_say_so_with_the_note(client, board, member, colleague, facilitator):
    post = make_post(member, board)
    do_set_disposition(
        actor=facilitator.user, posts=[post], disposition=Disposition.DEFERRED, note="Käsitellään kierroksella 4."
    )

    html = page_as(client, colleague, "board", board.pk)

    assert "Deferred to a later round</span>: Käsitellään kierroksella 4." in html


def test_a_new_post_carries_no_badge_on_the_board(client, board, member):
    make_post(member, board)

    html = page_as(client, member, "board", board.pk)

    assert 'class="disposition' not in html


def test_the_author_opens_the_version_that_addressed_the_post_and_its_comparison(
    client, board, member, colleague, model, second_version
):
    post = make_post(member, board)
    addressed(post, second_version)
    version_link = model_link(model, "version", 2)
    compare_link = model_link(model, "compare", 1, 2)

    as_author = page_as(client, member, "board", board.pk)
    as_colleague = page_as(client, colleague, "board", board.pk)

    assert f'href="{version_link}">Addressed in version 2</a>' in as_author
    assert f'href="{compare_link}">See what changed from version 1 to 2</a>' in as_author
    assert f'href="{version_link}">Addressed in version 2</a>' in as_colleague
    assert compare_link not in as_colleague
    assert client.get(version_link).status_code == 200
    assert client.get(compare_link).status_code == 200


def test_a_post_addressed_in_the_first_version_has_nothing_to_compare(client, board, member, model):
    post = make_post(member, board)
    addressed(post, ModelVersion.objects.for_page(model).of_number(1))

    html = page_as(client, member, "board", board.pk)

    assert "Addressed in version 1" in html and "See what changed" not in html


def test_the_member_page_shows_what_became_of_each_post(client, board, member, facilitator, model, second_version):
    waiting = make_post(member, board, body="<p>Odottaa vielä</p>")
    considered = make_post(member, board, body="<p>Harkinnassa</p>")
    declined = make_post(member, board, body="<p>Hylätty</p>")
    done = make_post(member, board, body="<p>Toteutettu</p>")
    Post.objects.create(board=board, parent=waiting, author=member.user, body="<p>Oma vastaus</p>")
    do_set_disposition(actor=facilitator.user, posts=[considered], disposition=Disposition.CONSIDERING)
    do_set_disposition(
        actor=facilitator.user, posts=[declined], disposition=Disposition.DECLINED, note="Resurssit eivät riitä."
    )
    addressed(done, second_version)

    html = page_as(client, member, "home")

    assert "New: the facilitators have not decided on it yet" in html
    assert "Under consideration" in html
    assert "Declined</span>: Resurssit eivät riitä." in html
    assert "Addressed in version 2" in html
    assert model_link(model, "compare", 1, 2) in html
    # Replies have no disposition: only the four posts say what became of them.
    assert "Oma vastaus" in html
    assert html.count('class="disposition ') == 4


def test_anonymous_posts_stay_anonymous_when_they_carry_a_disposition(client, board, member, colleague, facilitator):
    post = make_post(member, board, is_anonymous=True)
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Ei nyt.")

    html = page_as(client, colleague, "board", board.pk)

    assert "Ei nyt." in html
    assert "Ammattilainen Aino" not in html


def test_board_queries_do_not_grow_with_addressed_posts(client, board, member, colleague, facilitator, second_version):
    client.force_login(member.user)

    def queries_with(count):
        posts = [make_post(member if n % 2 else colleague, board) for n in range(count)]
        for post in posts[::2]:
            addressed(post, second_version)
        do_set_disposition(actor=facilitator.user, posts=posts[1::2], disposition=Disposition.DECLINED, note="Ei")
        client.get(url("board", board.pk))  # sessions and site settings are cached after the first request
        with CaptureQueriesContext(connection) as captured:
            client.get(url("board", board.pk))
        return len(captured)

    assert queries_with(2) == queries_with(20)


def test_member_page_queries_do_not_grow_with_addressed_posts(client, board, member, second_version):
    client.force_login(member.user)

    def queries_with(count):
        for _ in range(count):
            addressed(make_post(member, board), second_version)
        client.get(url("home"))
        with CaptureQueriesContext(connection) as captured:
            client.get(url("home"))
        return len(captured)

    assert queries_with(2) == queries_with(12)
