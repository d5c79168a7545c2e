"""A facilitator publishes a version and picks the feedback it answers; readers see the count, members the posts.

Several groups may work on one model: each group's facilitator answers for their own group only.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from codev.actions import FeedbackError
from codev.models import Disposition, Post, Role, VersionResponse
from codev.responses import do_record_response
from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import SECTIONS_BY_KEY
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from tests.test_versions import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback(board, member, facilitator):
    considered = make_post(member, board, body="Nuoren valmistautuminen puuttuu.", section="basic_idea")
    anonymous = make_post(member, board, body="Käsitteet ovat vieraita.", section="environment", is_anonymous=True)
    other = make_post(member, board, body="Tämä jää odottamaan.")
    Post.objects.filter(pk__in=[considered.pk, anonymous.pk]).update(disposition=Disposition.CONSIDERING)
    return {"considered": considered, "anonymous": anonymous, "other": other}


@pytest.fixture
def admin_facilitator(facilitator):
    from django.contrib.auth.models import Permission

    facilitator.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return facilitator


def latest_version(model):
    return ModelVersion.objects.for_page(model).newest_first().first()


def test_facilitator_is_offered_the_feedback_with_considered_posts_chosen(client, model, admin_facilitator, feedback):
    client.force_login(admin_facilitator.user)
    publish(model, note="Palautteen pohjalta.")
    version = latest_version(model)

    page = client.get(reverse("codev_version_response", args=(version.pk,))).content.decode()

    considered, other = feedback["considered"].pk, feedback["other"].pk
    assert f'value="{considered}" id="post-{considered}" checked' in page
    assert f'value="{other}" id="post-{other}">' in page


def test_after_publish_hook_redirects_when_feedback_waits(rf, model, facilitator, feedback):
    from codev.wagtail_hooks import ask_which_feedback_the_version_answers

    publish(model, note="Palautteen pohjalta.")
    request = rf.post("/")
    request.user = facilitator.user

    response = ask_which_feedback_the_version_answers(request, OperationalModelPage.objects.get(pk=model.pk))

    assert response.status_code == 302
    assert response["Location"] == reverse("codev_version_response", args=(latest_version(model).pk,))


def test_recording_marks_posts_addressed_and_the_public_sees_only_counts(client, model, admin_facilitator, feedback):
    publish(model, note="Palautteen pohjalta.")
    version = latest_version(model)
    client.force_login(admin_facilitator.user)

    client.post(
        reverse("codev_version_response", args=(version.pk,)),
        {
            "posts": [feedback["considered"].pk, feedback["anonymous"].pk],
            "summary": "Valmistautuminen on nyt oma vaiheensa ja käsitteet avataan.",
        },
    )

    feedback["considered"].refresh_from_db()
    assert feedback["considered"].disposition == Disposition.ADDRESSED
    assert feedback["considered"].addressed_in == version
    client.logout()
    html = client.get(model.url).content.decode()
    assert "Valmistautuminen on nyt oma vaiheensa" in html
    section = html[html.index('class="feedback-response"') :]
    assert f"{SECTIONS_BY_KEY['basic_idea'].label}: 1" in section
    assert f"{SECTIONS_BY_KEY['environment'].label}: 1" in section
    assert "Nuoren valmistautuminen puuttuu." not in html
    assert "Ammattilainen Aino" not in html


def test_members_of_the_group_see_the_answered_posts(client, model, member, facilitator, feedback):
    publish(model, note="Palautteen pohjalta.")
    version = latest_version(model)
    do_record_response(
        actor=facilitator.user, version=version, group=member.group, posts=[feedback["considered"]], summary=""
    )
    client.force_login(member.user)

    html = client.get(model.url + model.reverse_subpage("version", args=(version.number,))).content.decode()

    assert "Nuoren valmistautuminen puuttuu." in html


def test_facilitator_of_another_group_cannot_answer_this_groups_feedback(client, model, group, feedback):
    stranger = add_member(make_group(models=[model]), "vieras", Role.FACILITATOR)
    publish(model, note="Palautteen pohjalta.")
    version = latest_version(model)

    for answering_for in (group, stranger.group):
        with pytest.raises(FeedbackError):
            do_record_response(
                actor=stranger.user, version=version, group=answering_for, posts=[feedback["other"]], summary=""
            )
    assert not VersionResponse.objects.exists()
    assert Post.objects.get(pk=feedback["other"].pk).addressed_in is None


def test_published_round_summary_shows_on_the_model_page(client, model, board):
    from django.utils import timezone

    board.summary = "Kierroksella korostui yhteinen kieli."
    board.summary_published_at = timezone.now()
    board.save()

    assert "Kierroksella korostui yhteinen kieli." in client.get(model.url).content.decode()


# Two groups work on the same model: group A (the fixtures' group) and group B, each with its own board.

A_POST = "Ryhmän A havainto: tulkki puuttuu."
A_SUMMARY = "Ryhmän A palautteen pohjalta tulkki kutsutaan kokoukseen."
B_POST = "Ryhmän B havainto: aikataulu on tiukka."


@pytest.fixture
def two_groups(model, group, facilitator, member, board):
    """Version 2 has answered one of group A's posts with A's summary; group B's post still waits."""
    from django.contrib.auth.models import Permission

    group_b = make_group(models=[model], name="Ryhmä B")
    board_b = make_board(make_round(group_b, 1, "open"), model)
    facilitator_b = add_member(group_b, "fasilitaattori-b", Role.FACILITATOR, display_name="Vetäjä B")
    member_b = add_member(group_b, "jasen-b", display_name="Jäsen B")
    access = Permission.objects.get(codename="access_admin")
    for user in (facilitator.user, facilitator_b.user):
        user.user_permissions.add(access)
    a_post = make_post(member, board, body=f"<p>{A_POST}</p>", section="basic_idea")
    a_waiting = make_post(member, board, body="<p>Ryhmän A toinen havainto.</p>")
    b_post = make_post(member_b, board_b, body=f"<p>{B_POST}</p>", section="environment")
    publish(model, note="Palautteen pohjalta.")
    version = latest_version(model)
    do_record_response(actor=facilitator.user, version=version, group=group, posts=[a_post], summary=A_SUMMARY)
    return {
        "version": version,
        "group_b": group_b,
        "facilitator_b": facilitator_b,
        "a_post": a_post,
        "a_waiting": a_waiting,
        "b_post": b_post,
    }


