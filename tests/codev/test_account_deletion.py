"""A member deletes their account, or a facilitator does it for them on request: the person is gone, and the
group's record keeps every post, reply, agreement, disposition and figure under the pseudonym "Former member"."""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import translation
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from codev import actions
from codev.actions import FeedbackError
from codev.data_rights import do_delete_account
from codev.evaluation import do_rate, ensure_criteria
from codev.invitations import do_invite
from codev.models import (
    AccountDeletion,
    Disposition,
    Invitation,
    Light,
    Membership,
    MeterRating,
    ModelFollow,
    ModerationAction,
    NotificationPreference,
    Post,
    Profile,
    Reaction,
    Role,
    RoundEvaluation,
)
from codev.notifications.preferences import do_set_preferences
from codev.triage import do_set_disposition
from testing.codev_factories import PASSWORD, add_member, make_group, make_post
from tests.codev.test_admin import grant_admin

pytestmark = pytest.mark.django_db

NAME = "Poistuva Pirjo"
USERNAME = "poistuva"
EMAIL = "poistuva@example.org"


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


@pytest.fixture
def leaving(group):
    return add_member(group, USERNAME, Role.EXPERT, display_name=NAME)


@pytest.fixture
def record(group, board, facilitator, member, leaving):
    """The leaving member's post with a reply by another member, an anonymous post, a reply to someone else,
    agreements both ways, a decline, a pin, an evaluation, a meter light and notification settings."""
    post = make_post(leaving, board, body="<p>Palautetta verkostokokouksesta.</p>")
    anonymous = make_post(leaving, board, body="<p>Nimetön kokemus.</p>", is_anonymous=True)
    others = make_post(member, board, body="<p>Ammattilaisen havainto.</p>")
    reply_by_other, _created = actions.do_reply(member=member, post=post, body="<p>Hyvä huomio!</p>")
    reply_by_leaving, _created = actions.do_reply(member=leaving, post=others, body="<p>Samaa mieltä.</p>")
    actions.do_agree(member=leaving, post=others)
    actions.do_agree(member=member, post=post)
    actions.do_pin(actor=facilitator.user, post=post)
    do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Ei nyt.")
    RoundEvaluation.objects.create(
        round=board.round, user=leaving.user, usefulness=2, heard=4, takeaway="Opin paljon", is_anonymous=False
    )
    do_rate(member=leaving, board=board, lights={ensure_criteria(group)[0].pk: Light.RED})
    do_set_preferences(user=leaving.user, frequency="daily")
    ModelFollow.objects.create(user=leaving.user, page=board.operational_model)
    do_invite(group=make_group(name="Kolmas ryhmä"), email=EMAIL.upper(), role=Role.EXPERT, invited_by=facilitator.user)
    return {
        "post": post,
        "anonymous": anonymous,
        "others": others,
        "reply_by_other": reply_by_other,
        "reply_by_leaving": reply_by_leaving,
    }


def delete_own(client, leaving, password=PASSWORD):
    client.force_login(leaving.user)
    return client.post(url("delete_account"), {"password": password})


def test_the_member_confirms_with_their_password_and_the_account_is_gone(client, record, leaving):
    user_id = leaving.user.pk
    response = delete_own(client, leaving)
    assert response.status_code == 302
    assert response["Location"] == url("account_deleted")
    assert not get_user_model().objects.filter(pk=user_id).exists()
    assert not Profile.objects.filter(user_id=user_id).exists()
    assert not Membership.objects.filter(user_id=user_id).exists()
    assert not NotificationPreference.objects.filter(user_id=user_id).exists()
    assert not ModelFollow.objects.filter(user_id=user_id).exists()
    assert not Invitation.objects.filter(email__iexact=EMAIL).exists()
    assert "_auth_user_id" not in client.session
    deletion = AccountDeletion.objects.get()
    assert deletion.by_member and deletion.actor is None and deletion.group is None
    assert deletion.details["posts"] == 2 and deletion.details["replies"] == 1


def test_a_wrong_password_deletes_nothing(client, record, leaving):
    response = delete_own(client, leaving, password="arvattu-salasana")
    assert response.status_code == 200
    assert "The password is not right" in response.content.decode()
    assert get_user_model().objects.filter(pk=leaving.user.pk).exists()
    assert not AccountDeletion.objects.exists()


def test_the_confirmation_page_explains_what_happens(client, leaving):
    client.force_login(leaving.user)
    html = client.get(reverse("codev:delete_account")).content.decode()
    assert "Entinen jäsen" in html
    assert "Poistoa ei voi perua" in html
    assert 'autocomplete="current-password"' in html


