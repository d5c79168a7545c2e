"""The demo in Swedish: the home page, navigation, network model and glossary as a Swedish reader gets them.

The demo is loaded once for the module; each test runs in its own savepoint.
"""

import html
import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Revision

from codev.models import DEFAULT_COLUMNS
from demo import glossary as finnish_glossary
from demo import operational_models, projects, taxonomy
from demo import pages as finnish_pages
from demo.swedish import COLUMNS, PROJECTS, REGIONS, TAGS, TARGET_GROUPS, network_model
from demo.swedish import glossary as swedish_glossary
from demo.swedish import pages as swedish_pages
from demo.swedish.loader import FRAME_PAGES
from demo.swedish.projects import PROJECT_PAGES
from home.models import HomePage
from models_library.models import GlossaryTerm, ModelVersion, OperationalModelPage, ProjectPage
from models_library.sections import SECTIONS
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

TAG = re.compile(r"<[^>]+>")
NETWORK = operational_models.NETWORK_MODEL


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        load()
        yield
        transaction.set_rollback(True)
    empty_the_cache()


def plain_text(response):
    """The page's text without markup (glossary links wrap terms), whitespace collapsed; a tag ending just before
    punctuation ("<a>klientskap</a>.") leaves no space before it."""
    text = " ".join(html.unescape(TAG.sub(" ", response.content.decode())).split())
    return re.sub(r" ([.,:;!?)])", r"\1", text)


def block_texts(blocks):
    """The sentences a reader sees in the demo's raw blocks, to look for on the rendered page."""
    texts = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "paragraph":
            texts += [html.unescape(text) for text in TAG.split(value) if text.strip()]
        elif block["type"] == "heading":
            texts.append(value["text"])
        elif block["type"] == "process":
            texts += [value["title"]] + [step["title"] for step in value["steps"]]
        elif block["type"] == "quote":
            texts.append(value["quote"])
        elif block["type"] == "link":
            texts.append(value["title"])
    return [text.strip() for text in texts]


def finnish_network():
    return OperationalModelPage.objects.get(slug=NETWORK["slug"], locale__language_code="fi")


def swedish_network():
    return OperationalModelPage.objects.get(slug=network_model.SLUG)


def test_the_names_tables_cover_every_name_the_demo_uses():
    demo_tags = {tag for model in operational_models.OPERATIONAL_MODELS for tag in model["tags"]}

    assert set(REGIONS) == {name for _slug, name, _kind in taxonomy.REGIONS}
    assert set(TARGET_GROUPS) == {name for _slug, name in taxonomy.TARGET_GROUPS}
    assert set(TAGS) == demo_tags
    assert set(COLUMNS) == set(DEFAULT_COLUMNS)
    assert set(PROJECTS) == {project["title"] for project in projects.PROJECTS}
    assert set(swedish_glossary.TERMS) == {slug for slug, *_rest in finnish_glossary.TERMS}
    for table in (REGIONS, TARGET_GROUPS, TAGS, COLUMNS, PROJECTS):
        assert all(swedish and swedish != finnish for finnish, swedish in table.items())


def test_swedish_home_page_is_served_under_sv_with_a_swedish_menu(client, demo):
    response = client.get("/sv/")
    markup = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="sv">' in markup
    assert swedish_pages.HOME["intro"] in plain_text(response)
    home = HomePage.objects.get(locale__language_code="sv")
    menu = [(page.title, page.url) for page in home.get_children().live().in_menu()]
    assert menu == [(data["title"], f"/sv/{data['slug']}/") for _model, _finnish, data in FRAME_PAGES]
    for title, url in menu:
        assert f'href="{url}"' in markup, title


def test_navigation_pages_are_translations_with_swedish_slugs_titles_and_texts(client, demo):
    sv = Locale.objects.get(language_code="sv")
    for model, finnish, swedish in FRAME_PAGES:
        source = model.objects.get(slug=finnish["slug"], locale__language_code="fi")
        page = source.get_translation(sv)

        assert (type(page), page.slug, page.title, page.intro) == (
            model,
            swedish["slug"],
            swedish["title"],
            swedish["intro"],
        )
        assert page.live and page.url == f"/sv/{swedish['slug']}/"
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        text = plain_text(response)
        assert swedish["intro"] in text
        for sentence in block_texts(swedish.get("body", [])):
            assert sentence in text, (page.slug, sentence)
        if "body" in finnish:
            # Block for block: each Swedish block keeps the id of the Finnish block it translates.
            assert [block.id for block in page.body] == [block.id for block in source.body]


def test_network_model_reads_in_swedish_section_by_section(client, demo):
    page = swedish_network()

    response = client.get(page.url)
    text = plain_text(response)

    assert response.status_code == 200
    assert page.url == f"/sv/{swedish_pages.LIBRARY['slug']}/{network_model.SLUG}/"
    assert f'<h1 id="model-title">{network_model.FIELDS["title"]}</h1>' in response.content.decode()
    assert network_model.FIELDS["lead"] in text
    assert NETWORK["lead"] not in text
    for section in SECTIONS:
        blocks = network_model.SECTIONS.get(section.key, [])
        if section.required:
            assert getattr(page, section.key), section.key
        assert bool(getattr(page, section.key)) == bool(NETWORK["sections"].get(section.key)), section.key
        for sentence in block_texts(blocks):
            assert sentence in text, (section.key, sentence)
    # The translation keeps the Finnish tags (one vocabulary) and shows their Swedish names.
    assert sorted(tag.name for tag in page.tags.all()) == sorted(NETWORK["tags"])
    for name in NETWORK["tags"]:
        assert f"<li>{TAGS[name]}</li>" in response.content.decode(), name


