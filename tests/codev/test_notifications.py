"""Members hear by email what happens to their feedback and their rounds: once, in their language, as they chose."""

import re
from datetime import timedelta
from io import StringIO
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from codev import actions
from codev.models import (
    Delivery,
    Disposition,
    Frequency,
    Membership,
    ModelFollow,
    Notification,
    NotificationPreference,
    Post,
    Role,
)
from codev.notifications.delivery import send_pending
from codev.notifications.preferences import do_set_preferences
from codev.responses import do_record_response
from codev.triage import do_set_disposition
from models_library.models import ModelVersion, OperationalModelPage, PublicationKind
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round, make_user
from testing.factories import make_model
from tests.test_versions import publish

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def digests_at_any_hour(settings):
    """The digest goes out from 6 o'clock on; the tests run at any hour."""
    settings.CODEV_DIGEST_HOUR = 0


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block as a request or the hourly job does: the emails go when its transaction commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def hourly(committed):
    def run():
        with committed():
            call_command("send_notifications", stdout=StringIO())

    return run


@pytest.fixture
def expert(group):
    return add_member(group, "kokemus", Role.EXPERT, display_name="Kokemusasiantuntija Kaisa")


@pytest.fixture
def observer(group):
    return add_member(group, "seuraaja", Role.OBSERVER, display_name="Seuraaja Sami")


def to(address):
    return [message for message in mail.outbox if message.to == [address]]


def recipients():
    return sorted(message.to[0] for message in mail.outbox)


def link(message, path_part):
    """The path of the first link in the plain-text body that contains `path_part`."""
    return urlsplit(re.search(rf"https?://\S*{re.escape(path_part)}\S*", message.body).group(0)).path


def prefer(user, frequency, language="fi"):
    NotificationPreference.objects.update_or_create(user=user, defaults={"frequency": frequency, "language": language})


def latest_version(model):
    return ModelVersion.objects.for_page(model).newest_first().first()


# Round opened


def test_when_the_feedback_window_opens_every_active_member_hears_once_with_theme_deadline_workshop_and_reading(
    hourly, model, group, member, facilitator, expert
):
    round_ = make_round(
        group,
        2,
        "open",
        theme="Nuoren siirtymät",
        place="Kirjasto Oodi, sali 3",
        format="hybrid",
        meeting_link="https://meet.example.org/kierros-2",
        pre_reading=ModelVersion.objects.filter(page=model),
    )
    Membership.objects.filter(pk=add_member(group, "entinen").pk).update(is_active=False)
    add_member(make_group(), "muu", Role.PROFESSIONAL)

    hourly()
    hourly()

    assert recipients() == ["ammattilainen@example.org", "fasilitaattori@example.org", "kokemus@example.org"]
    message = to("kokemus@example.org")[0]
    assert "Nuoren siirtymät" in message.subject
    assert "Kirjasto Oodi, sali 3" in message.body
    assert "https://meet.example.org/kierros-2" in message.body
    with translation.override("fi"):
        assert reverse("codev:round", args=(group.slug, round_.number)) in message.body
    assert f"http://testserver{model.get_url()}versions/1/" in message.body
    assert re.search(r"Palauteaika päättyy: \w+ \d+\.\d+\. klo", message.body)


def test_rounds_not_yet_open_or_already_closed_are_not_announced(hourly, group, member):
    make_round(group, 1, "upcoming")
    make_round(group, 2, "closed")

    hourly()

    assert mail.outbox == []


# Reminder two days before closing


@pytest.fixture
def closing_round(group, model):
    """A round that opened a week ago and closes in a day and a half; its opening was announced long ago."""
    now = timezone.now()
    round_ = make_round(
        group,
        3,
        "open",
        feedback_opens_at=now - 7 * DAY,
        feedback_closes_at=now + 1.5 * DAY,
        workshop_starts_at=now + DAY,
        workshop_ends_at=now + DAY + timedelta(hours=3),
    )
    round_.announcements.create(kind="opened")
    return round_