def picker_url(version, group=None):
    url = reverse("codev_version_response", args=(version.pk,))
    return f"{url}?group={group.pk}" if group else url


def test_facilitator_of_group_b_sees_neither_the_posts_nor_the_summary_of_group_a(client, two_groups):
    client.force_login(two_groups["facilitator_b"].user)

    response = client.get(picker_url(two_groups["version"]))

    html = response.content.decode()
    assert response.status_code == 200
    assert B_POST in html
    assert A_POST not in html and "Ryhmän A toinen havainto." not in html
    assert A_SUMMARY not in html


def test_facilitator_of_group_b_cannot_open_group_as_picker(client, group, two_groups):
    client.force_login(two_groups["facilitator_b"].user)

    response = client.get(picker_url(two_groups["version"], group))

    assert response.status_code == 404


def test_facilitator_of_group_b_writes_bs_summary_and_as_summary_stays(client, model, group, two_groups):
    version, b_post = two_groups["version"], two_groups["b_post"]
    client.force_login(two_groups["facilitator_b"].user)

    response = client.post(picker_url(version), {"posts": [b_post.pk], "summary": "Ryhmän B vastaus."})

    assert response.status_code == 302
    assert VersionResponse.objects.get(version=version, group=group).summary == A_SUMMARY
    assert VersionResponse.objects.get(version=version, group=two_groups["group_b"]).summary == "Ryhmän B vastaus."
    assert Post.objects.get(pk=b_post.pk).addressed_in == version


def test_facilitator_of_group_b_cannot_post_into_group_as_response(client, group, two_groups):
    version = two_groups["version"]
    client.force_login(two_groups["facilitator_b"].user)

    response = client.post(
        reverse("codev_version_response", args=(version.pk,)),
        {"group": group.pk, "posts": [two_groups["a_waiting"].pk], "summary": "Korvattu."},
    )

    assert response.status_code == 404
    assert VersionResponse.objects.get(version=version, group=group).summary == A_SUMMARY
    assert Post.objects.get(pk=two_groups["a_waiting"].pk).addressed_in is None


def test_posting_the_id_of_another_groups_post_is_refused_and_nothing_is_saved(client, two_groups):
    version = two_groups["version"]
    client.force_login(two_groups["facilitator_b"].user)

    response = client.post(
        picker_url(version),
        {"posts": [two_groups["b_post"].pk, two_groups["a_waiting"].pk], "summary": "Ryhmän B vastaus."},
    )

    assert response.status_code == 400
    assert "Ryhmän A toinen havainto." not in response.content.decode()
    assert not VersionResponse.objects.filter(group=two_groups["group_b"]).exists()
    assert (
        Post.objects.filter(pk__in=[two_groups["b_post"].pk, two_groups["a_waiting"].pk], addressed_in=version).count()
        == 0
    )


