"""Every page tells the browser what it may load and which device features it may never ask for."""

import runpy

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from config.settings import base as base_settings
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db

STRICT_DIRECTIVES = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb")


def policy(response):
    """The Content-Security-Policy header as {directive: sources}."""
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def permissions(response):
    return dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))


@pytest.fixture
def board(site_tree):
    model = make_model(site_tree["library"], "Verkostoyhteistyön malli")
    group = make_group(models=[model], name="Itä-Uudenmaan yhteiskehittämisryhmä")
    member = add_member(group, "aino", display_name="Ammattilainen Aino")
    board = make_board(make_round(group, 1, "open", pre_reading=[model.current_version]), model)
    return {"model": model, "member": member, "board": board}


@pytest.fixture
def editor(site_tree):
    return User.objects.create_superuser("toimittaja", "toimittaja@example.org", "salasana-1234")


def test_public_model_page_allows_only_its_own_scripts_and_styles_and_cannot_be_framed(client, board):
    response = client.get(board["model"].url)

    assert response.status_code == 200
    assert policy(response) == STRICT_DIRECTIVES


def test_board_in_the_workspace_has_the_strict_policy(client, board):
    client.force_login(board["member"].user)

    response = client.get(reverse("codev:board", args=(board["board"].pk,)))

    assert response.status_code == 200
    assert policy(response) == STRICT_DIRECTIVES


def test_wagtail_page_editor_may_run_inline_scripts_and_styles_but_not_eval_nor_be_framed(client, board, editor):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=(board["model"].pk,)))

    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["style-src"] == "'self' 'unsafe-inline'"
    assert directives["img-src"] == "'self' data: blob:"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_preview_of_a_page_may_be_framed_by_the_editor_on_the_same_site_only(client, board, editor):
    client.force_login(editor)

    response = client.get(
        reverse("wagtailadmin_pages:preview_on_edit", args=(board["model"].pk,)), {"in_preview_panel": "true"}
    )

    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == "'self'"


def test_every_response_denies_camera_microphone_location_payment_and_usb(client, board, editor):
    client.force_login(editor)
    for path in (board["model"].url, reverse("codev:home"), reverse("wagtailadmin_home")):
        features = permissions(client.get(path))
        for feature in DENIED_FEATURES:
            assert features[feature] == "()", (path, feature)


def test_violation_reports_go_to_the_address_in_the_environment(monkeypatch):
    monkeypatch.setenv("CSP_REPORT_URI", "https://reports.example.org/csp")

    settings = runpy.run_path(base_settings.__file__)

    assert settings["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["report-uri"] == ["https://reports.example.org/csp"]


def test_without_an_address_in_the_environment_no_reports_are_sent(monkeypatch):
    monkeypatch.delenv("CSP_REPORT_URI", raising=False)

    settings = runpy.run_path(base_settings.__file__)

    assert "report-uri" not in settings["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
