"""Facilitators read the history of decisions on each post; members read only what became of it now."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev.actions import do_reply
from codev.models import Disposition, DispositionChange, Post, Role
from codev.responses import do_record_response
from codev.triage import do_set_disposition
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import make_model
from tests.test_versions import publish

pytestmark = pytest.mark.django_db

HISTORY = 'class="disposition-history"'


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def history(post):
    return list(
        DispositionChange.objects.filter(post=post).values_list("from_disposition", "to_disposition", "actor", "note")
    )


@pytest.fixture
def colleague(group):
    return add_member(group, "toinen-fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fredrik")


def test_each_decision_on_a_post_is_kept_with_who_made_it_and_why(board, member, facilitator, colleague):
    post = make_post(member, board)

    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING)
    do_set_disposition(
        actor=colleague.user, posts=[post], disposition=Disposition.DECLINED, note="Ei kuulu tämän mallin piiriin."
    )
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DEFERRED, note="Palataan tähän.")

    assert history(post) == [
        (Disposition.NEW, Disposition.CONSIDERING, facilitator.user.pk, ""),
        (Disposition.CONSIDERING, Disposition.DECLINED, colleague.user.pk, "Ei kuulu tämän mallin piiriin."),
        (Disposition.DECLINED, Disposition.DEFERRED, facilitator.user.pk, "Palataan tähän."),
    ]
    post.refresh_from_db()
    last = DispositionChange.objects.filter(post=post).last()
    assert last.created_at == post.disposition_at


def test_bulk_triage_records_every_post_in_a_fixed_number_of_queries(board, member, facilitator):
    few = [make_post(member, board, body=f"<p>Vähän {n}</p>") for n in range(2)]
    many = [make_post(member, board, body=f"<p>Paljon {n}</p>") for n in range(40)]
    with CaptureQueriesContext(connection) as for_few:
        do_set_disposition(actor=facilitator.user, posts=few, disposition=Disposition.CONSIDERING)
    with CaptureQueriesContext(connection) as for_many:
        do_set_disposition(actor=facilitator.user, posts=many, disposition=Disposition.CONSIDERING)

    assert len(for_many) == len(for_few)
    assert DispositionChange.objects.filter(post__in=many).count() == 40
    assert set(DispositionChange.objects.filter(post__in=many).values_list("from_disposition", "to_disposition")) == {
        (Disposition.NEW, Disposition.CONSIDERING)
    }


def test_posts_already_addressed_keep_their_record_and_get_no_new_row(model, board, member, facilitator):
    addressed, open_ = make_post(member, board), make_post(member, board)
    publish(model, note="Palautteen pohjalta.")
    version = ModelVersion.objects.for_page(model).newest_first().first()
    do_record_response(
        actor=facilitator.user, version=version, group=addressed.board.round.group, posts=[addressed], summary=""
    )

    do_set_disposition(actor=facilitator.user, posts=[addressed, open_], disposition=Disposition.CONSIDERING)

    assert history(addressed) == [(Disposition.NEW, Disposition.ADDRESSED, facilitator.user.pk, "")]
    assert DispositionChange.objects.get(post=addressed).addressed_in == version
    assert history(open_) == [(Disposition.NEW, Disposition.CONSIDERING, facilitator.user.pk, "")]


def test_answering_considered_feedback_in_a_version_records_where_it_came_from(model, board, member, facilitator):
    post = make_post(member, board)
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING)
    publish(model, note="Palautteen pohjalta.")
    version = ModelVersion.objects.for_page(model).newest_first().first()

    do_record_response(
        actor=facilitator.user, version=version, group=post.board.round.group, posts=[post], summary="Korjattu."
    )

    assert history(post)[-1] == (Disposition.CONSIDERING, Disposition.ADDRESSED, facilitator.user.pk, "")


def test_facilitator_reads_the_history_on_the_triage_page_and_on_the_board(client, board, member, facilitator):
    post = make_post(member, board, body="<p>Lomakkeet ovat liian pitkiä.</p>")
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Eka perustelu.")
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING, note="Mietitään.")
    client.force_login(facilitator.user)

    with translation.override("en"):
        triage = client.get(url("triage", board.round.group.slug)).content.decode()
        on_board = client.get(url("board", board.pk)).content.decode()

    for page in (triage, on_board):
        assert HISTORY in page
        assert "History of decisions (2)" in page
        assert "from “New” to “Declined”" in page
        assert "from “Declined” to “Under consideration”" in page
        assert "Eka perustelu." in page
        assert "by Fasilitaattori Fiia" in page


def test_members_see_only_the_current_disposition_never_the_history(client, board, member, facilitator):
    post = make_post(member, board, body="<p>Lomakkeet ovat liian pitkiä.</p>")
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Vanha perustelu.")
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DEFERRED, note="Uusi perustelu.")
    later_round = make_round(board.round.group, 2, "open")
    later_board = make_board(later_round, board.operational_model)
    client.force_login(member.user)

    pages = [
        client.get(url("board", board.pk)),
        client.get(url("board", later_board.pk)),
        client.get(url("home")),
    ]

    for response in pages:
        page = response.content.decode()
        assert response.status_code == 200
        assert HISTORY not in page
        assert "Vanha perustelu." not in page
    assert "Uusi perustelu." in pages[0].content.decode()
    assert client.get(url("triage", board.round.group.slug)).status_code in (403, 404)


def test_the_facilitator_sees_the_history_of_carried_forward_posts_on_the_later_board(
    client, board, member, facilitator
):
    post = make_post(member, board, body="<p>Siirtyy seuraavaan kierrokseen.</p>")
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DEFERRED, note="Seuraavaksi.")
    later_board = make_board(make_round(board.round.group, 2, "open"), board.operational_model)
    client.force_login(facilitator.user)

    page = client.get(url("board", later_board.pk)).content.decode()

    assert f'id="carried-{post.pk}"' in page
    assert HISTORY in page


def test_facilitator_of_another_group_never_sees_this_groups_history(client, site_tree, board, member, facilitator):
    post = make_post(member, board)
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Salainen syy.")
    other_group = make_group(models=[make_model(site_tree["library"], "Toinen malli")])
    stranger = add_member(other_group, "vieras-fasilitaattori", Role.FACILITATOR)
    make_board(make_round(other_group, 1, "open"), other_group.operational_models.first())
    client.force_login(stranger.user)

    responses = [
        client.get(url("triage", board.round.group.slug)),
        client.get(url("board", board.pk)),
        client.get(url("triage", other_group.slug)),
    ]

    assert [response.status_code in (403, 404) for response in responses] == [True, True, False]
    assert all(HISTORY not in response.content.decode() for response in responses)


def test_the_triage_page_takes_the_same_queries_however_many_posts_and_decisions(
    client, board, member, facilitator, colleague
):
    def decided_posts(count):
        posts = [make_post(member, board) for _ in range(count)]
        do_set_disposition(actor=facilitator.user, posts=posts, disposition=Disposition.CONSIDERING)
        do_set_disposition(actor=colleague.user, posts=posts, disposition=Disposition.DEFERRED, note="Myöhemmin.")
        return posts

    client.force_login(facilitator.user)
    decided_posts(2)
    client.get(url("triage", board.round.group.slug))  # the first request of a session fills caches
    with CaptureQueriesContext(connection) as few:
        assert client.get(url("triage", board.round.group.slug)).status_code == 200
    decided_posts(20)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url("triage", board.round.group.slug)).content.decode()

    assert page.count(HISTORY) == 22
    assert len(many) == len(few)


def test_posts_decided_before_the_history_was_kept_get_one_row_each(model, board, member, facilitator):
    migration = importlib.import_module("codev.migrations.0007_initial_disposition_history")
    new, considered, declined, addressed = (make_post(member, board) for _ in range(4))
    do_set_disposition(actor=facilitator.user, posts=[considered], disposition=Disposition.CONSIDERING)
    do_set_disposition(actor=facilitator.user, posts=[declined], disposition=Disposition.DECLINED, note="Syy.")
    publish(model, note="Palautteen pohjalta.")
    version = ModelVersion.objects.for_page(model).newest_first().first()
    do_record_response(
        actor=facilitator.user, version=version, group=addressed.board.round.group, posts=[addressed], summary=""
    )
    reply, _created = do_reply(member=member, post=new, body="Samaa mieltä.")
    DispositionChange.objects.all().delete()

    migration.record_current_dispositions(apps, None)

    assert history(new) == [] and history(reply) == []
    assert history(considered) == [(Disposition.NEW, Disposition.CONSIDERING, facilitator.user.pk, "")]
    assert history(declined) == [(Disposition.NEW, Disposition.DECLINED, facilitator.user.pk, "Syy.")]
    row = DispositionChange.objects.get(post=addressed)
    assert (row.to_disposition, row.addressed_in, row.created_at) == (
        Disposition.ADDRESSED,
        version,
        Post.objects.get(pk=addressed.pk).disposition_at,
    )


def test_the_facilitator_choosing_what_a_new_version_answers_sees_each_posts_history(
    client, model, board, member, facilitator
):
    post = make_post(member, board, body="<p>Lomakkeet ovat liian pitkiä.</p>")
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING, note="Mietitään.")
    facilitator.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    publish(model, note="Palautteen pohjalta.")
    version = ModelVersion.objects.for_page(model).newest_first().first()
    client.force_login(facilitator.user)

    page = client.get(reverse("codev_version_response", args=(version.pk,))).content.decode()

    assert HISTORY in page
    assert "Mietitään." in page
