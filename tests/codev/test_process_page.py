"""A new member catches up on the process page: each round's summaries, the versions that followed and their answers."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from codev.models import Post, PostStatus, Role, VersionResponse
from models_library.models import ModelVersion, PublicationKind
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import make_model
from tests.test_versions import publish

pytestmark = pytest.mark.django_db

ROUND_LENGTH = timedelta(days=30)


def process_url(group, language="en"):
    with translation.override(language):
        return reverse("codev:process", args=(group.slug,))


def round_start(number, rounds):
    """Round `number` of `rounds` opened this many months ago: the last one a month ago."""
    return timezone.now() - (rounds - number + 1) * ROUND_LENGTH


def past_round(group, number, rounds, theme=None):
    opens = round_start(number, rounds)
    return make_round(
        group,
        number,
        "closed",
        theme=theme or f"Kierros {number}",
        feedback_opens_at=opens,
        feedback_closes_at=opens + timedelta(days=14),
        workshop_starts_at=opens + timedelta(days=10),
        workshop_ends_at=opens + timedelta(days=10, hours=3),
    )


def write(membership, board, body, parent=None, status=PostStatus.PUBLISHED, **fields):
    """A post as it stands after a round has closed (the actions take posts only while a round is open)."""
    return Post.objects.create(
        board=board,
        column=None if parent else board.columns.first(),
        parent=parent,
        author=membership.user,
        body=body,
        status=status,
        **fields,
    )


def publish_at(model, when, **kwargs):
    """Publish the next version of `model` and date it `when`, as if it had been published then."""
    publish(model, **kwargs)
    version = ModelVersion.objects.for_page(model).newest_first().first()
    ModelVersion.objects.filter(pk=version.pk).update(published_at=when)
    version.refresh_from_db()
    return version


def date_first_version_before(model, when):
    ModelVersion.objects.filter(page_id=model.pk, number=1).update(published_at=when - timedelta(days=7))


def timeline_entries(html):
    """The timeline's rounds, each as its text with whitespace collapsed, and the links in it."""
    soup = BeautifulSoup(html, "html.parser")
    entries = soup.select("ol.group-process__timeline > li")
    return [(" ".join(entry.get_text(" ").split()), [a["href"] for a in entry.find_all("a")]) for entry in entries]


@pytest.fixture
def history(model, group, facilitator, member):
    """Two past rounds on one model. After round 1, version 2 answered two of the group's posts (and one post of
    another group); after round 2 came pilot version 3."""
    expert = add_member(group, "kokemus", Role.EXPERT, display_name="Kokija Kaisa")
    hidden_author = add_member(group, "piilotettu", display_name="Piilo Pekka")
    first, second = past_round(group, 1, 2, "Aloitus"), past_round(group, 2, 2, "Verkostokokous")
    date_first_version_before(model, first.feedback_opens_at)
    first_board, second_board = make_board(first, model), make_board(second, model)

    prepared = write(member, first_board, "Nuoren valmistautuminen puuttuu.")
    words = write(member, first_board, "Käsitteet ovat vieraita.")
    anonymous = write(expert, first_board, "Minua ei kuultu palaverissa.", is_anonymous=True)
    write(facilitator, first_board, "Kiitos, otetaan työn alle.", parent=anonymous)
    write(hidden_author, first_board, "Asiaton viesti.", status=PostStatus.HIDDEN, hidden_reason="Asiaton.")
    write(member, second_board, "Pilotin aikataulu on tiukka.")
    first_board.summary = "Kierroksella korostui nuoren valmistautuminen verkostokokoukseen."
    first_board.save(update_fields=["summary"])

    version_2 = publish_at(
        model, first.feedback_opens_at + timedelta(days=20), note="Nuoren valmistautuminen on nyt oma vaiheensa."
    )
    Post.objects.filter(pk__in=[prepared.pk, words.pk]).update(addressed_in=version_2)
    VersionResponse.objects.create(version=version_2, group=group, summary="Valmistautuminen ja käsitteet avattiin.")
    other_round = make_round(make_group(models=[model]), 1, "closed")
    VersionResponse.objects.create(version=version_2, group=other_round.group, summary="Toisen ryhmän vastaus.")
    write(
        add_member(other_round.group, "muualla"),
        make_board(other_round, model),
        "Toisen ryhmän palaute.",
        addressed_in=version_2,
    )
    version_3 = publish_at(
        model,
        second.feedback_opens_at + timedelta(days=20),
        kind=PublicationKind.PILOT,
        note="Kokeiluun kahdella alueella.",
        stage="pilot",
    )
    return {"rounds": (first, second), "versions": (version_2, version_3)}


