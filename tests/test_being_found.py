"""What search engines, link previews and feed readers get: robots.txt, sitemap, head tags, JSON-LD and feeds."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from models_library.models import OperationalModelPage
from testing.factories import build_site, make_model, stream
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ORGANISATION = "Helsingin kaupunki"
LEAD = "Verkostoneuvottelu kokoaa nuoren, perheen ja työntekijät samaan pöytään."


def build_world():
    site = build_site()
    model = make_model(site["library"], "Verkostoyhteistyön malli", lead=LEAD, author_organisation=ORGANISATION)
    model = OperationalModelPage.objects.get(pk=model.pk)
    model.basic_idea = stream("Toinen versio.")
    model.change_note = "Palautteen pohjalta."
    model.save_revision().publish()
    swedish = model.copy_for_translation(Locale.objects.get(language_code="sv"), copy_parents=True)
    swedish.title = "Modell för nätverkssamarbete"
    swedish.lead = "Nätverksmötet samlar den unga, familjen och de professionella."
    swedish.save_revision().publish()
    empty_the_cache()
    return SimpleNamespace(**site, model=OperationalModelPage.objects.get(pk=model.pk), swedish=swedish.specific)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        yield build_world()
        transaction.set_rollback(True)
    empty_the_cache()


def head(client, address):
    response = client.get(address)
    assert response.status_code == 200, address
    html = response.content.decode()
    return html[: html.index("</head>")]


def meta(html, name):
    found = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)">', html)
    return found and found.group(1)


def link_hrefs(html, rel, **attributes):
    extra = "".join(rf' {key.replace("_", "")}="{re.escape(value)}"' for key, value in attributes.items())
    return re.findall(rf'<link rel="{rel}"{extra}[^>]* href="([^"]*)"[^>]*>', html)


def test_robots_txt_keeps_private_and_old_pages_out_and_points_to_the_sitemap(client, world):
    response = client.get("/robots.txt")
    text = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    for path in ("/admin/", "/*/codev/", "/*/accounts/", "/*/versions/"):
        assert f"Disallow: {path}\n" in text


def test_favicon_ico_leads_to_the_icon(client, world):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon-32.png")


def test_sitemap_names_every_translation_and_the_finnish_page_as_x_default(client, world):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own sitemap
    urls = {url.find("s:loc", SITEMAP).text: url for url in root.findall("s:url", SITEMAP)}
    finnish, swedish = f"http://localhost{world.model.url}", f"http://localhost{world.swedish.url}"

    assert finnish in urls and swedish in urls
    for location in (finnish, swedish):
        alternates = {link.get("hreflang"): link.get("href") for link in urls[location].findall("xhtml:link", SITEMAP)}
        assert alternates == {"fi": finnish, "sv": swedish, "x-default": finnish}


def test_page_head_has_description_canonical_hreflang_and_link_preview_tags(client, world):
    html = head(client, world.model.url)
    finnish, swedish = f"http://localhost{world.model.url}", f"http://localhost{world.swedish.url}"

    assert meta(html, "description") == LEAD
    assert link_hrefs(html, "canonical") == [finnish]
    assert f'<link rel="alternate" hreflang="sv" href="{swedish}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{finnish}">' in html
    assert meta(html, "og:title") == "Verkostoyhteistyön malli"
    assert meta(html, "og:description") == LEAD
    assert meta(html, "og:url") == finnish
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:locale") == "fi_FI"
    assert meta(html, "og:image").endswith("img/icon-512.png")
    assert meta(html, "twitter:card") == "summary"
    assert link_hrefs(html, "icon")
    assert link_hrefs(html, "apple-touch-icon")


def test_swedish_page_describes_itself_in_swedish(client, world):
    with translation.override("sv"):
        html = head(client, world.swedish.url)

    assert meta(html, "description").startswith("Nätverksmötet")
    assert link_hrefs(html, "canonical") == [f"http://localhost{world.swedish.url}"]
    assert meta(html, "og:locale") == "sv_FI"


def test_library_and_glossary_describe_themselves_from_their_introduction(client, world):
    world.library.intro = "Kaikki julkaistut toimintamallit."
    world.library.save_revision().publish()

    assert meta(head(client, world.library.url), "description") == "Kaikki julkaistut toimintamallit."
    assert link_hrefs(head(client, world.library.url + "?stage=pilot"), "canonical") == [
        f"http://localhost{world.library.url}"
    ]


def test_old_version_is_its_own_canonical_and_not_indexed(client, world):
    address = world.model.url + "versions/1/"
    html = head(client, address)

    assert link_hrefs(html, "canonical") == [f"http://localhost{address}"]
    assert '<meta name="robots" content="noindex">' in html


def test_current_version_permalink_points_canonically_to_the_model_page(client, world):
    html = head(client, world.model.url + "versions/2/")

    assert link_hrefs(html, "canonical") == [f"http://localhost{world.model.url}"]
    assert "noindex" not in html


def structured_data(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert found, "no JSON-LD"
    return json.loads(found.group(1))


def test_model_page_carries_schema_org_creative_work(client, world):
    data = structured_data(head(client, world.model.url))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CreativeWork"
    assert data["name"] == "Verkostoyhteistyön malli"
    assert data["description"] == LEAD
    assert data["version"] == "2"
    assert data["inLanguage"] == "fi"
    assert data["publisher"] == {"@type": "Organization", "name": ORGANISATION}
    assert datetime.fromisoformat(data["datePublished"]) <= datetime.fromisoformat(data["dateModified"])


def test_old_version_states_its_own_version_in_json_ld(client, world):
    assert structured_data(head(client, world.model.url + "versions/1/"))["version"] == "1"


def test_json_ld_cannot_be_closed_by_the_text_it_carries(client, world):
    world.model.lead = "Ohje </script><script>alert(1)</script>"
    world.model.change_note = "Testi."
    world.model.save_revision().publish()

    html = head(client, world.model.url)
    assert "<script>alert(1)" not in html
    assert structured_data(html)["description"].startswith("Ohje </script>")


def test_model_page_and_library_advertise_their_feeds(client, world):
    model_feed, library_feed = world.model.url + "feed/", world.library.url + "feed/"

    assert link_hrefs(head(client, world.model.url), "alternate", type="application/atom+xml") == [
        model_feed,
        library_feed,
    ]
    assert link_hrefs(head(client, world.library.url), "alternate", type="application/atom+xml") == [library_feed]


def rfc_4287_problems(content):
    """What an Atom feed lacks of what RFC 4287 requires (4.1.1, 4.1.2, 4.2)."""
    feed = ET.fromstring(content)  # noqa: S314 - our own feed
    problems = []
    if feed.tag != f"{ATOM}feed":
        return ["the root is not atom:feed"]

    def check(element, where):
        for name in ("id", "title", "updated"):
            if len(element.findall(f"{ATOM}{name}")) != 1:
                problems.append(f"{where} has not exactly one atom:{name}")
        updated = element.findtext(f"{ATOM}updated") or ""
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", updated):
            problems.append(f"{where}'s atom:updated is not an RFC 3339 date: {updated!r}")
        if ":" not in (element.findtext(f"{ATOM}id") or ""):
            problems.append(f"{where}'s atom:id is not an IRI")
        alternates = [link for link in element.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
        if element.tag == f"{ATOM}entry" and not alternates and element.find(f"{ATOM}content") is None:
            problems.append(f"{where} has neither atom:content nor a link rel=alternate")
        for author in element.findall(f"{ATOM}author"):
            if not (author.findtext(f"{ATOM}name") or "").strip():
                problems.append(f"{where} has an atom:author without a name")

    check(feed, "the feed")
    if not [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]:
        problems.append("the feed has no link rel=self")
    feed_has_author = feed.find(f"{ATOM}author") is not None
    for number, entry in enumerate(feed.findall(f"{ATOM}entry"), 1):
        check(entry, f"entry {number}")
        if not feed_has_author and entry.find(f"{ATOM}author") is None:
            problems.append(f"entry {number} has no atom:author and neither has the feed")
    return problems


@pytest.mark.parametrize("which", ["model", "library"])
def test_feeds_are_valid_atom_with_the_publishing_organisation_as_author(client, world, which):
    response = client.get(getattr(world, which).url + "feed/")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314 - our own feed

    assert response["Content-Type"].startswith("application/atom+xml")
    assert rfc_4287_problems(response.content) == []
    assert entries
    assert {entry.findtext(f"{ATOM}author/{ATOM}name") for entry in entries} == {ORGANISATION}
