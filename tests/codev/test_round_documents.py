"""A member prints the round's pre-reading as one PDF and adds its workshop and deadline to a calendar."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from codev.notifications.events import round_opened
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_group, make_round
from tests.documents import bookmarks, is_a4, make_documented_model, pdf_text, read_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def documented(site_tree):
    return make_documented_model(site_tree["library"], "Monialainen yhteistyö")


@pytest.fixture
def two_groups(documented, model):
    """Two groups working on the same model, each with a round that has it as pre-reading."""
    versions = list(ModelVersion.objects.for_page(documented).order_by("number"))
    first, second = make_group(models=[documented, model]), make_group(models=[documented])
    rounds = [
        make_round(
            first,
            1,
            "open",
            theme="Verkostopalaverit",
            agenda="1. Avaus\n2. Tarkistuslista yhdessä",
            place="Kirjasto, sali 2",
            pre_reading=[versions[-1], ModelVersion.objects.for_page(model).get()],
        ),
        make_round(second, 1, "open", theme="Toisen ryhmän kierros", pre_reading=[versions[0]]),
    ]
    members = [add_member(first, "jasen-a"), add_member(second, "jasen-b")]
    return rounds, members


def pack_url(round_, name="round_pack"):
    with translation.override("fi"):
        return reverse(f"codev:{name}", args=(round_.group.slug, round_.number))


def test_member_downloads_the_pre_reading_pack_with_theme_agenda_times_and_every_version(client, two_groups):
    (round_, _other), (member, _outsider) = two_groups
    client.force_login(member.user)

    response = client.get(pack_url(round_))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    reader = read_pdf(response.content)
    assert all(is_a4(page) for page in reader.pages)
    text = pdf_text(reader)
    assert "Verkostopalaverit" in text
    assert "Tarkistuslista yhdessä" in text and "Kirjasto, sali 2" in text
    assert "Palauteaika" in text and "Työpaja" in text
    titles = bookmarks(reader)
    assert "Monialainen yhteistyö" in titles and "Verkostoyhteistyön malli" in titles
    assert "Lisätty tarkistuslista palautteen pohjalta." in text
    assert "Toisen ryhmän kierros" not in text


def test_pack_and_calendar_are_for_the_rounds_group_only(client, two_groups):
    (round_, other_round), (member, outsider) = two_groups
    client.force_login(outsider.user)
    assert client.get(pack_url(round_)).status_code == 403
    assert client.get(pack_url(round_, "round_calendar")).status_code == 403
    assert client.get(pack_url(other_round)).status_code == 200

    client.logout()
    response = client.get(pack_url(round_))
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.get(pack_url(round_, "round_calendar")).status_code == 302


def test_calendar_file_holds_the_workshop_and_the_feedback_deadline(client, two_groups):
    (round_, _other), (member, _outsider) = two_groups
    client.force_login(member.user)

    response = client.get(pack_url(round_, "round_calendar"))

    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(event["uid"]): event for event in calendar.walk("VEVENT")}
    workshop = events[f"round-{round_.pk}-workshop@testserver"]
    assert workshop.decoded("dtstart") == round_.workshop_starts_at.replace(microsecond=0)
    assert workshop.decoded("dtend") == round_.workshop_ends_at.replace(microsecond=0)
    assert "Verkostopalaverit" in str(workshop["summary"])
    assert str(workshop["location"]) == "Kirjasto, sali 2"
    deadline = events[f"round-{round_.pk}-feedback-closes@testserver"]
    assert deadline.decoded("dtstart") == round_.feedback_closes_at.replace(microsecond=0)
    assert "Verkostopalaverit" in str(deadline["summary"])
    assert deadline.walk("VALARM")


def test_round_page_links_the_pack_the_calendar_and_each_versions_pdf(client, two_groups):
    (round_, _other), (member, _outsider) = two_groups
    client.force_login(member.user)
    with translation.override("fi"):
        html = client.get(reverse("codev:round", args=(round_.group.slug, round_.number))).content.decode()

    assert pack_url(round_) in html
    assert pack_url(round_, "round_calendar") in html
    for version in round_.pre_reading.all():
        assert f"versions/{version.number}/{version.correction}/pdf/" in html


def test_round_opened_email_links_the_calendar_file(two_groups, django_capture_on_commit_callbacks):
    (round_, _other), (member, _outsider) = two_groups
    with django_capture_on_commit_callbacks(execute=True):
        round_opened(round_)

    sent = [message for message in mail.outbox if member.user.email in message.to]
    assert sent
    assert pack_url(round_, "round_calendar") in sent[0].body
    assert pack_url(round_, "round_calendar") in sent[0].alternatives[0][0]


def test_pack_leaves_out_a_model_the_member_may_not_open(client, two_groups, model):
    from wagtail.models import PageViewRestriction

    (round_, _other), (member, _outsider) = two_groups
    PageViewRestriction.objects.create(page=model, restriction_type=PageViewRestriction.PASSWORD, password="salainen")
    client.force_login(member.user)

    titles = bookmarks(read_pdf(client.get(pack_url(round_)).content))

    assert "Monialainen yhteistyö" in titles
    assert "Verkostoyhteistyön malli" not in titles
