"""The facilitator's home: what waits in their own groups, on /codev/ and on the admin dashboard, and the one-click
gentle reminder to members who have not taken part. Two groups work on the same model throughout."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from codev.actions import do_agree
from codev.facilitator_home import facilitator_home
from codev.models import (
    Delivery,
    Disposition,
    Frequency,
    Notification,
    NotificationKind,
    NotificationPreference,
    Post,
    PostStatus,
    Role,
)
from codev.notifications.reminders import do_remind_absent_members
from codev.responses import do_record_response
from models_library.models import ModelVersion
from models_library.sections import SECTIONS
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from tests.test_versions import publish

pytestmark = pytest.mark.django_db


def newer_version(model):
    """A version published after the feedback was written: the kind that may answer it."""
    publish(model, note="Palautteen pohjalta.")
    return ModelVersion.objects.for_page(model).newest_first().first()


def home_url():
    with translation.override("en"):
        return reverse("codev:home")


def remind_url(round_):
    with translation.override("en"):
        return reverse("codev:remind_absent_members", args=(round_.pk,))


@pytest.fixture
def expert(group):
    return add_member(group, "kokemus", Role.EXPERT, display_name="Kokemusasiantuntija Kaisa")


@pytest.fixture
def young(group):
    return add_member(group, "nuori", Role.YOUNG_PERSON, display_name="Nuori Nelli")


@pytest.fixture
def other(model):
    """A second group on the same model, with its own facilitator, member, open round and feedback."""
    group = make_group(models=[model], name="Toinen ryhmä")
    facilitator = add_member(group, "toinen-fasilitaattori", Role.FACILITATOR, display_name="Toinen Fasilitaattori")
    member = add_member(group, "toinen-jasen", Role.PROFESSIONAL, display_name="Toisen Ryhmän Tuomas")
    round_ = make_round(group, 1, "open", theme="Toisen ryhmän kierros")
    board = make_board(round_, model)
    board.pre_moderation = True
    board.save(update_fields=["pre_moderation"])
    make_post(member, board, body="<p>Toisen ryhmän odottava viesti.</p>", section="environment")
    return {"group": group, "facilitator": facilitator, "member": member, "round": round_, "board": board}


@pytest.fixture
def feedback(board, member, facilitator, expert):
    """On the group's open board: one post waiting for approval, one new and one under consideration."""
    board.pre_moderation = True
    board.save(update_fields=["pre_moderation"])
    waiting = make_post(member, board, body="<p>Odottaa hyväksyntää.</p>", section="basic_idea")
    board.pre_moderation = False
    board.save(update_fields=["pre_moderation"])
    new = make_post(expert, board, body="<p>Uusi ajatus.</p>", section="conditions")
    considered = make_post(expert, board, body="<p>Harkinnassa.</p>", section="target_group")
    Post.objects.filter(pk=considered.pk).update(disposition=Disposition.CONSIDERING)
    return {"waiting": waiting, "new": new, "considered": considered}


def test_a_member_keeps_todays_page(client, member, feedback):
    client.force_login(member.user)

    page = client.get(home_url()).content.decode()

    assert "Waiting for you as a facilitator" not in page
    assert "My groups" in page


def test_posts_waiting_for_approval_and_not_yet_triaged_are_the_groups_own(facilitator, feedback, other, board):
    home = facilitator_home(facilitator.user)

    assert [(item.pk, item.pending, item.untriaged) for item in home.boards_waiting] == [(board.pk, 1, 1)]
    assert (home.pending_total, home.untriaged_total) == (1, 1)


def test_the_home_page_links_to_the_board_and_to_triage_of_new_posts(client, facilitator, feedback, board, model):
    client.force_login(facilitator.user)

    page = client.get(home_url()).content.decode()

    assert "1 post waiting for approval" in page
    assert "1 post not yet triaged" in page
    assert reverse("codev:board", args=(board.pk,)) in page
    assert f"?model={model.pk}&amp;round=1&amp;disposition=new" in page
    assert "Toisen ryhmän" not in page


