"""A facilitator reads the group's dashboard: every figure is checked against numbers worked out by hand."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev.dashboard import dashboard_figures
from codev.models import (
    Disposition,
    Membership,
    MeterCriterion,
    MeterRating,
    Post,
    PostStatus,
    Reaction,
    Role,
    RoundEvaluation,
)
from models_library.models import ModelVersion
from models_library.sections import SECTIONS
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db


def dashboard_url(group, round_number=None):
    with translation.override("en"):
        url = reverse("codev:dashboard", args=(group.slug,))
    return f"{url}?round={round_number}" if round_number else url


def write(member, board, section="", parent=None, column="Toimii hyvin", body="Palaute.", **fields):
    """A post or reply as it stands after its round: straight into the table, whatever the round's state."""
    return Post.objects.create(
        board=board,
        parent=parent,
        column=None if parent else board.columns.get(name=column),
        author=member.user,
        body=f"<p>{body}</p>",
        section=section,
        **fields,
    )


@pytest.fixture
def two_rounds(site_tree, model, group, facilitator):
    return hand_worked_group(site_tree, model, group, facilitator)


def hand_worked_group(site_tree, model, group, facilitator):
    """The hand-worked group. Its figures, worked out on paper, are in the tests below.

    Members (6 active, 4 roles, 3 organisations and one without):
      Fiia facilitator, Vantaa · Aino professional, HUS · Bo professional, Vantaa ·
      Kaisa expert, Nuorten Ääni · Lauri expert, Nuorten Ääni · Nelli young person, no organisation ·
      Olli professional, HUS, has left the group (inactive).
    Round 1 (closed), board of Verkostoyhteistyön malli (A1):
      p1 Aino, basic idea, addressed in version 1 · p2 Kaisa, environment, anonymous, declined ·
      p3 Olli, basic idea, deferred · p4 Bo, no section, hidden, new · p5 Lauri, environment, deleted by Lauri.
      Replies: r1 Kaisa → p1, r2 Fiia → p1, r3 Aino → p2.
      Agreements: Nelli p1, Bo p1, Aino p2, Lauri p5 (deleted post: not counted).
      Evaluations: Kaisa 4/5, Aino 3/2 (named), Bo 5/4.
      Lights on A1: Kaisa c1 green, c2 yellow; Aino c1 red, c2 green.
    Round 2 (open), boards of Verkostoyhteistyön malli (A2) and Perhetyön malli (B2):
      p6 Nelli, target group, considering · p7 Aino, basic idea, new · p8 Kaisa on B2, conditions, considering,
      waiting for approval. Replies: r4 Kaisa → p6, r5 Bo → p8. Agreements: Fiia p6.
      Evaluations: Nelli 5/5, Kaisa 4/4.
      Lights: A2 Nelli c1 green, c2 green; Bo c1 yellow. B2 Bo c1 red.
    """
    Membership.objects.filter(pk=facilitator.pk).update(organisation="Vantaa")
    aino = add_member(group, "aino", Role.PROFESSIONAL, "Ammattilainen Aino", "HUS")
    bo = add_member(group, "bo", Role.PROFESSIONAL, "Ammattilainen Bo", "Vantaa")
    kaisa = add_member(group, "kaisa", Role.EXPERT, "Kokija Kaisa", "Nuorten Ääni")
    lauri = add_member(group, "lauri", Role.EXPERT, "Kokija Lauri", "Nuorten Ääni")
    nelli = add_member(group, "nelli", Role.YOUNG_PERSON, "Nuori Nelli")
    olli = add_member(group, "olli", Role.PROFESSIONAL, "Ammattilainen Olli", "HUS")
    Membership.objects.filter(pk=olli.pk).update(is_active=False)
    other_model = make_model(site_tree["library"], "Perhetyön malli")
    group.operational_models.add(other_model)
    version = ModelVersion.objects.for_page(model).newest_first().first()

    first, second = make_round(group, 1, "closed"), make_round(group, 2, "open")
    a1, a2, b2 = make_board(first, model), make_board(second, model), make_board(second, other_model)
    p1 = write(
        aino, a1, "basic_idea", body="Verkostokokous toimii.", disposition=Disposition.ADDRESSED, addressed_in=version
    )
    p2 = write(
        kaisa,
        a1,
        "environment",
        column="Muutettavaa",
        body="Nuoren ääni puuttuu.",
        is_anonymous=True,
        disposition=Disposition.DECLINED,
        disposition_note="Ei kuulu tähän malliin.",
    )
    write(olli, a1, "basic_idea", disposition=Disposition.DEFERRED)
    write(bo, a1, status=PostStatus.HIDDEN)
    p5 = write(lauri, a1, "environment", status=PostStatus.REMOVED)
    write(kaisa, a1, parent=p1)
    write(facilitator, a1, parent=p1)
    write(aino, a1, parent=p2)
    for who, post in ((nelli, p1), (bo, p1), (aino, p2), (lauri, p5)):
        Reaction.objects.create(post=post, user=who.user)
    p6 = write(nelli, a2, "target_group", disposition=Disposition.CONSIDERING)
    write(aino, a2, "basic_idea")
    p8 = write(kaisa, b2, "conditions", status=PostStatus.PENDING, disposition=Disposition.CONSIDERING)
    write(kaisa, a2, parent=p6)
    write(bo, b2, parent=p8)
    Reaction.objects.create(post=p6, user=facilitator.user)
    for round_, who, usefulness, heard, anonymous in (
        (first, kaisa, 4, 5, True),
        (first, aino, 3, 2, False),
        (first, bo, 5, 4, True),
        (second, nelli, 5, 5, True),
        (second, kaisa, 4, 4, True),
    ):
        RoundEvaluation.objects.create(
            round=round_,
            user=who.user,
            usefulness=usefulness,
            heard=heard,
            is_anonymous=anonymous,
            takeaway="Verkostokartta käyttöön.",
        )
    c1 = MeterCriterion.objects.create(group=group, text="Lapsi voittaa", sort_order=0)
    c2 = MeterCriterion.objects.create(group=group, text="Luottamus, turvallisuus, läsnäolo", sort_order=1)
    for board, who, criterion, light in (
        (a1, kaisa, c1, "green"),
        (a1, kaisa, c2, "yellow"),
        (a1, aino, c1, "red"),
        (a1, aino, c2, "green"),
        (a2, nelli, c1, "green"),
        (a2, nelli, c2, "green"),
        (a2, bo, c1, "yellow"),
        (b2, bo, c1, "red"),
    ):
        MeterRating.objects.create(board=board, criterion=criterion, user=who.user, light=light)
    return {
        "group": group,
        "first": first,
        "second": second,
        "model": model,
        "other_model": other_model,
        "version": version,
        "facilitator": facilitator,
        "aino": aino,
        "kaisa": kaisa,
        "nelli": nelli,
    }


