"""A facilitator downloads a round's feedback as CSV and XLSX and the group's record as JSON, and finds in them
what the screen shows; nobody else gets them."""

import csv
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from codev.models import Post, Role, SmallGroup, VersionResponse
from codev.responses import do_record_response
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_group
from testing.factories import make_model
from tests.codev.test_dashboard import grow, hand_worked_group, write
from tests.test_versions import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_rounds(site_tree, model, group, facilitator):
    """The group whose figures the dashboard's tests work out by hand (see hand_worked_group)."""
    return hand_worked_group(site_tree, model, group, facilitator)


HEADINGS = [
    "Post id",
    "Reply to",
    "Model",
    "Column",
    "Section",
    "Text",
    "Author",
    "Role",
    "Organisation",
    "Small group",
    "Created",
    "Edited",
    "Agreements",
    "Replies",
    "Status",
    "Disposition",
    "Disposition note",
    "Addressed in version",
    "Attachments",
]


def url(name, group, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=(group.slug, *args))


def download(client, user, address):
    client.force_login(user)
    response = client.get(address)
    assert response.status_code == 200
    return response


def csv_rows(response):
    content = response.content
    assert content.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the byte order mark
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))


def by_id(rows):
    return {row[0]: row for row in rows[1:]}


# CSV.


def test_a_rounds_feedback_as_csv_has_every_post_and_reply_with_what_became_of_it(client, two_rounds):
    group, aino, kaisa = two_rounds["group"], two_rounds["aino"], two_rounds["kaisa"]
    response = download(client, two_rounds["facilitator"].user, url("dashboard_feedback_csv", group, 1))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{group.slug}-round-1-feedback.csv"'
    rows = csv_rows(response)
    assert rows[0] == HEADINGS
    # Round 1: four posts (the fifth was deleted by its author) and three replies, each reply after its post.
    assert len(rows) == 1 + 4 + 3
    posts = Post.objects.filter(board__round=two_rounds["first"])
    p1 = posts.get(author=aino.user, parent=None)
    p2 = posts.get(author=kaisa.user, parent=None)
    rows_by_id = by_id(rows)
    first = rows_by_id[str(p1.pk)]
    assert first[1:10] == [
        "",
        "Verkostoyhteistyön malli",
        "Toimii hyvin",
        "Basic idea of the solution",
        "Verkostokokous toimii.",
        "Ammattilainen Aino",
        "Professional",
        "HUS",
        "",
    ]
    assert first[12:] == ["2", "2", "Published", "Addressed in a version", "", two_rounds["version"].label, ""]
    assert [row[1] for row in rows[1:4]] == ["", str(p1.pk), str(p1.pk)]  # p1 and its two replies
    declined = rows_by_id[str(p2.pk)]
    assert declined[6] == "Kokija Kaisa (anonymous to others)"
    assert declined[14:17] == ["Published", "Declined", "Ei kuulu tähän malliin."]
    reply = rows_by_id[str(posts.get(parent=p2).pk)]
    assert reply[1:5] == [str(p2.pk), "Verkostoyhteistyön malli", "Muutettavaa", "Operating environment"]
    assert reply[13] == "" and reply[15] == ""  # a reply has no replies and no disposition of its own
    statuses = sorted(row[14] for row in rows[1:])
    assert statuses.count("Hidden by a facilitator") == 1


def test_csv_quotes_semicolons_and_keeps_formulas_as_text(client, two_rounds):
    board = two_rounds["second"].boards.get(operational_model=two_rounds["model"])
    tricky = write(two_rounds["aino"], board, body='=HYPERLINK("http://example.org"); klikkaa', section="")
    Post.objects.filter(pk=tricky.pk).update(body="<p>=HYPERLINK(&quot;x&quot;); klikkaa</p><p>Toinen; kappale</p>")
    rows = csv_rows(
        download(client, two_rounds["facilitator"].user, url("dashboard_feedback_csv", two_rounds["group"], 2))
    )
    assert by_id(rows)[str(tricky.pk)][5] == '\'=HYPERLINK("x"); klikkaa\nToinen; kappale'


# XLSX.


