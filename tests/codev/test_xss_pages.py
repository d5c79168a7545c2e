"""Every page, export and email that shows members' text shows the XSS corpus as harmless text and formatting.

One world for the module: a board holding one post per payload of tests/data/xss_payloads.txt (stored as the
sanitiser stores it), replies, members whose display names are payloads, and payloads in the places facilitators
and members write plain text (reasons, notes, summaries, evaluations, quotes). Each page is rendered once.
"""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from codev import actions, evaluation
from codev.models import Disposition, Notification, Post, PostStatus, Profile, Role
from codev.notifications.delivery import compose, for_email
from codev.responses import do_record_response
from codev.summaries import do_save_summary
from codev.triage import do_set_disposition
from common.sanitize import clean_post_html
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.test_versions import publish
from tests.xss import executable_markup, payloads

pytestmark = pytest.mark.django_db

PAYLOADS = payloads()
# Display names are at most 60 characters: short payloads that would run if a name were not escaped.
NAME_PAYLOADS = [
    "<script>alert(1)</script>Aino",
    '"><img src=x onerror=alert(1)>Kaisa',
    "<svg onload=alert(1)>Niko",
    "'><a href=javascript:alert(1)>Fiia</a>",
]
# Plain text that members and facilitators write (reasons, notes, summaries, evaluations): the sharpest payloads.
TEXT_PAYLOADS = [
    "<script>alert('teksti')</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><script>alert(1)</script>",
    '<a href="javascript:alert(1)">linkki</a><iframe src=javascript:alert(1)></iframe>',
    "<svg/onload=alert(1)><math><style><img src=x onerror=alert(1)>",
]
TEXT = " ".join(TEXT_PAYLOADS)
MARK = "Viesti-{}"


def marker(number):
    return MARK.format(number)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once for the module inside a transaction that is rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        yield build_world()
        transaction.set_rollback(True)