def page_for(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def table(soup, caption):
    """The rows of the table with this caption, each a list of its cells' texts (row heading first)."""
    for found in soup.find_all("table"):
        if found.caption and found.caption.get_text(" ", strip=True) == caption:
            return [
                [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
                for row in found.tbody.find_all("tr")
            ]
    raise AssertionError(f"no table {caption!r}")


def text_of(soup):
    return " ".join(soup.get_text(" ").split())


# Who took part.


def test_facilitator_sees_who_took_part_by_role_and_organisation_in_all_rounds(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))
    text = text_of(soup)

    assert "5 of the group's 6 active members took part (83 %)." in text
    assert (
        "Members who posted: 4; replied: 4; agreed with a post: 4; evaluated the round or gave the meter's lights: 4."
    ) in text
    # Role, active members, took part, share, posted, replied, agreed, evaluated.
    assert table(soup, "Members who took part, by role") == [
        ["Facilitator", "1", "1", "100 %", "0", "1", "1", "0"],
        ["Professional", "2", "2", "100 %", "2", "2", "2", "2"],
        ["Expert by experience", "2", "1", "50 %", "1", "1", "0", "1"],
        ["Young person", "1", "1", "100 %", "1", "0", "1", "1"],
    ]
    assert table(soup, "Members who took part, by organisation") == [
        ["HUS", "1", "1", "100 %", "1", "1", "1", "1"],
        ["Nuorten Ääni", "2", "1", "50 %", "1", "1", "0", "1"],
        ["Vantaa", "2", "2", "100 %", "1", "2", "2", "1"],
        ["No organisation given", "1", "1", "100 %", "1", "0", "1", "1"],
    ]


def test_one_round_counts_only_what_happened_in_it(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 2))
    text = text_of(soup)

    assert "Figures of round 2: Kierros 2." in text
    assert soup.find("option", selected=True)["value"] == "2"
    assert "5 of the group's 6 active members took part (83 %)." in text
    assert (
        "Members who posted: 3; replied: 2; agreed with a post: 1; evaluated the round or gave the meter's lights: 3."
    ) in text
    assert table(soup, "Members who took part, by role") == [
        ["Facilitator", "1", "1", "100 %", "0", "0", "1", "0"],
        ["Professional", "2", "2", "100 %", "1", "1", "0", "1"],
        ["Expert by experience", "2", "1", "50 %", "1", "1", "0", "1"],
        ["Young person", "1", "1", "100 %", "1", "0", "0", "1"],
    ]