def test_a_rounds_feedback_as_xlsx_opens_and_has_the_same_rows(client, two_rounds):
    group = two_rounds["group"]
    response = download(client, two_rounds["facilitator"].user, url("dashboard_feedback_xlsx", group, 1))

    assert response["Content-Disposition"] == f'attachment; filename="{group.slug}-round-1-feedback.xlsx"'
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert list(rows[0]) == HEADINGS
    # The headings stay in view and filter the columns.
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:S8"
    assert all(cell.font.bold for cell in sheet[1])
    csv_version = csv_rows(download(client, two_rounds["facilitator"].user, url("dashboard_feedback_csv", group, 1)))
    assert len(rows) == len(csv_version)
    for row, text_row in zip(rows[1:], csv_version[1:], strict=True):
        assert row[0] == int(text_row[0])
        assert row[5] == text_row[5] and row[6] == text_row[6]
        assert row[10].strftime("%Y-%m-%d %H:%M") == text_row[10]
        assert (row[15] or "") == text_row[15] and (row[16] or "") == text_row[16]
    p1 = [row for row in rows if row[6] == "Ammattilainen Aino" and row[1] is None][0]
    assert (p1[12], p1[13], p1[15]) == (2, 2, "Addressed in a version")


def test_xlsx_keeps_a_members_formula_as_text(client, two_rounds):
    board = two_rounds["second"].boards.get(operational_model=two_rounds["model"])
    write(two_rounds["aino"], board, body="=1+1")
    response = download(client, two_rounds["facilitator"].user, url("dashboard_feedback_xlsx", two_rounds["group"], 2))
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [row[5] for row in sheet.iter_rows(min_row=2)]
    formula = [cell for cell in cells if cell.value == "=1+1"]
    assert len(formula) == 1 and formula[0].data_type == "s"


# JSON.


def test_the_groups_record_as_json(client, two_rounds):
    group, model = two_rounds["group"], two_rounds["model"]
    small_group = SmallGroup.objects.create(round=two_rounds["first"], name="Pienryhmä A")
    small_group.members.add(two_rounds["aino"])
    two_rounds["first"].pre_reading.add(two_rounds["version"])
    response = download(client, two_rounds["facilitator"].user, url("dashboard_export_json", group))

    assert response["Content-Disposition"].startswith(f'attachment; filename="{group.slug}-record-')
    assert response["Content-Disposition"].endswith('.json"')
    record = json.loads(response.content)
    assert record["group"]["name"] == group.name
    assert len(record["members"]) == 7
    assert "@" not in json.dumps(record["members"])  # no email addresses
    aino = next(member for member in record["members"] if member["display_name"] == "Ammattilainen Aino")
    assert (aino["role"], aino["organisation"], aino["active"]) == ("professional", "HUS", True)
    assert [round_["number"] for round_ in record["rounds"]] == [1, 2]
    first, second = record["rounds"]
    assert first["pre_reading"][0]["model"] == model.title
    assert first["pre_reading"][0]["url"].startswith("http://testserver/")
    assert first["small_groups"] == [{"name": "Pienryhmä A", "members": [aino["id"]]}]
    assert [board["model"] for board in second["boards"]] == ["Perhetyön malli", "Verkostoyhteistyön malli"]
    board = first["boards"][0]
    assert board["columns"] == ["Toimii hyvin", "Muutettavaa", "Kysymyksiä", "Ideoita"]
    assert len(board["posts"]) == 4
    addressed = next(post for post in board["posts"] if post["disposition"] == "addressed")
    assert addressed["text"] == "Verkostokokous toimii."
    assert addressed["member"] == aino["id"]
    assert addressed["agree_count"] == 2
    assert len(addressed["replies"]) == 2
    assert addressed["addressed_in"]["number"] == two_rounds["version"].number
    declined = next(post for post in board["posts"] if post["disposition"] == "declined")
    assert (declined["author"], declined["anonymous_to_others"]) == ("Kokija Kaisa", True)
    assert declined["disposition_note"] == "Ei kuulu tähän malliin."
    # The lights are counts per criterion, never who gave them.
    assert board["meter"] == [
        {"criterion": "Lapsi voittaa", "red": 1, "yellow": 0, "green": 1, "score": 1.0},
        {"criterion": "Luottamus, turvallisuus, läsnäolo", "red": 0, "yellow": 1, "green": 1, "score": 1.5},
    ]
    # Anonymous evaluations carry no one; Aino chose to answer with her name.
    assert sorted(
        (evaluation["usefulness"], evaluation["heard"], evaluation["author"]) for evaluation in first["evaluations"]
    ) == [(3, 2, "Ammattilainen Aino"), (4, 5, None), (5, 4, None)]
    assert all(evaluation["member"] is None for evaluation in first["evaluations"] if evaluation["anonymous"])
    answering = record["versions_answering_feedback"]
    assert [(version["model"], version["posts"]) for version in answering] == [(model.title, [addressed["id"]])]