def test_two_days_before_closing_only_members_who_have_not_posted_are_reminded_and_only_once(
    hourly, closing_round, model, member, expert, facilitator, observer
):
    board = make_board(closing_round, model)
    make_post(member, board)

    hourly()
    hourly()

    assert recipients() == ["kokemus@example.org"]
    assert mail.outbox[0].subject.startswith("Kierroksen 3 palauteaika päättyy pian")
    assert "Et ole vielä kirjoittanut" in mail.outbox[0].body


def test_a_member_who_posted_and_then_deleted_the_post_is_reminded(hourly, closing_round, model, member):
    post = make_post(member, make_board(closing_round, model))
    actions.do_remove_post(user=member.user, post=post)

    hourly()

    assert recipients() == ["ammattilainen@example.org"]


def test_a_feedback_window_shorter_than_two_days_gets_no_reminder(hourly, group, member):
    now = timezone.now()
    round_ = make_round(group, 4, "open", feedback_opens_at=now - DAY, feedback_closes_at=now + DAY / 2)
    round_.announcements.create(kind="opened")

    hourly()

    assert mail.outbox == []


# Replies


def test_the_author_hears_of_a_reply_once_and_an_anonymous_reply_does_not_name_its_writer(
    committed, board, member, expert
):
    post = make_post(member, board, body="<p>Siirtymävaiheessa nuori jää yksin.</p>")

    with committed():
        actions.do_reply(
            member=expert,
            post=post,
            body="<p>Sama kokemus meillä.</p>",
            is_anonymous=True,
            client_token="7c5bb3a4-1df7-4b3a-9a84-4f0f0d3f8b11",
        )
        actions.do_reply(
            member=expert,
            post=post,
            body="<p>Sama kokemus meillä.</p>",
            is_anonymous=True,
            client_token="7c5bb3a4-1df7-4b3a-9a84-4f0f0d3f8b11",
        )

    assert recipients() == ["ammattilainen@example.org"]
    message = mail.outbox[0]
    assert "Sama kokemus meillä." in message.body
    assert "Siirtymävaiheessa nuori jää yksin." in message.body
    assert "Anonyymi jäsen" in message.subject
    for part in (message.subject, message.body, message.alternatives[0][0]):
        assert "Kaisa" not in part
    assert link(message, "/boards/") == reverse("codev:board", args=(board.pk,))


def test_a_named_reply_names_its_writer_and_replying_to_oneself_sends_nothing(committed, board, member, expert):
    post = make_post(member, board)

    with committed():
        actions.do_reply(member=member, post=post, body="Lisään vielä yhden asian.")
    assert mail.outbox == []

    with committed():
        actions.do_reply(member=expert, post=post, body="Hyvä huomio.")
    assert "Kokemusasiantuntija Kaisa" in mail.outbox[0].subject


def test_a_former_member_hears_nothing_of_replies(committed, board, member, expert):
    post = make_post(member, board)
    Membership.objects.filter(pk=member.pk).update(is_active=False)

    with committed():
        actions.do_reply(member=expert, post=post, body="Hyvä huomio.")

    assert mail.outbox == []


# Addressed and declined


def test_the_authors_hear_their_posts_were_addressed_with_links_to_the_version_and_the_comparison(
    committed, model, board, member, expert, facilitator
):
    mine = [
        make_post(member, board, body="<p>Nuoren ääni puuttuu.</p>"),
        make_post(member, board, body="<p>Käsitteet ovat vieraita.</p>"),
    ]
    theirs = make_post(expert, board, body="<p>Tämä toimii.</p>")
    make_post(expert, board, body="<p>Tämä odottaa.</p>")
    publish(model, note="Palautteen pohjalta.")
    version = latest_version(model)
    mail.outbox.clear()

    with committed():
        do_record_response(
            actor=facilitator.user, version=version, group=board.round.group, posts=[*mine, theirs], summary=""
        )

    assert recipients() == ["ammattilainen@example.org", "kokemus@example.org"]
    message = to("ammattilainen@example.org")[0]
    assert "Nuoren ääni puuttuu." in message.body and "Käsitteet ovat vieraita." in message.body
    assert f"http://testserver{model.get_url()}versions/2/" in message.body
    assert f"http://testserver{model.get_url()}compare/1/2/" in message.body
    assert "Tämä odottaa." not in to("kokemus@example.org")[0].body


