"""`manage.py load_demo_content`: repeatable, complete, rendered, and refused outside dev and test."""

import html
import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import GroupPagePermission, Page, Revision, Site

from codev.models import CoDevelopmentGroup, Invitation
from demo.operational_models import CHECKLIST_ITEMS, NETWORK_HISTORY, NETWORK_MODEL, OPERATIONAL_MODELS
from demo.streams import block_id
from demo.users import DEMO_PASSWORD
from home.models import FooterSettings, HomePage, StandardPage
from models_library.models import (
    GlossaryPage,
    GlossaryTerm,
    ModelIndexPage,
    ModelVersion,
    OperationalModelPage,
    ProjectCoImplementer,
    ProjectIndexPage,
    ProjectPage,
    Region,
    Stage,
    TargetGroup,
)
from models_library.sections import SECTIONS
from testing.codev_factories import pass_second_step

pytestmark = pytest.mark.django_db

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
TAG = re.compile(r"<[^>]+>")
NETWORK_SLUG = "verkostoyhteistyon-toimintamalli"

# A sentence each published version of the network model has and no other version has.
NETWORK_VERSION_SENTENCES = {
    1: "Tämä on verkostoyhteistyön toimintamallin ensimmäinen kuvausluonnos.",
    2: "Muokattu kuvaus valmistellaan käyttöön kokeiluvaiheessa.",
    3: "Yhteiskehittämisryhmän jäseniä pyydetään tulostamaan kuvaukset ja lukemaan ne huolellisesti ennen "
    "15.4. livetapaamista.",
    4: "Verkostoyhteistyön toimintamallien kuvaukset muokattiin yhteiskehittämisryhmän palautteen pohjalta, "
    "ja uudet kuvaukset otettiin käyttöön kokeiluvaiheessa.",
}


def load():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db):
    return load()


def row_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "versions": ModelVersion.objects.count(),
        "co-implementers": ProjectCoImplementer.objects.count(),
        "regions": Region.objects.count(),
        "target groups": TargetGroup.objects.count(),
        "glossary terms": GlossaryTerm.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "sites": Site.objects.count(),
    }


def stream_ids(page):
    return {section.key: [block.id for block in getattr(page, section.key)] for section in SECTIONS}


def test_loading_twice_duplicates_nothing_and_publishes_nothing_new(demo):
    before = row_counts()
    ids_before = {page.slug: stream_ids(page) for page in OperationalModelPage.objects.all()}

    output = load()

    assert row_counts() == before
    assert {page.slug: stream_ids(page) for page in OperationalModelPage.objects.all()} == ids_before
    assert "page: 19 unchanged" in output
    # The tree root, home, 6 pages under it, 5 projects and 7 models; in Swedish all but 6 of the models.
    assert before["pages"] == 20 + 13


def test_block_ids_are_derived_from_slug_section_and_position(demo):
    page = OperationalModelPage.objects.get(slug="verkostoneuvottelun-tarkistuslista")
    checklist = page.basic_idea[1]

    assert page.basic_idea[0].id == block_id(page.slug, "basic_idea", 0)
    assert checklist.id == block_id(page.slug, "basic_idea", 1)
    assert [item.id for item in checklist.value["items"].bound_blocks] == [
        block_id(page.slug, "basic_idea", 1, "items", position) for position in range(len(CHECKLIST_ITEMS))
    ]


def test_running_again_restores_edited_content_with_one_publication(demo):
    page = OperationalModelPage.objects.get(slug=NETWORK_SLUG)
    history = len(NETWORK_HISTORY) + 1
    page.lead = "Muokattu kuvaus."
    page.change_note = "Kokeillaan muokkausta."
    page.save_revision().publish()
    revisions = Revision.objects.count()

    load()

    page.refresh_from_db()
    assert page.lead.startswith("Lastensuojelun ja nuorisopsykiatrian yhteisasiakkuuksiin")
    assert Revision.objects.count() == revisions + 1
    versions = ModelVersion.objects.for_page(page)
    assert versions.count() == history + 2
    restored = versions.newest_first().first()
    assert (restored.number, restored.is_pilot) == (history + 2, False)
    assert restored.change_note