def build_world():
    site = build_site()
    model = make_model(site["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model])
    facilitator = add_member(group, "x-fasilitaattori", Role.FACILITATOR, display_name=NAME_PAYLOADS[3])
    facilitator.user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    authors = [
        add_member(group, f"x-jasen-{n}", Role.PROFESSIONAL, display_name=name)
        for n, name in enumerate(NAME_PAYLOADS[:3])
    ]
    member = authors[0]
    round_ = make_round(group, 1, "workshop")
    board = make_board(round_, model)
    column = board.columns.first()

    # Through the action, as members post: a few posts, replies and an anonymous post.
    # (Words before each payload: a post of markup alone is refused as empty.)
    real = [
        make_post(author, board, body=f"<p>Palaute {number}</p>{payload}")
        for number, (author, payload) in enumerate(zip(authors * 3, TEXT_PAYLOADS, strict=False))
    ]
    anonymous = make_post(authors[1], board, body=f"<p>Nimetön</p>{TEXT_PAYLOADS[0]}", is_anonymous=True)
    # Each answers another's post, so that its author is notified of the reply.
    for author, post in zip(authors[1:] + authors[:1], real, strict=False):
        actions.do_reply(member=author, post=post, body=f"<p>Vastaus</p>{TEXT}")
    actions.do_reply(member=authors[2], post=real[0], body=f"<p>Vastaus</p>{TEXT_PAYLOADS[1]}", is_anonymous=True)
    # The whole corpus, one post a payload, stored as the sanitiser stores it; the marker proves each was shown.
    Post.objects.bulk_create(
        Post(
            board=board,
            column=column,
            author=authors[number % len(authors)].user,
            body=clean_post_html(f"<p>{marker(number)}</p>{payload}"),
            quote_exact=payload if number % 50 == 0 else "",
            status=PostStatus.PUBLISHED,
            change_seq=board.change_seq,
        )
        for number, payload in enumerate(PAYLOADS)
    )
    corpus = list(Post.objects.filter(board=board, body__contains="Viesti-").order_by("pk"))
    actions.do_hide(actor=facilitator.user, post=corpus[1], reason=TEXT)
    do_set_disposition(actor=facilitator.user, posts=corpus[2:6], disposition=Disposition.DECLINED, note=TEXT)
    do_set_disposition(actor=facilitator.user, posts=corpus[6:9], disposition=Disposition.CONSIDERING, note=TEXT)
    do_set_disposition(actor=facilitator.user, posts=[anonymous], disposition=Disposition.DEFERRED, note=TEXT)

    publish(model, note="Palautteen pohjalta.")
    version = ModelVersion.objects.for_page(model).newest_first().first()
    do_record_response(
        actor=facilitator.user, version=version, group=board.round.group, posts=[real[0], corpus[6]], summary=TEXT
    )
    do_save_summary(actor=facilitator.user, board=board, text=TEXT, publish=True)
    for number, author in enumerate(authors):
        evaluation.do_evaluate(
            member=author,
            round_=round_,
            usefulness=4,
            heard=3,
            takeaway=TEXT,
            should_change=TEXT,
            is_anonymous=number == 0,
        )
    # A later round's board shows the open posts of this one as carried forward.
    later_board = make_board(make_round(group, 2, "upcoming"), model)
    return {
        "model": model,
        "group": group,
        "facilitator": facilitator,
        "member": member,
        "board": board,
        "later_board": later_board,
        "round": round_,
        "version": version,
        "post": real[0],
        "corpus": corpus,
    }


def workspace(name, *args):
    with translation.override("fi"):
        return reverse(f"codev:{name}", args=args)


def get(world, who, address):
    client = Client()
    client.force_login(world[who].user)
    response = client.get(address)
    assert response.status_code == 200, address
    return response


# How the pages show the payloads, so that a page that dropped them would not pass: a plain-text payload escaped,
# a display name escaped, and the words of the first post made through the action.
ESCAPED_TEXT = "&lt;script&gt;alert(&#x27;teksti&#x27;)&lt;/script&gt;"
ESCAPED_NAME = "&lt;script&gt;alert(1)&lt;/script&gt;Aino"
FIRST_POST = "Palaute 0"
ALL = len(PAYLOADS) - 1  # the hidden one is not on members' pages


def board(w):
    """The whole first column, as its "show more" link asks for it, so every corpus post is on the page."""
    column = w["board"].columns.first()
    return f"{workspace('board', w['board'].pk)}?c{column.pk}={len(PAYLOADS) + 100}"


# Pages: who reads it, its address, how many corpus posts it shows at least, and what else it must show.
PAGES = {
    "board as facilitator": ("facilitator", board, ALL, [ESCAPED_NAME, ESCAPED_TEXT]),
    "board as member": ("member", board, ALL, [ESCAPED_NAME]),
    "later board with carried-forward posts": (
        "facilitator",
        lambda w: workspace("board", w["later_board"].pk),
        len(PAYLOADS) - 10,
        [ESCAPED_NAME],
    ),
    "presentation view": ("member", lambda w: workspace("board_present", w["board"].pk), ALL, []),
    "live changes": ("member", lambda w: workspace("board_changes", w["board"].pk) + "?since=0", ALL, []),
    "post edit page": ("member", lambda w: workspace("post_edit", w["post"].pk), 0, [FIRST_POST]),
    "post delete page": ("member", lambda w: workspace("post_delete", w["post"].pk), 0, [FIRST_POST]),
    "member page": ("member", lambda w: workspace("home"), 1, [ESCAPED_NAME]),
    "group page": ("member", lambda w: workspace("group", w["group"].slug), 0, []),
    "round page": ("member", lambda w: workspace("round", w["group"].slug, 1), 0, []),
    "triage": ("facilitator", lambda w: workspace("triage", w["group"].slug), 40, [ESCAPED_NAME]),
    "triage, last page": ("facilitator", lambda w: workspace("triage", w["group"].slug) + "?page=999", 1, []),
    "dashboard": ("facilitator", lambda w: workspace("dashboard", w["group"].slug), 0, []),
    "process page": ("member", lambda w: workspace("process", w["group"].slug), 0, [ESCAPED_TEXT]),
    "round summary page": ("facilitator", lambda w: workspace("board_summary", w["board"].pk), 0, [ESCAPED_TEXT]),
    "evaluation results": (
        "facilitator",
        lambda w: workspace("round_evaluation_results", w["group"].slug, 1),
        0,
        [ESCAPED_TEXT],
    ),
    "own evaluation": ("member", lambda w: workspace("round_evaluation", w["group"].slug, 1), 0, []),
    "version response in the admin": (
        "facilitator",
        lambda w: reverse("codev_version_response", args=(w["version"].pk,)),
        0,
        [ESCAPED_TEXT],
    ),
    "model page with the round summary and the response": ("member", lambda w: w["model"].url, 0, [ESCAPED_TEXT]),
    "version page with the answered posts": (
        "member",
        lambda w: w["model"].url + w["model"].reverse_subpage("version", args=(w["version"].number,)),
        0,
        [FIRST_POST],
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_the_page_shows_members_text_without_executable_markup(world, name):
    who, address, at_least, expected = PAGES[name]

    html = get(world, who, address(world)).content.decode()

    assert executable_markup(html) == []
    shown = len(set(re.findall(r"Viesti-\d+", html)))
    assert shown >= at_least, f"only {shown} of the corpus posts are on the page"
    assert [text for text in expected if text not in html] == []


def test_the_feedback_spreadsheets_and_the_json_record_hold_the_text_but_no_page_to_run(world):
    group = world["group"]
    csv_response = get(world, "facilitator", workspace("dashboard_feedback_csv", group.slug, 1))
    xlsx_response = get(world, "facilitator", workspace("dashboard_feedback_xlsx", group.slug, 1))
    json_response = get(world, "facilitator", workspace("dashboard_export_json", group.slug))

    for response in (csv_response, xlsx_response, json_response):
        # Downloaded, never shown by the browser as a page of ours.
        assert "html" not in response["Content-Type"]
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    csv_cells = [cell for row in rows for cell in row]
    sheet = load_workbook(io.BytesIO(xlsx_response.content), read_only=True).active
    xlsx_cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert sum("Viesti-" in cell for cell in csv_cells) >= len(PAYLOADS) - 1
    assert sum("Viesti-" in str(cell.value) for cell in xlsx_cells) >= len(PAYLOADS) - 1
    # A spreadsheet runs a CSV cell starting with one of these as a formula; in the workbook, text is typed text.
    assert not [cell for cell in csv_cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not [cell.value for cell in xlsx_cells if cell.data_type == "f"]
    record = json.loads(json_response.content)
    posts = posts_of(record)
    assert sum("Viesti-" in post["text"] for post in posts) >= len(PAYLOADS) - 1
    for post in posts:
        assert executable_markup(post["html"], fragment=True) == [], post["id"]


def posts_of(record):
    """Every post and reply in the group's JSON record, wherever its rounds and boards keep them."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if "html" in value and "text" in value:
                found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(record)
    return found


def test_notification_emails_about_replies_and_declined_posts_hold_no_executable_markup(world):
    member = world["member"]
    notifications = for_email(Notification.objects.filter(user=member.user))
    assert {item.kind for item in notifications} >= {"reply", "declined", "addressed"}

    message = compose(
        member.user, list(notifications), digest=True, language="fi", now=timezone.now() + timedelta(minutes=1)
    )

    html, content_type = message.alternatives[0]
    assert content_type == "text/html"
    assert executable_markup(html) == []
    # The reply's excerpt and the reason for declining are in the email, as escaped text.
    assert "Vastaus" in html
    assert "&lt;script&gt;alert(&#x27;teksti&#x27;)&lt;/script&gt;" in html
    assert message.content_subtype == "plain"


def test_display_names_in_profiles_are_the_payloads_the_pages_escaped(world):
    """The world really has the names the pages were checked with, so the checks above covered them."""
    names = set(
        Profile.objects.filter(user__codev_memberships__group=world["group"]).values_list("display_name", flat=True)
    )
    assert set(NAME_PAYLOADS) <= names
