"""The open-data API keeps to its published OpenAPI description, tried by schemathesis with generated requests."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from tests.test_open_data_api import world  # noqa: F401 - the module's world, shared with the API's own tests

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture
def connection_kept():
    """The WSGI handler closes the database connection after each request, as a server must; inside a test's
    transaction that would end it (PostgreSQL), so keep it open, as Django's test client does."""
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    # The world is module-scoped on purpose; each example is one read-only request.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_answers_as_its_openapi_description_says(case, world, connection_kept):  # noqa: F811
    case.call_and_validate()
