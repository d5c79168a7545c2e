"""The facilitator's dashboard in figures: who took part, where the feedback went, whose voice, what became of it."""

from collections import Counter, defaultdict

from django.db.models import Avg, BooleanField, Case, CharField, Count, F, Q, Value, When
from django.utils.translation import gettext as _

from codev.evaluation import QUESTIONS, SCALE, evaluation_trend, light_score
from codev.models import (
    OPEN_DISPOSITIONS,
    Board,
    Disposition,
    Light,
    Membership,
    MeterCriterion,
    MeterRating,
    Post,
    PostStatus,
    Reaction,
    Role,
    RoundEvaluation,
)
from models_library.models import OperationalModelPage
from models_library.sections import SECTIONS

# The roles whose voice the source documents worry about: are experts by experience and young people heard?
HEARD_ROLES = (Role.EXPERT, Role.YOUNG_PERSON)
ACTIONS = ("posted", "replied", "agreed", "evaluated")


def percent(part, whole):
    """`part` as a percentage of `whole`; None when there is no whole to take a share of."""
    return 100 * part / whole if whole else None


class Scope:
    """The group's figures over all its rounds, or over one round.

    Feedback counts as given unless its author deleted it: posts waiting for approval or hidden by a facilitator
    were still written, and triage decides on them too.
    """

    def __init__(self, group, round_=None):
        self.group = group
        self.round = round_

    def posts(self):
        posts = Post.objects.exclude(status=PostStatus.REMOVED)
        if self.round:
            return posts.filter(board__round=self.round)
        return posts.filter(board__round__group=self.group)

    def reactions(self):
        reactions = Reaction.objects.exclude(post__status=PostStatus.REMOVED)
        if self.round:
            return reactions.filter(post__board__round=self.round)
        return reactions.filter(post__board__round__group=self.group)

    def evaluations(self):
        if self.round:
            return RoundEvaluation.objects.filter(round=self.round)
        return RoundEvaluation.objects.filter(round__group=self.group)

    def ratings(self):
        if self.round:
            return MeterRating.objects.filter(board__round=self.round)
        return MeterRating.objects.filter(board__round__group=self.group)

    def includes(self, board):
        return self.round is None or board.round_id == self.round.pk


def author_counts(scope):
    """{user id: (posts, replies)} in the scope, from one query."""
    rows = (
        scope.posts()
        .values("author_id")
        .annotate(posts=Count("pk", filter=Q(parent__isnull=True)), replies=Count("pk", filter=Q(parent__isnull=False)))
        .order_by()
    )
    return {row["author_id"]: (row["posts"], row["replies"]) for row in rows}


def who_did_what(scope, counts):
    """{action: set of user ids} for posting, replying, agreeing and evaluating (a round evaluation or lights)."""
    evaluated = set(scope.evaluations().values_list("user_id", flat=True).distinct())
    evaluated |= set(scope.ratings().values_list("user_id", flat=True).distinct())
    return {
        "posted": {user_id for user_id, (posts, _replies) in counts.items() if posts},
        "replied": {user_id for user_id, (_posts, replies) in counts.items() if replies},
        "agreed": set(scope.reactions().values_list("user_id", flat=True).distinct()),
        "evaluated": evaluated,
    }


def participation_row(members, did):
    """Counts for a set of active memberships: how many, how many took part, and in which ways."""
    users = {membership.user_id for membership in members}
    took_part = users & set().union(*did.values())
    return {
        "members": len(users),
        "took_part": len(took_part),
        "share": percent(len(took_part), len(users)),
        **{action: len(users & did[action]) for action in ACTIONS},
    }


def participation(memberships, did):
    """Who took part, among the group's active members: in all, by role and by organisation.

    Members who have left the group are not counted here (their posts still count in the share of voice).
    """
    active = [membership for membership in memberships if membership.is_active]
    by_role = []
    for role in Role:
        members = [membership for membership in active if membership.role == role]
        if members:
            by_role.append({"role": role, "label": role.label, **participation_row(members, did)})
    organisations = defaultdict(list)
    for membership in active:
        organisations[membership.organisation.strip()].append(membership)
    by_organisation = [
        {
            "organisation": name,
            "label": name or _("No organisation given"),
            **participation_row(organisations[name], did),
        }
        # Named organisations alphabetically, members without one last.
        for name in sorted(organisations, key=lambda name: (not name, name.casefold()))
    ]
    return {"total": participation_row(active, did), "by_role": by_role, "by_organisation": by_organisation}


