"""Swedish readers get translated models, lists and emails, and are told when a page exists only in Finnish."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from taggit.models import Tag
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation, TranslationSource

from codev.models import Delivery, Frequency, Notification, NotificationKind, NotificationPreference
from codev.notifications.delivery import send_pending
from models_library.models import ModelVersion, OperationalModelPage, TagTranslation
from testing.factories import (
    build_site,
    make_model,
    make_region,
    make_target_group,
    stream,
    translate,
    translate_item,
)
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

UNTRANSLATED_NOTICE = "Denna sida finns endast på finska."


def build_world():
    site = build_site()
    helsinki, youth = make_region("Helsingin kaupunki"), make_target_group("Nuoret")
    translate_item(helsinki, "sv", name="Helsingfors stad", slug="helsingfors-stad")
    translate_item(youth, "sv", name="Unga", slug="unga")
    network = make_model(
        site["library"],
        "Verkostoyhteistyön malli",
        stage="in_use",
        regions=[helsinki],
        target_groups=[youth],
        tags=["verkosto"],
    )
    TagTranslation.objects.create(tag=Tag.objects.get(name="verkosto"), language="sv", name="nätverk")
    chain = make_model(site["library"], "Palveluketju", stage="pilot", regions=[helsinki])
    swedish = translate(
        network,
        "sv",
        title="Modell för nätverkssamarbete",
        lead="Hur tjänsterna samarbetar i nätverk.",
        basic_idea=stream("Grundidén på svenska."),
    )
    translate(swedish, "sv", basic_idea=stream("Grundidén på svenska, förtydligad."), change_note="Förtydligad.")
    # The Finnish original moves on after the translation was made (as an editor would, from the database: the
    # copy for translation has handed the in-memory page's tag rows to the translation).
    network = OperationalModelPage.objects.get(pk=network.pk)
    network.basic_idea = stream("Tarkennettu perusajatus.")
    network.change_note = "Tarkennettu perusajatus."
    network.save_revision().publish()
    empty_the_cache()
    return SimpleNamespace(**site, network=network, chain=chain, swedish=swedish, helsinki=helsinki)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        empty_the_cache()
        yield build_world()
        transaction.set_rollback(True)
    empty_the_cache()


def in_swedish(page, subpath=""):
    with translation.override("sv"):
        return page.url + subpath


def test_swedish_model_page_is_a_translation_with_its_own_sections(client, world):
    response = client.get(world.swedish.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert world.swedish.translation_key == world.network.translation_key
    assert '<html lang="sv">' in html
    assert '<h1 id="model-title">Modell för nätverkssamarbete</h1>' in html
    assert "Grundidén på svenska, förtydligad." in html
    assert "Tarkennettu perusajatus." not in html
    assert UNTRANSLATED_NOTICE not in html


def test_finnish_only_model_under_sv_is_marked_finnish_with_a_notice(client, world):
    response = client.get(in_swedish(world.chain))
    html = response.content.decode()

    assert response.status_code == 200
    assert in_swedish(world.chain).startswith("/sv/")
    assert '<html lang="sv">' in html
    assert '<h1 id="model-title" lang="fi">Palveluketju</h1>' in html
    assert '<p class="lead" lang="fi">Palveluketju: lyhyt kuvaus.</p>' in html
    assert 'data-section="basic_idea" aria-labelledby="basic-idea-heading" lang="fi"' in html
    assert UNTRANSLATED_NOTICE in html


def test_translated_model_is_not_marked_finnish_in_finnish(client, world):
    html = client.get(world.network.url).content.decode()

    assert '<h1 id="model-title">Verkostoyhteistyön malli</h1>' in html
    assert "notice--untranslated" not in html


def test_translation_numbers_its_own_versions_and_keeps_the_finnish_ones(world):
    finnish = list(ModelVersion.objects.for_page(world.network).newest_first())
    swedish = list(ModelVersion.objects.for_page(world.swedish).newest_first())

    assert [(v.number, v.locale.language_code) for v in finnish] == [(2, "fi"), (1, "fi")]
    assert [(v.number, v.locale.language_code) for v in swedish] == [(2, "sv"), (1, "sv")]
    assert {v.source_version.number for v in swedish} == {1}


def test_history_and_comparison_of_the_swedish_translation(client, world):
    history = client.get(world.swedish.url + "history/")
    comparison = client.get(world.swedish.url + "compare/1/2/")

    assert history.status_code == 200
    assert [entry["number"] for entry in history.context["entries"]] == [2, 1]
    assert "Versionshistorik" in history.content.decode()
    assert "I bruk" in history.content.decode()
    assert comparison.status_code == 200
    assert "förtydligad" in comparison.content.decode()


def test_revised_finnish_source_flags_the_translation_as_behind(client, world):
    html = client.get(world.swedish.url).content.decode()
    old = client.get(world.swedish.url + "versions/1/").content.decode()

    assert "Översatt från den finska versionen 1." in html
    assert "Den finska versionen 2 är nyare än denna översättning." in html
    assert "Översatt från den finska versionen 1." in old


def test_taxonomy_in_swedish_in_filters_and_cards(client, world):
    response = client.get(in_swedish(world.library))
    html = response.content.decode()
    cards = {model.title: model for model in response.context["models"]}

    assert response.status_code == 200
    assert ">Helsingfors stad</option>" in html
    assert ">Unga</option>" in html
    assert ">nätverk</option>" in html
    assert set(cards) == {"Modell för nätverkssamarbete", "Palveluketju"}
    assert cards["Modell för nätverkssamarbete"].region_names == ["Helsingfors stad"]
    assert 'lang="fi">Palveluketju</a>' in html
    assert 'lang="fi">Modell för nätverkssamarbete</a>' not in html


def test_filter_chips_name_the_region_in_swedish(client, world):
    response = client.get(in_swedish(world.library), {"region": "helsingin-kaupunki"})

    assert [chip.value for chip in response.context["chips"]] == ["Helsingfors stad"]
    assert response.context["result_count"] == 2


def test_taxonomy_in_swedish_on_the_model_page_history_and_exports(client, world):
    page = client.get(world.swedish.url).content.decode()
    export = client.get(world.swedish.url + "versions/1/innokyla/text/").content.decode()
    # A Finnish-only model's version keeps the Swedish names it was published with for Swedish readers.
    finnish_version_for_swedish_reader = client.get(in_swedish(world.chain, "versions/1/innokyla/text/"))
    with translation.override("fi"):
        finnish_address = world.chain.url + "versions/1/innokyla/text/"
    finnish_reader = client.get(finnish_address).content.decode()

    basic_information = page[page.index('id="basic-information"') :][:3000]
    assert "Helsingfors stad" in basic_information, basic_information
    assert "Unga" in basic_information
    assert "<li>nätverk</li>" in basic_information
    assert "Helsingfors stad" in export and "Unga" in export and "I bruk" in export
    assert finnish_version_for_swedish_reader.status_code == 200
    assert "Helsingfors stad" in finnish_version_for_swedish_reader.content.decode()
    assert "Helsingin kaupunki" in finnish_reader and "Helsingfors stad" not in finnish_reader


def test_library_query_count_under_sv_does_not_grow_with_models(client, world):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            client.get(in_swedish(world.library))
        return len(queries)

    count_queries()
    few = count_queries()
    for number in range(5):
        model = make_model(world.library, f"Lisämalli {number}", regions=[world.helsinki], tags=[f"tagi{number}"])
        translate(model, "sv", title=f"Extra modell {number}")
    empty_the_cache()
    count_queries()

    assert count_queries() == few


def test_email_names_the_model_in_the_members_language(world, django_user_model):
    member = django_user_model.objects.create_user("lukija", "lukija@example.org", "pw")
    NotificationPreference.objects.create(user=member, frequency=Frequency.IMMEDIATE, language="sv")
    version = ModelVersion.objects.for_page(world.network).newest_first().first()
    Notification.objects.create(
        user=member, kind=NotificationKind.NEW_VERSION, key=f"new_version:{version.pk}", version=version
    )
    mail.outbox.clear()

    assert send_pending(member.pk, Delivery.IMMEDIATE)
    message = mail.outbox[0]
    assert message.extra_headers["Content-Language"] == "sv"
    assert "Modell för nätverkssamarbete" in message.body
    assert "Verkostoyhteistyön malli" not in message.body


@pytest.fixture
def editor(world, django_user_model):
    """An editor of the library's pages who may start translations, not a superuser."""
    group = Group.objects.create(name="Toimittajat")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation"),
    )
    # The Finnish tree and the Swedish one (a sibling of it under the root), as the demo grants them.
    for home in world.home.get_translations(inclusive=True):
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=home, permission=Permission.objects.get(codename=codename)
            )
    user = django_user_model.objects.create_user("toimittaja", "toimittaja@example.org", "pw")
    user.groups.add(group)
    return user


