"""Who may open and do what in group A's space: every workspace view and action × every kind of visitor, as a table.

Group B works on the same model as group A, so the version-response picker, where each group answers for itself,
is in the table too.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import (
    Board,
    Column,
    Invitation,
    Membership,
    ModerationAction,
    Post,
    PostStatus,
    Profile,
    Reaction,
    Role,
    Round,
    SmallGroup,
    VersionResponse,
)
from models_library.models import ModelVersion
from testing.codev_factories import PASSWORD, add_member, make_board, make_group, make_post, make_round, make_user
from testing.factories import build_site, make_model

pytestmark = pytest.mark.django_db

# Outcomes, one per cell:
#   ok        GET: 200. POST: redirected to the expected place, and the change is in the database.
#   login     redirected to /fi/accounts/login/?next=<the address asked for>; nothing changed.
#   wt-login  redirected to Wagtail's /admin/login/?next=<the address asked for>; nothing changed.
#   403       refused; nothing changed.
#   404       the object is not there for this visitor; nothing changed.
#   400       a member's action refused with a message on the page (the form shown again); nothing changed.
#   back      sent back to the board with a message saying why; nothing changed.
#   unlisted  the admin listing opens, without group A in it.
#   form-err  the admin form is shown again with an error; nothing changed.
#
# The visitors. Group A is the group under test; "group B" is another group with its own round and board.
#   anon      not signed in
#   outsider  signed in, a member of no group
#   member_b  active professional in group B
#   fac_b     facilitator of group B (with the facilitators' admin permissions)
#   staff     Django staff (is_staff), not a superuser, in no group
#   super     superuser, not a member of group A
#   observer  observer in group A (reads, does not post)
#   member    professional in group A
#   fac       facilitator of group A (with the facilitators' admin permissions)
#   former    a professional whose membership in group A has ended (is_active=False)
#   former_f  a facilitator of group A whose membership has ended, still with the admin permissions
# The invitation to A was sent to an address that none of the signed-in visitors has: only the anonymous visitor,
# who creates the account for that address, may accept it.
MATRIX = """
                                 anon     outsider member_b fac_b    staff    super    observer member   fac
GET member home                  login    ok       ok       ok       ok       ok       ok       ok       ok
GET my data page                 login    ok       ok       ok       ok       ok       ok       ok       ok
GET group page                   login    403      403      403      403      ok       ok       ok       ok
GET round page                   login    403      403      403      403      ok       ok       ok       ok
GET board                        login    403      403      403      403      ok       ok       ok       ok
GET board changes (live poll)    login    403      403      403      403      ok       ok       ok       ok
GET board changes, presenting    login    403      403      403      403      ok       ok       ok       ok
GET presentation                 login    403      403      403      403      ok       ok       ok       ok
GET small groups page            login    403      403      403      403      403      403      403      ok
GET edit page, member's post     login    403      403      403      403      403      403      ok       403
GET delete page, member's post   login    403      403      403      403      403      403      ok       403
GET edit page, pending post      login    403      403      403      403      403      404      404      403
GET a column's compose form      login    403      403      403      403      403      403      ok       ok
POST a post to the board         login    403      403      403      403      403      400      ok       ok
POST a reply                     login    403      403      403      403      403      400      ok       ok
POST a reply to a pending post   login    403      403      403      403      403      404      404      400
POST agree                       login    403      403      403      403      403      back     ok       ok
POST withdraw agreement          login    403      403      403      403      403      back     ok       ok
POST agree with a pending post   login    403      403      403      403      403      404      404      back
POST agree with a hidden post    login    403      403      403      403      403      404      404      back
POST edit member's post          login    403      403      403      403      403      403      ok       403
POST delete member's post        login    403      403      403      403      403      403      ok       403
POST pin                         login    403      403      403      403      403      403      403      ok
POST unpin                       login    403      403      403      403      403      403      403      ok
POST hide a post                 login    403      403      403      403      403      403      403      ok
POST hide a reply                login    403      403      403      403      403      403      403      ok
POST unhide                      login    403      403      403      403      403      403      403      ok
POST unhide a deleted post       login    403      403      403      403      403      403      403      404
POST approve                     login    403      403      403      403      403      403      403      ok
POST move to another column      login    403      403      403      403      403      403      403      ok
POST pre-moderation on           login    403      403      403      403      403      403      403      ok
POST column colours              login    403      403      403      403      403      403      403      ok
POST split into small groups     login    403      403      403      403      403      403      403      ok
GET invitation to A (valid)      ok       403      403      403      403      403      403      403      403
POST accept invitation to A      ok       403      403      403      403      403      403      403      403
GET admin: groups list           wt-login wt-login wt-login unlisted wt-login ok       wt-login wt-login ok
GET admin: edit group A          wt-login wt-login wt-login 404      wt-login ok       wt-login wt-login ok
GET admin: edit A's membership   wt-login wt-login wt-login 404      wt-login ok       wt-login wt-login ok
GET admin: delete A's member     wt-login wt-login wt-login 404      wt-login ok       wt-login wt-login ok
GET admin: edit A's board        wt-login wt-login wt-login 404      wt-login ok       wt-login wt-login ok
POST admin: A's board pre-mod.   wt-login wt-login wt-login 404      wt-login ok       wt-login wt-login ok
POST admin: invite to group A    wt-login wt-login wt-login form-err wt-login ok       wt-login wt-login ok
GET version picker               wt-login wt-login wt-login ok       wt-login 404      wt-login wt-login ok
GET version picker for A         wt-login wt-login wt-login 404      wt-login 404      wt-login wt-login ok
GET version picker for B         wt-login wt-login wt-login ok       wt-login 404      wt-login wt-login 404
POST version response for A      wt-login wt-login wt-login 404      wt-login 404      wt-login wt-login ok
POST version response for B      wt-login wt-login wt-login ok       wt-login 404      wt-login wt-login 404
POST A's post as B's response    wt-login wt-login wt-login 400      wt-login 404      wt-login wt-login 404
"""

FORMER_MEMBERS = """
                                 former   former_f
