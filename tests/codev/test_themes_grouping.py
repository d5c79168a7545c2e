"""Themes are found on the server, the same way for the same posts, with inflected Finnish words meeting."""

import csv
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from codev.themes.clustering import MIN_POSTS_TO_GROUP
from codev.themes.grouping import labels_of, nearest_themes, suggest
from codev.themes.text import analyse, detect_language

EVALUATION = Path(__file__).resolve().parents[2] / "codev" / "themes" / "data" / "evaluation.tsv"

NETWORK_MEETING = [
    "Verkostoneuvottelu on hyvä tapa koota perhe ja työntekijät yhteen.",
    "Verkostoneuvottelussa puhuvat liikaa ammattilaiset.",
    "Nuori kutsutaan verkostoneuvotteluun liian myöhään.",
]
CHECKLIST = [
    "Muistilista on liian pitkä.",
    "Muistilistan kohdat kannattaa numeroida.",
    "Muistilistassa on päällekkäisiä kohtia.",
]
MANAGERS = [
    "Esihenkilön tuki puuttuu.",
    "Esihenkilö ei tunne mallia.",
    "Esihenkilöiden pitää sitoutua.",
]
FIXED_SET = [*NETWORK_MEETING, *CHECKLIST, *MANAGERS]


def test_inflected_forms_of_one_word_share_a_stem():
    stems = [
        set(analyse(word, "fi").stems)
        for word in ("verkostoneuvottelu", "verkostoneuvottelussa", "verkostoneuvotteluun")
    ]

    assert stems[0] == stems[1] == stems[2]


def test_posts_with_inflected_forms_of_the_same_word_meet_in_one_theme():
    suggestion = suggest(FIXED_SET)

    groups = [sorted(theme.members) for theme in suggestion.themes]
    assert [0, 1, 2] in groups
    assert [3, 4, 5] in groups
    assert [6, 7, 8] in groups


def test_the_same_posts_give_the_same_themes_and_names():
    first, second = suggest(FIXED_SET), suggest(list(FIXED_SET))

    assert [(theme.name, theme.members) for theme in first.themes] == [
        (theme.name, theme.members) for theme in second.themes
    ]


def test_names_are_written_words_not_stems():
    names = {tuple(theme.members): theme.name for theme in suggest(FIXED_SET).themes}

    assert "verkostoneuvottelu" in names[(0, 1, 2)].lower()
    assert "muistilist" in names[(3, 4, 5)].lower()
    assert "verkostoneuvottel," not in names[(0, 1, 2)].lower()


def test_too_few_posts_are_not_grouped():
    suggestion = suggest(FIXED_SET[: MIN_POSTS_TO_GROUP - 1])

    assert suggestion.too_few
    assert suggestion.themes == []
    assert suggestion.unthemed == list(range(MIN_POSTS_TO_GROUP - 1))


def test_swedish_posts_are_recognised_and_stemmed_in_swedish():
    text = "Ungdomen måste förberedas inför nätverksmötet och det är viktigt."

    assert detect_language(text) == "sv"
    assert detect_language("Nuori pitää valmistella tapaamiseen ja se on tärkeää.") == "fi"
    assert set(analyse("nätverksmöten", "sv").stems) & set(analyse("nätverksmötet", "sv").stems)


def test_html_is_read_as_its_words():
    analysed = analyse("<p>Muistilista <strong>toimii</strong> &amp; auttaa</p>", is_html=True)

    assert "strong" not in " ".join(analysed.stems)
    assert any(stem.startswith("muistil") for stem in analysed.stems)


def test_a_new_post_is_suggested_into_the_nearest_theme():
    texts = [*FIXED_SET, "Muistilistan pituus on ongelma, lyhentäkää muistilistaa."]
    labels = ["network"] * 3 + ["checklist"] * 3 + ["managers"] * 3 + [None]

    assert nearest_themes(texts, labels)[-1] == "checklist"


def test_the_labelled_finnish_set_is_grouped_close_to_its_labels():
    rows = [row for row in csv.DictReader(EVALUATION.open(encoding="utf-8"), delimiter="\t") if row["lang"] == "fi"]
    suggestion = suggest([row["text"] for row in rows])

    assert len(rows) >= 120 and len({row["theme"] for row in rows}) >= 8
    assert adjusted_rand_score([row["theme"] for row in rows], labels_of(suggestion, len(rows))) >= 0.5
