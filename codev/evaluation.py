"""Round evaluations and the evaluation meter: the actions that record answers and lights, and their figures."""

from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from codev.actions import FeedbackError
from codev.models import (
    DEFAULT_CRITERIA,
    LIGHT_SCORE,
    Board,
    CoDevelopmentGroup,
    Light,
    MeterCriterion,
    MeterRating,
    RoundEvaluation,
    RoundState,
)
from codev.templatetags.codev_tags import when

SCALE = range(1, 6)
QUESTIONS = ("usefulness", "heard")
TEXT_MAX_LENGTH = 2000
CRITERION_MAX_LENGTH = MeterCriterion._meta.get_field("text").max_length

# Where a round's evaluation stands.
NOT_YET, OPEN, CLOSED = "not_yet", "open", "closed"


def evaluation_window(round_, now=None):
    """The evaluation opens when the workshop starts and takes answers until the round closes."""
    now = now or timezone.now()
    if now < round_.workshop_starts_at:
        return NOT_YET
    if round_.state(now) == RoundState.CLOSED:
        return CLOSED
    return OPEN


def require_own_group(member, group_id, message):
    if member is None or not member.is_active or member.group_id != group_id:
        raise FeedbackError(message)


def clean_answer(value):
    value = (value or "").strip()
    if len(value) > TEXT_MAX_LENGTH:
        raise FeedbackError(
            _("An answer is %(length)s characters long; the limit is %(limit)s. Shorten it.")
            % {"length": len(value), "limit": TEXT_MAX_LENGTH}
        )
    return value


@transaction.atomic
def do_evaluate(*, member, round_, usefulness, heard, takeaway="", should_change="", is_anonymous=True):
    """Record the member's evaluation of the round; a second answer changes the first. Returns (evaluation, created).

    The texts are stored as plain text (templates escape them), so nothing a member writes is lost or reformatted.
    """
    require_own_group(member, round_.group_id, _("This round belongs to another group."))
    window = evaluation_window(round_)
    if window == NOT_YET:
        raise FeedbackError(
            _("The evaluation opens when the workshop starts (%(when)s).") % {"when": when(round_.workshop_starts_at)}
        )
    if window == CLOSED:
        raise FeedbackError(_("The round has closed, so its evaluation can no longer be given or changed."))
    if usefulness not in SCALE or heard not in SCALE:
        raise FeedbackError(_("Choose a number from 1 to 5 for both questions."))
    return RoundEvaluation.objects.update_or_create(
        round=round_,
        user=member.user,
        defaults={
            "usefulness": usefulness,
            "heard": heard,
            "takeaway": clean_answer(takeaway),
            "should_change": clean_answer(should_change),
            "is_anonymous": bool(is_anonymous),
        },
    )


def ensure_criteria(group):
    """The group's meter criteria in order; a group without any first gets the default principles."""
    criteria = list(group.meter_criteria.all())
    if criteria:
        return criteria
    with transaction.atomic():
        # The group's row is the lock: two members opening the meter at once create the defaults once.
        CoDevelopmentGroup.objects.select_for_update().filter(pk=group.pk).exists()
        if not group.meter_criteria.exists():
            MeterCriterion.objects.bulk_create(
                MeterCriterion(group=group, text=text, sort_order=index) for index, text in enumerate(DEFAULT_CRITERIA)
            )
    return list(group.meter_criteria.all())


@transaction.atomic
def do_save_criteria(*, member, group, rows):
    """Add, rename, reorder and remove the group's criteria in one go; returns them in their new order.

    `rows` are dicts {"pk": criterion pk or None for a new one, "text", "position", "remove"}; criteria not in
    `rows` stay as they are. A criterion members have already rated is not removed: the trend would lose it.
    """
    require_own_group(member, group.pk, _("Only the group's facilitators can change its criteria."))
    if not member.is_facilitator:
        raise FeedbackError(_("Only the group's facilitators can change its criteria."))
    existing = {
        criterion.pk: criterion
        for criterion in MeterCriterion.objects.filter(group=group).annotate(rating_count=Count("ratings"))
    }
    kept, removed, mentioned = [], [], set()
    for index, row in enumerate(rows):
        criterion = existing.get(row.get("pk")) if row.get("pk") else None
        if row.get("pk") and criterion is None:
            raise FeedbackError(_("One of the criteria was removed meanwhile. Open the page again."))
        if criterion:
            mentioned.add(criterion.pk)
        if row.get("remove"):
            if criterion and criterion.rating_count:
                raise FeedbackError(
                    _(
                        "“%(text)s” has already been rated, so it cannot be removed. Rename it "
                        "instead if its wording needs to change."
                    )
                    % {"text": criterion.text}
                )
            if criterion:
                removed.append(criterion.pk)
            continue
        text = " ".join((row.get("text") or "").split())
        if not text:
            raise FeedbackError(_("Write the text of every criterion, or mark the criterion for removal."))
        if len(text) > CRITERION_MAX_LENGTH:
            raise FeedbackError(
                _("A criterion can be at most %(limit)s characters long.") % {"limit": CRITERION_MAX_LENGTH}
            )
        criterion = criterion or MeterCriterion(group=group)
        criterion.text = text
        kept.append((row.get("position") or index + 1, index, criterion))
    untouched = [criterion for pk, criterion in existing.items() if pk not in mentioned]
    kept += [(criterion.sort_order + 1, len(rows) + index, criterion) for index, criterion in enumerate(untouched)]
    if not kept:
        raise FeedbackError(_("Keep at least one criterion: members rate the model against them."))
    ordered = [criterion for _position, _index, criterion in sorted(kept, key=lambda item: item[:2])]
    for position, criterion in enumerate(ordered):
        criterion.sort_order = position
    MeterCriterion.objects.filter(pk__in=removed).delete()
    MeterCriterion.objects.bulk_update([criterion for criterion in ordered if criterion.pk], ["text", "sort_order"])
    MeterCriterion.objects.bulk_create([criterion for criterion in ordered if not criterion.pk])
    return ordered


