"""A newcomer opens the group page and a round page: who is in the group, where the process is, what to read."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev.models import Role
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round

pytestmark = pytest.mark.django_db


def group_url(group, language="fi"):
    with translation.override(language):
        return reverse("codev:group", args=(group.slug,))


def round_url(round_, language="fi"):
    with translation.override(language):
        return reverse("codev:round", args=(round_.group.slug, round_.number))


def test_anonymous_visitor_is_sent_to_sign_in(client, group, open_round):
    for url in (group_url(group), round_url(open_round)):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_signed_in_non_member_is_refused(client, group, open_round):
    other_group = make_group()
    outsider = add_member(other_group, "ulkopuolinen")
    client.force_login(outsider.user)
    assert client.get(group_url(group)).status_code == 403
    assert client.get(round_url(open_round)).status_code == 403


def test_missing_group_and_round_are_not_found(client, group, member):
    client.force_login(member.user)
    assert client.get(reverse("codev:group", args=("ei-ole",))).status_code == 404
    assert client.get(reverse("codev:round", args=(group.slug, 99))).status_code == 404


def test_superuser_may_look_at_a_group_to_administer_it(client, group, open_round):
    admin = get_user_model().objects.create_superuser("paakayttaja", "admin@example.org", "x")
    client.force_login(admin)
    html = client.get(group_url(group, "en")).content.decode()
    assert "You are not a member of this group" in html
    assert client.get(round_url(open_round)).status_code == 200


def test_newcomer_sees_members_by_role_models_and_every_round_with_where_the_group_is(
    client, group, model, facilitator, member
):
    add_member(group, "kokemus", Role.EXPERT, display_name="Kokija Kaisa", organisation="Nuorten Ääni")
    make_round(group, 1, "closed", theme="Aloitus")
    make_round(group, 2, "open", theme="Verkostokokous")
    make_round(group, 3, "upcoming", theme="Arviointi")
    client.force_login(member.user)
    response = client.get(group_url(group, "en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert group.name in html
    assert "Kokija Kaisa" in html and "Nuorten Ääni" in html and "Fasilitaattori Fiia" in html
    assert model.title in html
    assert html.index("Aloitus") < html.index("Verkostokokous") < html.index("Arviointi")
    timeline = html[html.index('class="timeline"') :]
    current = timeline[timeline.index('aria-current="step"') :]
    assert current.index("Verkostokokous") < current.index("Arviointi")
    assert "Aloitus" not in current
    # Each round says its state and deadline in words.
    assert html.count('class="state state--') == 3


def test_when_every_round_is_closed_the_last_one_says_so(client, group, member):
    make_round(group, 1, "closed", theme="Aloitus")
    make_round(group, 2, "closed", theme="Päätös")
    client.force_login(member.user)
    html = client.get(group_url(group, "en")).content.decode()
    current = html[html.index('aria-current="step"') :]
    assert "Päätös" in current and "all rounds are done" in current


def test_round_page_shows_workshop_agenda_pre_reading_and_boards_with_counts(client, group, model, member):
    version = ModelVersion.objects.for_page(model).get()
    round_ = make_round(
        group,
        1,
        "open",
        theme="Verkostokokous",
        place="Meilahden sairaala, sali 3",
        meeting_link="https://meet.example.org/ryhma",
        agenda="1. Alustus\n2. Pienryhmät",
        pre_reading=[version],
    )
    board = make_board(round_, model)
    make_post(member, board)
    make_post(member, board)
    client.force_login(member.user)
    response = client.get(round_url(round_, "en"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Verkostokokous" in html and "Open for feedback" in html and "Feedback closes" in html
    assert "Meilahden sairaala, sali 3" in html and "https://meet.example.org/ryhma" in html
    assert "Pienryhmät" in html
    assert model.url + model.reverse_subpage("version", args=(1,)) in html
    assert f"{model.title}, version 1" in html
    assert reverse("codev:board", args=(board.pk,)) in html
    assert "2 posts" in html


def test_group_page_query_count_does_not_grow_with_rounds_and_members(
    client, group, member, django_assert_max_num_queries
):
    client.force_login(member.user)
    make_round(group, 1, "closed")
    client.get(group_url(group))
    with CaptureQueriesContext(connection) as few:
        client.get(group_url(group))
    for number in range(2, 8):
        make_round(group, number, "upcoming")
        add_member(group, f"jasen{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(group_url(group))
