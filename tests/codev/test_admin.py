"""Facilitators run their own groups in the Wagtail admin and see nothing of other groups."""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from codev.models import (
    DEFAULT_COLUMNS,
    Board,
    CoDevelopmentGroup,
    Invitation,
    Membership,
    ModerationAction,
    Role,
    Round,
    SmallGroup,
)
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db

CODEV_MODELS = ["codevelopmentgroup", "membership", "invitation", "round", "board", "column", "smallgroup"]
VIEWSETS = [
    "codev_groups",
    "codev_memberships",
    "codev_invitations",
    "codev_rounds",
    "codev_boards",
    "codev_small_groups",
]
WORKSHOP = {
    "workshop_starts_at": "2030-04-15 12:00",
    "workshop_ends_at": "2030-04-15 15:00",
    "feedback_opens_at": "2030-04-01 08:00",
    "feedback_closes_at": "2030-04-25 16:00",
}


def grant_admin(user):
    """What the demo's "Fasilitaattorit" group has: the admin and the co-development models."""
    staff, _created = Group.objects.get_or_create(name="Fasilitaattorit")
    staff.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="codev", content_type__model__in=CODEV_MODELS),
    )
    user.groups.add(staff)
    return user


@pytest.fixture
def admin(client, facilitator):
    grant_admin(facilitator.user)
    client.force_login(facilitator.user)
    return client


@pytest.fixture
def other(site_tree):
    """Group B, which the facilitator of group A must never see."""
    model = make_model(site_tree["library"], "Julkinen malli")  # models are public; the group is not
    group = make_group(models=[model], name="Toinen ryhmä")
    round_ = make_round(group, 1, "open", theme="Toisen ryhmän kierros")
    member = add_member(group, "toinen-jasen", display_name="Toisen ryhmän jäsen")
    invitation, _token = Invitation.issue(group=group, email="kutsuttu@example.org", role=Role.EXPERT)
    small_group = SmallGroup.objects.create(round=round_, name="Toisen ryhmän pienryhmä")
    small_group.members.add(member)
    objects = {
        "codev_groups": group,
        "codev_memberships": member,
        "codev_invitations": invitation,
        "codev_rounds": round_,
        "codev_boards": make_board(round_, model),
        "codev_small_groups": small_group,
    }
    return SimpleNamespace(group=group, model=model, round=round_, objects=objects)


def round_data(group, number=2, **fields):
    return {
        "group": group.pk,
        "number": number,
        "theme": "Kokeiluvaiheen käynnistys",
        "format": "hybrid",
        "place": "Helsinki",
        "meeting_link": "",
        "agenda": "",
        **WORKSHOP,
        **fields,
    }


@pytest.mark.parametrize("viewset", VIEWSETS)
def test_facilitator_lists_only_their_own_groups(admin, open_round, board, other, viewset):
    SmallGroup.objects.create(round=open_round, name="Oma pienryhmä")
    Invitation.issue(group=open_round.group, email="oma@example.org")

    listing = admin.get(reverse(f"{viewset}:index"))
    form = admin.get(reverse(f"{viewset}:add"))

    assert listing.status_code == form.status_code == 200
    assert len(listing.context["object_list"]) >= 1
    # Neither the rows, nor the filters, nor any choice in the form names group B or its content.
    for text in ("Toinen ryhmä", "Toisen ryhmän", "kutsuttu@example.org"):
        assert text not in listing.content.decode()
        assert text not in form.content.decode()


@pytest.mark.parametrize("viewset", VIEWSETS)
@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_facilitator_cannot_open_another_groups_objects(admin, other, viewset, view):
    url = reverse(f"{viewset}:{view}", args=[other.objects[viewset].pk])

    # A missing object's admin URL is redirected to the language-prefixed site first, where it is not found either.
    assert admin.get(url, follow=True).status_code == 404
    assert admin.post(url, {"name": "Kaapattu"}, follow=True).status_code == 404
    target = other.objects[viewset]
    assert type(target).objects.filter(pk=target.pk).exists()


def test_facilitator_cannot_create_a_round_in_another_group(admin, other):
    response = admin.post(reverse("codev_rounds:add"), round_data(other.group))

    assert response.status_code == 200
    assert "group" in response.context["form"].errors
    assert not other.group.rounds.filter(number=2).exists()


def test_facilitator_cannot_invite_to_another_group(admin, other, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            reverse("codev_invitations:add"), {"group": other.group.pk, "email": "uusi@example.org", "role": "expert"}
        )

    assert "group" in response.context["form"].errors
    assert not Invitation.objects.filter(email="uusi@example.org").exists()
    assert mail.outbox == []


