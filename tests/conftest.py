import pytest
from django.utils import translation

from tests.factories import build_site


@pytest.fixture(autouse=True)
def finnish_by_default():
    """Requests leave their language active in the thread; start every test in Finnish."""
    translation.activate("fi")
    yield
    translation.activate("fi")


@pytest.fixture
def site_tree(db):
    return build_site()
