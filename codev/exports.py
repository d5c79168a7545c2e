"""Exports for facilitators: a round's feedback with dispositions as CSV and XLSX, and a group's record as JSON."""

import csv
import io
from collections import defaultdict

from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from codev.evaluation import light_score
from codev.models import (
    Board,
    Disposition,
    Light,
    Membership,
    MeterCriterion,
    MeterRating,
    Post,
    PostStatus,
    Role,
    RoundEvaluation,
    VersionResponse,
    display_name,
)
from common.html_text import text_lines
from models_library.models import ModelVersion, OperationalModelPage
from models_library.sections import section_label

# A cell starting with one of these is a formula to a spreadsheet: a member's text must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "%Y-%m-%d %H:%M"
XLSX_DATE_FORMAT = "yyyy-mm-dd hh:mm"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def local(moment):
    """A moment in the site's time zone without its offset, as spreadsheets take dates."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def author_as_facilitators_see(post):
    """Facilitators see every author; an anonymous post says so, as it does on the board."""
    name = display_name(post.author)
    return _("%(name)s (anonymous to others)") % {"name": name} if post.is_anonymous else name


# A round's feedback as a table.


def feedback_headings():
    return [
        _("Post id"),
        _("Reply to"),
        _("Model"),
        _("Column"),
        _("Section"),
        _("Text"),
        _("Author"),
        _("Role"),
        _("Organisation"),
        _("Small group"),
        _("Created"),
        _("Edited"),
        _("Agreements"),
        _("Replies"),
        _("Status"),
        _("Disposition"),
        _("Disposition note"),
        _("Addressed in version"),
        _("Attachments"),
    ]


def feedback_posts(round_):
    """The round's posts and replies but those their authors deleted (kept as placeholders while they have replies),
    with agreements and the model's title, in one query (the model's page is not loaded: its text is large)."""
    return list(
        Post.objects.filter(board__round=round_)
        .kept()
        .select_related("column", "author__codev_profile", "small_group", "addressed_in")
        .annotate(agree_count=Count("reactions"), model_title=F("board__operational_model__title"))
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )


def attachment_names(post):
    """The files of a post by name; the files themselves stay behind the board's permission check."""
    return [attachment.original_name for attachment in post.attachments.all()]


def feedback_rows(round_):
    """A row per post, each followed by its replies; by model, column and time.

    Replies take their post's column and section (they have none of their own) and no disposition:
    the facilitator decides on the post they answer.
    """
    memberships = {
        membership.user_id: membership
        for membership in Membership.objects.filter(group_id=round_.group_id).only("user_id", "role", "organisation")
    }
    posts = feedback_posts(round_)
    replies = defaultdict(list)
    for post in posts:
        if post.parent_id:
            replies[post.parent_id].append(post)
    top_level = sorted(
        (post for post in posts if not post.parent_id),
        key=lambda post: (
            post.model_title.casefold(),
            post.board_id,
            post.column.sort_order if post.column else 1 << 16,
            post.column_id or 0,
            post.created_at,
            post.pk,
        ),
    )
    rows = []
    for post in top_level:
        for item in [post, *replies[post.pk]]:
            membership = memberships.get(item.author_id)
            is_reply = item is not post
            rows.append(
                [
                    item.pk,
                    post.pk if is_reply else None,
                    post.model_title,
                    post.column.name if post.column else "",
                    section_label(post.section),
                    _("Removed by its author") if item.is_placeholder else text_lines(item.body, bullets=True),
                    "" if item.is_placeholder else author_as_facilitators_see(item),
                    str(Role(membership.role).label) if membership else "",
                    membership.organisation if membership else "",
                    item.small_group.name if item.small_group else "",
                    local(item.created_at),
                    local(item.edited_at),
                    item.agree_count,
                    None if is_reply else len(replies[post.pk]),
                    str(PostStatus(item.status).label),
                    "" if is_reply else str(Disposition(item.disposition).label),
                    "" if is_reply else item.disposition_note,
                    item.addressed_in.label if item.addressed_in and not is_reply else "",
                    ", ".join(attachment_names(item)),
                ]
            )
    return rows


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_value(value):
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime(DATE_FORMAT)
    return spreadsheet_safe(str(value))


