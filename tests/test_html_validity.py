"""The public pages are valid HTML by the Nu HTML Checker (vnu-jar), as served to readers.

Needs Java and the vnu-jar npm package (`npm ci`); skipped with the reason when either is missing.
"""

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from models_library.models import GlossaryPage, ModelIndexPage, OperationalModelPage, ProjectPage
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

VNU_JAR = Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    if not JAVA:
        pytest.skip("no Java to run the Nu HTML Checker (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        pytest.skip("the Nu HTML Checker is not installed (npm ci installs vnu-jar)")
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    empty_the_cache()


def public_addresses():
    network = OperationalModelPage.objects.get(slug="verkostoyhteistyon-toimintamalli")
    library = ModelIndexPage.objects.get(locale__language_code="fi")
    return {
        "home": HomePage.objects.get(locale__language_code="fi").url,
        "library": library.url,
        "library with filters": library.url + "?stage=pilot&stage=in_use&region=nothing",
        "search results": library.url + "?q=nuoren",
        "search without results": library.url + "?q=verkostoneuvotelu&stage=understanding",
        "model": network.url,
        "current version": network.url + "versions/4/",
        "old version": network.url + "versions/1/",
        "history": network.url + "history/",
        "comparison": network.url + "compare/1/4/",
        "project": ProjectPage.objects.live().first().url,
        "glossary": GlossaryPage.objects.get(locale__language_code="fi").url,
        "standard page": StandardPage.objects.live().first().url,
        "model in Swedish": network.get_translation(Locale.objects.get(language_code="sv")).url,
    }


def validate(files):
    """The Nu HTML Checker's errors, as (file name, line, message)."""
    result = subprocess.run(  # noqa: S603 - our own command line
        [JAVA, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # The checker writes its JSON report to stdout or stderr depending on its version and options.
    report = next((out for out in (result.stdout, result.stderr) if out.strip().startswith("{")), None)
    assert report is not None, f"the checker gave no report (exit {result.returncode}): {result.stderr[-2000:]}"
    messages = json.loads(report)["messages"]
    errors = [(Path(m.get("url", "")).name, m.get("lastLine"), m["message"]) for m in messages if m["type"] == "error"]
    assert errors or result.returncode == 0, result.stderr[-2000:]
    return errors


def test_the_checker_finds_errors_it_should(demo, tmp_path):
    """The errors the public pages had: a six-digit fraction, an empty action, role=status inside a heading."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="fi"><head><title>x</title></head><body><form action="">'
        '<h2><span role="status">1</span></h2><time datetime="2026-01-01T10:00:00.123456+02:00">x</time>'
        "</form></body></html>"
    )

    assert len(validate([page])) == 3


def test_public_page_types_have_no_html_errors(client, demo, tmp_path):
    files = []
    for name, address in public_addresses().items():
        response = client.get(address)
        assert response.status_code == 200, (name, address)
        path = tmp_path / (name.replace(" ", "-") + ".html")
        path.write_bytes(response.content)
        files.append(path)

    assert validate(files) == []
