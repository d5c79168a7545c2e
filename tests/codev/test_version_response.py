"""A facilitator publishes a version and picks the feedback it answers; readers see the count, members the posts."""

import pytest
from django.urls import reverse

from codev.models import Disposition, Post, Role
from codev.responses import do_record_response
from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import SECTIONS_BY_KEY
from tests.codev_factories import add_member, make_group, make_post
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
    do_record_response(actor=facilitator.user, version=version, posts=[feedback["considered"]], summary="")
    client.force_login(member.user)

    html = client.get(model.url + model.reverse_subpage("version", args=(version.number,))).content.decode()

    assert "Nuoren valmistautuminen puuttuu." in html


def test_facilitator_of_another_group_cannot_answer_this_groups_feedback(client, model, feedback):
    from codev.actions import FeedbackError

    stranger = add_member(make_group(models=[model]), "vieras", Role.FACILITATOR)
    publish(model, note="Palautteen pohjalta.")

    with pytest.raises(FeedbackError):
        do_record_response(actor=stranger.user, version=latest_version(model), posts=[feedback["other"]], summary="")
    client.force_login(stranger.user)
    assert client.get(reverse("codev_version_response", args=(latest_version(model).pk,))).status_code in (403, 302)


def test_published_round_summary_shows_on_the_model_page(client, model, board):
    from django.utils import timezone

    board.summary = "Kierroksella korostui yhteinen kieli."
    board.summary_published_at = timezone.now()
    board.save()

    assert "Kierroksella korostui yhteinen kieli." in client.get(model.url).content.decode()
