"""A co-development group mid-round and its boards, filled as a busy round leaves them.

Posts, replies and agreements are written with bulk_create for speed, but shaped as the actions in
codev/actions.py would leave them: bodies go through the same sanitiser, replies have a parent and no
column, agreements are unique per (post, member), and every post's change_seq is the sequence number of
the last change that touched it (its creation, a reply, an agreement, an edit, a moderation step), so the
board's change_seq is the newest post's and live polling answers as it would on a real board.
"""

import io
import random
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from PIL import Image, ImageDraw

from codev import actions
from codev.attachment_checks import check_named
from codev.attachments import store_attachments
from codev.models import ModerationAction, Post, PostStatus, Reaction, Role, SmallGroup
from models_library.sections import SECTIONS
from testing.codev_factories import add_member, make_board, make_group, make_round

from . import text

FIRST_NAMES = (
    "Aino",
    "Eero",
    "Helmi",
    "Juho",
    "Kaisa",
    "Lauri",
    "Maija",
    "Niko",
    "Outi",
    "Pekka",
    "Riikka",
    "Sami",
    "Tiina",
    "Ville",
    "Sanna",
    "Antti",
    "Elina",
    "Jussi",
    "Hanna",
    "Mikko",
)
LAST_NAMES = (
    "Korhonen",
    "Virtanen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Saarinen",
)
PSEUDONYMS = ("Revontuli", "Kuura", "Tähti", "Myrsky", "Usva", "Kajo", "Pilvi", "Sointu")
# Who a group of 40 is made of: mostly professionals, with experts by experience, young people and managers.
ROLES = (
    [Role.FACILITATOR] * 2
    + [Role.PROFESSIONAL] * 22
    + [Role.EXPERT] * 6
    + [Role.YOUNG_PERSON] * 5
    + [Role.MANAGER] * 4
    + [Role.OBSERVER]
)
SMALL_GROUPS = ("Koulu ja perhe", "Kriisitilanteet", "Verkostotyö", "Nuorten ääni")
SECTION_KEYS = [section.key for section in SECTIONS if section.key != "attachments"]
HIDE_REASON = "Viestissä oli asiakkaan tunnistettavia tietoja."


@dataclass
class Workspace:
    group: object
    round: object
    members: list  # Memberships, the viewer first
    small_groups: list

    @property
    def viewer(self):
        """A professional who posts, replies and agrees like everyone else."""
        return self.members[0].user

    @property
    def posting(self):
        return [member for member in self.members if member.can_post]

    @property
    def facilitators(self):
        return [member for member in self.members if member.is_facilitator]


@dataclass
class FilledBoard:
    board: object
    latest: object  # the newest post, made through actions.do_create_post
    summary: str

    @property
    def url(self):
        return reverse("codev:board", args=(self.board.pk,))

    def changes_url(self, since):
        return f"{reverse('codev:board_changes', args=(self.board.pk,))}?since={since}"


def build_workspace(member_count, regions):
    """An open round of a group with `member_count` members in the roles a real group has."""
    group = make_group(name="Yhteisasiakkaiden kehittäjäryhmä", slug="bench-kehittajaryhma")
    round_ = make_round(group, 1, state="open", theme="Hoitopolun nivelvaiheet")
    rng = random.Random(40)
    members = []
    for number in range(member_count):
        role = Role.PROFESSIONAL if number == 0 else ROLES[number % len(ROLES)]
        if role == Role.YOUNG_PERSON:
            name = f"{PSEUDONYMS[number % len(PSEUDONYMS)]} {number}"
        else:
            name = f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {LAST_NAMES[(number * 7) % len(LAST_NAMES)]}"
        organisation = "" if role in (Role.EXPERT, Role.YOUNG_PERSON) else rng.choice(regions).name
        members.append(
            add_member(group, f"bench-jasen-{number:02d}", role=role, display_name=name, organisation=organisation)
        )
    small_groups = []
    for index, name in enumerate(SMALL_GROUPS):
        small_group = SmallGroup.objects.create(round=round_, name=name)
        small_group.members.set(members[index :: len(SMALL_GROUPS)])
        small_groups.append(small_group)
    return Workspace(group=group, round=round_, members=members, small_groups=small_groups)