GET member home                  ok       ok
GET my data page                 ok       ok
GET group page                   403      403
GET round page                   403      403
GET board                        403      403
GET board changes (live poll)    403      403
GET board changes, presenting    403      403
GET presentation                 403      403
GET small groups page            403      403
GET edit page, member's post     403      403
GET delete page, member's post   403      403
GET edit page, pending post      403      403
GET a column's compose form      403      403
POST a post to the board         403      403
POST a reply                     403      403
POST a reply to a pending post   403      403
POST agree                       403      403
POST withdraw agreement          403      403
POST agree with a pending post   403      403
POST agree with a hidden post    403      403
POST edit member's post          403      403
POST delete member's post        403      403
POST pin                         403      403
POST unpin                       403      403
POST hide a post                 403      403
POST hide a reply                403      403
POST unhide                      403      403
POST unhide a deleted post       403      403
POST approve                     403      403
POST move to another column      403      403
POST pre-moderation on           403      403
POST column colours              403      403
POST split into small groups     403      403
GET invitation to A (valid)      403      403
POST accept invitation to A      403      403
GET admin: groups list           wt-login unlisted
GET admin: edit group A          wt-login 404
GET admin: edit A's membership   wt-login 404
GET admin: delete A's member     wt-login 404
GET admin: edit A's board        wt-login 404
POST admin: A's board pre-mod.   wt-login 404
POST admin: invite to group A    wt-login form-err
GET version picker               wt-login 404
GET version picker for A         wt-login 404
GET version picker for B         wt-login 404
POST version response for A      wt-login 404
POST version response for B      wt-login 404
POST A's post as B's response    wt-login 404
"""

LOGIN_PATH = "/fi/accounts/login/"
ADMIN_LOGIN_PATH = "/admin/login/"
ANONYMOUS_AUTHOR = "Salanimi Sulo"
ANONYMOUS_USERNAME = "kirjoittaja-x7"
INVITED = "kutsuttu@example.org"
CODEV_MODELS = ["codevelopmentgroup", "membership", "invitation", "round", "board", "column", "smallgroup"]


def read_matrix(text):
    """{(row, actor): outcome} from a table whose first line names the actors."""
    lines = [line for line in text.strip("\n").splitlines() if line.strip()]
    actors = lines[0].split()
    cells = {}
    for line in lines[1:]:
        name, outcomes = re.split(r"\s{2,}", line, maxsplit=1)
        outcomes = outcomes.split()
        assert len(outcomes) == len(actors), f"row {name!r} has {len(outcomes)} cells"
        cells.update({(name, actor): outcome for actor, outcome in zip(actors, outcomes, strict=True)})
    return cells


CELLS = read_matrix(MATRIX) | read_matrix(FORMER_MEMBERS)


def grant_admin(user):
    """What a facilitator gets in the admin: the "Fasilitaattorit" group with the co-development models."""
    staff, _created = Group.objects.get_or_create(name="Fasilitaattorit")
    staff.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="codev", content_type__model__in=CODEV_MODELS),
    )
    user.groups.add(staff)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Group A with an open round and a board holding every kind of post; group B next to it; all the visitors.

    Built once for the whole table (like TestCase.setUpTestData) and rolled back at the end; every cell runs
    in its own transaction inside, so what one cell changes never reaches the next.
    """
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        yield build_world()
        transaction.set_rollback(True)


