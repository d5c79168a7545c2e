"""Fixtures of the co-development tests: a site with one published model and a group working on it."""

import pytest

from codev.models import Role
from tests.codev_factories import add_member, make_board, make_group, make_round
from tests.factories import make_model


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