def post_text(maker, rng):
    """What members write: a sentence or a few short paragraphs, now and then a link or a line break."""
    paragraphs = [maker.paragraph_text(rng.randint(8, 40)) for _ in range(rng.choice((1, 1, 1, 2, 3)))]
    if rng.random() < 0.08:
        paragraphs[-1] += f" Lisää: https://example.org/aineisto/{rng.randint(1, 99)}"
    if rng.random() < 0.1:
        paragraphs[0] = paragraphs[0].replace(". ", ".\n", 1)
    return "\n\n".join(paragraphs)


class Timeline:
    """Changes in time order: each gets the board's next change_seq, and marks the posts it touched."""

    def __init__(self):
        self.events = []  # (when, posts touched)

    def add(self, when, *posts):
        self.events.append((when, posts))

    def number(self):
        """Give every post the number of the last change that touched it; return the board's number."""
        self.events.sort(key=lambda event: event[0])
        for seq, (_when, posts) in enumerate(self.events, 1):
            for post in posts:
                post.change_seq = seq
        return len(self.events)


def fill_board(workspace, model, posts, agreements, replies, seed, pictures=0):
    """A board of `model` with `posts` posts (the last one through do_create_post), `agreements`
    agreements on published posts, `replies` replies and a photo of a flip chart on `pictures` posts."""
    board = make_board(workspace.round, model)
    columns = list(board.columns.all())
    rng, maker = random.Random(seed), text.TextMaker(seed)
    now = timezone.now()
    start, end = workspace.round.feedback_opens_at, now - timedelta(minutes=5)

    def later(moment):
        return moment + (end - moment) * rng.random() ** 2  # most reactions come soon after the post

    posting, facilitators = workspace.posting, workspace.facilitators
    version = model.versions.first()
    timeline = Timeline()
    top = []
    for _index in range(posts - 1):
        author = rng.choice(posting)
        small_group = rng.choice(workspace.small_groups) if rng.random() < 0.2 else None
        quoted = rng.random() < 0.1
        post = Post(
            board=board,
            column=rng.choices(columns, weights=(4, 3, 2, 2))[0],
            author=author.user,
            body=actions.clean_body(post_text(maker, rng)),
            section=rng.choice(SECTION_KEYS) if rng.random() < 0.4 else "",
            is_anonymous=rng.random() < 0.15,
            small_group=small_group,
            status=PostStatus.PUBLISHED,
            quote_version=version if quoted else None,
            quote_exact=f"text of {model.title}" if quoted else "",
            quote_prefix="basic_idea " if quoted else "",
            quote_suffix="." if quoted else "",
        )
        post.when = start + (end - start) * rng.random()
        timeline.add(post.when, post)
        top.append(post)
    top.sort(key=lambda post: post.when)

    moderation = moderate(top, rng, timeline, later)
    published = [post for post in top if post.status == PostStatus.PUBLISHED]
    popularity = [rng.paretovariate(1.2) for _ in published]  # a few posts draw most replies and agreements
    answers = write_replies(
        board, published, popularity, replies, [member.user for member in posting], rng, maker, timeline, later
    )
    assert agreements <= len(workspace.members) * len(published), (
        f"{agreements} agreements need more than {len(workspace.members)} members"
    )
    agreed = choose_agreements(
        published, popularity, [member.user_id for member in workspace.members], agreements, rng, timeline, later
    )
    save_board(
        board, top, answers, agreed, moderation, [member.user for member in facilitators], rng, timeline.number()
    )

    attach_pictures(rng.sample([post for post in top if post.status == PostStatus.PUBLISHED], pictures), rng)
    latest, _created = actions.do_create_post(
        member=workspace.members[1],
        board=board,
        column=columns[0],
        body="Meillä tämä nivelvaihe toimii, kun omatyöntekijä soittaa perheelle ennen ensimmäistä tapaamista.",
    )
    check(board, posts, agreements, replies)
    hidden = sum(post.status == PostStatus.HIDDEN for post in top)
    removed = sum(post.status == PostStatus.REMOVED for post in top)
    summary = (
        f"{posts} posts ({hidden} hidden, {removed} removed, 2 pinned, {pictures} with a picture, "
        f"{sum(bool(post.section) for post in top)} on a section, "
        f"{sum(post.is_anonymous for post in top)} anonymous), {agreements:,} agreements, "
        f"{replies} replies by {len(workspace.members)} members; change_seq {board.change_seq}"
    )
    return FilledBoard(board=board, latest=latest, summary=summary)