def test_editor_translates_a_model_segment_by_segment_and_exports_a_po_file(client, world, editor):
    client.force_login(editor)
    source, _created = TranslationSource.get_or_create_from_instance(world.chain)
    translation_ = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="sv"))
    translation_.save_target(user=editor, publish=False)
    swedish_draft = world.chain.get_translation(Locale.objects.get(language_code="sv"))

    submit = client.get(reverse("wagtail_localize:submit_page_translation", args=[world.chain.pk]))
    editing = client.get(reverse("wagtailadmin_pages:edit", args=[swedish_draft.pk]))
    po_file = client.get(reverse("wagtail_localize:download_pofile", args=[translation_.pk]))

    assert submit.status_code == 200
    assert editing.status_code == 200
    assert "wagtail-localize" in editing.content.decode().lower()
    assert po_file.status_code == 200
    assert po_file["Content-Type"].startswith("text/x-gettext-translation")
    assert 'msgid "Palveluketju: lyhyt kuvaus."' in po_file.content.decode()


def test_standard_board_columns_are_named_in_the_readers_language(world):
    from codev.models import DEFAULT_COLUMN_NAMES, DEFAULT_COLUMNS, Column
    from demo.swedish import COLUMNS

    column = Column(name=DEFAULT_COLUMNS[1], translated_names=DEFAULT_COLUMN_NAMES[DEFAULT_COLUMNS[1]])
    with translation.override("sv"):
        assert column.display_name == COLUMNS[DEFAULT_COLUMNS[1]]
    with translation.override("fi"):
        assert column.display_name == DEFAULT_COLUMNS[1]
    assert {name: names["sv"] for name, names in DEFAULT_COLUMN_NAMES.items()} == COLUMNS