def feedback_csv(round_):
    """The round's feedback as CSV that Excel in Finland opens in columns: UTF-8 with a byte order mark,
    fields separated by semicolons (the Finnish list separator), quoted when they hold one, a quote or a line."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(feedback_headings())
    writer.writerows([csv_value(value) for value in row] for row in feedback_rows(round_))
    return out.getvalue().encode("utf-8")


def xlsx_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value)
    if isinstance(value, str):
        # openpyxl takes a text starting with "=" for a formula: a member's text must stay text.
        cell.data_type = "s"
    elif hasattr(value, "year"):
        cell.number_format = XLSX_DATE_FORMAT
    return cell


def feedback_xlsx(round_):
    """The round's feedback as an Excel workbook: a bold frozen heading row with filters, dates as dates.

    Written row by row (openpyxl's write-only mode), so a large round takes time in proportion to its posts.
    """
    rows = feedback_rows(round_)
    headings = feedback_headings()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Feedback")[:31])
    widths = {_("Text"): 80, _("Disposition note"): 40}
    for index, heading in enumerate(headings, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(heading, max(12, len(heading) + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"
    bold = Font(bold=True)
    heading_cells = []
    for heading in headings:
        cell = xlsx_cell(sheet, heading)
        cell.font = bold
        heading_cells.append(cell)
    sheet.append(heading_cells)
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# The whole group's record.


def model_pages(ids):
    """The models' pages by id, without their sections' text: only titles and addresses are needed."""
    return {page.pk: page for page in OperationalModelPage.objects.filter(pk__in=ids).defer_streamfields()}


def version_record(version, pages, request):
    page = pages[version.page_id]
    return {
        "model": page.title,
        "number": version.number,
        "label": version.label,
        "published_at": version.published_at,
        "url": version.get_full_url(request, page=page),
    }


def post_record(post, members, describe):
    membership = members.get(post.author_id)
    record = {
        "id": post.pk,
        "column": post.column.name if post.column else None,
        "section": post.section or None,
        "section_label": section_label(post.section) or None,
        "text": text_lines(post.body, bullets=True),
        "html": post.body,
        "author": display_name(post.author),
        "member": membership.pk if membership else None,
        "anonymous_to_others": post.is_anonymous,
        "small_group": post.small_group.name if post.small_group else None,
        "status": post.status,
        "hidden_reason": post.hidden_reason or None,
        "pinned": post.is_pinned,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "agree_count": post.agree_count,
        "attachments": attachment_names(post),
        "quote": {
            "version": describe(post.quote_version_id),
            "exact": post.quote_exact,
            "prefix": post.quote_prefix,
            "suffix": post.quote_suffix,
        }
        if post.quote_exact
        else None,
    }
    if post.is_placeholder:
        # Deleted by its author and kept for the replies under it: what the author wrote and who they are go.
        record.update(text="", html="", author=None, member=None, anonymous_to_others=False, quote=None, attachments=[])
    return record


def group_record(group, request):
    """The group's whole record for facilitators: members without emails, rounds, boards, posts with replies and
    dispositions, the versions read and the versions answering feedback, evaluations and the meter's lights.

    Anonymous evaluations carry no member; the meter's lights are counted, never attributed.
    """
    memberships = list(
        Membership.objects.filter(group=group)
        .select_related("user__codev_profile", "region")
        .order_by("joined_at", "pk")
    )
    members = {membership.user_id: membership for membership in memberships}
    rounds = list(group.rounds.order_by("number").prefetch_related("pre_reading", "small_groups__members"))
    boards = list(
        Board.objects.filter(round__group=group)
        .annotate(model_title=F("operational_model__title"))
        .prefetch_related("columns")
        .order_by("model_title", "pk")
    )
    posts = list(
        Post.objects.filter(board__round__group=group)
        .kept()
        .select_related("author__codev_profile", "column", "small_group")
        .annotate(agree_count=Count("reactions"))
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )
    evaluations = list(
        RoundEvaluation.objects.filter(round__group=group)
        .select_related("user__codev_profile")
        .order_by("round_id", "pk")
    )
    criteria = list(MeterCriterion.objects.filter(group=group))
    lights = defaultdict(dict)
    for row in (
        MeterRating.objects.filter(board__round__group=group)
        .values("board_id", "criterion_id", "light")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        lights[(row["board_id"], row["criterion_id"])][row["light"]] = row["n"]
    # Versions are loaded once, not with each post that quotes one: their structured facts are not needed.
    cited = {version_id for post in posts for version_id in (post.quote_version_id, post.addressed_in_id)}
    cited |= {version.pk for round_ in rounds for version in round_.pre_reading.all()}
    versions = {
        version.pk: version
        for version in ModelVersion.objects.filter(pk__in=cited - {None}).defer("facts", "change_note")
    }
    pages = model_pages({version.page_id for version in versions.values()})
    answering = sorted(
        {post.addressed_in_id for post in posts if post.addressed_in_id},
        key=lambda pk: (pages[versions[pk].page_id].title, versions[pk].number, versions[pk].correction),
    )
    # The group's own summaries only: another group answering on the same version keeps its text to itself.
    responses = dict(
        VersionResponse.objects.filter(version__in=answering, group=group).values_list("version_id", "summary")
    )
    described = {}

    def describe(version_id):
        """A version as the record cites it; worked out once per version, however many posts quote it."""
        if version_id is None:
            return None
        if version_id not in described:
            described[version_id] = version_record(versions[version_id], pages, request)
        return described[version_id]

    replies = defaultdict(list)
    by_board = defaultdict(list)
    addressed = defaultdict(list)
    for post in posts:
        record = post_record(post, members, describe)
        if post.parent_id:
            replies[post.parent_id].append(record)
            continue
        record.update(
            {
                "disposition": post.disposition,
                "disposition_label": str(Disposition(post.disposition).label),
                "disposition_note": post.disposition_note,
                "disposition_at": post.disposition_at,
                "addressed_in": describe(post.addressed_in_id),
                "replies": replies[post.pk],
            }
        )
        by_board[post.board_id].append(record)
        if post.addressed_in_id:
            addressed[post.addressed_in_id].append(post.pk)
    # A post's record holds the very list its replies go into, so replies read later still land in it.

    def board_record(board):
        return {
            "model": board.model_title,
            "summary": board.summary,
            "summary_published_at": board.summary_published_at,
            "pre_moderation": board.pre_moderation,
            "columns": [column.name for column in board.columns.all()],
            "meter": [
                {
                    "criterion": criterion.text,
                    **{light: lights[(board.pk, criterion.pk)].get(light, 0) for light in Light.values},
                    "score": light_score(lights[(board.pk, criterion.pk)]),
                }
                for criterion in criteria
            ],
            "posts": by_board[board.pk],
        }

    def evaluation_record(evaluation):
        named = not evaluation.is_anonymous
        return {
            "usefulness": evaluation.usefulness,
            "heard": evaluation.heard,
            "takeaway": evaluation.takeaway,
            "should_change": evaluation.should_change,
            "anonymous": evaluation.is_anonymous,
            "member": members[evaluation.user_id].pk if named and evaluation.user_id in members else None,
            "author": display_name(evaluation.user) if named else None,
        }

    return {
        "exported_at": timezone.now(),
        "group": {"name": group.name, "slug": group.slug, "description": group.description},
        "members": [
            {
                "id": membership.pk,
                "display_name": display_name(membership.user),
                "role": membership.role,
                "role_label": str(Role(membership.role).label),
                "organisation": membership.organisation,
                "region": membership.region.name if membership.region else None,
                "active": membership.is_active,
                "joined_at": membership.joined_at,
            }
            for membership in memberships
        ],
        "meter_criteria": [criterion.text for criterion in criteria],
        "rounds": [
            {
                "number": round_.number,
                "theme": round_.theme,
                "format": round_.format,
                "place": round_.place,
                "meeting_link": round_.meeting_link,
                "agenda": round_.agenda,
                "workshop_starts_at": round_.workshop_starts_at,
                "workshop_ends_at": round_.workshop_ends_at,
                "feedback_opens_at": round_.feedback_opens_at,
                "feedback_closes_at": round_.feedback_closes_at,
                "pre_reading": [
                    describe(version.pk)
                    for version in sorted(
                        round_.pre_reading.all(), key=lambda version: (pages[version.page_id].title, version.number)
                    )
                ],
                "small_groups": [
                    {
                        "name": small_group.name,
                        "members": sorted(membership.pk for membership in small_group.members.all()),
                    }
                    for small_group in round_.small_groups.all()
                ],
                "boards": [board_record(board) for board in boards if board.round_id == round_.pk],
                "evaluations": [
                    evaluation_record(evaluation) for evaluation in evaluations if evaluation.round_id == round_.pk
                ],
            }
            for round_ in rounds
        ],
        "versions_answering_feedback": [
            {**describe(pk), "summary": responses.get(pk, ""), "posts": addressed[pk]} for pk in answering
        ],
    }
