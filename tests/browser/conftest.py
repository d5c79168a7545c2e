"""Fixtures for the browser tests: headless Chromium through Playwright and a tab on the live server."""

import os
import shutil
from pathlib import Path

import pytest
from django.db import connections
from django.urls import reverse

from testing.codev_factories import PASSWORD
from tests.browser.axe import AXE_SCRIPT, PROJECT_DIR
from tests.browser.csp import watch_csp

# --no-sandbox: Chromium refuses to run as root (containers, CI) with its sandbox on.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # Without these Chromium keeps calling home, and this machine's closed network refuses it.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if Path(item.path).is_relative_to(here):
            item.add_marker(pytest.mark.browser)


def chromium_executable():
    """The Chromium to drive: $CHROMIUM (the Makefile sets it), else the one on PATH."""
    candidates = [os.environ.get("CHROMIUM", "").strip()]
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def keep_database_connections(wrappers):
    """Let the test thread keep its database connections while Playwright's event loop runs.

    Django keeps connections per thread, but per context once an event loop runs in the thread,
    which Playwright's sync API does. Without this, tests would get fresh connection objects that
    lack the test database's snapshot, so serialized_rollback would not restore Wagtail's root page
    whenever other tests had set up the database before the browser started.
    """
    for alias, wrapper in wrappers.items():
        connections[alias] = wrapper


@pytest.fixture(scope="session")
def browser():
    executable = chromium_executable()
    if executable is None:
        pytest.skip("no Chromium executable: install it (apt-get install chromium) or set $CHROMIUM")
    if not AXE_SCRIPT.is_file():
        pytest.skip(f"axe-core is not installed ({AXE_SCRIPT} is missing): run `npm ci` in {PROJECT_DIR}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread, so Django would refuse ORM calls
    # from the tests (SynchronousOnlyOperation); they are plain synchronous code all the same.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    wrappers = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            keep_database_connections(wrappers)
            chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, live_server):
    """A fresh tab whose relative URLs go to the live server; Finnish, as most readers are.

    Any Content-Security-Policy violation while the test ran fails it (as an error at teardown)."""
    context = browser.new_context(base_url=live_server.url, locale="fi-FI")
    context.set_default_timeout(10_000)
    csp = watch_csp(context)
    tab = context.new_page()
    yield tab
    context.close()
    csp.assert_none("in the test's tab")


@pytest.fixture
def sign_in(browser, live_server):
    """sign_in(who, path, viewport=None): a browser of its own for a member (or a user), signed in through the
    login form. Any Content-Security-Policy violation in these browsers fails the test (at teardown)."""
    contexts, watches = [], []

    def open_as(who, path, viewport=None):
        user = getattr(who, "user", who)
        options = {"viewport": viewport} if viewport else {}
        context = browser.new_context(base_url=live_server.url, locale="fi-FI", **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        watches.append(watch_csp(context))
        tab = context.new_page()
        tab.goto(f"{reverse('login')}?next={path}")
        tab.locator("#id_username").fill(user.username)
        tab.locator("#id_password").fill(PASSWORD)
        tab.locator("form.account-form button[type=submit]").click()
        tab.wait_for_url(f"**{path}")
        return tab

    yield open_as
    for context in contexts:
        context.close()
    for watch in watches:
        watch.assert_none("in a signed-in browser")
