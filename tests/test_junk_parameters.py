"""Junk in the address or a form never gives a server error: every view, with every parameter it reads.

The views come from the URL configuration and from the routable pages themselves, so a new view is fuzzed
too (or this module fails until it knows the view's path arguments). The parameters of a view are the names
its module reads from request.GET or request.POST and the fields of the forms it uses; the values are what a
careless link, an old bookmark or a hostile script sends: negative and huge numbers, words, unicode, empty
values, NUL bytes, the same name twice.
"""

import inspect
import io
import re
import sys
from types import SimpleNamespace

import pytest
from django import forms
from django.apps import apps
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from codev import admin_views
from codev.attachment_checks import check_named
from codev.attachments import store_attachments
from codev.join_links import join_code
from codev.models import ScopeKind, SmallGroup, Theme
from home.models import HomePage, StandardPage
from models_library import forms as library_forms
from models_library import version_views
from models_library.models import ProjectIndexPage
from testing.factories import make_project
from tests.codev.test_permission_matrix import build_world

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("codev", "models_library", "home")
HUGE = "9" * 25
NASTY = [
    "", " ", "-1", "0", "-0", HUGE, "-" + HUGE, "1.5", "1e9", "abc", "null", "\x00", "1\x00", "\u0663", "ä", "😀",
    "<script>x</script>", "' OR 1=1 --", "../..", "%", "on", "true", "2026-13-45",
]  # fmt: skip
JUNK = st.one_of(
    st.sampled_from(NASTY), st.integers(min_value=-(10**20), max_value=10**20).map(str), st.text(max_size=12)
)
# Names any listing may read whatever its module says: paging, search, ordering, the board's view.
COMMON = ["page", "p", "q", "ordering", "sort", "next", "view", "since", "export", "small_group"]
# A view module's own code reading a parameter by name: request.GET.get("since"), request.POST["action"], ...
READS = re.compile(r"""(?:GET|POST|data)(?:\.get|\.getlist)?[(\[]\s*["'](\w+)["']""")


def form_field_names(module):
    names = set()
    for value in vars(module).values():
        if not inspect.isclass(value) or not value.__module__.startswith(PROJECT_APPS):
            continue
        if issubclass(value, forms.BaseForm):
            names |= set(value.base_fields)
        elif issubclass(value, forms.BaseFormSet) and hasattr(value, "form"):
            prefix = value.get_default_prefix()
            names |= {f"{prefix}-TOTAL_FORMS", f"{prefix}-INITIAL_FORMS"}
            names |= {f"{prefix}-{index}-{name}" for name in value.form.base_fields for index in (0, 1)}
    return names


def parameter_names(*modules):
    names = set(COMMON)
    for module in modules:
        names |= set(READS.findall(inspect.getsource(module))) | form_field_names(module)
    return sorted(names)