def test_round_theme_is_shown_in_the_readers_language_where_given(world):
    from codev.models import Round

    round_ = Round(theme="Verkoston kokoaminen", translated_themes={"sv": "Att samla nätverket"})
    with translation.override("sv"):
        assert round_.display_theme == "Att samla nätverket"
    with translation.override("en"):
        assert round_.display_theme == "Verkoston kokoaminen"


def test_footer_text_is_in_the_readers_language_or_marked_finnish(client, world):
    from home.models import FooterText

    finnish = FooterText.objects.create(text="Mallipaja kokoaa toimintamallit.", locale=Locale.get_default())
    swedish = finnish.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.text = "Mallverkstaden samlar verksamhetsmodellerna."
    swedish.save()

    assert "<p>Mallverkstaden samlar verksamhetsmodellerna.</p>" in client.get(world.swedish.url).content.decode()
    with translation.override("en"):
        english_reader = client.get(world.chain.url).content.decode()
    assert '<p lang="fi">Mallipaja kokoaa toimintamallit.</p>' in english_reader


def test_language_switcher_of_a_translation_leads_english_readers_to_the_finnish_original(client, world):
    html = client.get(world.swedish.url + "history/").content.decode()

    with translation.override("en"):
        english = world.network.url + "history/"
    assert english.startswith("/en/")
    assert f'href="{english}" lang="en"' in html
    assert client.get(english).status_code == 200
