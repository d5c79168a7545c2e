"""Numbered public versions: permanent links, corrections, immutability, history."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.deletion import ProtectedError
from django.test.utils import CaptureQueriesContext
from wagtail.models import Revision

from models_library.models import ModelVersion, OperationalModelPage, PublicationKind
from testing.factories import make_model, make_region, stream

pytestmark = pytest.mark.django_db


def publish(page, *, kind=PublicationKind.VERSION, note="", **changes):
    page = OperationalModelPage.objects.get(pk=page.pk)
    for name, value in changes.items():
        if name == "regions":
            page.regions.set(value)
        else:
            setattr(page, name, value)
    page.publication_kind = kind
    page.change_note = note
    page.save_revision().publish()
    return OperationalModelPage.objects.get(pk=page.pk)


@pytest.fixture
def three_versions(site_tree):
    page = make_model(
        site_tree["library"],
        "Verkostoyhteistyön malli",
        stage="co_development",
        basic_idea=stream("Ensimmäinen luonnos verkostoyhteistyöstä."),
    )
    publish(
        page,
        note="Muokattu teidän antamanne palautteen pohjalta.",
        basic_idea=stream("Palautteen pohjalta muokattu kuvaus verkostoyhteistyöstä."),
    )
    publish(
        page,
        kind=PublicationKind.PILOT,
        note="Otetaan käyttöön kokeiluvaiheessa.",
        stage="pilot",
        regions=[make_region("Helsingin kaupunki")],
        basic_idea=stream("Kokeiluvaiheen kuvaus verkostoyhteistyöstä."),
    )
    return OperationalModelPage.objects.get(pk=page.pk)


def version_url(page, number):
    return page.url + page.reverse_subpage("version", args=(number,))


def test_each_publication_gets_the_next_number(three_versions):
    versions = ModelVersion.objects.for_page(three_versions).order_by("number")

    assert [v.number for v in versions] == [1, 2, 3]
    assert [v.is_pilot for v in versions] == [False, False, True]
    assert versions[2].stage == "pilot"
    assert versions[2].facts["regions"] == ["Helsingin kaupunki"]


def test_every_permanent_link_shows_its_own_text(client, three_versions):
    texts = ["Ensimmäinen luonnos", "Palautteen pohjalta muokattu", "Kokeiluvaiheen kuvaus"]
    for number, text in enumerate(texts, start=1):
        html = client.get(version_url(three_versions, number)).content.decode()
        assert text in html
        assert all(other not in html for other in texts if other != text)


def test_older_version_is_marked_and_links_to_the_current_one(client, three_versions):
    html = client.get(version_url(three_versions, 1)).content.decode()

    assert "notice--old-version" in html
    assert f'href="{three_versions.url}"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "notice--old-version" not in client.get(version_url(three_versions, 3)).content.decode()


def test_old_version_shows_its_own_stage_and_regions(client, three_versions):
    html = client.get(version_url(three_versions, 1)).content.decode()

    assert "stage--co_development" in html
    assert "Helsingin kaupunki" not in html


def test_correction_keeps_the_number(client, three_versions):
    publish(
        three_versions,
        kind=PublicationKind.CORRECTION,
        note="Kirjoitusvirhe korjattu.",
        basic_idea=stream("Kokeiluvaiheen kuvaus verkostoyhteistyöstä, korjattu."),
    )

    latest = ModelVersion.objects.for_page(three_versions).newest_first().first()
    assert (latest.number, latest.correction, latest.is_pilot) == (3, 1, True)
    assert "korjattu." in client.get(version_url(three_versions, 3)).content.decode()
    original = three_versions.url + three_versions.reverse_subpage("publication", args=(3, 0))
    assert "korjattu." not in client.get(original).content.decode()


def test_each_publication_has_one_permanent_address_and_a_comparison_with_the_one_before(client, three_versions):
    publish(three_versions, kind=PublicationKind.CORRECTION, note="Kirjoitusvirhe korjattu.")
    versions = {v.label: v for v in ModelVersion.objects.for_page(three_versions)}

    assert versions["2"].get_url() == version_url(three_versions, 2)
    correction = three_versions.url + three_versions.reverse_subpage("publication", args=(3, 1))
    assert versions["3.1"].get_url() == correction
    assert versions["3.1"].get_full_url() == f"http://testserver{correction}"
    assert client.get(versions["3.1"].get_url()).status_code == 200
    assert versions["1"].get_compare_url() == ""
    compare = three_versions.url + three_versions.reverse_subpage("compare", args=(1, 2))
    assert versions["2"].get_compare_url() == compare
    assert versions["2"].get_compare_url(full=True) == f"http://testserver{compare}"
    assert client.get(compare).status_code == 200


def test_links_to_a_version_keep_working_after_later_versions(client, three_versions):
    url = version_url(three_versions, 2)
    before = client.get(url).content.decode()
    publish(three_versions, note="Neljäs versio.", basic_idea=stream("Neljäs versio."))

    assert client.get(url).content.decode().count("Palautteen pohjalta muokattu") == before.count(
        "Palautteen pohjalta muokattu"
    )


def test_missing_version_is_not_found(client, three_versions):
    assert client.get(version_url(three_versions, 9)).status_code == 404


def test_purging_revisions_leaves_every_version_intact(client, three_versions):
    for n in range(3):  # drafts between versions are fair game for purging
        three_versions.title = f"Luonnos {n}"
        three_versions.save_revision()

    call_command("purge_revisions", stdout=io.StringIO())

    assert Revision.objects.filter(model_version__isnull=False).count() == 3
    for number in (1, 2, 3):
        assert client.get(version_url(three_versions, number)).status_code == 200


def test_versions_cannot_be_changed_or_deleted(three_versions):
    version = ModelVersion.objects.for_page(three_versions).first()

    version.change_note = "Toinen historia"
    with pytest.raises(ValueError):
        version.save()
    with pytest.raises(ValueError):
        version.delete()


def test_deleting_the_model_cannot_take_its_history(three_versions):
    with pytest.raises(ProtectedError):
        three_versions.delete()
    assert ModelVersion.objects.for_page(three_versions).count() == 3


def test_model_page_shows_version_number_date_and_history_link(client, three_versions):
    html = client.get(three_versions.url).content.decode()

    assert "Pilot version 3" in html or "Kokeiluversio 3" in html
    assert three_versions.reverse_subpage("history") in html


def test_history_lists_versions_newest_first_with_notes_and_compare_links(client, three_versions):
    response = client.get(three_versions.url + "history/")
    html = response.content.decode()

    assert html.index("Otetaan käyttöön kokeiluvaiheessa.") < html.index("Muokattu teidän antamanne")
    assert three_versions.reverse_subpage("compare", args=(2, 3)) in html
    assert three_versions.reverse_subpage("compare", args=(1, 2)) in html


def test_history_query_count_does_not_grow_with_versions(client, three_versions):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(three_versions.url + "history/")
        return len(queries)

    count()
    few = count()
    for n in range(5):
        publish(three_versions, note=f"Versio {n}", basic_idea=stream(f"Teksti {n}."))
    assert count() == few


def test_signed_in_reader_sees_what_changed_since_last_read(client, django_user_model, site_tree):
    page = make_model(site_tree["library"], "Malli", basic_idea=stream("Vanha teksti."))
    reader = django_user_model.objects.create_user("lukija", password="pw")
    client.force_login(reader)
    client.get(page.url)
    publish(page, note="Uusi teksti.", basic_idea=stream("Uusi teksti."))

    html = client.get(page.url).content.decode()

    assert page.reverse_subpage("compare", args=(1, 2)) in html


def test_anonymous_reader_gets_no_reading_marks(client, three_versions):
    from models_library.models import ReadingMark

    client.get(three_versions.url)

    assert not ReadingMark.objects.exists()


def test_page_revision_json_keeps_block_ids(three_versions):
    content = ModelVersion.objects.for_page(three_versions).first().revision.content
    blocks = json.loads(content["basic_idea"]) if isinstance(content["basic_idea"], str) else content["basic_idea"]

    assert all(block.get("id") for block in blocks)


def test_an_imported_history_keeps_its_publication_dates(site_tree):
    import datetime

    from django.utils import timezone

    from models_library.versioning import publication_time

    moment = timezone.make_aware(datetime.datetime(2026, 3, 16, 12, 0))
    with publication_time(moment):
        page = make_model(site_tree["library"], "Tuotu malli")

    assert ModelVersion.objects.for_page(page).get().published_at == moment