def test_the_author_reads_why_the_post_was_declined_and_declining_it_again_sends_nothing_more(
    committed, board, member, facilitator
):
    post = make_post(member, board, body="<p>Lisää lomakkeita.</p>")

    with committed():
        do_set_disposition(
            actor=facilitator.user,
            posts=[post],
            disposition=Disposition.DECLINED,
            note="Lomakkeita karsitaan, ei lisätä.",
        )
    with committed():
        do_set_disposition(
            actor=facilitator.user,
            posts=[post],
            disposition=Disposition.DECLINED,
            note="Lomakkeita karsitaan, ei lisätä. Tarkennettu.",
        )

    assert recipients() == ["ammattilainen@example.org"]
    assert "Lomakkeita karsitaan, ei lisätä." in mail.outbox[0].body
    assert "Lisää lomakkeita." in mail.outbox[0].body


def test_marking_a_post_under_consideration_sends_nothing(committed, board, member, facilitator):
    post = make_post(member, board)

    with committed():
        do_set_disposition(actor=facilitator.user, posts=[post], disposition=Disposition.CONSIDERING)

    assert mail.outbox == []


# New versions of followed models


def test_members_of_groups_working_on_the_model_and_its_followers_hear_of_a_new_version(
    committed, site_tree, model, group, member, facilitator
):
    other_group = make_group(models=[make_model(site_tree["library"], "Perhetyön malli")])
    add_member(other_group, "perhetyo", Role.PROFESSIONAL)
    reader = make_user("lukija")
    ModelFollow.objects.create(user=reader, page=model)

    with committed():
        publish(model, note="Verkostokokouksen kulku tarkennettu.")

    assert recipients() == ["ammattilainen@example.org", "fasilitaattori@example.org", "lukija@example.org"]
    message = to("lukija@example.org")[0]
    assert "Verkostokokouksen kulku tarkennettu." in message.body
    assert f"http://testserver{model.get_url()}compare/1/2/" in message.body


def test_the_publisher_is_not_told_of_their_own_version(committed, model, group, member, facilitator):
    page = OperationalModelPage.objects.get(pk=model.pk)
    page.publication_kind, page.change_note = PublicationKind.VERSION, "Tarkennus."
    with committed():
        page.save_revision(user=facilitator.user).publish(user=facilitator.user, skip_permission_checks=True)

    assert recipients() == ["ammattilainen@example.org"]


def test_a_correction_is_not_news(committed, model, group, member):
    with committed():
        publish(model, kind=PublicationKind.CORRECTION, note="Kirjoitusvirhe korjattu.")

    assert mail.outbox == []


# Preferences


def test_a_member_who_turned_notifications_off_gets_nothing(committed, hourly, group, board, member, expert):
    prefer(member.user, Frequency.OFF)
    post = make_post(member, board)

    with committed():
        actions.do_reply(member=expert, post=post, body="Hyvä huomio.")
    hourly()

    assert "ammattilainen@example.org" not in recipients()
    assert not Notification.objects.filter(user=member.user).exists()


