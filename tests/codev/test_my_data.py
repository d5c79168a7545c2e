"""A member downloads everything the workspace holds about them, as JSON and as a ZIP with a readable page,
and finds nothing of other members in it: least of all who wrote an anonymous post."""

import io
import json
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.evaluation import do_rate, ensure_criteria
from codev.invitations import do_accept_as, do_invite
from codev.models import Disposition, Invitation, Light, ModelFollow, Role, RoundEvaluation
from codev.notifications.preferences import do_set_preferences
from codev.triage import do_set_disposition
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_group, make_post
from tests.test_versions import publish

pytestmark = pytest.mark.django_db

OTHER_NAME = "Salainen Sanna"
OTHER_USERNAME = "salainen_kirjoittaja"


def url(name):
    with translation.override("en"):
        return reverse(f"codev:{name}")


@pytest.fixture
def other(group):
    return add_member(group, OTHER_USERNAME, Role.EXPERT, display_name=OTHER_NAME)


@pytest.fixture
def world(model, group, facilitator, member, other, board):
    """The member has posted (quoting a version), replied to an anonymous post, agreed, evaluated and rated;
    a facilitator pinned and declined their post; they joined a second group by invitation."""
    publish(model)
    version = ModelVersion.objects.for_page(model).newest_first().first()
    post = make_post(
        member,
        board,
        body="<p>Verkostokokous toimii, kun lapsi on mukana.</p>",
        section="basic_idea",
        quote={"version": version, "exact": "lapsi on mukana", "prefix": "kun ", "suffix": "."},
    )
    anonymous = make_post(other, board, body="<p>Minua jännitti kokous.</p>", is_anonymous=True)
    actions.do_reply(member=member, post=anonymous, body="<p>Kiitos, kun kerroit.</p>")
    actions.do_reply(member=other, post=post, body="<p>Samaa mieltä, nimettömästi.</p>", is_anonymous=True)
    actions.do_agree(member=member, post=anonymous)
    actions.do_agree(member=other, post=post)
    actions.do_pin(actor=facilitator.user, post=post)
    do_set_disposition(
        actor=facilitator.user, posts=[post], disposition=Disposition.DECLINED, note="Ei tämän mallin asia."
    )
    RoundEvaluation.objects.create(round=board.round, user=member.user, usefulness=4, heard=5, takeaway="Kuuntelu")
    RoundEvaluation.objects.create(round=board.round, user=other.user, usefulness=1, heard=1, takeaway="Toisen")
    criterion = ensure_criteria(group)[0]
    do_rate(member=member, board=board, lights={criterion.pk: Light.GREEN})
    do_set_preferences(user=member.user, frequency="daily", language="sv")
    ModelFollow.objects.create(user=member.user, page=model)
    second = make_group(name="Toinen ryhmä")
    invitation = do_invite(group=second, email=member.user.email, role=Role.PROFESSIONAL, invited_by=facilitator.user)
    do_accept_as(invitation=invitation, user=member.user)
    return {"post": post, "anonymous": anonymous, "version": version, "second": second}


