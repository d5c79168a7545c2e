"""Comparison of versions: word-level marks that are provably right, blocks matched by id, fields listed."""

import html
import re
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models_library.diff import render_diff
from models_library.models import ModelVersion, OperationalModelPage, PublicationKind
from testing.factories import make_model, make_region

DEL = re.compile(r"<del>(.*?)</del>", re.DOTALL)
INS = re.compile(r"<ins>(.*?)</ins>", re.DOTALL)


def without_deletions(markup):
    return html.unescape(INS.sub(r"\1", DEL.sub("", markup)))


def without_insertions(markup):
    return html.unescape(DEL.sub(r"\1", INS.sub("", markup)))


words = st.text(alphabet="aäöbcdeklmnoprstuvy <>&\"'.,!?-\n\t", max_size=200)


@settings(max_examples=300, deadline=None)
@given(old=words, new=words)
def test_marked_up_comparison_reads_as_new_without_deletions_and_old_without_insertions(old, new):
    markup = str(render_diff(old, new))

    assert without_deletions(markup) == new
    assert without_insertions(markup) == old


@settings(max_examples=100, deadline=None)
@given(
    base=st.lists(st.sampled_from(["verkosto", "nuori", "perhe", "työntekijä", "sopii", "yhdessä"]), max_size=40),
    edits=st.lists(st.tuples(st.integers(0, 39), st.sampled_from(["", "uusi", "sana"])), max_size=8),
)
def test_small_edits_to_long_texts_stay_small(base, edits):
    old_words = list(base)
    new_words = list(base)
    for position, word in edits:
        if position < len(new_words):
            new_words[position] = word
    old, new = " ".join(old_words), " ".join(new_words)
    markup = str(render_diff(old, new))

    assert without_deletions(markup) == new and without_insertions(markup) == old
    if old == new:
        assert "<del>" not in markup and "<ins>" not in markup


def test_unchanged_words_are_not_marked():
    markup = str(render_diff("Nuori ja perhe valmistautuvat.", "Nuori ja koko perhe valmistautuvat."))

    assert INS.findall(markup) in (["koko "], [" koko"])
    assert "<del>" not in markup


def test_markup_in_text_is_escaped():
    markup = str(render_diff("a", "<script>alert(1)</script>"))

    assert "<script>" not in markup and "&lt;script&gt;" in markup


def block(kind, value, block_id=None):
    return {"type": kind, "value": value, "id": block_id or str(uuid.uuid4())}


def para(text, block_id=None):
    return block("paragraph", f"<p>{text}</p>", block_id)


def publish(page, note, **changes):
    page = OperationalModelPage.objects.get(pk=page.pk)
    for name, value in changes.items():
        if name in ("regions", "target_groups"):
            getattr(page, name).set(value)
        elif name == "tags":
            page.tags.set(value)
        else:
            setattr(page, name, value)
    page.publication_kind = PublicationKind.VERSION
    page.change_note = note
    page.save_revision().publish()
    return page


def compare_html(client, page, old, new):
    page = OperationalModelPage.objects.get(pk=page.pk)
    return client.get(page.url + page.reverse_subpage("compare", args=(old, new))).content.decode()


@pytest.fixture
def model(db, site_tree):
    import json

    blocks = [
        para("Verkostoneuvottelu kootaan nuoren ympärille.", "b-1"),
        para("Työntekijät valmistautuvat etukäteen.", "b-2"),
        para("Lopuksi sovitaan vastuut.", "b-3"),
    ]
    return make_model(
        site_tree["library"],
        "Malli",
        stage="co_development",
        tags=["verkosto"],
        regions=[make_region("Helsingin kaupunki")],
        basic_idea=json.dumps(blocks),
    )


@pytest.mark.django_db
def test_edited_block_reads_as_edited_with_word_marks(client, model):
    import json

    publish(
        model,
        "Tarkennettu.",
        basic_idea=json.dumps(
            [
                para("Verkostoneuvottelu kootaan nuoren ja perheen ympärille.", "b-1"),
                para("Työntekijät valmistautuvat etukäteen.", "b-2"),
                para("Lopuksi sovitaan vastuut.", "b-3"),
            ]
        ),
    )

    html_text = compare_html(client, model, 1, 2)

    assert "<ins> ja perheen</ins>" in html_text or "<ins>ja perheen </ins>" in html_text
    assert "block-change--changed" in html_text
    assert "Tarkennettu." in html_text