def test_rounds_opening_and_closing_within_a_week_are_listed(group, facilitator, other):
    now = timezone.now()
    day = timedelta(days=1)
    make_round(group, 2, "open", feedback_closes_at=now + 2 * day, theme="Sulkeutuu pian")
    make_round(group, 3, "upcoming", feedback_opens_at=now + 3 * day, theme="Avautuu pian")
    make_round(group, 4, "upcoming", feedback_opens_at=now + 20 * day, theme="Avautuu myöhemmin")
    make_round(other["group"], 2, "upcoming", feedback_opens_at=now + 3 * day, theme="Toisen avautuva")

    home = facilitator_home(facilitator.user)

    assert [round_.theme for round_ in home.rounds_opening] == ["Avautuu pian"]
    assert [round_.theme for round_ in home.rounds_closing] == ["Sulkeutuu pian"]


def test_sections_with_no_feedback_in_the_open_round_leave_out_those_written_on(facilitator, feedback, board, other):
    (open_round,) = facilitator_home(facilitator.user).open_rounds

    ((silent_board, silent),) = open_round.silent_sections
    keys = [section.key for section in silent]
    assert silent_board == board
    # Waiting for approval counts as feedback; the other group's post on "environment" does not.
    assert "basic_idea" not in keys and "conditions" not in keys and "target_group" not in keys
    assert "environment" in keys
    assert len(keys) == len(SECTIONS) - 3


def test_members_who_have_not_taken_part_leave_out_posters_repliers_agreers_and_facilitators(
    facilitator, member, expert, young, board, other
):
    quiet = add_member(board.round.group, "hiljainen", Role.PROFESSIONAL, display_name="Hiljainen Heikki")
    add_member(board.round.group, "seuraaja", Role.OBSERVER, display_name="Seuraaja Sami")
    post = make_post(member, board)
    do_agree(member=young, post=post)
    removed = make_post(expert, board)
    Post.objects.filter(pk=removed.pk).update(status=PostStatus.REMOVED)

    (open_round,) = facilitator_home(facilitator.user).open_rounds

    # A deleted post is not taking part; the other group's quiet member is not this group's.
    assert [item.user for item in open_round.absent] == [quiet.user, expert.user]


def test_a_member_who_unsubscribed_is_shown_as_getting_no_email_and_is_not_counted_for_the_reminder(
    facilitator, member, expert, open_round
):
    NotificationPreference.objects.create(user=expert.user, frequency=Frequency.OFF)

    (item,) = facilitator_home(facilitator.user).open_rounds

    assert {member.user.username: member.reachable for member in item.absent} == {
        "ammattilainen": True,
        "kokemus": False,
    }
    assert [member.user for member in item.can_be_reminded] == [member.user]


def test_a_version_older_than_the_feedback_does_not_wait_for_what_it_answers(model, facilitator, feedback):
    assert facilitator_home(facilitator.user).versions_waiting == []


def test_the_latest_version_waits_for_what_it_answers_until_the_group_records_it(model, facilitator, feedback, other):
    version = newer_version(model)
    Post.objects.filter(pk=feedback["waiting"].pk).update(status=PostStatus.PUBLISHED)

    (waiting,) = facilitator_home(facilitator.user).versions_waiting
    assert waiting == (version, facilitator.group, 3)

    do_record_response(
        actor=facilitator.user, version=version, group=facilitator.group, posts=[feedback["new"]], summary=""
    )

    assert facilitator_home(facilitator.user).versions_waiting == []
    # The other group's facilitator still has theirs to answer: their post waits for approval, so nothing yet.
    assert facilitator_home(other["facilitator"].user).versions_waiting == []


def test_the_home_links_to_the_version_response_picker(client, model, facilitator, feedback):
    version = newer_version(model)
    client.force_login(facilitator.user)

    page = client.get(home_url()).content.decode()

    assert f"{reverse('codev_version_response', args=(version.pk,))}?group={facilitator.group_id}" in page


def test_someone_who_facilitates_nothing_has_no_home(member):
    assert facilitator_home(member.user) is None


# The gentle reminder


