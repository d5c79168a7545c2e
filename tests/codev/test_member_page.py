"""The member's own page: their groups, open and coming rounds with deadlines in plain words, their posts."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import Round, RoundState
from codev.round_times import deadline_text
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db

HELSINKI = ZoneInfo("Europe/Helsinki")


def test_an_anonymous_visitor_is_sent_to_sign_in(client, site_tree):
    response = client.get(reverse("codev:home"))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={reverse('codev:home')}"


def test_the_page_lists_the_members_groups_with_their_role(client, group, member, model):
    other = make_group(models=[model], name="Toinen ryhmä")
    add_member(other, member.user.username, "expert")
    make_group(name="Vieras ryhmä")
    client.force_login(member.user)

    html = client.get(reverse("codev:home")).content.decode()

    assert f'href="{reverse("codev:group", args=[group.slug])}"' in html
    assert f'href="{reverse("codev:group", args=[other.slug])}"' in html
    assert "Vieras ryhmä" not in html
    assert str(member.get_role_display()) in html
    assert "Ammattilainen Aino" in html


def test_open_and_coming_rounds_are_listed_with_their_deadlines_but_closed_ones_are_not(client, group, member):
    make_round(group, 1, "open", theme="Verkostokokous")
    make_round(group, 2, "upcoming", theme="Yhteinen suunnitelma")
    make_round(group, 3, "closed", theme="Vanha kierros")
    client.force_login(member.user)

    response = client.get(reverse("codev:home"))
    html = response.content.decode()

    assert [r.theme for r in response.context["open_rounds"]] == ["Verkostokokous"]
    assert [r.theme for r in response.context["upcoming_rounds"]] == ["Yhteinen suunnitelma"]
    assert "Vanha kierros" not in html
    assert f'href="{reverse("codev:round", args=[group.slug, 1])}"' in html
    assert response.context["open_rounds"][0].deadline_text in html
    assert str(RoundState.OPEN.label) in html


def test_a_round_in_its_workshop_counts_as_open(client, group, member):
    make_round(group, 1, "workshop", theme="Työpaja käynnissä")
    client.force_login(member.user)

    response = client.get(reverse("codev:home"))

    assert [r.theme for r in response.context["open_rounds"]] == ["Työpaja käynnissä"]


def test_deadlines_read_as_plain_words():
    round_ = Round(
        feedback_opens_at=datetime(2026, 4, 1, 9, tzinfo=HELSINKI),
        feedback_closes_at=datetime(2026, 4, 17, 16, tzinfo=HELSINKI),
        workshop_starts_at=datetime(2026, 4, 21, 13, tzinfo=HELSINKI),
        workshop_ends_at=datetime(2026, 4, 21, 16, tzinfo=HELSINKI),
    )
    tuesday = datetime(2026, 4, 14, 12, tzinfo=HELSINKI)

    with translation.override("en"):
        english = deadline_text(round_, RoundState.OPEN, tuesday).replace("\xa0", " ")
    assert english == "Feedback closes in 3 days, on Friday 17.4. at 4 p.m."
    finnish = deadline_text(round_, RoundState.OPEN, tuesday).replace("\xa0", " ")
    assert "3 päivää" in finnish and "perjantai 17.4." in finnish and "16.00" in finnish


def test_the_members_own_posts_show_where_they_are_and_whether_others_see_them(
    client, group, member, facilitator, board
):
    published = make_post(member, board, body="<p>Julkaistu ajatus</p>")
    hidden = make_post(member, board, body="<p>Piilotettu ajatus</p>")
    actions.do_hide(actor=facilitator.user, post=hidden, reason="Sisältää asiakkaan nimen")
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)
    make_post(member, board, body="<p>Odottava ajatus</p>")
    removed = make_post(member, board, body="<p>Poistettu ajatus</p>")
    actions.do_remove_post(user=member.user, post=removed)
    make_post(facilitator, board, body="<p>Jonkun muun ajatus</p>")
    client.force_login(member.user)

    html = client.get(reverse("codev:home")).content.decode()

    for text in ("Julkaistu ajatus", "Piilotettu ajatus", "Odottava ajatus"):
        assert text in html
    assert "Poistettu ajatus" not in html and "Jonkun muun ajatus" not in html
    assert "Sisältää asiakkaan nimen" in html
    assert "my-post__label--pending" in html and "my-post__label--hidden" in html
    assert f'href="{reverse("codev:board", args=[board.pk])}#post-{published.pk}"' in html
    assert board.operational_model.title in html


def test_posts_in_a_group_the_member_has_left_are_not_listed(client, group, member, board):
    make_post(member, board, body="<p>Vanhan ryhmän ajatus</p>")
    member.is_active = False
    member.save()
    client.force_login(member.user)

    html = client.get(reverse("codev:home")).content.decode()

    assert "Vanhan ryhmän ajatus" not in html
    assert group.name not in html


def test_the_number_of_queries_does_not_grow_with_groups_rounds_and_posts(client, site_tree):
    def add_group(index):
        model = make_model(site_tree["library"], f"Malli {index}")
        group = make_group(models=[model])
        member = add_member(group, "moniryhmainen")
        make_round(group, 2, "upcoming")
        for number in (1, 3):
            board = make_board(make_round(group, number, "open"), model)
            for _ in range(3):
                make_post(member, board)
        return member

    member = add_group(1)
    client.force_login(member.user)
    client.get(reverse("codev:home"))  # The first request of a test fills the site and settings caches.
    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse("codev:home")).status_code == 200

    for index in range(2, 6):
        add_group(index)
    with CaptureQueriesContext(connection) as many:
        response = client.get(reverse("codev:home"))

    assert len(response.context["memberships"]) == 5
    assert len(response.context["posts"]) == 20
    assert len(many.captured_queries) == len(few.captured_queries)


def test_own_posts_show_ampersands_once(client, board, member):
    from testing.codev_factories import make_post

    make_post(member, board, body="Palaute & muuta")
    client.force_login(member.user)

    html = client.get(reverse("codev:home")).content.decode()

    assert "Palaute &amp; muuta" in html
    assert "&amp;amp;" not in html