def share_of_voice(memberships, counts):
    """Posts and replies by the author's role, as a share of all, beside the role's share of the active members."""
    role_of = {membership.user_id: membership.role for membership in memberships}
    voices = Counter()
    for user_id, (posts, replies) in counts.items():
        voices[role_of.get(user_id)] += posts + replies
    members = Counter(membership.role for membership in memberships if membership.is_active)
    total, member_total = sum(voices.values()), sum(members.values())
    rows = [
        {
            "role": role,
            "label": role.label,
            "count": voices[role],
            "share": percent(voices[role], total),
            "members": members[role],
            "member_share": percent(members[role], member_total),
            "highlight": role in HEARD_ROLES,
        }
        for role in Role
        if voices[role] or members[role] or role in HEARD_ROLES
    ]
    if voices[None]:
        # Authors whose membership was deleted altogether: their words stay in the total.
        rows.append(
            {
                "role": None,
                "label": _("No longer in the group"),
                "count": voices[None],
                "share": percent(voices[None], total),
                "members": 0,
                "member_share": None,
                "highlight": False,
            }
        )
    return {"total": total, "members": member_total, "rows": rows, "heard": [row for row in rows if row["highlight"]]}


def sections_by_model(scope, models):
    """Posts and replies on each section of each model, in Innokylä's order; a reply counts for its post's section.

    Returns one item per model: {"model", "posts", "replies", "rows": [{"key", "label", "posts", "replies",
    "total"}, ...] (every section, then the model as a whole), "silent": [labels of sections with no feedback]}.
    """
    topic = Case(When(parent__isnull=True, then=F("section")), default=F("parent__section"), output_field=CharField())
    is_reply = Case(When(parent__isnull=True, then=Value(False)), default=Value(True), output_field=BooleanField())
    counts = Counter()
    for row in (
        scope.posts()
        .annotate(topic=topic, is_reply=is_reply)
        .values("board__operational_model_id", "topic", "is_reply")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        kind = "replies" if row["is_reply"] else "posts"
        counts[(row["board__operational_model_id"], row["topic"] or "", kind)] += row["n"]
    result = []
    for model in models:
        keys = [(section.key, section.label) for section in SECTIONS] + [("", _("The model as a whole"))]
        rows = [
            {
                "key": key,
                "label": label,
                "posts": counts[(model.pk, key, "posts")],
                "replies": counts[(model.pk, key, "replies")],
            }
            for key, label in keys
        ]
        for row in rows:
            row["total"] = row["posts"] + row["replies"]
        result.append(
            {
                "model": model,
                "posts": sum(row["posts"] for row in rows),
                "replies": sum(row["replies"] for row in rows),
                "rows": rows,
                "silent": [row["label"] for row in rows if row["key"] and not row["total"]],
            }
        )
    return result


def disposition_progress(scope, models):
    """What became of the posts of each model: addressed, declined, and open (new, considering or deferred)."""
    counts = Counter()
    for row in (
        scope.posts()
        .filter(parent__isnull=True)
        .values("board__operational_model_id", "disposition")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[(row["board__operational_model_id"], row["disposition"])] += row["n"]

    def progress(values):
        row = {value: values.get(value, 0) for value in Disposition.values}
        row["open"] = sum(row[value] for value in OPEN_DISPOSITIONS)
        row["total"] = sum(values.values())
        return row

    rows = [
        {"model": model, **progress({value: counts[(model.pk, value)] for value in Disposition.values})}
        for model in models
    ]
    totals = progress({value: sum(row[value] for row in rows) for value in Disposition.values})
    return {"rows": rows, "total": totals}


def evaluation_figures(scope):
    """The round evaluations in the scope, from one query: answers, members who answered, averages, and
    how many chose each number, in the shape of codev.evaluation.evaluation_summary."""
    figures = scope.evaluations().aggregate(
        count=Count("pk"),
        members=Count("user", distinct=True),
        **{f"{question}_average": Avg(question) for question in QUESTIONS},
        **{
            f"{question}_{value}": Count("pk", filter=Q(**{question: value}))
            for question in QUESTIONS
            for value in SCALE
        },
    )
    return {
        "count": figures["count"],
        "members": figures["members"],
        **{
            question: {
                "average": figures[f"{question}_average"],
                "distribution": [(value, figures[f"{question}_{value}"]) for value in SCALE],
            }
            for question in QUESTIONS
        },
    }


def meter_figures(scope, boards, models, criteria):
    """The evaluation meter for each model: lights per criterion in the scope, and the trend across all rounds.

    Returns one item per model: {"model", "raters": members who gave a light in the scope,
    "criteria": [{"criterion", "red", "yellow", "green", "count", "score"}, ...],
    "trend": {"rounds", "criteria": [{"criterion", "scores"}], "overall"} (as codev.evaluation.meter_trend)}.
    Three queries, however many rounds, models and ratings.
    """
    counts = {}
    for row in (
        MeterRating.objects.filter(board__round__group=scope.group)
        .values("board_id", "criterion_id", "light")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts.setdefault((row["board_id"], row["criterion_id"]), Counter())[row["light"]] = row["n"]
    raters = dict(
        scope.ratings()
        .values("board__operational_model_id")
        .annotate(n=Count("user", distinct=True))
        .values_list("board__operational_model_id", "n")
        .order_by()
    )
    result = []
    for model in models:
        model_boards = [board for board in boards if board.operational_model_id == model.pk]
        in_scope = [board for board in model_boards if scope.includes(board)]
        rows = []
        for criterion in criteria:
            lights = sum((counts.get((board.pk, criterion.pk), Counter()) for board in in_scope), Counter())
            row = {light: lights[light] for light in Light.values}
            rows.append({"criterion": criterion, **row, "count": sum(row.values()), "score": light_score(row)})
        overall = []
        for board in model_boards:
            lights = sum((counts.get((board.pk, criterion.pk), Counter()) for criterion in criteria), Counter())
            overall.append(light_score(lights))
        result.append(
            {
                "model": model,
                "raters": raters.get(model.pk, 0),
                "criteria": rows,
                "trend": {
                    "rounds": [board.round for board in model_boards],
                    "criteria": [
                        {
                            "criterion": criterion,
                            "scores": [light_score(counts.get((board.pk, criterion.pk), {})) for board in model_boards],
                        }
                        for criterion in criteria
                    ],
                    "overall": overall,
                },
            }
        )
    return result


def dashboard_figures(group, round_=None):
    """Every figure of the dashboard for the group, over all rounds or one, in a fixed number of queries."""
    scope = Scope(group, round_)
    memberships = list(Membership.objects.filter(group=group).only("user_id", "role", "organisation", "is_active"))
    boards = list(Board.objects.filter(round__group=group).select_related("round").order_by("round__number", "pk"))
    # The models' pages without their sections' text: only titles are shown.
    models = sorted(
        OperationalModelPage.objects.filter(
            pk__in={board.operational_model_id for board in boards if scope.includes(board)}
        ).defer_streamfields(),
        key=lambda model: (model.title.casefold(), model.pk),
    )
    counts = author_counts(scope)
    did = who_did_what(scope, counts)
    criteria = list(MeterCriterion.objects.filter(group=group))
    return {
        "participation": participation(memberships, did),
        "sections": sections_by_model(scope, models),
        "voice": share_of_voice(memberships, counts),
        "dispositions": disposition_progress(scope, models),
        "evaluation": evaluation_figures(scope),
        "evaluation_trend": evaluation_trend(group),
        "criteria": criteria,
        "meter": meter_figures(scope, boards, models, criteria),
        "models": models,
    }
