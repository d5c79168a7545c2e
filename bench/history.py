"""A co-development group some rounds on: the dashboard's and the process page's material, built as the group left it.

Rounds a month apart, all closed but the last, which is open for feedback. Each round has boards for two or three of
the group's three models; the posts of all boards together number `posts`, spread unevenly over the boards, and
each board is written by bench/board.py's steps (moderation, replies, agreements, change_seq from one timeline) with
what happened after the round added: facilitators triage the posts in two sessions after the feedback closes, and
about three weeks after the round opened a new version of each of its models is published (dated then) that answers
some of the round's posts, and now and then posts of earlier rounds still open. So the dispositions are those the
actions would leave: "addressed" only on published posts, with the version that answered them, published after
them; "declined" always with the facilitator's note; open posts (new, under consideration, deferred) more common in
recent rounds. Each change is a step of the board's change_seq. Members come and go: a few join later, a few leave
(inactive), and each member posts, agrees, evaluates and rates only in the rounds they were in. Most members
evaluate each closed round; most give the meter's lights on each board (fewer on the open round's).

Not made, as the pages read neither: notifications, reading marks, follows, and the creation times of agreements,
evaluations and lights (they are the time of the run).
"""

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from codev import actions
from codev.evaluation import ensure_criteria
from codev.models import (
    Board,
    Disposition,
    Light,
    Membership,
    MeterRating,
    Post,
    PostStatus,
    Role,
    RoundEvaluation,
    RoundFormat,
    SmallGroup,
    VersionResponse,
)
from models_library.models import ModelVersion, PublicationKind, Stage
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import make_model

from . import text
from .board import (
    FIRST_NAMES,
    LAST_NAMES,
    PSEUDONYMS,
    ROLES,
    SECTION_KEYS,
    SMALL_GROUPS,
    Timeline,
    check,
    choose_agreements,
    moderate,
    post_text,
    save_board,
    write_replies,
)
from .publishing import publish_dated

ROUND_LENGTH = timedelta(days=30)
THEMES = (
    "Aloitus ja yhteiset tavoitteet",
    "Nivelvaiheet",
    "Verkostokokous",
    "Nuoren ääni",
    "Kriisitilanteet",
    "Koulu ja perhe",
    "Kirjaaminen ja tiedonkulku",
    "Sijaishuolto",
    "Päihteet ja mielenterveys",
    "Johdon tuki",
    "Vaikuttavuuden arviointi",
    "Levittäminen",
)
FORMATS = (RoundFormat.ONLINE, RoundFormat.ONLINE, RoundFormat.HYBRID, RoundFormat.ON_SITE)
MEMBERS = 40
JOINERS = (9, 27, 36, 20)  # members who join later, the last one in the current round (a professional)
LEAVERS = (5, 31, 16, 25)  # members who leave the group after some round
ACTIVITY = {Role.FACILITATOR: 0.3, Role.PROFESSIONAL: 1.0, Role.EXPERT: 0.7, Role.YOUNG_PERSON: 0.5, Role.MANAGER: 0.4}
DECLINE_NOTES = (
    "Ei kuulu tämän mallin piiriin; viedään tieto alueen johtoryhmälle.",
    "Ratkaistaan alueiden omissa ohjeissa, ei mallin kuvauksessa.",
    "Sama asia on jo mallin kuvauksessa toisen otsikon alla.",
    "Resurssit eivät riitä tähän tämän hankkeen aikana.",
)
RESPONSE = "Palautteen pohjalta tarkennettiin kuvausta: {themes}. Kiitos kaikille kommentoineille."


@dataclass
class Person:
    """A membership and the rounds it spans: from `first` to `last` (None while still in the group)."""

    membership: Membership
    first: int
    last: int | None
    activity: float

    @property
    def user(self):
        return self.membership.user

    @property
    def role(self):
        return self.membership.role

    def present(self, number):
        return self.first <= number and (self.last is None or number <= self.last)

    def posts_in(self, number):
        return self.present(number) and self.role != Role.OBSERVER


