import pytest
from django.utils import translation

from testing.factories import build_site
from tests.caches import empty_the_cache


@pytest.fixture(autouse=True)
def finnish_by_default():
    """Requests leave their language active in the thread; start every test in Finnish."""
    translation.activate("fi")
    yield
    translation.activate("fi")


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts and ends with an empty cache, whatever an earlier test or an earlier run left in it (the
    site's root paths, say, of a site that was rolled back, or the counters of guessed tokens)."""
    empty_the_cache()
    yield
    empty_the_cache()


@pytest.fixture
def site_tree(db):
    return build_site()


def pytest_collection_modifyitems(items):
    """Mark the tests that flush the database (transactional ones, the browser's live server): `make test` runs
    them after the parallel part, in one process, since a flush would take the migrated data (Wagtail's root
    page, permissions) from under the tests that follow it in the same worker."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        transactional = marker is not None and (
            marker.kwargs.get("transaction") or marker.kwargs.get("serialized_rollback")
        )
        if transactional or {"live_server", "transactional_db"} & set(item.fixturenames):
            item.add_marker(pytest.mark.serial)