def flip_chart_photo(rng):
    """A phone photo's worth of JPEG: 1600 × 1200 pixels of paper with a few coloured notes on it."""
    image = Image.new("RGB", (1600, 1200), (246, 244, 236))
    draw = ImageDraw.Draw(image)
    for _note in range(12):
        x, y = rng.randint(0, 1400), rng.randint(0, 1000)
        draw.rectangle((x, y, x + 200, y + 180), fill=rng.choice([(255, 236, 120), (160, 220, 255), (255, 180, 200)]))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def attach_pictures(posts, rng):
    """Each of `posts` gets a photo, checked and re-encoded as an upload is, with its thumbnail."""
    for post in posts:
        photo = check_named(flip_chart_photo(rng), "fläppitaulu.jpg")
        store_attachments(post, [(photo, "Fläppitaulu: työpajan ideoita")])


def moderate(top, rng, timeline, later):
    """What moderation leaves on a board: about 1 % hidden, 2 pinned, about 1 % removed by their authors and
    5 % edited, each a change in the timeline. Returns the moderation steps [(post, kind, reason)] to record."""
    moderation = []
    for post in rng.sample(top, max(1, len(top) // 100)):
        post.status, post.hidden_reason = PostStatus.HIDDEN, HIDE_REASON
        moderation.append((post, ModerationAction.Kind.HIDE, HIDE_REASON))
    for post in rng.sample([post for post in top if post.status == PostStatus.PUBLISHED], 2):
        post.is_pinned = True
        moderation.append((post, ModerationAction.Kind.PIN, ""))
    for post in rng.sample([post for post in top if post.status == PostStatus.PUBLISHED], max(1, len(top) // 100)):
        post.status = PostStatus.REMOVED
        timeline.add(later(post.when), post)
    for post in rng.sample(top, len(top) // 20):
        post.edited_at = later(post.when)
        timeline.add(post.edited_at, post)
    for post, _kind, _reason in moderation:
        timeline.add(later(post.when), post)
    return moderation


def write_replies(board, published, popularity, count, users, rng, maker, timeline, later):
    """`count` replies by `users` to published posts, most to the popular ones, in time order."""
    answers = []
    for parent in rng.choices(published, weights=popularity, k=count):
        reply = Post(
            board=board,
            parent=parent,
            column=None,
            author=rng.choice(users),
            body=actions.clean_body(maker.paragraph_text(rng.randint(5, 25))),
            is_anonymous=rng.random() < 0.1,
            status=PostStatus.PUBLISHED,
        )
        reply.when = later(parent.when)
        timeline.add(reply.when, reply, parent)  # a reply re-renders its parent, as actions.mark_changed does
        answers.append(reply)
    answers.sort(key=lambda reply: reply.when)
    return answers


def choose_agreements(published, popularity, user_ids, count, rng, timeline, later):
    """`count` agreements by `user_ids` on published posts, one per (post, member): {(id(post), user id): post}."""
    agreed = {}
    while len(agreed) < count:
        post = rng.choices(published, weights=popularity)[0]
        user_id = rng.choice(user_ids)
        if (id(post), user_id) not in agreed:
            agreed[id(post), user_id] = post
            timeline.add(later(post.when), post)
    return agreed


def save_board(board, top, answers, agreed, moderation, facilitators, rng, seq):
    """Write the posts, replies, agreements and moderation record of a board, and its change_seq."""
    Post.objects.bulk_create(top)
    for reply in answers:
        reply.parent_id = reply.parent.pk
    Post.objects.bulk_create(answers)
    created = top + answers
    for post in created:  # created_at is auto_now_add, so the times are written afterwards
        post.created_at = post.when
    Post.objects.bulk_update(created, ["created_at"], batch_size=200)
    Reaction.objects.bulk_create(Reaction(post=post, user_id=user_id) for (_post, user_id), post in agreed.items())
    ModerationAction.objects.bulk_create(
        ModerationAction(board=board, post=post, actor=rng.choice(facilitators), kind=kind, reason=reason)
        for post, kind, reason in moderation
    )
    board.change_seq = seq
    board.save(update_fields=["change_seq"])


def check(board, posts, agreements, replies):
    """The bulk-made board is what the actions would have made."""
    board.refresh_from_db()
    on_board = Post.objects.filter(board=board)
    assert on_board.filter(parent__isnull=True).count() == posts
    assert on_board.filter(parent__isnull=False, column__isnull=True).count() == replies
    assert Reaction.objects.filter(post__board=board).count() == agreements
    assert on_board.aggregate(newest=Max("change_seq"))["newest"] == board.change_seq