@dataclass
class GroupHistory:
    group: object
    rounds: list
    boards: list
    people: list
    summary: str

    @property
    def facilitator(self):
        return self.people[0].user

    @property
    def newcomer(self):
        """A professional who joined in the current round: the process page is where they catch up."""
        return next(
            person.user
            for person in self.people
            if person.first == len(self.rounds) and person.role == Role.PROFESSIONAL
        )

    @property
    def dashboard_url(self):
        return reverse("codev:dashboard", args=(self.group.slug,))

    @property
    def home_url(self):
        """The workspace's front page, which starts with the facilitator's home for the group's facilitator."""
        return reverse("codev:home")

    @property
    def process_url(self):
        return reverse("codev:process", args=(self.group.slug,))


def add_people(group, regions, rounds, opens, rng, prefix):
    """The group's 40 members in the roles of bench/board.py, with the joiners and leavers."""
    joins = {number: max(2, (index + 2) * rounds // 5) for index, number in enumerate(JOINERS[:-1])}
    joins[JOINERS[-1]] = rounds
    leaves = {number: max(1, (index + 1) * rounds // 5) for index, number in enumerate(LEAVERS)}
    people = []
    for number in range(MEMBERS):
        role = ROLES[number % len(ROLES)]
        if role == Role.YOUNG_PERSON:
            name = f"{PSEUDONYMS[number % len(PSEUDONYMS)]} {number}"
        else:
            name = f"{FIRST_NAMES[(number + 3) % len(FIRST_NAMES)]} {LAST_NAMES[(number * 5) % len(LAST_NAMES)]}"
        organisation = "" if role in (Role.EXPERT, Role.YOUNG_PERSON) else rng.choice(regions).name
        membership = add_member(
            group, f"{prefix}-{number:02d}", role=role, display_name=name, organisation=organisation
        )
        first = joins.get(number, 1)
        membership.joined_at = opens[first - 1] - timedelta(days=rng.randint(3, 20))
        membership.is_active = number not in leaves
        people.append(Person(membership, first, leaves.get(number), rng.paretovariate(1.5) * ACTIVITY.get(role, 0)))
    Membership.objects.bulk_update([person.membership for person in people], ["joined_at", "is_active"])
    return people


def make_rounds(group, count, now):
    """`count` rounds a month apart; the last opened two days ago and takes feedback, the others are closed."""
    rounds = []
    for number in range(1, count + 1):
        extra = {
            "theme": THEMES[(number - 1) % len(THEMES)],
            "format": FORMATS[number % len(FORMATS)],
            "meeting_link": "https://meet.example.org/kehittajaryhma",
        }
        if number == count:
            rounds.append(make_round(group, number, "open", **extra))
            continue
        opens = now - timedelta(days=2) - (count - number) * ROUND_LENGTH
        rounds.append(
            make_round(
                group,
                number,
                "closed",
                feedback_opens_at=opens,
                feedback_closes_at=opens + timedelta(days=14),
                workshop_starts_at=opens + timedelta(days=10),
                workshop_ends_at=opens + timedelta(days=10, hours=3),
                **extra,
            )
        )
    return rounds


def publish_versions(rounds, boards_of, models, editor, rng):
    """About three weeks into each closed round, a new version of each of its models: {model pk: [versions]}.

    Version 1 of each model is dated three weeks before the first round; the second publication is a pilot.
    """
    versions = {}
    for model in models:
        first = ModelVersion.objects.for_page(model).get(number=1)
        ModelVersion.objects.filter(pk=first.pk).update(published_at=rounds[0].feedback_opens_at - timedelta(days=21))
        first.published_at = rounds[0].feedback_opens_at - timedelta(days=21)
        versions[model.pk] = [first]
    for round_ in rounds[:-1]:
        for board in boards_of[round_.pk]:
            model = board.operational_model
            number = len(versions[model.pk]) + 1
            pilot = number == 3
            stage = Stage.CO_DEVELOPMENT if number < 3 else Stage.PILOT if number < 6 else Stage.IN_USE
            when = round_.feedback_opens_at + timedelta(days=rng.uniform(19, 25))
            versions[model.pk].append(
                publish_dated(
                    model,
                    when,
                    user=editor,
                    kind=PublicationKind.PILOT if pilot else PublicationKind.VERSION,
                    note=f"Kierroksen {round_.number} palautteen pohjalta tarkennettu kuvausta.",
                    stage=stage,
                    lead=f"{model.title}: lyhyt kuvaus, versio {number}.",
                )
            )
    return versions


class Triage:
    """What became of one board's posts after its round: sessions of do_set_disposition, versions that answer."""

    def __init__(self, round_, count, versions, facilitators, rng, now):
        self.rng, self.facilitators = rng, facilitators
        self.age = count - round_.number  # rounds since: 0 for the open round
        closes = round_.feedback_closes_at
        self.sessions = (
            [closes + timedelta(days=1, hours=10), closes + timedelta(days=4, hours=13)]
            if self.age
            else [now - timedelta(hours=3)]
        )
        self.answering = [version for version in versions if version.published_at > closes]
        self.addressed = Counter()  # version pk: posts it answered

    def decide(self, posts, timeline):
        """Give the published posts their dispositions and put each session and each answer in the timeline."""
        events = defaultdict(list)
        for post in posts:
            if post.status != PostStatus.PUBLISHED:
                continue
            value, when, version = self.disposition(post)
            if value == Disposition.NEW:
                continue
            post.disposition, post.disposition_at = value, when
            post.disposition_by = self.rng.choice(self.facilitators)
            if value == Disposition.DECLINED:
                post.disposition_note = self.rng.choice(DECLINE_NOTES)
            if version:
                post.addressed_in = version
                self.addressed[version.pk] += 1
            events[when, value, version.pk if version else None].append(post)
        for (when, _value, _version), touched in events.items():
            timeline.add(when, *touched)  # one step of change_seq per session and disposition, as triage does

    def disposition(self, post):
        rng = self.rng
        if not self.age:  # the open round: triage has just begun
            if post.when < self.sessions[0] and rng.random() < 0.1:
                return Disposition.CONSIDERING, self.sessions[0], None
            return Disposition.NEW, None, None
        still_open = max(0.2, 0.6 - 0.05 * (self.age - 1))
        session = rng.choice(self.sessions)
        if rng.random() < still_open:
            value = rng.choices((Disposition.NEW, Disposition.CONSIDERING, Disposition.DEFERRED), (4, 3, 3))[0]
            return value, (None if value == Disposition.NEW else session), None
        if rng.random() < 0.4 or not self.answering:
            return Disposition.DECLINED, session, None
        index = 0
        while index + 1 < len(self.answering) and rng.random() < 0.3:  # most are answered by the next version
            index += 1
        version = self.answering[index]
        return Disposition.ADDRESSED, version.published_at, version


@dataclass
class Cast:
    """Who takes part in a round's boards: `writers` post and reply, `readers` (the writers and more) agree."""

    writers: list
    readers: list

    @classmethod
    def of_round(cls, people, number, rng):
        """Not everyone takes part every month: professionals most often, the others a little less."""
        present = [person for person in people if person.present(number)]
        writers = [
            person
            for person in present
            if person.posts_in(number) and rng.random() < (0.7 if person.role == Role.PROFESSIONAL else 0.55)
        ]
        readers = [person for person in present if person in writers or rng.random() < 0.5]
        return cls(writers, readers)


@dataclass
class Filled:
    replies: int
    agreements: int
    top: list


def fill_history_board(board, round_, count, cast, small_groups, versions, section_weights, triage, rng, maker, now):
    """The board's `count` posts by the round's `cast`, with replies, agreements, moderation and triage."""
    columns = list(board.columns.all())
    model = board.operational_model
    start, end = round_.feedback_opens_at, min(round_.feedback_closes_at, now - timedelta(minutes=5))

    def later(moment):
        return moment + (end - moment) * rng.random() ** 2  # most reactions come soon after the post

    authors = cast.writers
    weights = [person.activity for person in authors]
    small_group_of = {member_id: small_group for small_group, member_ids in small_groups for member_id in member_ids}
    read = [version for version in versions if version.published_at <= start][-1]
    timeline = Timeline()
    top = []
    for _index in range(count):
        author = rng.choices(authors, weights=weights)[0]
        quoted = rng.random() < 0.1
        section = rng.choices(SECTION_KEYS, weights=section_weights)[0] if quoted or rng.random() < 0.55 else ""
        heard_role = author.role in (Role.EXPERT, Role.YOUNG_PERSON)
        post = Post(
            board=board,
            column=rng.choices(columns, weights=(4, 3, 2, 2))[0],
            author=author.user,
            body=actions.clean_body(post_text(maker, rng)),
            section=section,
            is_anonymous=rng.random() < (0.4 if heard_role else 0.08),
            small_group=small_group_of.get(author.membership.pk) if rng.random() < 0.2 else None,
            status=PostStatus.PUBLISHED,
            quote_version=read if quoted else None,
            quote_exact=f"text of {model.title}" if quoted else "",
            quote_prefix=f"{section} " if quoted else "",
            quote_suffix="." if quoted else "",
        )
        post.when = start + (end - start) * rng.random()
        timeline.add(post.when, post)
        top.append(post)
    top.sort(key=lambda post: post.when)

    moderation = moderate(top, rng, timeline, later)
    published = [post for post in top if post.status == PostStatus.PUBLISHED]
    popularity = [rng.paretovariate(1.2) for _ in published]
    replies = round(0.6 * count)
    answers = write_replies(
        board, published, popularity, replies, [person.user for person in authors], rng, maker, timeline, later
    )
    agreeing = [person.user.pk for person in cast.readers]
    agreements = min(4 * count, len(agreeing) * len(published) // 2)
    agreed = choose_agreements(published, popularity, agreeing, agreements, rng, timeline, later)
    triage.decide(top, timeline)
    save_board(board, top, answers, agreed, moderation, triage.facilitators, rng, timeline.number())
    check(board, count, agreements, replies)
    return Filled(replies=replies, agreements=agreements, top=top)


def share_out(total, weights, least):
    """`total` split in proportion to `weights`, each share at least `least`, the shares adding up exactly."""
    spare = total - least * len(weights)
    assert spare >= 0, f"{total} posts are too few for {len(weights)} boards"
    exact = [spare * weight / sum(weights) for weight in weights]
    shares = [int(value) for value in exact]
    by_remainder = sorted(range(len(exact)), key=lambda index: exact[index] - shares[index], reverse=True)
    for index in by_remainder[: spare - sum(shares)]:
        shares[index] += 1
    return [least + share for share in shares]


def evaluate_rounds(rounds, people, maker, rng):
    """Most members evaluate each closed round (the open round's evaluation opens at its workshop)."""
    evaluations = []
    for round_ in rounds[:-1]:
        for person in people:
            heard_role = person.role in (Role.EXPERT, Role.YOUNG_PERSON)
            if not person.present(round_.number) or rng.random() > (0.65 if heard_role else 0.8):
                continue
            evaluations.append(
                RoundEvaluation(
                    round=round_,
                    user=person.user,
                    usefulness=rng.choices(range(1, 6), (1, 2, 5, 8, 5))[0],
                    heard=rng.choices(range(1, 6), (2, 4, 6, 5, 3) if heard_role else (1, 1, 4, 8, 6))[0],
                    takeaway=maker.sentence() if rng.random() < 0.5 else "",
                    should_change=maker.sentence() if rng.random() < 0.3 else "",
                    is_anonymous=rng.random() < 0.85,
                )
            )
    RoundEvaluation.objects.bulk_create(evaluations)
    return len(evaluations)


def rate_boards(boards, rounds, people, criteria, rng):
    """Most members give the meter's lights on each board; the model measures up better round by round."""
    ratings = []
    round_of = {round_.pk: round_ for round_ in rounds}
    for board in boards:
        round_ = round_of[board.round_id]
        progress = (round_.number - 1) / max(1, len(rounds) - 1)
        share = 0.25 if round_ is rounds[-1] else 0.65
        for person in people:
            if not person.posts_in(round_.number) or rng.random() > share:
                continue
            for index, criterion in enumerate(criteria):
                if rng.random() < 0.08:
                    continue  # a criterion left without a light
                good = min(0.9, 0.3 + 0.45 * progress + 0.04 * (index % 3))
                light = rng.choices(
                    (Light.RED, Light.YELLOW, Light.GREEN), (0.6 * (1 - good), 0.4 * (1 - good) + 0.2, good)
                )[0]
                ratings.append(MeterRating(board=board, criterion=criterion, user=person.user, light=light))
    MeterRating.objects.bulk_create(ratings, batch_size=500)
    return len(ratings)


def summarise_boards(boards, rounds, maker, rng):
    """Facilitators write a summary of most closed rounds' boards; about half are also published."""
    written = []
    round_of = {round_.pk: round_ for round_ in rounds}
    for board in boards:
        if board.round_id == rounds[-1].pk or rng.random() < 0.15:
            continue
        board.summary = "\n\n".join(maker.paragraph_text(rng.randint(25, 60)) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.5:
            board.summary_published_at = round_of[board.round_id].workshop_ends_at + timedelta(days=rng.randint(2, 6))
        written.append(board)
    Board.objects.bulk_update(written, ["summary", "summary_published_at"])
    return len(written)


@transaction.atomic
def build_history(library, regions, editor, *, rounds, posts, seed, name, slug, titles):
    """The group `name` with `rounds` rounds and `posts` posts on the boards of its models `titles`."""
    rng, maker = random.Random(seed), text.TextMaker(seed)
    now = timezone.now()
    models = [
        make_model(
            library,
            title,
            stage=Stage.CO_DEVELOPMENT,
            regions=regions[2 * index : 2 * index + 2],
            tags=["yhteiskehittäminen"],
        )
        for index, title in enumerate(titles)
    ]
    group = make_group(
        name=name,
        slug=slug,
        models=models,
        description="Lastensuojelun ja nuorisopsykiatrian yhteisasiakkaiden toimintamallien kehittäjät.",
    )
    round_list = make_rounds(group, rounds, now)
    boards_of = {}
    for round_ in round_list:
        chosen = models if round_.number == 1 else rng.sample(models, rng.choice((2, 2, 3)))
        boards_of[round_.pk] = [make_board(round_, model) for model in sorted(chosen, key=lambda model: model.title)]
    # Before the members join: each publication would otherwise notify them now, and mail them at the commit.
    versions = publish_versions(round_list, boards_of, models, editor, rng)
    people = add_people(group, regions, rounds, [round_.feedback_opens_at for round_ in round_list], rng, slug)
    criteria = ensure_criteria(group)
    for round_ in round_list:
        round_.pre_reading.set(
            [
                [
                    version
                    for version in versions[board.operational_model_id]
                    if version.published_at <= round_.feedback_opens_at
                ][-1]
                for board in boards_of[round_.pk]
            ]
        )

    boards = [board for round_ in round_list for board in boards_of[round_.pk]]
    shares = share_out(
        posts,
        [rng.uniform(0.35, 0.5) if board.round_id == round_list[-1].pk else rng.uniform(0.7, 1.3) for board in boards],
        least=15,
    )
    section_weights = {}
    for model in models:  # each model draws feedback to some sections far more than to others
        ranks = rng.sample(range(len(SECTION_KEYS)), len(SECTION_KEYS))
        section_weights[model.pk] = [1 / (rank + 1) ** 1.2 for rank in ranks]
    facilitators = [person.user for person in people if person.role == Role.FACILITATOR]
    filled, addressed = [], Counter()
    for round_ in round_list:
        cast = Cast.of_round(people, round_.number, rng)
        small_groups = []
        present = [person.membership.pk for person in people if person.present(round_.number)]
        for index, small_name in enumerate(SMALL_GROUPS):
            small_group = SmallGroup.objects.create(round=round_, name=small_name)
            small_group.members.set(present[index :: len(SMALL_GROUPS)])
            small_groups.append((small_group, present[index :: len(SMALL_GROUPS)]))
        for board in boards_of[round_.pk]:
            board.round = round_
            triage = Triage(round_, rounds, versions[board.operational_model_id], facilitators, rng, now)
            filled.append(
                fill_history_board(
                    board,
                    round_,
                    shares[boards.index(board)],
                    cast,
                    small_groups,
                    versions[board.operational_model_id],
                    section_weights[board.operational_model_id],
                    triage,
                    rng,
                    maker,
                    now,
                )
            )
            addressed += triage.addressed
    answering = [version for model_versions in versions.values() for version in model_versions if addressed[version.pk]]
    VersionResponse.objects.bulk_create(
        VersionResponse(
            version=version,
            group=group,
            responded_by=facilitators[0],
            summary=RESPONSE.format(themes=maker.words(6)),
        )
        for version in answering
    )
    summaries = summarise_boards(boards, round_list, maker, rng)
    evaluations = evaluate_rounds(round_list, people, maker, rng)
    lights = rate_boards(boards, round_list, people, criteria, rng)
    check_history(group, posts, addressed)

    top = [post for board in filled for post in board.top]
    dispositions = Counter(post.disposition for post in top)
    summary = (
        f"{rounds} rounds, {len(boards)} boards of {len(models)} models, {posts:,} posts "
        f"({dispositions[Disposition.ADDRESSED]} addressed, {dispositions[Disposition.DECLINED]} declined, "
        f"{sum(dispositions[value] for value in (Disposition.NEW, Disposition.CONSIDERING, Disposition.DEFERRED))}"
        f" open; {sum(post.status == PostStatus.HIDDEN for post in top)} hidden, "
        f"{sum(post.status == PostStatus.REMOVED for post in top)} removed), "
        f"{sum(board.replies for board in filled):,} replies, {sum(board.agreements for board in filled):,} "
        f"agreements; {sum(len(found) - 1 for found in versions.values())} new versions ({len(answering)} with "
        f"answered posts); {summaries} summaries, {evaluations} round evaluations, {lights:,} lights; "
        f"{MEMBERS} members ({len(LEAVERS)} left, {len(JOINERS)} joined later)"
    )
    return GroupHistory(group=group, rounds=round_list, boards=boards, people=people, summary=summary)


def check_history(group, posts, addressed):
    """The dispositions are ones the actions leave."""
    on_boards = Post.objects.filter(board__round__group=group)
    assert on_boards.filter(parent__isnull=True).count() == posts
    assert not on_boards.filter(parent__isnull=False).exclude(disposition=Disposition.NEW).exists()
    answered = on_boards.filter(disposition=Disposition.ADDRESSED)
    assert not answered.exclude(status=PostStatus.PUBLISHED).exists()
    assert not answered.filter(addressed_in__isnull=True).exists()
    assert answered.count() == sum(addressed.values())
    assert not on_boards.exclude(disposition=Disposition.ADDRESSED).filter(addressed_in__isnull=False).exists()
    for post in answered.select_related("addressed_in", "board"):
        assert post.addressed_in.page_id == post.board.operational_model_id
        assert post.addressed_in.published_at > post.created_at
    assert not on_boards.filter(disposition=Disposition.DECLINED, disposition_note="").exists()