def test_daily_members_get_nothing_at_once_then_one_digest_with_everything_grouped_and_never_twice(
    committed, hourly, model, group, board, member, expert, facilitator
):
    prefer(member.user, Frequency.DAILY)
    first = make_post(member, board, body="<p>Ensimmäinen.</p>")
    second = make_post(member, board, body="<p>Toinen.</p>")

    with committed():
        actions.do_reply(member=expert, post=first, body="Vastaus ensimmäiseen.")
        actions.do_reply(member=facilitator, post=second, body="Vastaus toiseen.")
        do_set_disposition(
            actor=facilitator.user, posts=[second], disposition=Disposition.DECLINED, note="Ei tällä kertaa."
        )
    assert to("ammattilainen@example.org") == []

    hourly()
    hourly()

    digests = to("ammattilainen@example.org")
    assert len(digests) == 1
    body = digests[0].body
    assert body.index("Vastaus ensimmäiseen.") < body.index("Ei tällä kertaa.")
    assert "Vastaus toiseen." in body
    assert "Kierros 1" in body  # the round opened, announced by the same run
    assert not Notification.objects.filter(user=member.user, sent_at__isnull=True).exists()


def test_the_next_digest_waits_for_the_next_day(committed, hourly, board, member, expert):
    prefer(member.user, Frequency.DAILY)
    post = make_post(member, board)
    with committed():
        actions.do_reply(member=expert, post=post, body="Ensimmäinen vastaus.")
    hourly()

    with committed():
        actions.do_reply(member=expert, post=post, body="Toinen vastaus.")
    hourly()
    assert len(to("ammattilainen@example.org")) == 1

    NotificationPreference.objects.filter(user=member.user).update(digest_sent_at=timezone.now() - DAY)
    hourly()
    assert len(to("ammattilainen@example.org")) == 2
    assert "Toinen vastaus." in to("ammattilainen@example.org")[1].body


def test_a_reply_hidden_before_the_digest_is_not_reported(committed, hourly, board, member, expert, facilitator):
    prefer(member.user, Frequency.DAILY)
    post = make_post(member, board)
    board.round.announcements.create(kind="opened")
    with committed():
        reply, _created = actions.do_reply(member=expert, post=post, body="Asiaton vastaus.")
    actions.do_hide(actor=facilitator.user, post=reply, reason="Asiaton.")

    hourly()

    assert to("ammattilainen@example.org") == []
    assert not Notification.objects.filter(user=member.user, sent_at__isnull=True).exists()


def test_the_digest_takes_no_more_queries_for_thirty_items_than_for_three(model, board, member, expert, facilitator):
    prefer(member.user, Frequency.DAILY)

    def digest_queries(count):
        posts = [make_post(member, board, body=f"<p>Palaute {n}</p>") for n in range(count)]
        for post in posts:
            actions.do_reply(member=expert, post=post, body="Vastaus")
        version = latest_version(publish(model, note="Palautteen pohjalta."))
        do_record_response(actor=facilitator.user, version=version, group=board.round.group, posts=posts, summary="")
        with CaptureQueriesContext(connection) as queries:
            assert send_pending(member.user.pk, Delivery.DIGEST)
        return len(queries)

    digest_queries(1)  # the first email also reads the site's root paths into the cache
    three = digest_queries(3)
    assert digest_queries(30) == three


def test_switching_from_daily_to_immediately_sends_what_was_waiting(committed, board, member, expert):
    prefer(member.user, Frequency.DAILY)
    post = make_post(member, board)
    with committed():
        actions.do_reply(member=expert, post=post, body="Odottava vastaus.")

    with committed():
        do_set_preferences(user=member.user, frequency=Frequency.IMMEDIATE)

    assert len(to("ammattilainen@example.org")) == 1


def test_an_email_that_failed_is_sent_by_the_next_hourly_run(hourly, board, member, expert):
    post = make_post(member, board)
    actions.do_reply(member=expert, post=post, body="Vastaus, jonka lähetys epäonnistui.")
    Notification.objects.update(created_at=timezone.now() - timedelta(hours=2))
    board.round.announcements.create(kind="opened")

    hourly()

    assert "Vastaus, jonka lähetys epäonnistui." in to("ammattilainen@example.org")[0].body


# Language


