"""Fixtures of the co-development tests: a site with one published model and a group working on it."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.db.models import Case, When
from django.http import QueryDict
from django.test import Client

from codev.models import Board, Membership, Role
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import make_model


@pytest.fixture
def model(site_tree):
    return make_model(site_tree["library"], "Verkostoyhteistyön malli")


@pytest.fixture
def group(model):
    return make_group(models=[model])


@pytest.fixture
def facilitator(group):
    return add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")


@pytest.fixture
def member(group):
    return add_member(group, "ammattilainen", Role.PROFESSIONAL, display_name="Ammattilainen Aino")


@pytest.fixture
def open_round(group):
    return make_round(group, 1, "open")


@pytest.fixture
def board(open_round, model):
    return make_board(open_round, model)


@pytest.fixture(params=["cold cache", "cache warmed by everyone else first"])
def board_cache(request, monkeypatch):
    """Run a board test twice: as it is, and with every board page and poll it asks for first opened by each of
    the group's other members (facilitators first), so each answer it checks may come from HTML that someone
    else's view put in the shared cache. A facilitator's fragment must never reach a member this way."""
    if request.param == "cold cache":
        yield
        return
    original = Client.request

    def request_after_the_others(self, **environ):
        path = environ.get("PATH_INFO", "")
        if environ.get("REQUEST_METHOD") == "GET" and "/boards/" in path and not getattr(self, "_warming", False):
            open_as_the_others(self, path, environ)
        return original(self, **environ)

    monkeypatch.setattr(Client, "request", request_after_the_others)
    yield


def open_as_the_others(client, path, environ):
    match = re.search(r"/boards/([0-9]+)/", path)
    board = Board.objects.filter(pk=match.group(1)).select_related("round").first() if match else None
    if board is None:
        return
    own = client.session.get(SESSION_KEY)
    others = (
        Membership.objects.filter(group_id=board.round.group_id, is_active=True)
        .exclude(user_id=own)
        .order_by(Case(When(role=Role.FACILITATOR, then=0), default=1), "pk")
    )
    headers = {key: value for key, value in environ.items() if key.startswith("HTTP_")}
    for other in others:
        warming = Client()
        warming._warming = True
        warming.force_login(other.user)
        warming.get(path, QueryDict(environ.get("QUERY_STRING", "")), **headers)
