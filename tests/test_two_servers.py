"""Two app server processes behind one address share everything: a post made through server A reaches a member
polling server B, and sessions, the page cache, token-guess limits and sign-in lockouts count across both.

The servers are real processes (gunicorn, test settings) on loopback. They share the test database: on
PostgreSQL the test database itself, on SQLite a file copied from the in-memory test database once the world is
built; and the cache: Redis when CACHE_URL is set, otherwise a file cache in a temporary folder.
"""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.db import connection
from django.urls import reverse
from django.utils import translation

from testing.codev_factories import PASSWORD, add_member, make_board, make_group, make_round
from testing.factories import make_model

ROOT = Path(__file__).resolve().parent.parent
# Serialised rollback gives the next test its Wagtail root page back after the flush.
pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.serial]


class Browser(requests.Session):
    """A client with a generous timeout: the first requests of a fresh process on a busy machine are slow."""

    def request(self, *args, **kwargs):
        kwargs.setdefault("timeout", 60)
        return super().request(*args, **kwargs)


def get(url, **kwargs):
    with Browser() as browser:
        return browser.get(url, **kwargs)


def free_port(name):
    """TWO_SERVERS_PORTS="8336,8337" pins the ports (on a shared machine); otherwise any free ones."""
    if pinned := os.environ.get("TWO_SERVERS_PORTS"):
        return int(pinned.split(",")["ab".index(name)])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(tmp_path):
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        copy = tmp_path / "shared.sqlite3"
        with sqlite3.connect(copy) as target:
            connection.ensure_connection()
            connection.connection.backup(target)
        return f"sqlite:///{copy}"
    user, host, port = settings_dict["USER"], settings_dict["HOST"], settings_dict["PORT"]
    return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"


def cache_url(tmp_path):
    return os.environ.get("CACHE_URL") or f"filecache://{tmp_path / 'cache'}"


@pytest.fixture
def world(site_tree):
    model = make_model(site_tree["library"], "Jaettu malli")
    group = make_group(models=[model])
    board = make_board(make_round(group, 1), model)
    writer = add_member(group, "kirjoittaja", display_name="Kirjoittaja")
    reader = add_member(group, "lukija", display_name="Lukija")
    translation.activate("fi")
    return {"model": model, "board": board, "writer": writer.user, "reader": reader.user}


@pytest.fixture
def servers(world, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
        "DATABASE_URL": database_url(tmp_path),
        "CACHE_URL": cache_url(tmp_path),
        "CACHE_KEY_PREFIX": f"two-servers-{os.getpid()}",
        "PAGE_CACHE_SECONDS": "60",
        "TOKEN_GUESS_LIMIT": "2",
        "AXES_FAILURE_LIMIT": "2",
    }
    started = []
    for name in ("a", "b"):
        port = free_port(name)
        log = (tmp_path / f"server-{name}.log").open("w")
        command = [sys.executable, "-m", "gunicorn", "--pythonpath", "site", "config.wsgi", "--workers", "1"]
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            [*command, "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        started.append((process, f"http://127.0.0.1:{port}"))
    try:
        for process, url in started:
            wait_for(process, url, tmp_path)
        yield [url for _process, url in started]
    finally:
        for process, _url in started:
            process.terminate()
            process.wait(timeout=30)
        from tests.caches import empty_the_cache

        empty_the_cache()


def wait_for(process, url, tmp_path, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "\n".join(path.read_text() for path in tmp_path.glob("server-*.log"))
        try:
            get(url + "/fi/")
            return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.3)
    raise AssertionError(f"{url} did not start")


def sign_in(server, user):
    """Sign in through the site's own form on `server`; returns the browser-like session."""
    browser = Browser()
    login = server + reverse("login")
    browser.get(login)
    response = browser.post(
        login,
        data={"username": user.username, "password": PASSWORD, "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": login},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text
    return browser


def since(html):
    return int(re.search(r"changes/\?since=(\d+)", html).group(1))


def test_post_through_one_server_reaches_a_member_polling_the_other(world, servers):
    server_a, server_b = servers
    board_path = reverse("codev:board", args=[world["board"].pk])
    writer = sign_in(server_a, world["writer"])
    reader = sign_in(server_b, world["reader"])
    position = since(reader.get(server_b + board_path).text)
    assert reader.get(server_b + reverse("codev:board_changes", args=[world["board"].pk]), params={"since": position},
                      headers={"HX-Request": "true"}).status_code == 204  # fmt: skip

    page = writer.get(server_a + board_path).text
    # Each column of the wall has its own "+ Write" link to the compose form.
    column = re.search(r"compose=(\d+)", page)
    posted = writer.post(
        server_a + reverse("codev:post_create", args=[world["board"].pk]),
        data={
            "csrfmiddlewaretoken": writer.cookies["csrftoken"],
            "column": column.group(1),
            "body": "Palvelimen A kautta lähetetty havainto.",
            "client_token": "0b5a0c5e-8a3c-4b59-9a52-2d3cf3a1e001",
        },
        headers={"HX-Request": "true", "Referer": server_a + board_path},
    )
    assert posted.status_code == 200, posted.text

    poll = reader.get(
        server_b + reverse("codev:board_changes", args=[world["board"].pk]),
        params={"since": position},
        headers={"HX-Request": "true"},
    )
    assert poll.status_code == 200
    assert "Palvelimen A kautta lähetetty havainto." in poll.text
    assert since(poll.text) > position

    # A session started on A is good on B, and B serves the page that A cached for anonymous readers.
    assert writer.get(server_b + board_path, allow_redirects=False).status_code == 200
    # Behind the proxy both servers see the site's one public host name, which the cache keys carry.
    public_host = {"Host": "mallipaja.example.org"}
    assert get(server_a + world["model"].url, headers=public_host).headers["X-Page-Cache"] == "miss"
    assert get(server_b + world["model"].url, headers=public_host).headers["X-Page-Cache"] == "hit"


def test_token_guesses_and_failed_sign_ins_count_across_servers(world, servers):
    server_a, server_b = servers
    guess = reverse("codev:accept_invitation", args=["arvattu-tunniste"])

    assert get(server_a + guess).status_code == 404
    assert get(server_b + guess).status_code == 404
    assert get(server_a + guess).status_code == 429
    assert get(server_b + guess).status_code == 429

    for server in (server_a, server_b):
        browser = Browser()
        login = server + reverse("login")
        browser.get(login)
        browser.post(
            login,
            data={"username": "lukija", "password": "väärä", "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
            headers={"Referer": login},
        )
    browser = Browser()
    login = server_a + reverse("login")
    browser.get(login)
    locked = browser.post(
        login,
        data={"username": "lukija", "password": PASSWORD, "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": login},
        allow_redirects=False,
    )

    assert locked.status_code == 429