def routes(patterns=None, prefix="", namespace=""):
    """(address pattern, full name, view module) of every named route in the URL configuration."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            yield from routes(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern) and entry.name:
            name = ":".join(part for part in (namespace, entry.name) if part)
            yield prefix + str(entry.pattern), name, getattr(entry.callback, "__module__", "")


def our_routes():
    """The workspace, its admin and the open-data API, by name (public pages are served by Wagtail, below)."""
    return sorted(
        {
            (name, module)
            for pattern, name, module in routes()
            if name.startswith(("codev:", "api:", "api_innokyla:")) or pattern.startswith("admin/codev/")
        }
    )


def page_routes():
    """Each kind of page of ours, and each sub-page of the routable ones."""
    found = []
    for model in apps.get_models():
        if issubclass(model, Page) and model._meta.app_label in PROJECT_APPS:
            found.append((model._meta.label, ""))
            if issubclass(model, RoutablePageMixin):
                found += [
                    (model._meta.label, entry.name) for entry in model.get_subpage_urls() if entry.name != "index_route"
                ]
    return sorted(set(found))


# Admin viewsets: which object of the world their edit, delete, history and usage views open.
ADMIN_OBJECTS = {
    "codev_groups": "group",
    "codev_memberships": "member",
    "codev_invitations": "invitation",
    "codev_rounds": "round",
    "codev_boards": "board",
    "codev_small_groups": "small_group",
}
GROUP_ROUTES = {"group", "process", "triage", "meter_criteria", "dashboard", "dashboard_export_json"}
ROUND_ROUTES = {
    "round",
    "round_pack",
    "round_calendar",
    "round_evaluation",
    "round_evaluation_results",
    "dashboard_feedback_csv",
    "dashboard_feedback_xlsx",
}
POST_ROUTES = {"reply_create", "reply_form", "agree", "moderate_post"}
ATTACHMENT_ROUTES = {"attachment", "attachment_thumbnail"}
POST_ROUTES = {"reply_create", "reply_form", "agree", "moderate_post", "react", "dot_vote"}
OWN_POST_ROUTES = {"post_edit", "post_delete"}
BOARD_ROUTES = {
    "board",
    "board_changes",
    "board_present",
    "board_summary",
    "board_meter",
    "post_create",
    "set_premoderation",
    "set_second_reaction",
    "dot_vote_open",
    "dot_vote_close",
    "similar_posts",
    "board_timer",
    "board_focus",
    "board_join_qr",
    "board_colours",
}
NO_ARGUMENTS = {
    "home",
    "notifications",
    "model-list",
    "openapi",
    "index",
    "index_results",
    "add",
    "my_data",
    "my_data_json",
    "my_data_zip",
    "delete_account",
    "account_deleted",
    "two_factor",
    "two_factor_setup",
    "two_factor_verify",
    "two_factor_recovery_codes",
    "two_factor_disable",
    "codev_account_deletions",
}


def arguments(world, name):
    """Path arguments of route `name` that reach a real object of the world; None when this module does not know."""
    namespace, _colon, short = name.rpartition(":")
    group = {"slug": world.group.slug}
    if short in NO_ARGUMENTS:
        return {}
    if namespace in ADMIN_OBJECTS:
        return {"pk": getattr(world, ADMIN_OBJECTS[namespace]).pk}
    if short in GROUP_ROUTES:
        return group
    if short in ROUND_ROUTES:
        return {**group, "number": world.round.number}
    if short in POST_ROUTES:
        return {"pk": world.post.pk}
    if short in OWN_POST_ROUTES:
        return {"pk": world.own.pk}
    if short in ATTACHMENT_ROUTES:
        return {"pk": world.attachment.pk}
    if short in BOARD_ROUTES:
        return {"pk": world.board.pk}
    return {
        "codev:accept_invitation": {"token": world.token},
        "codev:join": {"code": join_code(world.board.pk)},
        "codev:unsubscribe": {"token": "not-a-real-token"},
        "codev:small_groups": {"pk": world.round.pk},
        "codev:remind_absent_members": {"pk": world.round.pk},
        "codev:board_column": {"pk": world.board.pk, "column_pk": world.board.columns.first().pk},
        "codev:board_compose": {"pk": world.board.pk, "column_pk": world.board.columns.first().pk},
        "codev:board_themes": {**group, "pk": world.board.pk},
        "codev:summary_draft": {**group, "pk": world.board.pk},
        "codev:round_themes": {**group, "number": world.round.number},
        "codev:model_themes": {**group, "pk": world.model.pk},
        "codev:theme_triage": {**group, "pk": world.theme.pk},
        "api:model-detail": {"pk": world.model.pk},
        "api:model-version": {"pk": world.model.pk, "number": 1},
        "api_innokyla:model-version": {"pk": world.model.pk, "number": 1},
        "codev_version_response": {"version_id": world.model.versions.first().pk},
        "codev:text_feedback_notes": {"version_pk": world.model.versions.first().pk},
        "codev:text_feedback_comment": {"version_pk": world.model.versions.first().pk},
        "codev_delete_member_account": {"membership_id": world.member.pk},
    }.get(name)


def page_address(label, subpage):
    page = apps.get_model(label).objects.live().first()
    assert page is not None, f"the world has no live {label}"
    url = page.get_url()
    if subpage:
        entry = next(entry for entry in page.get_subpage_urls() if entry.name == subpage)
        sample = {"number": 1, "correction": 0, "old": 1, "new": 2, "block_id": "not-a-block"}
        url += page.reverse_subpage(subpage, kwargs={key: sample[key] for key in entry.pattern.converters})
    return url


class World(SimpleNamespace):
    def __repr__(self):
        # Hypothesis prints the arguments of a failing example; the whole world would drown the junk that failed.
        return "<the module's world>"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The permission matrix's world, with a second version of the model, a project page and a small group,
    and one signed-in client per kind of visitor. Built once for the module and rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        world = World(**vars(build_world()))
        world.model.lead = "Toinen kuvaus."
        world.model.save_revision().publish()
        make_project(ProjectIndexPage.objects.get())
        HomePage.objects.get().add_child(instance=StandardPage(title="Saavutettavuusseloste", slug="saavutettavuus"))
        world.small_group = SmallGroup.objects.create(round=world.round, name="Pienryhmä 1")
        world.small_group.members.add(world.member)
        world.invitation = world.group.invitations.first()
        world.theme = Theme.objects.create(
            group=world.group, scope_kind=ScopeKind.BOARD, board=world.board, name="Teema"
        )
        world.attachment = picture_on(world.own)
        world.clients = {"anonymous": Client()}
        for kind in ("member", "fac"):
            world.clients[kind] = Client()
            world.clients[kind].force_login(world.users[kind])
        yield world
        transaction.set_rollback(True)


def picture_on(post):
    image = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 160)).save(image, "PNG")
    store_attachments(post, [(check_named(image.getvalue(), "nelio.png"), "Sininen neliö")])
    return post.attachments.get()


def test_every_route_of_the_workspace_its_admin_and_the_api_has_arguments(world):
    unknown = [name for name, _module in our_routes() if arguments(world, name) is None]
    assert unknown == [], "give these routes their path arguments in arguments()"


def sent(pairs):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


def send_junk(world, visitor, address, names, data):
    """One request with junk parameters, inside a savepoint that is rolled back, so no example sees another's."""
    method = data.draw(st.sampled_from(["get", "post"]), label="method")
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(names), JUNK), max_size=5), label="parameters")
    client = world.clients[visitor]
    with transaction.atomic():
        response = getattr(client, method)(address, sent(pairs))
        transaction.set_rollback(True)
    assert response.status_code < 500, (method, address, pairs)