# Posts and replies per section.


def section_rows(**counts):
    """Every section in Innokylä's order with (posts, replies), zero unless given, then the model as a whole."""
    whole = counts.pop("whole", (0, 0))
    labels = [(section.key, str(section.label)) for section in SECTIONS]
    rows = [(label, *counts.get(key, (0, 0))) for key, label in labels] + [("The model as a whole", *whole)]
    return [[label, str(posts), str(replies), str(posts + replies)] for label, posts, replies in rows]


def silent_sections(soup, model):
    return [
        item.get_text(strip=True)
        for item in soup.find("ul", attrs={"aria-labelledby": f"silent-{model.pk}"}).find_all("li")
    ]


def test_posts_and_replies_per_section_and_the_sections_nobody_commented(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))
    text = text_of(soup)
    model, other = two_rounds["model"], two_rounds["other_model"]

    # A reply counts for its post's section; the deleted post p5 is not counted.
    assert table(soup, "Feedback on the sections of Verkostoyhteistyön malli") == section_rows(
        basic_idea=(3, 2), environment=(1, 1), target_group=(1, 1), whole=(1, 0)
    )
    assert table(soup, "Feedback on the sections of Perhetyön malli") == section_rows(conditions=(1, 1))
    assert "Posts: 6, replies: 4." in text
    assert "Posts: 1, replies: 1." in text
    assert "11 sections got no feedback at all:" in text
    assert "13 sections got no feedback at all:" in text
    assert silent_sections(soup, model) == [
        "Conditions for functioning and implementation",
        "Implementation",
        "Resources",
        "Evaluation and impacts",
        "Embedding and dissemination",
        "Attachments and links",
        "Starting point and strategic connections",
        "Needs behind the development work",
        "Gathering the developers and co-development",
        "Intended change",
        "Measuring the change",
    ]
    assert "Conditions for functioning and implementation" not in silent_sections(soup, other)
    assert len(silent_sections(soup, other)) == 13
    # Models in alphabetical order.
    headings = [heading.get_text(strip=True) for heading in soup.find_all("h3")]
    assert headings.index("Perhetyön malli") < headings.index("Verkostoyhteistyön malli")


def test_sections_of_one_round(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 2))
    assert table(soup, "Feedback on the sections of Verkostoyhteistyön malli") == section_rows(
        basic_idea=(1, 0), target_group=(1, 1)
    )
    assert "12 sections got no feedback at all:" in text_of(soup)


# Share of voice.


def test_share_of_voice_by_role_asks_whether_experts_and_young_people_are_heard(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))
    text = text_of(soup)

    assert "12 posts and replies in all." in text
    # Olli has left, but his post is still part of what was said: professionals 3 + 2 + 1.
    assert table(soup, "Share of voice by role (%)") == [
        ["Facilitator", "1", "8 %", "1", "17 %"],
        ["Professional", "6", "50 %", "2", "33 %"],
        ["Expert by experience", "4", "33 %", "2", "33 %"],
        ["Young person", "1", "8 %", "1", "17 %"],
    ]
    assert "Expert by experience : 4 posts and replies, 33 % of all; active members: 2, 33 % of the group." in text
    assert "Young person : 1 post or reply, 8 % of all; active members: 1, 17 % of the group." in text


def test_share_of_voice_in_one_round(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 2))
    assert "5 posts and replies in all." in text_of(soup)
    assert table(soup, "Share of voice by role (%)") == [
        ["Facilitator", "0", "0 %", "1", "17 %"],
        ["Professional", "2", "40 %", "2", "33 %"],
        ["Expert by experience", "2", "40 %", "2", "33 %"],
        ["Young person", "1", "20 %", "1", "17 %"],
    ]


# What became of the feedback.


def test_disposition_progress_per_model(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))

    assert (
        "Of 7 posts, 1 addressed in a version, 1 declined and 5 open (new, under consideration or deferred)."
        in text_of(soup)
    )
    # Model, addressed, declined, open, new, under consideration, deferred, total.
    assert table(soup, "What became of the posts, by model") == [
        ["Perhetyön malli", "0", "0", "1", "0", "1", "0", "1"],
        ["Verkostoyhteistyön malli", "1", "1", "4", "2", "1", "1", "6"],
        ["All models", "1", "1", "5", "2", "2", "1", "7"],
    ]