def test_sessions_on_other_devices_end_too(client, leaving):
    other_device = client.__class__()
    other_device.force_login(leaving.user)
    assert Session.objects.count() == 1
    delete_own(client, leaving)
    assert Session.objects.count() == 0


def test_others_replies_counts_and_dispositions_stay(record, leaving, board):
    before = {
        "posts": Post.objects.filter(board=board).count(),
        "agreements": Reaction.objects.filter(post__board=board).count(),
        "evaluations": RoundEvaluation.objects.filter(round=board.round).count(),
        "lights": MeterRating.objects.filter(board=board).count(),
        "moderation": ModerationAction.objects.filter(board=board).count(),
    }
    do_delete_account(user=leaving.user, actor=leaving.user)
    after = {
        "posts": Post.objects.filter(board=board).count(),
        "agreements": Reaction.objects.filter(post__board=board).count(),
        "evaluations": RoundEvaluation.objects.filter(round=board.round).count(),
        "lights": MeterRating.objects.filter(board=board).count(),
        "moderation": ModerationAction.objects.filter(board=board).count(),
    }
    assert after == before
    post = Post.objects.get(pk=record["post"].pk)
    assert post.author_id is None
    assert post.disposition == Disposition.DECLINED and post.disposition_note == "Ei nyt."
    assert post.is_pinned
    assert post.reactions.count() == 1
    assert list(post.replies.values_list("pk", flat=True)) == [record["reply_by_other"].pk]
    assert Post.objects.get(pk=record["reply_by_other"].pk).author_id is not None
    assert Post.objects.get(pk=record["others"].pk).reactions.count() == 1
    evaluation = RoundEvaluation.objects.get(round=board.round)
    assert evaluation.user_id is None and evaluation.is_anonymous
    assert (evaluation.usefulness, evaluation.heard) == (2, 4)


def test_the_board_shows_former_member_and_anonymous_posts_stay_anonymous(client, record, leaving, member, board):
    do_delete_account(user=leaving.user, actor=leaving.user)
    client.force_login(member.user)
    with translation.override("en"):
        html = client.get(url("board", board.pk)).content.decode()
    assert NAME not in html and USERNAME not in html
    assert "Palautetta verkostokokouksesta." in html and "Nimetön kokemus." in html
    assert "Former member" in html
    assert "Anonymous member" in html
    assert Post.objects.get(pk=record["anonymous"].pk).is_anonymous


def test_the_pseudonym_is_in_the_readers_language(client, record, leaving, member, board):
    do_delete_account(user=leaving.user, actor=leaving.user)
    client.force_login(member.user)
    assert "Entinen jäsen" in client.get(reverse("codev:board", args=[board.pk])).content.decode()
    with translation.override("sv"):
        address = reverse("codev:board", args=[board.pk])
    assert "Före detta medlem" in client.get(address).content.decode()


def test_the_board_moves_on_so_open_screens_drop_the_name(record, leaving, board):
    board.refresh_from_db()
    seq = board.change_seq
    do_delete_account(user=leaving.user, actor=leaving.user)
    board.refresh_from_db()
    assert board.change_seq > seq
    assert Post.objects.get(pk=record["post"].pk).change_seq == board.change_seq
    assert Post.objects.get(pk=record["others"].pk).change_seq == board.change_seq  # a reply changed under it


def test_exports_and_dashboard_no_longer_name_the_member(client, record, leaving, facilitator, group, open_round):
    do_delete_account(user=leaving.user, actor=leaving.user)
    client.force_login(facilitator.user)
    with translation.override("en"):
        csv_url = reverse("codev:dashboard_feedback_csv", args=[group.slug, open_round.number])
        xlsx_url = reverse("codev:dashboard_feedback_xlsx", args=[group.slug, open_round.number])
        json_url = reverse("codev:dashboard_export_json", args=[group.slug])
        dashboard_url = reverse("codev:dashboard", args=[group.slug])
        triage_url = reverse("codev:triage", args=[group.slug])
    rows = list(csv.reader(io.StringIO(client.get(csv_url).content.decode("utf-8-sig")), delimiter=";"))
    authors = {row[0]: row[6] for row in rows[1:]}
    assert authors[str(record["post"].pk)] == "Former member"
    assert authors[str(record["anonymous"].pk)] == "Former member (anonymous to others)"
    assert authors[str(record["reply_by_other"].pk)] == "Ammattilainen Aino"
    assert client.get(xlsx_url).status_code == 200
    data = json.loads(client.get(json_url).content)
    text = json.dumps(data, ensure_ascii=False)
    for page in (text, client.get(dashboard_url).content.decode(), client.get(triage_url).content.decode()):
        assert NAME not in page and USERNAME not in page and EMAIL not in page
    assert {member["display_name"] for member in data["members"]} == {"Fasilitaattori Fiia", "Ammattilainen Aino"}
    [evaluation] = data["rounds"][0]["evaluations"]
    assert evaluation["anonymous"] and evaluation["author"] is None and evaluation["usefulness"] == 2