def test_json_names_the_summary_of_the_version_that_answers(client, two_rounds):
    VersionResponse.objects.create(
        version=two_rounds["version"], group=two_rounds["group"], summary="Verkostokokous lisättiin."
    )
    record = json.loads(
        download(client, two_rounds["facilitator"].user, url("dashboard_export_json", two_rounds["group"])).content
    )
    assert record["versions_answering_feedback"][0]["summary"] == "Verkostokokous lisättiin."


# Who may download.


def test_only_the_groups_facilitators_get_any_export(client, two_rounds):
    group = two_rounds["group"]
    addresses = [
        url("dashboard_feedback_csv", group, 1),
        url("dashboard_feedback_xlsx", group, 1),
        url("dashboard_export_json", group),
    ]
    for address in addresses:
        assert "login" in client.get(address)["Location"]
    outsiders = [
        two_rounds["aino"].user,
        two_rounds["kaisa"].user,
        add_member(make_group(), "toinen-fasilitaattori", Role.FACILITATOR).user,
        get_user_model().objects.create_superuser("paakayttaja", "admin@example.org", "x"),
    ]
    for user in outsiders:
        client.force_login(user)
        for address in addresses:
            assert client.get(address).status_code == 403, (user, address)
    client.force_login(two_rounds["facilitator"].user)
    assert client.get(url("dashboard_feedback_csv", group, 9)).status_code == 404
    assert client.get(url("dashboard_feedback_xlsx", group, 9)).status_code == 404


def test_the_dashboard_links_to_the_exports(client, two_rounds):
    group = two_rounds["group"]
    client.force_login(two_rounds["facilitator"].user)
    with translation.override("en"):
        page = client.get(reverse("codev:dashboard", args=(group.slug,)) + "?round=2").content.decode()
    assert url("dashboard_feedback_csv", group, 2) in page
    assert url("dashboard_feedback_xlsx", group, 2) in page
    assert url("dashboard_feedback_csv", group, 1) not in page
    assert url("dashboard_export_json", group) in page


# Cost.


def test_export_queries_do_not_grow_with_posts_or_rounds(client, site_tree):
    counts = []
    for rounds, posts_per_round in ((2, 5), (6, 17)):
        model = make_model(site_tree["library"], f"Malli {rounds}")
        group = make_group(models=[model])
        facilitator = add_member(group, f"fasilitaattori-{rounds}", Role.FACILITATOR)
        grow(group, model, rounds, posts_per_round, facilitator)
        client.force_login(facilitator.user)
        found = []
        for address in (
            url("dashboard_feedback_csv", group, 1),
            url("dashboard_feedback_xlsx", group, 1),
            url("dashboard_export_json", group),
        ):
            client.get(address)
            with CaptureQueriesContext(connection) as queries:
                client.get(address)
            found.append(len(queries))
        counts.append(found)
    assert counts[0] == counts[1]


def test_response_recorded_through_the_action_shows_in_the_export(client, two_rounds):
    """The version's answer recorded the way facilitators record it reaches the export's rows."""
    p7 = Post.objects.get(board__round=two_rounds["second"], author=two_rounds["aino"].user, parent=None)
    publish(two_rounds["model"], note="Palautteen pohjalta.")
    version = ModelVersion.objects.for_page(two_rounds["model"]).newest_first().first()
    do_record_response(
        actor=two_rounds["facilitator"].user, version=version, group=two_rounds["group"], posts=[p7], summary=""
    )
    rows = by_id(
        csv_rows(
            download(client, two_rounds["facilitator"].user, url("dashboard_feedback_csv", two_rounds["group"], 2))
        )
    )
    assert rows[str(p7.pk)][15:] == ["Addressed in a version", "", version.label, ""]