def test_the_reminder_reaches_the_absent_once_however_often_it_is_clicked(
    client, django_capture_on_commit_callbacks, facilitator, member, expert, board
):
    make_post(expert, board)
    client.force_login(facilitator.user)

    for _click in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(remind_url(board.round), {"next": home_url()})
        assert response.status_code == 302
        assert response["Location"] == home_url()

    assert [message.to for message in mail.outbox] == [["ammattilainen@example.org"]]
    (message,) = mail.outbox
    assert f"/codev/groups/{board.round.group.slug}/rounds/1/" in message.body
    assert "unsubscribe" in message.extra_headers["List-Unsubscribe"]
    assert Notification.objects.filter(kind=NotificationKind.NUDGE).count() == 1


def test_the_reminder_respects_each_members_notification_setting(
    django_capture_on_commit_callbacks, facilitator, member, expert, young, open_round
):
    NotificationPreference.objects.create(user=expert.user, frequency=Frequency.OFF)
    NotificationPreference.objects.create(user=young.user, frequency=Frequency.DAILY)

    with django_capture_on_commit_callbacks(execute=True):
        stored = do_remind_absent_members(actor=facilitator.user, round_=open_round)

    assert stored == 2
    assert [message.to for message in mail.outbox] == [["ammattilainen@example.org"]]
    digest = Notification.objects.get(user=young.user)
    assert (digest.delivery, digest.sent_at) == (Delivery.DIGEST, None)
    assert not Notification.objects.filter(user=expert.user).exists()


def test_the_reminder_is_marked_on_the_home_after_it_went(client, facilitator, member, open_round):
    do_remind_absent_members(actor=facilitator.user, round_=open_round)
    client.force_login(facilitator.user)

    page = client.get(home_url()).content.decode()

    assert "reminded " in page
    assert "Send a gentle reminder" not in page


def test_only_the_rounds_own_facilitators_remind(client, facilitator, member, open_round, other):
    client.force_login(other["facilitator"].user)
    assert client.post(remind_url(open_round)).status_code == 403
    client.force_login(member.user)
    assert client.post(remind_url(open_round)).status_code == 403
    assert not Notification.objects.exists()


def test_a_closed_round_is_not_reminded_of(client, group, facilitator, member):
    closed = make_round(group, 5, "closed")
    client.force_login(facilitator.user)

    response = client.post(remind_url(closed), follow=True)

    assert "does not take feedback now" in response.content.decode()
    assert not Notification.objects.exists()


def test_the_reminder_is_not_sent_by_a_get(client, facilitator, open_round):
    client.force_login(facilitator.user)
    assert client.get(remind_url(open_round)).status_code == 405


# The admin dashboard and the cost


def test_the_admin_dashboard_shows_the_facilitators_own_groups(client, facilitator, feedback, young, other):
    facilitator.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(facilitator.user)

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    # The admin speaks the site's language, Finnish.
    with translation.override("fi"):
        assert translation.gettext("Waiting for you as a facilitator") in page
        waiting = translation.ngettext(
            "%(counter)s post waiting for approval", "%(counter)s posts waiting for approval", 1
        ) % {"counter": 1}
    assert waiting in page
    assert "Toisen ryhmän" not in page
    assert "Nuori Nelli" in page
    assert 'name="csrfmiddlewaretoken"' in page


def add_activity(group, board, count, start):
    """`count` more members, each with a post, and `count` quiet members, so both lists grow."""
    for number in range(start, start + count):
        writer = add_member(group, f"kirjoittaja-{number}", Role.PROFESSIONAL)
        make_post(writer, board, section=SECTIONS[number % len(SECTIONS)].key)
        add_member(group, f"hiljainen-{number}", Role.EXPERT)


def test_the_home_takes_the_same_queries_however_many_posts_and_members(
    client, django_assert_max_num_queries, facilitator, board, model, other
):
    client.force_login(facilitator.user)
    add_activity(board.round.group, board, 2, 0)
    client.get(home_url())
    with django_assert_max_num_queries(34) as few:
        client.get(home_url())
    add_activity(board.round.group, board, 15, 10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(home_url()).content.decode()
    assert "Hiljainen-24" in page