def test_disposition_progress_in_one_round(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 2))
    assert (
        "Of 3 posts, 0 addressed in a version, 0 declined and 3 open (new, under consideration or deferred)."
        in text_of(soup)
    )
    assert table(soup, "What became of the posts, by model")[-1] == ["All models", "0", "0", "3", "1", "2", "0", "3"]


# Round evaluations and the meter.


def test_round_evaluations_with_averages_distribution_and_trend(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))

    # (4 + 3 + 5 + 5 + 4) / 5 and (5 + 2 + 4 + 5 + 4) / 5; Kaisa answered in both rounds.
    assert "5 answers; members who answered: 4. Usefulness averages 4.20 of 5 and “I was heard” 4.00 of 5." in text_of(
        soup
    )
    assert table(soup, "Usefulness: how many chose each number") == [
        ["1 = not at all", "0"],
        ["2", "0"],
        ["3", "1"],
        ["4", "2"],
        ["5 = very much", "2"],
    ]
    assert table(soup, "“I was heard”: how many chose each number") == [
        ["1 = not at all", "0"],
        ["2", "1"],
        ["3", "0"],
        ["4", "2"],
        ["5 = very much", "2"],
    ]
    # Round, usefulness, heard, answers: round 1 (4 + 3 + 5) / 3 and (5 + 2 + 4) / 3.
    assert table(soup, "Round evaluations across rounds") == [
        ["Round 1", "4.00", "3.67", "3"],
        ["Round 2", "4.50", "4.50", "2"],
    ]


def test_round_evaluation_of_one_round(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 2))
    assert "2 answers; members who answered: 2. Usefulness averages 4.50 of 5 and “I was heard” 4.50 of 5." in text_of(
        soup
    )
    # The trend always shows every round.
    assert len(table(soup, "Round evaluations across rounds")) == 2


def test_evaluation_meter_lights_per_criterion_and_trend(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))
    text = text_of(soup)

    # Criterion, red, yellow, green, total, average (red 0, yellow 1, green 2).
    assert table(soup, "Lights for Verkostoyhteistyön malli, per criterion") == [
        ["Lapsi voittaa", "1", "1", "2", "4", "1.25"],
        ["Luottamus, turvallisuus, läsnäolo", "0", "1", "2", "3", "1.67"],
    ]
    assert table(soup, "Lights for Perhetyön malli, per criterion") == [
        ["Lapsi voittaa", "1", "0", "0", "1", "0.00"],
        ["Luottamus, turvallisuus, läsnäolo", "0", "0", "0", "0", "–"],
    ]
    assert "4 members gave lights." in text
    assert "1 member gave lights." in text
    # Round, each criterion, all criteria: round 1 (2 + 0) / 2, (1 + 2) / 2, (2 + 1 + 0 + 2) / 4.
    assert table(soup, "Verkostoyhteistyön malli across rounds") == [
        ["Round 1", "1.00", "1.50", "1.25"],
        ["Round 2", "1.50", "2.00", "1.67"],
    ]
    assert table(soup, "Perhetyön malli across rounds") == [["Round 2", "0.00", "–", "0.00"]]


def test_evaluation_meter_of_one_round(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 2))
    assert table(soup, "Lights for Verkostoyhteistyön malli, per criterion") == [
        ["Lapsi voittaa", "0", "1", "1", "2", "1.50"],
        ["Luottamus, turvallisuus, läsnäolo", "0", "0", "1", "1", "2.00"],
    ]
    assert "2 members gave lights." in text_of(soup)


def test_figures_as_data_for_other_pages(two_rounds):
    figures = dashboard_figures(two_rounds["group"])
    assert figures["participation"]["total"] == {
        "members": 6,
        "took_part": 5,
        "share": pytest.approx(500 / 6),
        "posted": 4,
        "replied": 4,
        "agreed": 4,
        "evaluated": 4,
    }
    assert [(row["role"], row["count"]) for row in figures["voice"]["heard"]] == [
        (Role.EXPERT, 4),
        (Role.YOUNG_PERSON, 1),
    ]
    assert figures["dispositions"]["total"]["open"] == 5
    assert figures["evaluation"]["usefulness"]["average"] == pytest.approx(4.2)


# The page itself.


def test_every_chart_is_an_accessible_svg_with_its_table_and_headings_go_in_order(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"]))

    figures = soup.find_all("figure", class_="chart")
    assert len(figures) == 13  # 2 participation, 2 sections, voice, dispositions, 2 evaluation, trend, 2 × 2 meter
    for found in figures:
        svg = found.find("svg")
        assert svg["role"] == "img"
        title_id, desc_id = svg["aria-labelledby"].split()
        assert svg.find("title", id=title_id).get_text(strip=True)
        assert svg.find("desc", id=desc_id).get_text(strip=True)
        assert found.find("details").find("table").caption.get_text(strip=True) == svg.title.get_text(strip=True)
    assert not soup.find("script", src=lambda src: src and "chart" in src)
    levels = [int(heading.name[1]) for heading in soup.find("main").find_all(["h1", "h2", "h3", "h4"])]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))
    assert soup.find("label", attrs={"for": "id_round"}).get_text(strip=True) == "Rounds"