@transaction.atomic
def do_rate(*, member, board, lights):
    """Set the member's lights for the model of the board, {criterion pk: light}; returns how many were set.

    A member has one light per criterion on a board: choosing again changes it. Criteria left out keep theirs.
    """
    group_id = board.round.group_id
    require_own_group(member, group_id, _("This board belongs to another group."))
    if not member.can_post:
        raise FeedbackError(_("Observers can see the meter's results but do not rate."))
    if not board.round.accepts_feedback():
        raise FeedbackError(_("This round does not take ratings now: its feedback window is closed."))
    if not lights:
        raise FeedbackError(_("Choose a light for at least one criterion."))
    criteria = set(MeterCriterion.objects.filter(group_id=group_id).values_list("pk", flat=True))
    if not set(lights) <= criteria:
        raise FeedbackError(_("One of the criteria was removed meanwhile. Open the page again."))
    if not set(lights.values()) <= set(Light.values):
        raise FeedbackError(_("Choose red, yellow or green."))
    MeterRating.objects.bulk_create(
        [MeterRating(board=board, criterion_id=pk, user=member.user, light=light) for pk, light in lights.items()],
        update_conflicts=True,
        unique_fields=["board", "criterion", "user"],
        update_fields=["light", "updated_at"],
    )
    return len(lights)


def light_score(counts):
    """The average of LIGHT_SCORE (red 0, yellow 1, green 2) over {light: count}; None without lights."""
    total = sum(counts.values())
    if not total:
        return None
    return sum(LIGHT_SCORE[light] * count for light, count in counts.items()) / total


def evaluation_summary(round_):
    """The round's evaluation in figures, from one query.

    Returns {"count": number of answers,
             "usefulness": {"average": float or None, "distribution": [(1, answers), (2, answers), ..., (5, answers)]},
             "heard": the same}.
    """
    figures = RoundEvaluation.objects.filter(round=round_).aggregate(
        count=Count("pk"),
        **{f"{question}_average": Avg(question) for question in QUESTIONS},
        **{
            f"{question}_{value}": Count("pk", filter=Q(**{question: value}))
            for question in QUESTIONS
            for value in SCALE
        },
    )
    return {
        "count": figures["count"],
        **{
            question: {
                "average": figures[f"{question}_average"],
                "distribution": [(value, figures[f"{question}_{value}"]) for value in SCALE],
            }
            for question in QUESTIONS
        },
    }


def evaluation_trend(group):
    """The evaluation of every round of the group, by round number, from one query.

    Returns a list, one item per round: {"round": Round, "count": answers, "usefulness": average or None,
    "heard": average or None}.
    """
    rounds = group.rounds.order_by("number").annotate(
        answer_count=Count("evaluations"),
        **{f"{question}_average": Avg(f"evaluations__{question}") for question in QUESTIONS},
    )
    return [
        {
            "round": round_,
            "count": round_.answer_count,
            **{question: getattr(round_, f"{question}_average") for question in QUESTIONS},
        }
        for round_ in rounds
    ]


def meter_summary(board):
    """The lights given to the model of the board, per criterion of the group; never who gave which. Two queries.

    Returns {"raters": members who gave at least one light,
             "criteria": [{"criterion": MeterCriterion, "red": n, "yellow": n, "green": n, "count": n,
                           "score": LIGHT_SCORE average (0–2) or None}, ...] in the criteria's order}.
    """
    on_board = Q(ratings__board=board)
    criteria = MeterCriterion.objects.filter(group_id=board.round.group_id).annotate(
        **{light: Count("ratings", filter=on_board & Q(ratings__light=light)) for light in Light.values}
    )
    rows = []
    for criterion in criteria:
        counts = {light: getattr(criterion, light) for light in Light.values}
        rows.append({"criterion": criterion, **counts, "count": sum(counts.values()), "score": light_score(counts)})
    raters = MeterRating.objects.filter(board=board).values("user").distinct().count()
    return {"raters": raters, "criteria": rows}


def meter_trend(group, model):
    """How the model measured up against each criterion in the group's rounds that had a board for it.

    Three queries however many rounds. Returns
    {"rounds": [Round, ...] by number,
     "criteria": [{"criterion": MeterCriterion, "scores": [score or None, one per round]}, ...] in order,
     "overall": [score over all criteria or None, one per round]}, scores being LIGHT_SCORE averages (0–2).
    """
    boards = list(
        Board.objects.filter(round__group=group, operational_model=model)
        .select_related("round")
        .order_by("round__number")
    )
    criteria = list(group.meter_criteria.all())
    counts = {}
    for row in (
        MeterRating.objects.filter(board__round__group=group, board__operational_model=model)
        .values("board_id", "criterion_id", "light")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts.setdefault((row["board_id"], row["criterion_id"]), {})[row["light"]] = row["n"]
    overall = []
    for board in boards:
        total = {}
        for (board_id, _criterion), lights in counts.items():
            if board_id == board.pk:
                for light, count in lights.items():
                    total[light] = total.get(light, 0) + count
        overall.append(light_score(total))
    return {
        "rounds": [board.round for board in boards],
        "criteria": [
            {
                "criterion": criterion,
                "scores": [light_score(counts.get((board.pk, criterion.pk), {})) for board in boards],
            }
            for criterion in criteria
        ],
        "overall": overall,
    }