def plain_text(response):
    """The page's text without markup (glossary links wrap terms), whitespace collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", response.content.decode())).split())


def network_versions():
    page = OperationalModelPage.objects.get(slug=NETWORK_SLUG)
    return page, list(ModelVersion.objects.for_page(page).order_by("number", "correction"))


def test_network_model_has_a_history_from_draft_to_pilot(demo):
    page, versions = network_versions()

    assert len(versions) >= 3
    assert [version.number for version in versions] == list(range(1, len(versions) + 1))
    assert not any(version.is_correction for version in versions)
    draft, feedback, pilot = versions[:3]
    assert (draft.stage, draft.is_pilot, draft.change_note) == (Stage.CO_DEVELOPMENT, False, "")
    assert (feedback.stage, feedback.is_pilot) == (Stage.CO_DEVELOPMENT, False)
    assert feedback.change_note.startswith("Kuvausta on muokattu yhteiskehittämisryhmän antaman monipuolisen")
    assert (pilot.stage, pilot.is_pilot) == (Stage.PILOT, True)
    assert "Verkostoneuvottelun tarkistuslista" in pilot.change_note and "15.4." in pilot.change_note
    assert all(version.change_note for version in versions[1:])
    assert {version.published_by.username for version in versions} == {"facilitator"}
    # The current version is what the loader describes, so running it again changes nothing.
    assert page.current_version.pk == versions[-1].pk
    assert page.stage == NETWORK_MODEL["stage"]


def test_each_network_version_shows_its_own_text(client, demo):
    page, versions = network_versions()
    assert len(versions) == len(NETWORK_VERSION_SENTENCES)

    for version in versions:
        response = client.get(page.url + page.reverse_subpage("version", args=(version.number,)))

        assert response.status_code == 200, version.number
        text = plain_text(response)
        for number, sentence in NETWORK_VERSION_SENTENCES.items():
            assert (sentence in text) == (number == version.number), (version.number, number)


def test_continuing_blocks_keep_their_ids_across_versions(demo):
    _page, versions = network_versions()
    draft, feedback, pilot = (version.get_page_object() for version in versions[:3])

    def ids(model, section):
        return [block.id for block in getattr(model, section)]

    # The concepts block is new in version 2; the others continue, the first edited.
    assert set(ids(draft, "basic_idea")) < set(ids(feedback, "basic_idea"))
    assert len(ids(feedback, "basic_idea")) == len(ids(draft, "basic_idea")) + 1
    # Version 2 moved the conditions list before the paragraph.
    assert ids(feedback, "conditions") == list(reversed(ids(draft, "conditions")))
    # The pilot version adds the list of pilot models and keeps the rest.
    assert set(ids(feedback, "basic_idea")) < set(ids(pilot, "basic_idea"))

    def steps(model):
        process = model.basic_idea.first_block_by_name("process")
        return {step.id: step.value["title"] for step in process.value["steps"].bound_blocks}

    draft_steps, feedback_steps = steps(draft), steps(feedback)
    assert len(feedback_steps) == len(draft_steps) + 1
    assert set(draft_steps) < set(feedback_steps)
    assert draft_steps.keys() & {
        step_id for step_id, title in feedback_steps.items() if title == "Työntekijät valmistautuvat"
    }
    assert "Nuori ja perhe valmistetaan" in [feedback_steps[i] for i in set(feedback_steps) - set(draft_steps)]


def test_comparison_pages_show_the_changes(client, demo):
    page, _versions = network_versions()

    response = client.get(page.url + page.reverse_subpage("compare", args=(1, 2)))

    assert response.status_code == 200
    markup = response.content.decode()
    assert "<ins>" in markup and "<del>" in markup
    assert "Nuori ja perhe valmistetaan" in plain_text(response)

    response = client.get(page.url + page.reverse_subpage("compare", args=(2, 3)))

    assert response.status_code == 200
    assert "<del>Yhteiskehittäminen</del><ins>Kokeilu</ins>" in response.content.decode()  # the stage


def test_other_models_have_one_version_and_pilot_pieces_are_pilot_versions(demo):
    for data in OPERATIONAL_MODELS:
        if data is NETWORK_MODEL:
            continue
        page = OperationalModelPage.objects.get(slug=data["slug"])
        [version] = ModelVersion.objects.for_page(page)
        assert version.number == 1
        assert version.is_pilot == (data.get("publication_kind") == "pilot"), data["slug"]


def test_refuses_where_demo_content_is_not_allowed(db, settings):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(CommandError):
        load()

    assert not get_user_model().objects.filter(username="facilitator").exists()
    assert not OperationalModelPage.objects.exists()


def test_home_page_replaces_the_wagtail_welcome_page(demo):
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific

    assert isinstance(home, HomePage) and home.title == "Mallipaja"
    assert not Page.objects.filter(depth=2).exclude(translation_key=home.translation_key).exists()
    menu = [(type(page.specific), page.slug) for page in home.get_children().in_menu()]
    assert menu == [
        (ModelIndexPage, "toimintamallit"),
        (ProjectIndexPage, "kokonaisuudet"),
        (GlossaryPage, "sanasto"),
        (StandardPage, "saavutettavuusseloste"),
        (StandardPage, "tietosuojaseloste"),
        (StandardPage, "yhteystiedot"),
    ]


def test_every_demo_page_renders_under_fi(client, demo):
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code="fi").specific()

    assert len(pages) == 19
    for page in pages:
        assert page.url.startswith("/fi/"), page.url
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_models_have_required_sections_and_valid_blocks(demo):
    models = OperationalModelPage.objects.live()

    expected = sorted(data["slug"] for data in OPERATIONAL_MODELS)
    assert sorted(models.filter(locale__language_code="fi").values_list("slug", flat=True)) == expected
    for page in models:
        assert page.project_id and page.tags.exists() and page.target_groups.exists()
        assert page.contact_email.endswith("@example.org")
        for section in SECTIONS:
            value = getattr(page, section.key)
            if section.required:
                assert value, f"{page.slug}: {section.key}"
            try:
                OperationalModelPage._meta.get_field(section.key).stream_block.clean(value)
            except ValidationError as error:
                pytest.fail(f"{page.slug}: {section.key}: {error}")


def test_network_checklist_renders_its_items_in_two_columns(client, demo):
    page = OperationalModelPage.objects.get(slug="verkostoneuvottelun-tarkistuslista")

    html = client.get(page.url).content.decode()

    assert '<th scope="col">Työntekijä</th>' in html
    assert '<th scope="col">Nuori / perhe</th>' in html
    for item in CHECKLIST_ITEMS:
        assert escape(item) in html


def test_footer_links_to_the_accessibility_statement_and_contact_page(client, demo):
    footer = FooterSettings.load()
    statement = StandardPage.objects.get(slug="saavutettavuusseloste")

    html = client.get("/fi/").content.decode()

    assert footer.accessibility_statement_id == statement.pk
    assert footer.contact_page_id == StandardPage.objects.get(slug="yhteystiedot").pk
    assert f'href="{statement.url}"' in html
    assert "WCAG 2.1 AA" in client.get(statement.url).content.decode()


def test_footer_and_invitation_page_link_to_the_privacy_statement(client, demo):
    statement = StandardPage.objects.get(slug="tietosuojaseloste")
    assert FooterSettings.load().privacy_statement_id == statement.pk
    assert f'href="{statement.url}"' in client.get("/fi/").content.decode()
    invitation = Invitation.issue(group=CoDevelopmentGroup.objects.first(), email="uusi@example.org")[1]
    accept = client.get(reverse("codev:accept_invitation", args=[invitation])).content.decode()
    assert f'href="{statement.url}"' in accept
    text = client.get(statement.url).content.decode()
    for topic in ("Mitä tietoja tallennetaan", "6 artiklan", "Kuinka kauan", "Oikeutesi", "tietosuojavastaava@"):
        assert topic in text


def test_projects_carry_implementers_regions_and_example_contacts(demo):
    into = ProjectPage.objects.get(slug="into")

    assert into.main_implementer == "Helsingin kaupunki"
    assert ("Länsi-Uudenmaan hyvinvointialue", "aiesopimuksella") in [
        (row.name, row.note) for row in into.co_implementers.all()
    ]
    assert into.regions.count() == 5
    assert all(project.contact_email.endswith("@example.org") for project in ProjectPage.objects.all())
    assert ProjectPage.objects.get(slug="tulevaisuuden-lastensuojelu").purpose.first_block_by_name("process")


def test_published_content_has_example_addresses_only(demo):
    addresses = set()
    for revision in Revision.objects.all():
        addresses.update(EMAIL.findall(json.dumps(revision.content, ensure_ascii=False)))
    addresses.update(get_user_model().objects.values_list("email", flat=True))

    assert addresses
    assert all(address.endswith("@example.org") for address in addresses), addresses


def test_glossary_explains_monitoimijaisuus_and_recognises_inflected_forms(client, demo):
    term = GlossaryTerm.objects.get(slug="monitoimijaisuus")
    joint_client = GlossaryTerm.objects.get(slug="yhteisasiakas")

    assert "monialaisuus" in term.other_names_list
    assert "monialaisuuden sijaan" in term.definition
    assert joint_client.stems == ["yhteisasiak"]
    html = client.get(GlossaryPage.objects.get(locale__language_code="fi").url).content.decode()
    assert 'id="term-monitoimijaisuus"' in html and 'id="term-verkostoneuvottelu"' in html


def test_demo_users_can_sign_in_and_the_facilitator_edits_the_library(client, demo):
    user_model = get_user_model()
    facilitator = user_model.objects.get(username="facilitator")
    professional = user_model.objects.get(username="professional")
    assert facilitator.has_perm("wagtailadmin.access_admin")
    assert facilitator.has_perm("models_library.change_glossaryterm")
    assert not professional.has_perm("wagtailadmin.access_admin")
    # The Finnish listings and their Swedish translations.
    for page in (*ModelIndexPage.objects.all(), *ProjectIndexPage.objects.all()):
        permissions = page.permissions_for_user(facilitator)
        assert permissions.can_add_subpage() and permissions.can_publish_subpage()
    assert client.login(request=HttpRequest(), username="facilitator", password=DEMO_PASSWORD)
    pass_second_step(client, facilitator)
    assert client.get("/admin/").status_code == 200
    assert client.login(request=HttpRequest(), username="expert", password=DEMO_PASSWORD)


def test_running_again_keeps_user_edits_but_resets_the_password(demo):
    user = get_user_model().objects.get(username="professional")
    user.first_name = "Muutettu"
    user.set_password("toinen-salasana")
    user.save()

    load()

    user.refresh_from_db()
    assert user.first_name == "Muutettu"
    assert user.check_password(DEMO_PASSWORD)


def test_output_lists_the_sign_ins_and_the_site_address(demo):
    assert "facilitator / codev-demo /" in demo
    assert "professional / codev-demo /" in demo
    assert "expert / codev-demo /" in demo
    assert "http://127.0.0.1:8000/fi/" in demo
