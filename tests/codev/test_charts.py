"""Charts are accessible SVG images with a title and a description, and their table holds the very same figures."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.utils import translation

from codev import charts

SVG = "{http://www.w3.org/2000/svg}"


def parse(chart):
    """The chart's SVG as XML: it must be well formed to parse at all."""
    return ET.fromstring(str(chart.svg))  # noqa: S314 - our own markup


def texts(root):
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


def assert_accessible_image(chart):
    root = parse(chart)
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    title, description = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == chart.title and description.text == chart.description
    assert root.get("aria-labelledby") == f"{title.get('id')} {description.get('id')}"
    return root


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_a_bar_chart_shows_each_value_as_text_and_the_table_holds_the_same_numbers():
    rows = [("1 = not at all", 0), ("2", 1), ("3", 4), ("4", 2), ("5 = very much", 3)]
    chart = charts.bar_chart("How useful was this round?", rows, value_heading="Answers")
    root = assert_accessible_image(chart)
    shown = texts(root)
    for label, _value in rows:
        assert label in shown
    values = [element.text for element in root.iter(f"{SVG}text") if element.get("font-weight") == "700"]
    assert values == ["0", "1", "4", "2", "3"]
    assert chart.columns == ["", "Answers"]
    assert chart.rows == [[label, str(value)] for label, value in rows]
    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    assert widths[0] == 0 and widths[2] == max(widths)  # the longest bar is the largest value
    assert "3: 4" in chart.description


def test_a_stacked_bar_chart_tells_parts_apart_by_pattern_and_number_not_colour_alone():
    rows = [("Lapsi voittaa", [1, 2, 0]), ("Luottamus, turvallisuus, läsnäolo", [0, 0, 0])]
    chart = charts.stacked_bar_chart("Lights per criterion", rows)
    root = assert_accessible_image(chart)
    patterns = root.findall(f"{SVG}defs/{SVG}pattern")
    assert len(patterns) == 3 and all(len(pattern) > 1 for pattern in patterns)  # a fill and a drawn shape
    fills = {rect.get("fill") for rect in root.iter(f"{SVG}rect") if rect.get("fill", "").startswith("url(")}
    assert fills == {f"url(#{pattern.get('id')})" for pattern in patterns}
    shown = texts(root)
    assert {"Red: not yet", "Yellow: partly", "Green: yes"} <= set(shown)
    assert "No ratings yet." in shown
    assert chart.columns == ["", "Red: not yet", "Yellow: partly", "Green: yes", "Total"]
    assert chart.rows == [
        ["Lapsi voittaa", "1", "2", "0", "3"],
        ["Luottamus, turvallisuus, läsnäolo", "0", "0", "0", "0"],
    ]


def test_a_trend_chart_gives_each_series_its_own_marker_and_dash_and_leaves_gaps():
    chart = charts.trend_chart(
        "Across rounds",
        ["Round 1", "Round 2", "Round 3"],
        [("Usefulness", [3.5, None, 4.25]), ("I was heard", [4, 4.5, 4.666])],
        y_min=1,
        y_max=5,
        x_heading="Round",
    )
    root = assert_accessible_image(chart)
    lines = root.findall(f"{SVG}polyline")
    # Usefulness has no value in round 2, so no line crosses the gap; "I was heard" is one line.
    assert len(lines) == 1 and len(lines[0].get("points").split()) == 3
    assert lines[0].get("stroke-dasharray")
    assert root.findall(f"{SVG}circle") and root.findall(f"{SVG}rect")  # circles for one, squares for the other
    assert {"Usefulness", "I was heard", "Round 1", "Round 3"} <= set(texts(root))
    assert chart.columns == ["Round", "Usefulness", "I was heard"]
    assert chart.rows == [["Round 1", "3.50", "4.00"], ["Round 2", "–", "4.50"], ["Round 3", "4.25", "4.67"]]
    assert "Usefulness: Round 1 3.50, Round 2 –, Round 3 4.25" in chart.description


def test_figures_are_written_as_the_readers_language_writes_them():
    with translation.override("fi"):
        chart = charts.trend_chart("Kierroksittain", ["1"], [("Hyöty", [3.5])], y_min=1, y_max=5)
    assert chart.rows == [["1", "3,50"]] and "3,50" in chart.description


def test_labels_are_escaped_and_the_svg_stays_well_formed():
    chart = charts.bar_chart('<script>alert("x")</script> & co', [("<b>Tuki</b> & 'apu'", 2)])
    root = assert_accessible_image(chart)
    assert "<script>" not in str(chart.svg) and "<b>" not in str(chart.svg)
    assert "<b>Tuki</b> & 'apu'" in texts(root)
    assert "<script>" not in str(chart) and "&lt;b&gt;Tuki&lt;/b&gt;" in str(chart)


def test_a_chart_renders_as_a_figure_with_its_caption_and_the_table():
    chart = charts.bar_chart("Vastaukset", [("1", 2), ("2", 5)], value_heading="Answers")
    html = str(chart)
    assert html.startswith('<figure class="chart"><figcaption class="chart__title">Vastaukset</figcaption><svg')
    assert "<caption>Vastaukset</caption>" in html
    assert '<th scope="col">Answers</th>' in html
    assert '<tr><th scope="row">1</th><td>2</td></tr><tr><th scope="row">2</th><td>5</td></tr>' in html
    assert "Show the figures as a table" in html


def test_two_charts_on_one_page_never_share_an_id():
    first = charts.stacked_bar_chart("A", [("x", [1, 1, 1])])
    second = charts.stacked_bar_chart("B", [("x", [1, 0, 0])])
    ids = re.findall(r'id="([^"]+)"', str(first.svg) + str(second.svg))
    assert len(ids) == len(set(ids))


def test_an_empty_chart_says_there_are_no_figures_yet():
    chart = charts.trend_chart("Across rounds", [], [])
    assert_accessible_image(chart)
    assert chart.description == "No figures yet." and chart.rows == []
    assert charts.bar_chart("Empty", []).description == "No figures yet."


def test_charts_take_their_colours_from_the_stylesheet():
    drawn = [
        charts.bar_chart("A", [("x", 1)]),
        charts.stacked_bar_chart("B", [("x", [1, 1, 1])]),
        charts.trend_chart("C", ["1", "2"], [(f"s{n}", [n, n + 1]) for n in range(charts.SERIES_COLOURS)]),
    ]
    markup = "".join(str(chart.svg) for chart in drawn)
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", markup)
    stylesheet = (settings.BASE_DIR / "site" / "static" / "css" / "site.css").read_text()
    used = set(re.findall(r'class="(chart__[a-z0-9-]+)"', markup)) - {"chart__svg"}
    assert {"chart__bar", "chart__fill--red", "chart__fill--yellow", "chart__series-6"} <= used
    for name in used:
        rule = re.search(rf"\.{name} \{{ color: var\(--(chart-[a-z0-9-]+)\); \}}", stylesheet)
        assert rule, name
        assert f"--{rule.group(1)}:" in stylesheet
