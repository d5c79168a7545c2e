import pytest
from django.core.cache import cache
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


@pytest.fixture(autouse=True)
def empty_cache():
    """Guess counters live in the cache, which outlives a test's database transaction: start every test without."""
    cache.clear()
    yield
    cache.clear()