def build_world():
    model = make_model(build_site()["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model])
    open_round = make_round(group, 1, "open")
    board = make_board(open_round, model)
    facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    member = add_member(group, "ammattilainen", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    author = add_member(group, "kirjoittaja", Role.EXPERT, display_name="Kirjoittaja Kaisa")
    hidden_author = add_member(group, ANONYMOUS_USERNAME, Role.YOUNG_PERSON, display_name=ANONYMOUS_AUTHOR)
    observer = add_member(group, "tarkkailija", Role.OBSERVER, display_name="Tarkkailija Tero")
    former = add_member(group, "entinen", display_name="Entinen Eero")
    former_facilitator = add_member(group, "entinen-vetaja", Role.FACILITATOR, display_name="Entinen vetäjä")
    grant_admin(former_facilitator.user)

    group_b = make_group(models=[model], name="Toinen ryhmä")
    board_b = make_board(make_round(group_b, 1, "open"), model)
    member_b = add_member(group_b, "toisen-jasen", display_name="Toisen ryhmän jäsen")
    post_b = make_post(member_b, board_b, body=f"<p>{B_POST_TEXT}</p>")
    facilitator_b = add_member(group_b, "toisen-fasilitaattori", Role.FACILITATOR, display_name="Toinen vetäjä")
    grant_admin(facilitator.user)
    grant_admin(facilitator_b.user)
    staff = make_user("henkilokunta", "Henkilökunta Heli")
    staff.is_staff = True
    staff.save(update_fields=["is_staff"])
    superuser = make_user("paakayttaja", "Pääkäyttäjä Pekka")
    superuser.is_staff = superuser.is_superuser = True
    superuser.save(update_fields=["is_staff", "is_superuser"])

    post = make_post(author, board, body="<p>Kirjoittajan havainto verkostokokouksesta.</p>")
    reply, _created = actions.do_reply(member=author, post=post, body="Tarkennus havaintoon.")
    actions.do_reply(member=hidden_author, post=post, body="Nimetön vastaus.", is_anonymous=True)
    anonymous = make_post(hidden_author, board, body="Nimetön huomio.", is_anonymous=True)
    own = make_post(member, board, body="Jäsenen oma ajatus.")
    pinned = make_post(author, board, body="Kiinnitetty ohje.")
    actions.do_pin(actor=facilitator.user, post=pinned)
    agreed = make_post(author, board, body="Tästä moni on samaa mieltä.")
    for agreeing in (member, facilitator):
        actions.do_agree(member=agreeing, post=agreed)
    hidden = make_post(author, board, body="Piilotettu viesti.")
    actions.do_hide(actor=facilitator.user, post=hidden, reason="Tunnistettava asiakastapaus.")
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)
    pending = make_post(author, board, body="Odottaa hyväksyntää.")
    actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=False)
    assert pending.status == PostStatus.PENDING
    removed = make_post(author, board, body="Kirjoittajan poistama viesti.")
    actions.do_remove_post(user=author.user, post=removed)
    Membership.objects.filter(pk__in=[former.pk, former_facilitator.pk]).update(is_active=False)
    _invitation, token = Invitation.issue(group=group, email=INVITED, role=Role.EXPERT, invited_by=facilitator.user)
    board.refresh_from_db()

    users = {
        "anon": None,
        "outsider": make_user("ulkopuolinen", "Ulkopuolinen Ulla"),
        "member_b": member_b.user,
        "fac_b": facilitator_b.user,
        "staff": staff,
        "super": superuser,
        "observer": observer.user,
        "member": member.user,
        "fac": facilitator.user,
        "former": former.user,
        "former_f": former_facilitator.user,
        "anonymous author": hidden_author.user,
    }
    return SimpleNamespace(
        group=group,
        group_b=group_b,
        version=ModelVersion.objects.for_page(model).newest_first().first(),
        post_b=post_b,
        round=open_round,
        board=board,
        model=model,
        member=member,
        users=users,
        token=token,
        post=post,
        reply=reply,
        anonymous=anonymous,
        own=own,
        pinned=pinned,
        agreed=agreed,
        hidden=hidden,
        pending=pending,
        removed=removed,
    )


def database(world):
    """Everything a refused request could have changed."""
    return (
        list(
            Post.objects.order_by("pk").values_list(
                "pk",
                "status",
                "body",
                "section",
                "is_pinned",
                "column_id",
                "hidden_reason",
                "edited_at",
                "parent_id",
                "author_id",
                "disposition",
                "addressed_in_id",
            )
        ),
        list(VersionResponse.objects.order_by("pk").values_list("pk", "version_id", "group_id", "summary")),
        sorted(Reaction.objects.values_list("post_id", "user_id")),
        list(ModerationAction.objects.order_by("pk").values_list("pk", "kind", "post_id")),
        list(Board.objects.order_by("pk").values_list("pk", "pre_moderation", "change_seq")),
        list(Column.objects.order_by("pk").values_list("pk", "board_id", "name", "sort_order", "colour")),
        list(SmallGroup.objects.order_by("pk").values_list("pk", "round_id", "name")),
        sorted(SmallGroup.members.through.objects.values_list("smallgroup_id", "membership_id")),
        list(Membership.objects.order_by("pk").values_list("pk", "group_id", "user_id", "role", "is_active")),
        list(Invitation.objects.order_by("pk").values_list("pk", "email", "accepted_at", "accepted_by_id")),
        list(get_user_model().objects.order_by("pk").values_list("pk", "is_active", "password")),
        Profile.objects.count(),
        list(Round.objects.order_by("pk").values_list("pk", "theme", "feedback_closes_at")),
    )


# What each row asks and, when the cell says ok, where the visitor lands and what must have changed.


def board_url(world, fragment=""):
    return reverse("codev:board", args=(world.board.pk,)) + fragment


def placed_at(world, pk):
    """Where the board sends one back after a change: opened far enough to show post `pk`, scrolled to it."""
    return board_url(world, f"?at={pk}#post-{pk}")


def at_post(post):
    return lambda world, user: placed_at(world, post(world).pk)


def new_post(world, user, parent=None):
    return Post.objects.get(board=world.board, author=user, parent=parent, body__contains="Uusi")


def joined(world, user):
    user = user or get_user_model().objects.get(email=INVITED)
    invitation = Invitation.objects.get(group=world.group)
    return (
        Membership.objects.filter(group=world.group, user=user, is_active=True).exists()
        and invitation.is_used
        and invitation.accepted_by_id == user.pk
    )


def moderated(post, kind, check):
    """The moderation happened: the post's new state, and the facilitator's action on the record."""

    def done(world, user):
        changed = Post.objects.get(pk=post(world).pk)
        return check(changed, world) and ModerationAction.objects.filter(post=changed, kind=kind, actor=user).exists()

    return done


def columns_data(board, **fields):
    columns = list(board.columns.order_by("sort_order"))
    data = {
        "columns-TOTAL_FORMS": len(columns),
        "columns-INITIAL_FORMS": len(columns),
        "columns-MIN_NUM_FORMS": 0,
        "columns-MAX_NUM_FORMS": 1000,
        **fields,
    }
    for index, column in enumerate(columns):
        data.update(
            {
                f"columns-{index}-id": column.pk,
                f"columns-{index}-board": board.pk,
                f"columns-{index}-name": column.name,
                f"columns-{index}-sort_order": column.sort_order,
            }
        )
    return data


@dataclass(frozen=True)
class Row:
    address: Callable
    method: str = "get"
    data: Callable = lambda world: {}
    place: Callable = None  # where an allowed POST redirects to
    done: Callable = None  # the change an allowed POST makes, as a predicate over the database
    headers: dict = field(default_factory=dict)
    shows: Callable = None  # text an allowed GET must contain, so that "ok" means the page itself
    names_members: bool = False  # pages that list the group's members by name, by design
    private_to_fac: Callable = None  # text of group A's that only A's facilitator may receive in this response


def post_row(address, **kwargs):
    return Row(address=address, method="post", **kwargs)


def moderation_row(post, action, kind, check, **data):
    return post_row(
        lambda world: reverse("codev:moderate_post", args=(post(world).pk,)),
        data=lambda world: {"action": action, **{key: value(world) for key, value in data.items()}},
        place=lambda world, user: placed_at(world, post(world).parent_id or post(world).pk),
        done=moderated(post, kind, check),
    )


HTMX = {"HX-Request": "true"}
POST = lambda world: world.post  # noqa: E731 - the row table reads better with one-word getters
REPLY = lambda world: world.reply  # noqa: E731
OWN = lambda world: world.own  # noqa: E731
PENDING = lambda world: world.pending  # noqa: E731
HIDDEN = lambda world: world.hidden  # noqa: E731
PINNED = lambda world: world.pinned  # noqa: E731
AGREED = lambda world: world.agreed  # noqa: E731
GROUP_NAME = lambda world: world.group.name  # noqa: E731
POST_TEXT = lambda world: "Kirjoittajan havainto verkostokokouksesta."  # noqa: E731
OWN_TEXT = lambda world: "Jäsenen oma ajatus."  # noqa: E731
B_POST_TEXT = "Toisen ryhmän havainto aikataulusta."


def picker_url(world, group=None):
    url = reverse("codev_version_response", args=(world.version.pk,))
    return f"{url}?group={group.pk}" if group else url


def response_row(group, post, summary):
    """The picker posted for `group`, answering `post`; allowed, it saves the group's summary and nothing else."""

    def done(world, user):
        return (
            VersionResponse.objects.filter(version=world.version, group=group(world), summary=summary).exists()
            and Post.objects.get(pk=post(world).pk).addressed_in_id == world.version.pk
            and VersionResponse.objects.count() == 1
        )

    return post_row(
        lambda world: picker_url(world),
        data=lambda world: {"group": group(world).pk, "posts": [post(world).pk], "summary": summary},
        place=lambda world, user: reverse("wagtailadmin_explore", args=(world.model.get_parent().pk,)),
        done=done,
        private_to_fac=POST_TEXT,
    )


GROUP_A = lambda world: world.group  # noqa: E731
GROUP_B = lambda world: world.group_b  # noqa: E731
POST_B = lambda world: world.post_b  # noqa: E731

ROWS = {
    "GET member home": Row(lambda world: reverse("codev:home")),
    "GET my data page": Row(lambda world: reverse("codev:my_data")),
    "GET group page": Row(
        lambda world: reverse("codev:group", args=(world.group.slug,)), names_members=True, shows=GROUP_NAME
    ),
    "GET round page": Row(
        lambda world: reverse("codev:round", args=(world.group.slug, world.round.number)),
        shows=lambda world: world.round.theme,
    ),
    "GET board": Row(board_url, shows=POST_TEXT),
    "GET board changes (live poll)": Row(
        lambda world: reverse("codev:board_changes", args=(world.board.pk,)) + "?since=0", headers=HTMX, shows=POST_TEXT
    ),
    "GET board changes, presenting": Row(
        lambda world: reverse("codev:board_changes", args=(world.board.pk,)) + "?since=0&view=present",
        headers=HTMX,
        shows=POST_TEXT,
    ),
    "GET presentation": Row(lambda world: reverse("codev:board_present", args=(world.board.pk,)), shows=POST_TEXT),
    "GET small groups page": Row(
        lambda world: reverse("codev:small_groups", args=(world.round.pk,)),
        names_members=True,
        shows=lambda world: world.round.theme,
    ),
    "GET edit page, member's post": Row(lambda world: reverse("codev:post_edit", args=(world.own.pk,)), shows=OWN_TEXT),
    "GET delete page, member's post": Row(
        lambda world: reverse("codev:post_delete", args=(world.own.pk,)), shows=OWN_TEXT
    ),
    "GET edit page, pending post": Row(lambda world: reverse("codev:post_edit", args=(world.pending.pk,))),
    "GET a column's compose form": Row(
        lambda world: reverse("codev:board_compose", args=(world.board.pk, world.board.columns.first().pk)),
        headers=HTMX,
        shows=lambda world: f'name="column" value="{world.board.columns.first().pk}"',
    ),
    "POST a post to the board": post_row(
        lambda world: reverse("codev:post_create", args=(world.board.pk,)),
        data=lambda world: {
            "body": "Uusi havainto: tulkki kokoukseen.",
            "column": world.board.columns.first().pk,
            "client_token": "7b0c6f52-1f0e-4f7a-9d1e-2b9f3c1a0001",
        },
        place=lambda world, user: placed_at(world, new_post(world, user).pk),
        done=lambda world, user: new_post(world, user).status == PostStatus.PUBLISHED,
    ),
    "POST a reply": post_row(
        lambda world: reverse("codev:reply_create", args=(world.post.pk,)),
        data=lambda world: {
            "body": "Uusi vastaus: samaa mieltä.",
            "client_token": "7b0c6f52-1f0e-4f7a-9d1e-2b9f3c1a0002",
        },
        place=lambda world, user: placed_at(world, new_post(world, user, world.post).pk),
        done=lambda world, user: new_post(world, user, world.post).status == PostStatus.PUBLISHED,
    ),
    "POST a reply to a pending post": post_row(
        lambda world: reverse("codev:reply_create", args=(world.pending.pk,)),
        data=lambda world: {"body": "Uusi vastaus odottavaan.", "client_token": "7b0c6f52-1f0e-4f7a-9d1e-2b9f3c1a0003"},
    ),
    "POST agree": post_row(
        lambda world: reverse("codev:agree", args=(world.post.pk,)),
        data=lambda world: {"action": "agree"},
        place=at_post(POST),
        done=lambda world, user: Reaction.objects.filter(post=world.post, user=user).exists(),
    ),
    "POST withdraw agreement": post_row(
        lambda world: reverse("codev:agree", args=(world.agreed.pk,)),
        data=lambda world: {"action": "withdraw"},
        place=at_post(AGREED),
        done=lambda world, user: not Reaction.objects.filter(post=world.agreed, user=user).exists(),
    ),
    "POST agree with a pending post": post_row(
        lambda world: reverse("codev:agree", args=(world.pending.pk,)), data=lambda world: {"action": "agree"}
    ),
    "POST agree with a hidden post": post_row(
        lambda world: reverse("codev:agree", args=(world.hidden.pk,)), data=lambda world: {"action": "agree"}
    ),
    "POST edit member's post": post_row(
        lambda world: reverse("codev:post_edit", args=(world.own.pk,)),
        data=lambda world: {"body": "Jäsenen korjattu ajatus.", "section": ""},
        place=at_post(OWN),
        done=lambda world, user: Post.objects.filter(
            pk=world.own.pk, body__contains="korjattu", edited_at__isnull=False
        ).exists(),
    ),
    "POST delete member's post": post_row(
        lambda world: reverse("codev:post_delete", args=(world.own.pk,)),
        place=lambda world, user: board_url(world),
        done=lambda world, user: Post.objects.get(pk=world.own.pk).status == PostStatus.REMOVED,
    ),
    "POST pin": moderation_row(POST, "pin", "pin", lambda post, world: post.is_pinned),
    "POST unpin": moderation_row(PINNED, "unpin", "unpin", lambda post, world: not post.is_pinned),
    "POST hide a post": moderation_row(
        POST,
        "hide",
        "hide",
        lambda post, world: post.status == PostStatus.HIDDEN and post.hidden_reason,
        reason=lambda world: "Henkilötietoja.",
    ),
    "POST hide a reply": moderation_row(
        REPLY, "hide", "hide", lambda post, world: post.status == PostStatus.HIDDEN, reason=lambda world: "Asiaton."
    ),
    "POST unhide": moderation_row(HIDDEN, "unhide", "unhide", lambda post, world: post.status == PostStatus.PUBLISHED),
    "POST unhide a deleted post": moderation_row(
        lambda world: world.removed, "unhide", "unhide", lambda post, world: post.status == PostStatus.PUBLISHED
    ),
    "POST approve": moderation_row(
        PENDING, "approve", "approve", lambda post, world: post.status == PostStatus.PUBLISHED
    ),
    "POST move to another column": moderation_row(
        POST,
        "move",
        "move",
        lambda post, world: post.column == world.board.columns.all()[2],
        column=lambda world: world.board.columns.all()[2].pk,
    ),
    "POST pre-moderation on": post_row(
        lambda world: reverse("codev:set_premoderation", args=(world.board.pk,)),
        data=lambda world: {"enabled": "on"},
        place=lambda world, user: board_url(world),
        done=lambda world, user: Board.objects.get(pk=world.board.pk).pre_moderation,
    ),
    "POST column colours": post_row(
        lambda world: reverse("codev:board_colours", args=(world.board.pk,)),
        data=lambda world: {f"colour-{world.board.columns.first().pk}": "purple"},
        place=lambda world, user: board_url(world, "#facilitator-tools-heading"),
        done=lambda world, user: world.board.columns.first().colour == "purple",
    ),
    "POST split into small groups": post_row(
        lambda world: reverse("codev:small_groups", args=(world.round.pk,)),
        data=lambda world: {"count": "2"},
        place=lambda world, user: reverse("codev:small_groups", args=(world.round.pk,)),
        done=lambda world, user: world.round.small_groups.count() == 2,
    ),
    "GET invitation to A (valid)": Row(
        lambda world: reverse("codev:accept_invitation", args=(world.token,)), shows=GROUP_NAME
    ),
    "POST accept invitation to A": post_row(
        lambda world: reverse("codev:accept_invitation", args=(world.token,)),
        data=lambda world: {"display_name": "Uusi Jäsen", "password1": PASSWORD, "password2": PASSWORD},
        place=lambda world, user: reverse("codev:group", args=(world.group.slug,)),
        done=joined,
    ),
    "GET admin: groups list": Row(lambda world: reverse("codev_groups:index"), names_members=True, shows=GROUP_NAME),
    "GET admin: edit group A": Row(
        lambda world: reverse("codev_groups:edit", args=(world.group.pk,)), names_members=True, shows=GROUP_NAME
    ),
    "GET admin: edit A's membership": Row(
        lambda world: reverse("codev_memberships:edit", args=(world.member.pk,)),
        names_members=True,
        shows=lambda world: "Ammattilainen Aino",
    ),
    "GET admin: delete A's member": Row(
        lambda world: reverse("codev_delete_member_account", args=(world.member.pk,)),
        names_members=True,
        shows=lambda world: "Ammattilainen Aino",
    ),
    "GET admin: edit A's board": Row(
        lambda world: reverse("codev_boards:edit", args=(world.board.pk,)),
        names_members=True,
        shows=lambda world: world.board.columns.first().name,
    ),
    "POST admin: A's board pre-mod.": post_row(
        lambda world: reverse("codev_boards:edit", args=(world.board.pk,)),
        data=lambda world: columns_data(world.board, pre_moderation="on"),
        place=lambda world, user: reverse("codev_boards:index"),
        done=lambda world, user: Board.objects.get(pk=world.board.pk).pre_moderation,
        names_members=True,
    ),
    "POST admin: invite to group A": post_row(
        lambda world: reverse("codev_invitations:add"),
        data=lambda world: {
            "group": world.group.pk,
            "email": "uusi.kutsu@example.org",
            "role": Role.EXPERT,
            "organisation": "",
            "region": "",
        },
        place=lambda world, user: reverse("codev_invitations:index"),
        done=lambda world, user: Invitation.objects.filter(
            group=world.group, email="uusi.kutsu@example.org", invited_by=user
        ).exists(),
        names_members=True,
    ),
    # Each group's facilitator opens the picker for their own group only, by default or by asking for it.
    "GET version picker": Row(picker_url, private_to_fac=POST_TEXT),
    "GET version picker for A": Row(
        lambda world: picker_url(world, world.group), shows=POST_TEXT, private_to_fac=POST_TEXT
    ),
    "GET version picker for B": Row(
        lambda world: picker_url(world, world.group_b), shows=lambda world: B_POST_TEXT, private_to_fac=POST_TEXT
    ),
    "POST version response for A": response_row(GROUP_A, POST, "Ryhmän A vastaus."),
    "POST version response for B": response_row(GROUP_B, POST_B, "Ryhmän B vastaus."),
    # B's facilitator sends the id of A's post with B's form: refused whole, not saved without it.
    "POST A's post as B's response": response_row(GROUP_B, POST, "Ryhmän B vastaus."),
}


def test_every_row_of_the_matrix_has_a_request_and_every_request_a_row():
    assert {name for name, _actor in CELLS} == set(ROWS)


def sent_to(response, path, asked):
    """The redirect goes to `path` with next= the address first asked for."""
    location = urlparse(response["Location"])
    return response.status_code == 302 and location.path == path and parse_qs(location.query)["next"] == [asked]


def admin_not_found(client, response):
    """The admin's 404 for an unprefixed path first goes through the locale redirect, which then 404s too."""
    if response.status_code == 302 and response["Location"].startswith("/fi/admin/"):
        response = client.get(response["Location"])
    return response.status_code == 404


@pytest.mark.parametrize(("row", "actor"), list(CELLS), ids=[f"{row} | {actor}" for row, actor in CELLS])
def test_permission_matrix(client, world, row, actor):
    request, expected, user = ROWS[row], CELLS[(row, actor)], world.users[actor]
    if user is not None:
        client.force_login(user)
    address = request.address(world)
    before = database(world)

    if request.method == "post":
        response = client.post(address, request.data(world), headers=request.headers)
    else:
        response = client.get(address, headers=request.headers)

    status = response.status_code
    if expected == "ok" and request.method == "get":
        assert status == 200
        if request.shows:
            assert request.shows(world) in response.content.decode()
    elif expected == "ok":
        assert status == 302, response.content.decode()[:2000]
        assert response["Location"] == request.place(world, user)
        assert request.done(world, user)
    elif expected == "unlisted":
        assert status == 200 and world.group.name not in response.content.decode()
    elif expected == "form-err":
        assert status == 200 and response.context["form"].errors
    elif expected == "login":
        assert sent_to(response, LOGIN_PATH, address)
    elif expected == "wt-login":
        assert sent_to(response, ADMIN_LOGIN_PATH, address)
    elif expected == "back":
        assert status == 302 and urlparse(response["Location"]).path == board_url(world)
    elif expected == "404" and address.startswith("/admin/"):
        assert admin_not_found(client, response)
    else:
        assert status == int(expected)
    if expected != "ok":
        assert database(world) == before, "a refused request changed the database"
    # Whoever is not a facilitator of A never gets the anonymous author's name, on any page about posts.
    if actor != "fac" and not request.names_members:
        html = response.content.decode()
        assert ANONYMOUS_AUTHOR not in html and ANONYMOUS_USERNAME not in html
    # Nor does anyone but A's facilitator read A's feedback in the picker, where B's facilitator answers for B.
    if actor != "fac" and request.private_to_fac:
        assert request.private_to_fac(world) not in response.content.decode()


# Anonymity beyond the table: the htmx partials and live polls each member's browser receives.


def live_poll(world, **params):
    return "get", reverse("codev:board_changes", args=(world.board.pk,)), {"since": 0, **params}


SEEN_BY_READERS = {
    "the board": lambda world: ("get", board_url(world), {}),
    "a live poll": live_poll,
    "a live poll of the presentation": lambda world: live_poll(world, view="present"),
    "the presentation": lambda world: ("get", reverse("codev:board_present", args=(world.board.pk,)), {}),
    "agreeing with the anonymous post": lambda world: (
        "post",
        reverse("codev:agree", args=(world.anonymous.pk,)),
        {"action": "agree"},
    ),
    "agreeing with a post that has an anonymous reply": lambda world: (
        "post",
        reverse("codev:agree", args=(world.post.pk,)),
        {"action": "agree"},
    ),
    "replying to the anonymous post": lambda world: (
        "post",
        reverse("codev:reply_create", args=(world.anonymous.pk,)),
        {"body": "Uusi vastaus nimettömälle.", "client_token": "7b0c6f52-1f0e-4f7a-9d1e-2b9f3c1a0004"},
    ),
    "an empty reply to the anonymous post, refused": lambda world: (
        "post",
        reverse("codev:reply_create", args=(world.anonymous.pk,)),
        {"body": "", "client_token": "7b0c6f52-1f0e-4f7a-9d1e-2b9f3c1a0005"},
    ),
}
SEES_THE_ANONYMOUS_POST = [
    ("member", "the board"),
    ("member", "a live poll"),
    ("member", "a live poll of the presentation"),
    ("member", "the presentation"),
    ("member", "agreeing with the anonymous post"),
    ("member", "agreeing with a post that has an anonymous reply"),
    ("member", "replying to the anonymous post"),
    ("member", "an empty reply to the anonymous post, refused"),
    ("observer", "the board"),
    ("observer", "a live poll"),
    ("observer", "replying to the anonymous post"),
    ("super", "the board"),
    ("super", "a live poll"),
    ("super", "the presentation"),
    # The presentation is on a shared screen: not even the facilitator's view of it names anyone anonymous.
    ("fac", "the presentation"),
    ("fac", "a live poll of the presentation"),
    ("anonymous author", "the presentation"),
    ("anonymous author", "a live poll of the presentation"),
]


@pytest.mark.parametrize(
    ("reader", "seen"), SEES_THE_ANONYMOUS_POST, ids=[f"{reader} | {seen}" for reader, seen in SEES_THE_ANONYMOUS_POST]
)
def test_no_response_names_the_anonymous_author(client, world, reader, seen):
    client.force_login(world.users[reader])
    method, address, data = SEEN_BY_READERS[seen](world)

    response = getattr(client, method)(address, data, headers=HTMX)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nimetön huomio." in html or "Nimetön vastaus." in html  # the anonymous writing is in the response
    assert ANONYMOUS_AUTHOR not in html and ANONYMOUS_USERNAME not in html


@pytest.mark.parametrize("reader", ["fac", "anonymous author"])
def test_the_facilitator_and_the_author_see_who_wrote_anonymously(client, world, reader):
    client.force_login(world.users[reader])

    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("fi"):
        expected = gettext("%(name)s (anonymous to others)") % {"name": ANONYMOUS_AUTHOR}
    for response in (client.get(board_url(world)), client.get(*live_poll(world)[1:], headers=HTMX)):
        assert expected in response.content.decode()