def test_emails_are_in_finnish_by_default_and_in_the_language_the_member_chose(committed, board, member, expert):
    post = make_post(member, board)
    with committed():
        actions.do_reply(member=expert, post=post, body="Hyvä huomio.")
    prefer(member.user, Frequency.IMMEDIATE, language="sv")
    with committed():
        actions.do_reply(member=expert, post=post, body="Toinen huomio.")

    finnish, swedish = mail.outbox
    assert finnish.extra_headers["Content-Language"] == "fi"
    assert finnish.subject == "Kokemusasiantuntija Kaisa vastasi viestiisi"
    assert link(finnish, "/notifications/").startswith("/fi/codev/")
    assert swedish.extra_headers["Content-Language"] == "sv"
    assert swedish.subject == "Kokemusasiantuntija Kaisa svarade på ditt inlägg"
    assert link(swedish, "/notifications/").startswith("/sv/codev/")


# The preferences page


def test_the_member_chooses_how_often_and_which_models_to_follow_on_the_preferences_page(
    client, site_tree, member, model
):
    other = make_model(site_tree["library"], "Perhetyön malli")
    client.force_login(member.user)
    url = reverse("codev:notifications")

    page = client.get(url).content.decode()
    assert '<input type="radio" name="frequency" value="immediate"' in page
    assert "checked" in page[page.index('value="immediate"') :][:80]
    assert "<legend>" in page
    assert model.title in page  # followed through the group
    assert f'value="{other.pk}"' in page and f'value="{model.pk}"' not in page

    response = client.post(url, {"frequency": "daily", "language": "sv", "follows": [other.pk]})

    assert response.status_code == 302
    preference = NotificationPreference.objects.get(user=member.user)
    assert (preference.frequency, preference.language) == ("daily", "sv")
    assert ModelFollow.objects.filter(user=member.user, page=other).exists()
    client.post(url, {"frequency": "daily", "language": "sv"})
    assert not ModelFollow.objects.filter(user=member.user).exists()


def test_the_preferences_page_asks_to_sign_in_and_the_workspace_links_to_it(client, member):
    url = reverse("codev:notifications")
    assert client.get(url).status_code == 302

    client.force_login(member.user)
    assert f'href="{url}"' in client.get(reverse("codev:home")).content.decode()


# Unsubscribing


@pytest.fixture
def emailed(committed, board, member, expert):
    post = make_post(member, board)
    with committed():
        actions.do_reply(member=expert, post=post, body="Hyvä huomio.")
    return mail.outbox[0]


def test_the_unsubscribe_link_asks_first_and_a_post_turns_the_emails_off(client, emailed, member):
    path = link(emailed, "/unsubscribe/")

    page = client.get(path)
    assert page.status_code == 200
    assert '<form method="post">' in page.content.decode()
    assert not NotificationPreference.objects.filter(user=member.user).exists()

    response = client.post(path)
    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=member.user).frequency == Frequency.OFF


def test_the_one_click_unsubscribe_header_works_without_signing_in_or_a_csrf_token(emailed, member):
    assert emailed.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = emailed.extra_headers["List-Unsubscribe"].strip("<>")

    response = Client(enforce_csrf_checks=True).post(
        urlsplit(url).path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=member.user).frequency == Frequency.OFF


def test_an_altered_unsubscribe_link_is_refused(client, emailed, member):
    path = link(emailed, "/unsubscribe/")
    token = path.rstrip("/").rsplit("/", 1)[1]

    assert client.get(path.replace(token, token[:-2] + "xx")).status_code == 404
    assert client.post(path.replace(token, "MTIzNDU:forged")).status_code == 404
    assert not NotificationPreference.objects.filter(user=member.user).exists()


def test_pending_digest_items_are_dropped_when_unsubscribing(client, committed, board, member, expert):
    prefer(member.user, Frequency.DAILY)
    post = make_post(member, board)
    with committed():
        actions.do_reply(member=expert, post=post, body="Odottava vastaus.")

    do_set_preferences(user=member.user, frequency=Frequency.OFF)

    assert not Notification.objects.filter(user=member.user).exists()
    assert Post.objects.filter(parent=post).exists()