def test_new_member_reads_each_round_with_its_summary_versions_and_numbers(client, model, group, member, history):
    client.force_login(member.user)

    response = client.get(process_url(group))

    assert response.status_code == 200
    (first, first_links), (second, second_links) = timeline_entries(response.content.decode())
    assert "Round 1: Aloitus" in first and "Round 2: Verkostokokous" in second
    # The facilitator's summary, shown to members although it is not published on the model's page.
    assert "Kierroksella korostui nuoren valmistautuminen verkostokokoukseen." in first
    assert "public page" not in first
    assert "No summary has been written yet." in second
    # Version 2 came after round 1: what changed, the posts of this group it answered, and how.
    assert f"{model.title}, version 2" in first
    assert "What changed: Nuoren valmistautuminen on nyt oma vaiheensa." in first
    assert "This version answered 2 posts of the group." in first
    assert "Valmistautuminen ja käsitteet avattiin." in first
    assert "Toisen ryhmän vastaus." not in first
    assert model.url + model.reverse_subpage("version", args=(2,)) in first_links
    assert model.url + model.reverse_subpage("compare", args=(1, 2)) in first_links
    # Pilot version 3 belongs to round 2, and answered nothing of the group's.
    assert f"{model.title}, pilot version 3" in second and "version 2" not in second
    assert "No posts of the group are marked as answered by this version." in second
    assert model.url + model.reverse_subpage("compare", args=(2, 3)) in second_links
    # Published posts and replies count; the hidden post and its author do not.
    assert "Posts 3 Replies 1 Members who took part 3" in first
    assert "Posts 1 Replies 0 Members who took part 1" in second


def test_the_page_names_no_author_and_reads_in_order(client, group, member, history):
    client.force_login(member.user)

    html = client.get(process_url(group)).content.decode()

    assert "Kokija Kaisa" not in html and "Ammattilainen Aino" not in html
    soup = BeautifulSoup(html, "html.parser")
    levels = [int(heading.name[1]) for heading in soup.find("main").find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert levels[0] == 1
    assert all(later <= earlier + 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_a_round_without_new_versions_says_so_and_the_current_round_is_marked(client, model, group, member):
    done = past_round(group, 1, 1, "Aloitus")
    date_first_version_before(model, done.feedback_opens_at)
    make_round(group, 2, "open", theme="Verkostokokous")
    client.force_login(member.user)

    html = client.get(process_url(group)).content.decode()

    (first, _links), (second, _links) = timeline_entries(html)
    assert "No new versions were published between this round and the next." in first
    assert "No new versions have been published since this round opened." in second
    current = BeautifulSoup(html, "html.parser").select_one('[aria-current="step"]')
    assert "Verkostokokous" in current.get_text()


def test_a_group_without_rounds_yet(client, group, member):
    client.force_login(member.user)

    html = client.get(process_url(group)).content.decode()

    assert "No rounds have been planned yet." in html


def test_facilitator_finds_links_to_write_the_summaries(client, group, facilitator, member, history):
    first_board = history["rounds"][0].boards.get()
    with translation.override("en"):
        summary_url = reverse("codev:board_summary", args=(first_board.pk,))

    client.force_login(facilitator.user)
    assert summary_url in client.get(process_url(group)).content.decode()
    client.force_login(member.user)
    assert summary_url not in client.get(process_url(group)).content.decode()


def test_group_page_and_member_home_lead_to_the_process_page(client, group, member):
    client.force_login(member.user)
    with translation.override("en"):
        group_html = client.get(reverse("codev:group", args=(group.slug,))).content.decode()
        home_html = client.get(reverse("codev:home")).content.decode()

    assert "New here? Start from the process page" in group_html
    assert process_url(group) in group_html
    assert process_url(group) in home_html


def test_anonymous_visitor_is_sent_to_sign_in(client, group):
    response = client.get(process_url(group))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_signed_in_non_member_is_refused_and_a_missing_group_is_not_found(client, group):
    outsider = add_member(make_group(), "ulkopuolinen")
    client.force_login(outsider.user)

    assert client.get(process_url(group)).status_code == 403
    assert client.get(reverse("codev:process", args=("ei-ole",))).status_code == 404


def add_round_of_work(group, models, people, number, rounds):
    """A past round with a board per model, posts, a reply, a summary, and a new version of each model after it."""
    round_ = past_round(group, number, rounds)
    for model in models:
        board = make_board(round_, model)
        posts = [write(person, board, f"Palaute {number}.{index}") for index, person in enumerate(people)]
        write(people[0], board, "Vastaus.", parent=posts[0])
        board.summary = f"Kierroksen {number} yhteenveto."
        board.save(update_fields=["summary"])
        version = publish_at(model, round_.feedback_opens_at + timedelta(days=15), note=f"Muutos {number}.")
        Post.objects.filter(pk__in=[post.pk for post in posts]).update(addressed_in=version)
        VersionResponse.objects.create(version=version, group=group, summary=f"Vastaus kierrokselle {number}.")


def test_query_count_does_not_grow_with_rounds_boards_versions_or_posts(
    client, site_tree, model, group, member, django_assert_max_num_queries
):
    second_model = make_model(site_tree["library"], "Nuoren polun malli")
    group.operational_models.add(second_model)
    people = [member] + [add_member(group, f"jasen{n}") for n in range(3)]
    models = [model, second_model]
    for each in models:
        date_first_version_before(each, round_start(1, 6))
    for number in (1, 2):
        add_round_of_work(group, models, people, number, rounds=6)
    client.force_login(member.user)
    client.get(process_url(group))
    with CaptureQueriesContext(connection) as two_rounds:
        response = client.get(process_url(group))
    assert len(timeline_entries(response.content.decode())) == 2

    for number in range(3, 7):
        add_round_of_work(group, models, people, number, rounds=6)

    with django_assert_max_num_queries(len(two_rounds.captured_queries)):
        response = client.get(process_url(group))
    entries = timeline_entries(response.content.decode())
    assert len(entries) == 6
    assert all("This version answered 4 posts of the group." in text for text, _links in entries)