def download_json(client, user):
    client.force_login(user)
    response = client.get(url("my_data_json"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return response, json.loads(response.content)


def test_the_download_holds_the_profile_groups_and_settings(client, world, member):
    _response, data = download_json(client, member.user)
    assert data["profile"]["username"] == "ammattilainen"
    assert data["profile"]["email"] == "ammattilainen@example.org"
    assert data["profile"]["display_name"] == "Ammattilainen Aino"
    assert data["profile"]["language"] == "sv"
    assert {(row["group"], row["role"]) for row in data["memberships"]} == {
        (member.group.name, "professional"),
        ("Toinen ryhmä", "professional"),
    }
    assert all(row["joined_at"] for row in data["memberships"])
    assert data["notification_settings"]["frequency"] == "daily"
    assert data["notification_settings"]["followed_models"][0]["model"] == "Verkostoyhteistyön malli"
    assert [row["group"] for row in data["invitations_received"]] == ["Toinen ryhmä"]
    assert data["invitations_received"][0]["accepted_at"]


def test_the_download_holds_posts_replies_with_where_quote_disposition_and_moderation(client, world, member):
    _response, data = download_json(client, member.user)
    posts = {post["id"]: post for post in data["posts"]}
    assert len(posts) == 2
    post = posts[world["post"].pk]
    assert post["where"] == {
        "group": member.group.name,
        "round": 1,
        "round_theme": "Kierros 1",
        "model": "Verkostoyhteistyön malli",
    }
    assert post["section"] == "basic_idea"
    assert post["quote"]["exact"] == "lapsi on mukana"
    assert post["quote"]["version"]["version"] == world["version"].label
    assert post["anonymous_to_others"] is False
    assert post["agreements"] == 1
    assert post["disposition"]["value"] == "declined"
    assert post["disposition"]["note"] == "Ei tämän mallin asia."
    assert [action["action"] for action in post["moderation"]] == ["pin"]
    reply = next(post for post in data["posts"] if post["reply_to"] == world["anonymous"].pk)
    assert "Kiitos" in reply["html"]
    assert "disposition" not in reply


def test_the_download_holds_agreements_and_evaluations(client, world, member):
    _response, data = download_json(client, member.user)
    assert [row["post"] for row in data["agreements"]] == [world["anonymous"].pk]
    assert [(row["usefulness"], row["heard"], row["takeaway"]) for row in data["round_evaluations"]] == [
        (4, 5, "Kuuntelu")
    ]
    assert [row["light"] for row in data["meter_ratings"]] == ["green"]


def test_the_download_holds_nothing_of_other_members(client, world, member, facilitator):
    response, _data = download_json(client, member.user)
    text = response.content.decode()
    for foreign in (
        OTHER_NAME,
        OTHER_USERNAME,
        "Minua jännitti",  # the anonymous post agreed with and replied to
        "nimettömästi",  # the other's anonymous reply to the member's post
        "Toisen",  # the other's evaluation
        "Fasilitaattori Fiia",  # who pinned and declined
        facilitator.user.email,
    ):
        assert foreign not in text


def test_a_facilitator_sees_the_invitations_they_sent_but_not_the_addresses(client, world, facilitator):
    _response, data = download_json(client, facilitator.user)
    assert [row["group"] for row in data["invitations_sent"]] == ["Toinen ryhmä"]
    assert data["invitations_sent"][0]["accepted"] is True
    assert "ammattilainen@example.org" not in json.dumps(data["invitations_sent"])
    assert data["invitations_received"] == []


def test_the_zip_holds_the_json_and_a_readable_page(client, world, member):
    client.force_login(member.user)
    response = client.get(url("my_data_zip"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["mallipaja-tiedot.html", "mallipaja-tiedot.json"]
    data = json.loads(archive.read("mallipaja-tiedot.json"))
    assert len(data["posts"]) == 2
    page = archive.read("mallipaja-tiedot.html").decode()
    assert "Ammattilainen Aino" in page
    assert "Verkostokokous toimii" in page
    assert "Ei tämän mallin asia." in page
    assert "Toinen ryhmä" in page
    assert OTHER_NAME not in page and "Minua jännitti" not in page


def test_the_download_costs_the_same_queries_however_many_posts(
    client, world, member, facilitator, board, django_assert_num_queries
):
    client.force_login(member.user)
    client.get(url("my_data_json"))  # warms the session and the site's caches
    with CaptureQueriesContext(connection) as few:
        client.get(url("my_data_json"))
    for number in range(5):
        post = make_post(member, board, body=f"<p>Lisää palautetta {number}.</p>")
        actions.do_pin(actor=facilitator.user, post=post)
        actions.do_reply(member=member, post=post, body="<p>Vastaus.</p>")
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url("my_data_json"))
    assert len(json.loads(response.content)["posts"]) == 12


def test_the_page_links_to_the_downloads_and_to_deleting(client, member):
    client.force_login(member.user)
    response = client.get(reverse("codev:my_data"))
    html = response.content.decode()
    assert "Omat tietoni" in html
    for name in ("my_data_zip", "my_data_json", "delete_account"):
        assert reverse(f"codev:{name}") in html
    assert reverse("codev:my_data") in client.get(reverse("codev:home")).content.decode()


def test_the_page_is_in_swedish_too(client, member):
    client.force_login(member.user)
    with translation.override("sv"):
        address = reverse("codev:my_data")
    assert "Mina uppgifter" in client.get(address).content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    for name in ("my_data", "my_data_json", "my_data_zip", "delete_account"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_invitations_to_the_address_not_yet_accepted_are_listed(client, member, facilitator):
    other_group = make_group(name="Kolmas ryhmä")
    do_invite(group=other_group, email=member.user.email.upper(), role=Role.OBSERVER, invited_by=facilitator.user)
    _response, data = download_json(client, member.user)
    assert [(row["group"], row["accepted_at"]) for row in data["invitations_received"]] == [("Kolmas ryhmä", None)]
    assert Invitation.objects.count() == 1