def test_posting_an_id_that_is_no_post_is_refused(client, admin_facilitator, two_groups):
    client.force_login(admin_facilitator.user)

    response = client.post(picker_url(two_groups["version"]), {"posts": ["999999", "x"], "summary": "Ei mitään."})

    assert response.status_code == 400
    assert (
        VersionResponse.objects.get(version=two_groups["version"], group=admin_facilitator.group).summary == A_SUMMARY
    )


@pytest.mark.parametrize("superuser", [False, True], ids=["admin user", "superuser"])
def test_an_admin_user_who_facilitates_no_group_on_the_model_is_refused(client, two_groups, superuser):
    from django.contrib.auth.models import Permission

    from testing.codev_factories import make_user

    admin = make_user("yllapitaja", "Ylläpitäjä Ylva")
    admin.is_staff = admin.is_superuser = superuser
    admin.save()
    admin.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(admin)
    version = two_groups["version"]

    assert client.get(picker_url(version)).status_code == 404
    refused = client.post(picker_url(version), {"posts": [two_groups["a_waiting"].pk], "summary": "Ylläpidon teksti."})
    assert refused.status_code == 404
    assert VersionResponse.objects.filter(version=version).count() == 1
    assert Post.objects.get(pk=two_groups["a_waiting"].pk).addressed_in is None


def test_facilitator_of_a_group_that_left_the_model_is_refused(client, model, two_groups):
    """A group without a board on the model, and without it on its list, has nothing to answer for here."""
    from django.contrib.auth.models import Permission

    outside = add_member(make_group(name="Muu ryhmä"), "muu-vetaja", Role.FACILITATOR)
    outside.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outside.user)

    assert client.get(picker_url(two_groups["version"])).status_code == 404


def test_the_public_reads_each_groups_summary_and_count_under_its_name_and_no_member_names(
    client, model, group, two_groups
):
    version = two_groups["version"]
    do_record_response(
        actor=two_groups["facilitator_b"].user,
        version=version,
        group=two_groups["group_b"],
        posts=[two_groups["b_post"]],
        summary="Ryhmän B vastaus.",
    )

    html = client.get(model.url + model.reverse_subpage("version", args=(version.number,))).content.decode()

    section = html[html.index('class="feedback-response"') :]
    with translation.override("fi"):
        heading = ngettext(
            "This version responds to %(counter)s piece of feedback from %(groups)s co-development groups",
            "This version responds to %(counter)s pieces of feedback from %(groups)s co-development groups",
            2,
        ) % {"counter": 2, "groups": 2}
        each = [
            ngettext("%(group)s: %(counter)s piece of feedback", "%(group)s: %(counter)s pieces of feedback", 1)
            % {"group": name, "counter": 1}
            for name in ("Ryhmä B", group.name)
        ]
    assert heading in section
    assert section.index(each[0]) < section.index("Ryhmän B vastaus.") < section.index(each[1])
    assert section.index(each[1]) < section.index(A_SUMMARY)
    assert f"{SECTIONS_BY_KEY['environment'].label}: 1" in section
    assert A_POST not in html and B_POST not in html
    assert not [name for name in ("Ammattilainen Aino", "Jäsen B", "Vetäjä B", "Fasilitaattori Fiia") if name in html]


def test_a_facilitator_of_both_groups_chooses_which_group_to_answer_for(client, model, group, facilitator, two_groups):
    add_member(two_groups["group_b"], facilitator.user.username, Role.FACILITATOR)
    client.force_login(facilitator.user)
    version = two_groups["version"]

    first = client.get(picker_url(version, group)).content.decode()
    second = client.get(picker_url(version, two_groups["group_b"])).content.decode()

    assert "Ryhmän A toinen havainto." in first and B_POST not in first
    assert B_POST in second and "Ryhmän A toinen havainto." not in second
    assert f'href="{picker_url(version, two_groups["group_b"])}"' in first


def test_the_picker_takes_the_same_queries_however_many_posts_wait(
    client, facilitator, member, board, two_groups, django_assert_num_queries
):
    url = picker_url(two_groups["version"])
    client.force_login(facilitator.user)
    client.get(url)  # warms the session and the site caches
    with_one_waiting = count_queries(client, url)
    for number in range(5):
        make_post(member, board, body=f"<p>Lisää palautetta {number}.</p>", section="basic_idea")

    with django_assert_num_queries(with_one_waiting):
        client.get(url)


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)