@pytest.mark.django_db
def test_moved_block_reads_as_moved_not_as_deleted_and_added(client, model):
    import json

    publish(
        model,
        "Järjestys muutettu.",
        basic_idea=json.dumps(
            [
                para("Lopuksi sovitaan vastuut.", "b-3"),
                para("Verkostoneuvottelu kootaan nuoren ympärille.", "b-1"),
                para("Työntekijät valmistautuvat etukäteen.", "b-2"),
            ]
        ),
    )

    html_text = compare_html(client, model, 1, 2)

    assert html_text.count("block-change--removed") == 0
    assert html_text.count("block-change--added") == 0
    assert "moved" in html_text or "siirretty" in html_text


@pytest.mark.django_db
def test_removed_and_added_blocks_are_named(client, model):
    import json

    publish(
        model,
        "Vaihe lisätty.",
        basic_idea=json.dumps(
            [
                para("Verkostoneuvottelu kootaan nuoren ympärille.", "b-1"),
                para("Lopuksi sovitaan vastuut.", "b-3"),
                block(
                    "checklist",
                    {
                        "title": "Tarkistuslista",
                        "intro": "",
                        "two_columns": True,
                        "worker_column": "Työntekijä",
                        "family_column": "Nuori / perhe",
                        "items": [{"type": "item", "value": {"text": "Tavoite on sovittu"}, "id": "i1"}],
                    },
                    "b-4",
                ),
            ]
        ),
    )

    html_text = compare_html(client, model, 1, 2)

    assert "block-change--removed" in html_text and "<del>Työntekijät valmistautuvat etukäteen.</del>" in html_text
    assert "block-change--added" in html_text and "Tavoite on sovittu" in html_text


@pytest.mark.django_db
def test_changed_structured_fields_are_listed(client, model):
    publish(
        model,
        "Kokeiluun.",
        stage="pilot",
        regions=[make_region("Vantaan ja Keravan hyvinvointialue")],
        tags=["verkosto", "osallisuus"],
        lead="Uusi lyhyt kuvaus.",
    )

    html_text = compare_html(client, model, 1, 2)
    facts = html_text[html_text.index('id="changed-facts"') :]

    assert "<ins>Vantaan ja Keravan hyvinvointialue</ins>" in facts
    assert "<del>Helsingin kaupunki</del>" in facts
    assert "<ins>osallisuus</ins>" in facts
    assert "Co-development" in facts or "Yhteiskehittäminen" in facts


@pytest.mark.django_db
def test_unchanged_sections_are_collapsed(client, model):
    publish(model, "Vain ympäristö.", environment='[{"type": "paragraph", "value": "<p>Uusi ympäristö.</p>"}]')

    html_text = compare_html(client, model, 1, 2)

    assert 'id="change-environment"' in html_text
    assert 'id="change-basic-idea"' not in html_text
    assert '<details class="unchanged-sections">' in html_text


@pytest.mark.django_db
def test_comparison_can_go_either_way_and_same_number_redirects(client, model):
    publish(model, "Toinen.", lead="Toinen kuvaus.")

    assert "<del>" in compare_html(client, model, 2, 1) or "<ins>" in compare_html(client, model, 2, 1)
    page = OperationalModelPage.objects.get(pk=model.pk)
    response = client.get(page.url + page.reverse_subpage("compare", args=(2, 2)))
    assert response.status_code == 302


@pytest.mark.django_db
def test_history_compare_form_redirects_to_the_comparison(client, model):
    publish(model, "Toinen.", lead="Toinen kuvaus.")
    page = OperationalModelPage.objects.get(pk=model.pk)

    response = client.get(page.url + "compare/", {"old": 1, "new": 2})

    assert response.status_code == 302
    assert response["Location"].endswith("compare/1/2/")
    assert ModelVersion.objects.for_page(page).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "numbers",
    [{"old": -1, "new": -2}, {"old": 1, "new": 7}, {"old": "99999999999999999999999", "new": 1}],
    ids=["negative", "no such version", "beyond any database integer"],
)
def test_compare_form_with_numbers_that_name_no_version_is_not_found(client, model, numbers):
    page = OperationalModelPage.objects.get(pk=model.pk)

    response = client.get(page.url + "compare/", numbers)

    assert response.status_code == 404
    assert "Sivua ei löytynyt" in response.content.decode()


@pytest.mark.django_db
def test_comparison_and_version_addresses_with_huge_numbers_are_not_found(client, model):
    page = OperationalModelPage.objects.get(pk=model.pk)
    huge = "9" * 25

    for address in (f"compare/{huge}/1/", f"compare/1/{huge}/", f"versions/{huge}/", f"versions/1/{huge}/"):
        assert client.get(page.url + address).status_code == 404, address