def test_admin_permissions_alone_do_not_open_a_group(client, group, member, open_round):
    grant_admin(member.user)
    client.force_login(member.user)

    assert list(client.get(reverse("codev_rounds:index")).context["object_list"]) == []
    assert client.get(reverse("codev_rounds:edit", args=[open_round.pk]), follow=True).status_code == 404


def test_superuser_sees_every_group(client, group, other):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "pw"))

    listing = client.get(reverse("codev_groups:index")).content.decode()

    assert group.name in listing and "Toinen ryhmä" in listing


def test_member_without_admin_access_is_sent_to_sign_in(client, member, open_round):
    client.force_login(member.user)

    for viewset in VIEWSETS:
        response = client.get(reverse(f"{viewset}:index"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_round_created_in_the_admin_gets_a_board_with_default_columns_per_model(admin, group, model, site_tree):
    second = make_model(site_tree["library"], "Tarkistuslista")
    group.operational_models.add(second)
    version = ModelVersion.objects.get(page=model)

    response = admin.post(reverse("codev_rounds:add"), round_data(group, pre_reading=[version.pk]))

    assert response.status_code == 302
    round_ = Round.objects.get(group=group, number=2)
    assert list(round_.pre_reading.all()) == [version]
    boards = Board.objects.filter(round=round_).order_by("operational_model__title")
    assert [board.operational_model for board in boards] == [second.specific, model.specific]
    for board in boards:
        assert [column.name for column in board.columns.all()] == DEFAULT_COLUMNS


def test_pre_reading_offers_the_groups_versions_by_model_title_and_number(admin, group, model, other):
    form = admin.get(reverse("codev_rounds:add")).context["form"]

    labels = [label for _value, label in form.fields["pre_reading"].choices]

    assert len(labels) == 1
    assert labels[0].startswith("Verkostoyhteistyön malli – ") and " 1 (" in labels[0]


def test_pre_reading_of_another_groups_model_is_refused(admin, group, other):
    foreign = ModelVersion.objects.get(page=other.model)

    response = admin.post(reverse("codev_rounds:add"), round_data(group, pre_reading=[foreign.pk]))

    assert "pre_reading" in response.context["form"].errors
    assert not group.rounds.filter(number=2).exists()


def test_invitation_created_in_the_admin_sends_one_email(admin, facilitator, group, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            reverse("codev_invitations:add"),
            {
                "group": group.pk,
                "email": "Uusi.Jasen@example.org",
                "role": "expert",
                "organisation": "Osallisuuden aika ry",
                "region": "",
            },
        )

    assert response.status_code == 302
    invitation = Invitation.objects.get(group=group)
    assert (invitation.email, invitation.role, invitation.invited_by) == (
        "uusi.jasen@example.org",
        Role.EXPERT,
        facilitator.user,
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["uusi.jasen@example.org"]


def test_invitation_list_shows_pending_accepted_and_expired(admin, group):
    Invitation.issue(group=group, email="odottaa@example.org")
    Invitation.issue(group=group, email="vastannut@example.org", accepted_at=timezone.now())
    Invitation.issue(group=group, email="vanhentunut@example.org", expires_at=timezone.now())

    html = admin.get(reverse("codev_invitations:index")).content.decode()

    rows = {
        email: html[html.index(email) : html.index("</tr>", html.index(email))]
        for email in ("odottaa@example.org", "vastannut@example.org", "vanhentunut@example.org")
    }
    with translation.override("fi"):
        assert str(_("Pending")) in rows["odottaa@example.org"]
        assert str(_("Accepted")) in rows["vastannut@example.org"]
        assert str(_("Expired")) in rows["vanhentunut@example.org"]


def board_data(board, pre_moderation=False, changes=(), new=("", 4)):
    """The board form as sent: every column with its name and order, changed where `changes` says."""
    columns = list(board.columns.all())
    changes = dict(changes)
    data = {
        "columns-TOTAL_FORMS": len(columns) + 1,
        "columns-INITIAL_FORMS": len(columns),
        "columns-MIN_NUM_FORMS": 0,
        "columns-MAX_NUM_FORMS": 1000,
    }
    if pre_moderation:
        data["pre_moderation"] = "on"
    for index, column in enumerate(columns):
        name, order, *delete = changes.get(column.name, (column.name, column.sort_order))
        data.update(
            {
                f"columns-{index}-id": column.pk,
                f"columns-{index}-board": board.pk,
                f"columns-{index}-name": name,
                f"columns-{index}-sort_order": order,
            }
        )
        if delete:
            data[f"columns-{index}-DELETE"] = "on"
    data.update(
        {
            f"columns-{len(columns)}-board": board.pk,
            f"columns-{len(columns)}-name": new[0],
            f"columns-{len(columns)}-sort_order": new[1],
        }
    )
    return data


def test_facilitator_renames_adds_and_reorders_columns(admin, board):
    data = board_data(
        board,
        changes={"Ideoita": ("Kehitysideat", 0), "Toimii hyvin": ("Toimii hyvin", 3)},
        new=("Livetapaamisen kysymykset", 4),
    )

    response = admin.post(reverse("codev_boards:edit", args=[board.pk]), data)

    assert response.status_code == 302
    assert [column.name for column in board.columns.all()] == [
        "Kehitysideat",
        "Muutettavaa",
        "Kysymyksiä",
        "Toimii hyvin",
        "Livetapaamisen kysymykset",
    ]


def test_switching_pre_moderation_in_the_admin_is_recorded(admin, facilitator, board):
    admin.post(reverse("codev_boards:edit", args=[board.pk]), board_data(board, pre_moderation=True))

    board.refresh_from_db()
    assert board.pre_moderation
    action = ModerationAction.objects.get(board=board)
    assert (action.kind, action.actor) == (ModerationAction.Kind.PREMODERATION_ON, facilitator.user)


def test_a_column_with_posts_is_not_deleted(admin, board, member):
    make_post(member, board, column=board.columns.get(name="Muutettavaa"))

    response = admin.post(
        reverse("codev_boards:edit", args=[board.pk]),
        board_data(board, changes={"Muutettavaa": ("Muutettavaa", 1, True)}),
    )

    assert response.status_code == 200
    assert "Muutettavaa" in " ".join(response.context["columns_formset"].non_form_errors())
    assert board.columns.filter(name="Muutettavaa").exists()


def test_a_round_with_posts_is_not_deleted(admin, open_round, board, member):
    make_post(member, board)

    response = admin.post(reverse("codev_rounds:delete", args=[open_round.pk]))

    assert response.status_code == 302
    assert Round.objects.filter(pk=open_round.pk).exists()


def test_small_group_members_come_from_the_rounds_own_group(admin, open_round, member, other):
    outsider = Membership.objects.get(user__username="toinen-jasen")

    response = admin.post(
        reverse("codev_small_groups:add"),
        {"round": open_round.pk, "name": "Pienryhmä", "members": [member.pk, outsider.pk]},
    )

    assert "members" in response.context["form"].errors
    response = admin.post(
        reverse("codev_small_groups:add"), {"round": open_round.pk, "name": "Pienryhmä", "members": [member.pk]}
    )
    assert response.status_code == 302
    assert list(SmallGroup.objects.get(round=open_round).members.all()) == [member]


def test_group_created_by_a_facilitator_is_theirs_to_run(admin, facilitator, model):
    response = admin.post(
        reverse("codev_groups:add"),
        {
            "name": "Yhteiskehittämisryhmä 2",
            "slug": "ryhma-kaksi",
            "project": "",
            "description": "",
            "operational_models": [model.pk],
        },
    )

    assert response.status_code == 302
    new = CoDevelopmentGroup.objects.get(slug="ryhma-kaksi")
    assert Membership.objects.get(group=new, user=facilitator.user).role == Role.FACILITATOR
    assert admin.get(reverse("codev_groups:edit", args=[new.pk])).status_code == 200


def test_member_list_queries_do_not_grow_with_members(admin, group, django_assert_max_num_queries):
    def count_queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin.get(reverse("codev_memberships:index")).status_code == 200
        return len(captured)

    for number in range(3):
        add_member(group, f"jasen-{number}", display_name=f"Jäsen {number}")
    few = count_queries()
    for number in range(3, 15):
        add_member(group, f"jasen-{number}", display_name=f"Jäsen {number}")

    assert count_queries() == few


def test_a_model_added_to_the_group_gets_boards_in_rounds_still_to_come(admin, group, model, site_tree):
    open_round, closed_round = make_round(group, 1, "open"), make_round(group, 2, "closed")
    checklist = make_model(site_tree["library"], "Tarkistuslista")

    response = admin.post(
        reverse("codev_groups:edit", args=[group.pk]),
        {
            "name": group.name,
            "slug": group.slug,
            "project": "",
            "description": "",
            "operational_models": [model.pk, checklist.pk],
        },
    )

    assert response.status_code == 302
    assert Board.objects.filter(round=open_round, operational_model=checklist).exists()
    assert not Board.objects.filter(round=closed_round).exists()