def test_the_admin_history_keeps_its_entries_without_the_name_or_address(record, leaving, facilitator):
    invitation = Invitation.objects.get(email__iexact=EMAIL)
    log(instance=invitation, action="wagtail.create", user=facilitator.user)
    log(instance=leaving, action="wagtail.edit", user=facilitator.user)
    do_delete_account(user=leaving.user, actor=leaving.user)
    labels = list(ModelLogEntry.objects.values_list("label", flat=True))
    assert labels == ["Entinen jäsen", "Entinen jäsen"]


def test_a_facilitator_who_deletes_their_account_leaves_the_moderation_record(record, facilitator, board):
    do_delete_account(user=facilitator.user, actor=facilitator.user)
    action = ModerationAction.objects.get(post=record["post"])
    assert action.actor_id is None and action.kind == ModerationAction.Kind.PIN
    post = Post.objects.get(pk=record["post"].pk)
    assert post.disposition == Disposition.DECLINED and post.disposition_by_id is None


# A facilitator, on the member's request, in the admin.


@pytest.fixture
def admin(client, facilitator):
    grant_admin(facilitator.user)
    client.force_login(facilitator.user)
    return client


def delete_url(membership):
    return reverse("codev_delete_member_account", args=[membership.pk])


def test_a_facilitator_deletes_a_members_account_on_request_and_it_is_recorded(admin, record, leaving, facilitator):
    page = admin.get(delete_url(leaving))
    assert page.status_code == 200
    assert NAME in page.content.decode()
    response = admin.post(delete_url(leaving), {"reason": "Pyysi sähköpostitse 1.12.", "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username=USERNAME).exists()
    deletion = AccountDeletion.objects.get()
    assert deletion.actor == facilitator.user and not deletion.by_member
    assert deletion.group == leaving.group and deletion.reason == "Pyysi sähköpostitse 1.12."
    assert deletion.details["role"] == Role.EXPERT
    listing = admin.get(reverse("codev_account_deletions")).content.decode()
    assert "Pyysi sähköpostitse 1.12." in listing and "Fasilitaattori Fiia" in listing
    assert NAME not in listing


def test_the_facilitator_must_give_a_reason_and_confirm(admin, leaving):
    response = admin.post(delete_url(leaving), {"reason": "", "confirm": ""})
    assert response.status_code == 200
    assert get_user_model().objects.filter(username=USERNAME).exists()
    assert not AccountDeletion.objects.exists()


def test_the_membership_edit_page_links_to_deleting(admin, leaving):
    html = admin.get(reverse("codev_memberships:edit", args=[leaving.pk])).content.decode()
    assert delete_url(leaving) in html


def test_a_facilitator_of_another_group_cannot(client, leaving):
    other_group = make_group(name="Toinen ryhmä")
    stranger = add_member(other_group, "vieras-fasilitaattori", Role.FACILITATOR, display_name="Vieras")
    grant_admin(stranger.user)
    client.force_login(stranger.user)
    assert client.get(delete_url(leaving), follow=True).status_code == 404
    assert client.post(delete_url(leaving), {"reason": "x", "confirm": "on"}, follow=True).status_code == 404
    assert get_user_model().objects.filter(username=USERNAME).exists()
    with pytest.raises(FeedbackError):
        do_delete_account(user=leaving.user, actor=stranger.user, membership=leaving, reason="x")
    assert get_user_model().objects.filter(username=USERNAME).exists()


def test_a_member_who_is_not_a_facilitator_cannot(client, leaving, member):
    grant_admin(member.user)
    client.force_login(member.user)
    assert client.get(delete_url(leaving), follow=True).status_code == 404
    with pytest.raises(FeedbackError):
        do_delete_account(user=leaving.user, actor=member.user, membership=leaving, reason="x")


def test_a_facilitator_cannot_delete_another_facilitator(admin, group):
    colleague = add_member(group, "toinen-fasilitaattori", Role.FACILITATOR, display_name="Kollega")
    # Wagtail answers a refusal by sending the user back to the dashboard with a message.
    assert admin.get(delete_url(colleague))["Location"] == reverse("wagtailadmin_home")
    assert admin.post(delete_url(colleague), {"reason": "x", "confirm": "on"})["Location"] == reverse(
        "wagtailadmin_home"
    )
    assert get_user_model().objects.filter(username="toinen-fasilitaattori").exists()