FUZZ = settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    database=None,
    # The world is module-scoped on purpose, and each example runs in a savepoint of its own.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def visitors(name):
    """The API is public; the workspace is seen as a member and as a facilitator; its admin as a facilitator."""
    if name.startswith(("api:", "api_innokyla:")):
        return ["anonymous"]
    return ["member", "fac"] if name.startswith("codev:") else ["fac"]


ROUTE_CASES = [(name, module, visitor) for name, module in our_routes() for visitor in visitors(name)]


def with_junk_numbers(kwargs, data):
    """Now and then a number in the path that names nothing: 0, or one beyond any database integer."""
    return {
        key: data.draw(st.sampled_from([value, value, value, 0, HUGE]), label=key) if isinstance(value, int) else value
        for key, value in kwargs.items()
    }


@pytest.mark.parametrize(("name", "module", "visitor"), ROUTE_CASES, ids=[f"{n} as {v}" for n, _m, v in ROUTE_CASES])
@FUZZ
@given(data=st.data())
def test_junk_parameters_never_break_a_view(world, name, module, visitor, data):
    with translation.override("fi"):
        address = reverse(name, kwargs=with_junk_numbers(arguments(world, name), data))
    names = parameter_names(admin_views) if address.startswith("/admin/") else parameter_names(sys.modules[module])
    send_junk(world, visitor, address, names, data)


@pytest.mark.parametrize(
    ("label", "subpage"), page_routes(), ids=[f"{label} {sub}".strip() for label, sub in page_routes()]
)
@FUZZ
@given(data=st.data())
def test_junk_parameters_never_break_a_public_page(world, label, subpage, data):
    with translation.override("fi"):
        address = page_address(label, subpage)
    send_junk(world, "anonymous", address, parameter_names(library_forms, version_views), data)