def test_a_group_without_rounds_has_an_empty_dashboard(client, group, facilitator):
    soup = page_for(client, facilitator.user, dashboard_url(group))
    text = text_of(soup)
    assert "0 of the group's 1 active member took part (0 %)." in text
    assert "No model has a board in these rounds yet." in text
    assert "The group has no criteria for the meter yet" in text


def test_an_unknown_round_shows_all_rounds(client, two_rounds):
    soup = page_for(client, two_rounds["facilitator"].user, dashboard_url(two_rounds["group"], 99))
    assert "Figures of the group's 2 rounds together." in text_of(soup)


def test_the_group_page_and_the_board_link_to_the_dashboard_for_facilitators_only(client, two_rounds):
    group = two_rounds["group"]
    with translation.override("en"):
        group_url = reverse("codev:group", args=(group.slug,))
        board_url = reverse("codev:board", args=(two_rounds["second"].boards.first().pk,))
    client.force_login(two_rounds["facilitator"].user)
    assert dashboard_url(group) in client.get(group_url).content.decode()
    assert dashboard_url(group) in client.get(board_url).content.decode()
    client.force_login(two_rounds["aino"].user)
    assert dashboard_url(group) not in client.get(group_url).content.decode()
    assert dashboard_url(group) not in client.get(board_url).content.decode()


# Who may see it.


def test_only_the_groups_facilitators_see_the_dashboard(client, two_rounds):
    group = two_rounds["group"]
    url = dashboard_url(group)
    assert "login" in client.get(url)["Location"]
    client.force_login(two_rounds["aino"].user)
    assert client.get(url).status_code == 403
    other_facilitator = add_member(make_group(), "toinen", Role.FACILITATOR)
    client.force_login(other_facilitator.user)
    assert client.get(url).status_code == 403
    client.force_login(get_user_model().objects.create_superuser("paakayttaja", "admin@example.org", "x"))
    assert client.get(url).status_code == 403
    assert client.get(reverse("codev:dashboard", args=("ei-ole",))).status_code == 404


# Cost.


def grow(group, model, rounds, posts_per_round, facilitator):
    """`rounds` rounds, each with a board of `posts_per_round` posts with a reply, an agreement, lights and
    an evaluation."""
    members = [
        add_member(group, f"jasen-{group.pk}-{index}", role, organisation=f"Org {index % 3}")
        for index, role in enumerate((Role.PROFESSIONAL, Role.EXPERT, Role.YOUNG_PERSON))
    ]
    criterion = MeterCriterion.objects.create(group=group, text="Lapsi voittaa")
    for number in range(1, rounds + 1):
        board = make_board(make_round(group, number, "closed"), model)
        column = board.columns.first()
        for index in range(posts_per_round):
            author = members[index % 3]
            post = Post.objects.create(
                board=board,
                column=column,
                author=author.user,
                body="<p>Palaute</p>",
                section=SECTIONS[index % len(SECTIONS)].key,
                disposition=Disposition.values[index % 5],
            )
            Post.objects.create(board=board, parent=post, author=facilitator.user, body="<p>Vastaus</p>")
            Reaction.objects.create(post=post, user=members[(index + 1) % 3].user)
        for member in members:
            RoundEvaluation.objects.create(round=board.round, user=member.user, usefulness=4, heard=3)
            MeterRating.objects.create(board=board, criterion=criterion, user=member.user, light="green")


def queries_for(client, user, url):
    client.force_login(user)
    client.get(url)  # The site's caches (locales, content types) fill on the first request of the process.
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_rounds_or_posts(client, site_tree):
    counts = []
    for rounds, posts_per_round in ((2, 5), (6, 17)):
        model = make_model(site_tree["library"], f"Malli {rounds}")
        group = make_group(models=[model])
        facilitator = add_member(group, f"fasilitaattori-{rounds}", Role.FACILITATOR)
        grow(group, model, rounds, posts_per_round, facilitator)
        counts.append(
            (
                queries_for(client, facilitator.user, dashboard_url(group)),
                queries_for(client, facilitator.user, dashboard_url(group, 1)),
            )
        )
    assert counts[0] == counts[1]