def test_swedish_network_model_is_a_translation_of_the_finnish_one(demo):
    source, page = finnish_network(), swedish_network()

    assert page.translation_key == source.translation_key
    assert (page.locale.language_code, source.locale.language_code) == ("sv", "fi")
    assert page.get_parent().specific.translation_key == source.get_parent().specific.translation_key
    for section in SECTIONS:
        assert [block.id for block in getattr(page, section.key)] == [
            block.id for block in getattr(source, section.key)
        ], section.key
    assert page.stage == source.stage
    assert set(page.regions.all()) == set(source.regions.all())
    assert set(page.target_groups.all()) == set(source.target_groups.all())
    # Under the Swedish page of its project, which translates the Finnish model's project.
    assert page.project.locale.language_code == "sv"
    assert page.project.translation_key == source.project.translation_key


def test_swedish_model_says_in_its_version_note_which_finnish_version_it_translates(client, demo):
    source, page = finnish_network(), swedish_network()
    finnish_number = len(NETWORK["history"]) + 1
    note = network_model.TRANSLATION_NOTE.format(number=finnish_number)

    [version] = ModelVersion.objects.for_page(page)

    assert (version.number, version.change_note) == (1, note)
    assert [v.number for v in ModelVersion.objects.for_page(source).order_by("number")] == list(
        range(1, finnish_number + 1)
    )
    history = client.get(page.url + page.reverse_subpage("history"))
    assert history.status_code == 200
    assert note in plain_text(history)


def test_projects_are_translated_and_the_swedish_into_lists_the_swedish_model(client, demo):
    sv = Locale.objects.get(language_code="sv")
    for finnish_slug, data in PROJECT_PAGES.items():
        source = ProjectPage.objects.get(slug=finnish_slug, locale__language_code="fi")
        page = source.get_translation(sv)

        assert (page.slug, page.title, page.lead) == (data["slug"], data["title"], data["lead"])
        assert (page.start_date, page.end_date, page.contact_email) == (
            source.start_date,
            source.end_date,
            source.contact_email,
        )
        assert [(row.name, row.note) for row in page.co_implementers.all()] == data["co_implementers"]
        assert [block.id for block in page.purpose] == [block.id for block in source.purpose]
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert data["lead"] in plain_text(response)
    into = ProjectPage.objects.get(slug=PROJECT_PAGES["into"]["slug"])
    assert network_model.FIELDS["title"] in plain_text(client.get(into.url))


def test_glossary_terms_are_translations_shown_on_the_swedish_glossary(client, demo):
    glossary_page = Page.objects.get(slug=swedish_pages.GLOSSARY["slug"]).specific

    response = client.get(glossary_page.url)
    markup = response.content.decode()

    assert response.status_code == 200
    for finnish_slug, (slug, term, definition, _other, _forms) in swedish_glossary.TERMS.items():
        source = GlossaryTerm.objects.get(slug=finnish_slug, locale__language_code="fi")
        translation_ = GlossaryTerm.objects.get(translation_key=source.translation_key, locale__language_code="sv")
        assert (translation_.slug, translation_.term, translation_.definition) == (slug, term, definition)
        assert f'id="term-{slug}"' in markup
    assert 'id="term-monitoimijaisuus"' not in markup


def test_swedish_model_explains_swedish_terms(client, demo):
    markup = client.get(swedish_network().url).content.decode()

    assert 'aria-describedby="definition-natverkssamarbete"' in markup
    assert 'aria-describedby="definition-verkostoyhteistyo"' not in markup


def test_finnish_site_stays_finnish(client, demo):
    markup = client.get("/fi/").content.decode()

    assert finnish_pages.HOME["intro"] in plain_text(client.get("/fi/"))
    assert f'href="/fi/{finnish_pages.LIBRARY["slug"]}/"' in markup
    assert swedish_pages.LIBRARY["title"] not in markup


def row_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "versions": ModelVersion.objects.count(),
        "glossary terms": GlossaryTerm.objects.count(),
    }


def test_loading_again_creates_and_publishes_nothing(demo):
    before = row_counts()

    output = load()

    assert row_counts() == before
    translated_pages = 1 + len(FRAME_PAGES) + len(PROJECT_PAGES) + 1  # home, the pages under it, projects, a model
    assert f"page translation: {translated_pages} unchanged" in output
    assert f"glossary term translation: {len(swedish_glossary.TERMS)} unchanged" in output


def test_loading_again_restores_an_edited_translation_with_one_publication(demo):
    page = swedish_network()
    page.lead = "Redigerad beskrivning."
    page.save_revision().publish()
    versions = ModelVersion.objects.for_page(page).count()

    load()

    page.refresh_from_db()
    assert page.lead == network_model.FIELDS["lead"]
    assert ModelVersion.objects.for_page(page).count() == versions + 1
    assert OperationalModelPage.objects.filter(translation_key=page.translation_key).count() == 2
