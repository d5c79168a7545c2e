"""Charts drawn on the server as accessible SVG, each with its figures as a table: no chart library in the browser.

Every chart is an `<svg role="img">` named by its `<title>` and summarised in words by its `<desc>`; bars and
points carry their numbers as text, series differ by marker shape and line dash as well as colour, and the light
segments by pattern, so colour is never the only cue (WCAG 1.4.1). The colours are the stylesheet's (`--chart-*`
in site.css): each shape is drawn in `currentColor` and a class sets its `color`. The same figures come as
`Chart.columns` and `Chart.rows` for a `<table>`; `{{ chart }}` in a template renders the figure with both.

    bar_chart(title, [(label, value), ...])
    stacked_bar_chart(title, [(label, [value per part]), ...], parts=LIGHT_PARTS)
    trend_chart(title, x_labels, [(series name, [value or None per x label]), ...])
"""

import itertools
import textwrap
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

WIDTH = 640
PAD = 16
FONT = 14
LINE = 18
WRAP = 80  # characters of a label on one line at FONT in WIDTH
BAR = 22
# As many series colours as the stylesheet has (`.chart__series-0` …); each series also has its own marker and dash.
SERIES_COLOURS = 7
MARKERS = ["circle", "square", "triangle", "diamond", "cross", "ex", "bar"]
DASHES = ["", "6 3", "2 3", "8 3 2 3", "12 4", "3 6", "10 2 2 2 2 2"]
NO_VALUE = "–"

_ids = itertools.count(1)


@dataclass(frozen=True)
class Part:
    """One part of a stacked bar: its name, its colour (a `.chart__fill--*` class of the stylesheet), a pattern drawn
    over the fill, and whether its numbers are light on a dark fill."""

    name: str
    colour: str  # "red", "yellow", "green" or "grey"
    pattern: str = ""  # "", "hatch", "dots" or "cross"
    on_dark: bool = True

    @property
    def ink(self):
        return "on-dark" if self.on_dark else ""


LIGHT_PARTS = [
    Part(gettext_lazy("Red: not yet"), "red", "cross"),
    Part(gettext_lazy("Yellow: partly"), "yellow", "dots", on_dark=False),
    Part(gettext_lazy("Green: yes"), "green", "hatch"),
]


@dataclass
class Chart:
    """A drawn chart and its figures: `columns` are the table's headings, each row starts with its row heading."""

    title: str
    description: str
    svg: SafeString
    columns: list = field(default_factory=list)
    rows: list = field(default_factory=list)

    def table_html(self):
        head = format_html_join("", '<th scope="col">{}</th>', ((column,) for column in self.columns))
        body = format_html_join(
            "",
            "<tr>{}</tr>",
            (
                (
                    format_html(
                        '<th scope="row">{}</th>{}',
                        row[0],
                        format_html_join("", "<td>{}</td>", ((cell,) for cell in row[1:])),
                    ),
                )
                for row in self.rows
            ),
        )
        return format_html(
            '<table class="chart__table"><caption>{}</caption><thead><tr>{}</tr></thead><tbody>{}</tbody></table>',
            self.title,
            head,
            body,
        )

    def __html__(self):
        return format_html(
            '<figure class="chart"><figcaption class="chart__title">{}</figcaption>{}'
            '<details class="chart__data"><summary>{}</summary>{}</details></figure>',
            self.title,
            self.svg,
            _("Show the figures as a table"),
            self.table_html(),
        )

    __str__ = __html__


def figure(value, decimals=0):
    """A number as the reader's language writes it; a missing value as a dash."""
    if value is None:
        return NO_VALUE
    if decimals == 0:
        return number_format(round(value), 0)
    return number_format(round(value, decimals), decimals)


def tone(name):
    """The class that gives a shape its colour: "muted", "grid", "on-dark", "bar", "fill--red", "series-2"…"""
    return f' class="chart__{name}"' if name else ""


def text(x, y, content, *, size=FONT, anchor="start", weight="", colour=""):
    bold = ' font-weight="700"' if weight == "bold" else ""
    return (
        f'<text x="{x:g}" y="{y:g}" font-size="{size}" text-anchor="{anchor}" fill="currentColor"{tone(colour)}{bold}>'
        f"{escape(content)}</text>"
    )


def wrapped(label, x, y, width=WRAP, **kwargs):
    """A label over as many lines as it needs; returns the markup and the height it took."""
    lines = textwrap.wrap(str(label), width) or [""]
    return "".join(text(x, y + index * LINE, line, **kwargs) for index, line in enumerate(lines)), len(lines) * LINE


def svg(chart_id, title, description, height, body, defs=""):
    return mark_safe(  # noqa: S308 - every text in `body` and `defs` went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" role="img" viewBox="0 0 {WIDTH} {height:g}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="system-ui, sans-serif">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>'
        f"{f'<defs>{defs}</defs>' if defs else ''}{body}</svg>"
    )


def new_id(chart_id):
    return chart_id or f"chart-{next(_ids)}"


def scale_max(values, max_value):
    return max_value or max([value for value in values if value] or [1])


def bar_chart(title, rows, *, description="", value_heading=None, decimals=0, max_value=None, chart_id=None):
    """Horizontal bars, one per (label, value) row, each with its label above and its value at its end."""
    chart_id = new_id(chart_id)
    top = scale_max([value for _label, value in rows], max_value)
    room = WIDTH - 2 * PAD - 60  # space for the value after the longest bar
    parts, y = [], PAD
    for label, value in rows:
        markup, height = wrapped(label, PAD, y + FONT)
        y += height + 4
        length = room * (value or 0) / top
        parts.append(markup)
        parts.append(f'<rect x="{PAD}" y="{y:g}" width="{length:g}" height="{BAR}" fill="currentColor"{tone("bar")}/>')
        parts.append(f'<line x1="{PAD}" y1="{y - 2:g}" x2="{PAD}" y2="{y + BAR + 2:g}" stroke="currentColor"/>')
        parts.append(text(PAD + length + 6, y + BAR - 6, figure(value, decimals), weight="bold"))
        y += BAR + 12
    summary = "; ".join(f"{label}: {figure(value, decimals)}" for label, value in rows)
    description = f"{description} {summary}".strip() if rows else (description or _("No figures yet."))
    return Chart(
        title=title,
        description=description,
        svg=svg(chart_id, title, description, y + PAD - 12, "".join(parts)),
        columns=["", value_heading or _("Value")],
        rows=[[label, figure(value, decimals)] for label, value in rows],
    )


def pattern_defs(chart_id, parts):
    """A fill pattern per part, so the parts differ in shape as well as in colour."""
    light = tone("on-dark")
    drawn = {
        "": "",
        "hatch": f'<path d="M0 8 L8 0 M-2 2 L2 -2 M6 10 L10 6" stroke="currentColor"{light} stroke-width="1.5"/>',
        "dots": '<circle cx="4" cy="4" r="1.6" fill="currentColor"/>',
        "cross": f'<path d="M0 0 L8 8 M8 0 L0 8" stroke="currentColor"{light} stroke-width="1.2"/>',
    }
    return "".join(
        f'<pattern id="{chart_id}-part-{index}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect width="8" height="8" fill="currentColor"{tone("fill--" + part.colour)}/>{drawn[part.pattern]}</pattern>'
        for index, part in enumerate(parts)
    )


def stacked_bar_chart(title, rows, *, parts=LIGHT_PARTS, description="", total_heading=None, chart_id=None):
    """One bar per (label, [count per part]) row, its parts side by side in `parts` order, each with its count.

    A legend names the parts with their patterns; the table has a column per part and the total.
    """
    chart_id = new_id(chart_id)
    room = WIDTH - 2 * PAD
    body, y = [], PAD
    for index, part in enumerate(parts):
        body.append(
            f'<rect x="{PAD}" y="{y:g}" width="28" height="16" fill="url(#{chart_id}-part-{index})" '
            'stroke="currentColor"/>'
        )
        body.append(text(PAD + 36, y + 13, str(part.name)))
        y += LINE + 4
    y += 8
    for label, counts in rows:
        markup, height = wrapped(label, PAD, y + FONT)
        body.append(markup)
        y += height + 4
        total = sum(counts)
        x = PAD
        for index, (part, count) in enumerate(zip(parts, counts, strict=True)):
            if not count:
                continue
            length = room * count / total
            body.append(
                f'<rect x="{x:g}" y="{y:g}" width="{length:g}" height="{BAR}" '
                f'fill="url(#{chart_id}-part-{index})" stroke="currentColor"/>'
            )
            if length >= 22:
                # A backing box keeps the number readable over the pattern.
                body.append(
                    f'<rect x="{x + length / 2 - 10:g}" y="{y + 3:g}" width="20" height="16" fill="currentColor"'
                    f"{tone('fill--' + part.colour)}/>"
                )
                body.append(
                    text(x + length / 2, y + BAR - 6, figure(count), anchor="middle", weight="bold", colour=part.ink)
                )
            x += length
        if not total:
            body.append(text(PAD, y + BAR - 6, _("No ratings yet."), colour="muted"))
        y += BAR + 12
    summary = "; ".join(
        f"{label}: " + ", ".join(f"{part.name} {figure(count)}" for part, count in zip(parts, counts, strict=True))
        for label, counts in rows
    )
    description = f"{description} {summary}".strip() if rows else (description or _("No figures yet."))
    return Chart(
        title=title,
        description=description,
        svg=svg(chart_id, title, description, y + PAD - 12, "".join(body), pattern_defs(chart_id, parts)),
        columns=["", *[str(part.name) for part in parts], total_heading or _("Total")],
        rows=[[label, *[figure(count) for count in counts], figure(sum(counts))] for label, counts in rows],
    )


def marker(shape, x, y, series):
    """A series' point in its own shape, coloured by the series' class."""
    fill, stroke = f'fill="currentColor"{tone(series)}', f'stroke="currentColor"{tone(series)} stroke-width="3"'
    r = 5
    if shape == "circle":
        return f'<circle cx="{x:g}" cy="{y:g}" r="{r}" {fill}/>'
    if shape == "square":
        return f'<rect x="{x - r:g}" y="{y - r:g}" width="{2 * r}" height="{2 * r}" {fill}/>'
    if shape == "triangle":
        return f'<path d="M{x:g} {y - r - 1:g} L{x + r + 1:g} {y + r:g} L{x - r - 1:g} {y + r:g} Z" {fill}/>'
    if shape == "diamond":
        return (
            f'<path d="M{x:g} {y - r - 1:g} L{x + r + 1:g} {y:g} L{x:g} {y + r + 1:g} L{x - r - 1:g} {y:g} Z" {fill}/>'
        )
    if shape == "cross":
        return f'<path d="M{x - r:g} {y:g} H{x + r:g} M{x:g} {y - r:g} V{y + r:g}" {stroke}/>'
    if shape == "ex":
        return (
            f'<path d="M{x - r:g} {y - r:g} L{x + r:g} {y + r:g} M{x + r:g} {y - r:g} L{x - r:g} {y + r:g}" {stroke}/>'
        )
    return f'<rect x="{x - 2:g}" y="{y - r - 1:g}" width="4" height="{2 * r + 2}" {fill}/>'


def series_style(number):
    """The colour class, marker shape and dash of the `number`th series."""
    return f"series-{number % SERIES_COLOURS}", MARKERS[number % len(MARKERS)], DASHES[number % len(DASHES)]


def trend_chart(
    title,
    x_labels,
    series,
    *,
    description="",
    y_min=0,
    y_max=None,
    y_ticks=None,
    decimals=2,
    x_heading=None,
    chart_id=None,
):
    """Lines across `x_labels` (rounds), one per (name, [value or None per label]) series; a None leaves a gap.

    `y_ticks` is a list of (value, label) for the vertical axis, by default whole numbers from y_min to y_max.
    Each series has its own colour, marker shape and dash, named in a legend under the plot; the table has a
    row per x label and a column per series.
    """
    chart_id = new_id(chart_id)
    values = [value for _name, points in series for value in points if value is not None]
    y_max = y_max if y_max is not None else max(values + [y_min + 1])
    if y_ticks is None:
        y_ticks = [(value, figure(value)) for value in range(int(y_min), int(y_max) + 1)]
    left = PAD + 8 + FONT * 0.6 * max([len(str(label)) for _value, label in y_ticks] + [1])
    right, top, plot_height = WIDTH - PAD - 12, PAD + 8, 220
    bottom = top + plot_height
    span = (y_max - y_min) or 1
    step = (right - left) / max(len(x_labels) - 1, 1)

    def to_x(index):
        return left + index * step if len(x_labels) > 1 else (left + right) / 2

    def to_y(value):
        return bottom - (value - y_min) / span * plot_height

    body = []
    for value, label in y_ticks:
        body.append(
            f'<line x1="{left:g}" y1="{to_y(value):g}" x2="{right:g}" y2="{to_y(value):g}" stroke="currentColor"'
            f"{tone('grid')}/>"
        )
        body.append(text(left - 8, to_y(value) + 5, str(label), anchor="end", colour="muted"))
    body.append(f'<line x1="{left:g}" y1="{bottom:g}" x2="{right:g}" y2="{bottom:g}" stroke="currentColor"/>')
    for index, label in enumerate(x_labels):
        body.append(text(to_x(index), bottom + LINE + 2, str(label), anchor="middle"))
    for number, (_name, points) in enumerate(series):
        colour, shape, dash = series_style(number)
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        run = []
        for index, value in [*enumerate(points), (len(points), None)]:
            if value is not None:
                run.append(f"{to_x(index):g},{to_y(value):g}")
                continue
            if len(run) > 1:
                body.append(
                    f'<polyline points="{" ".join(run)}" fill="none" stroke="currentColor"{tone(colour)} '
                    f'stroke-width="2.5"{dashed}/>'
                )
            run = []
        body.extend(
            marker(shape, to_x(index), to_y(value), colour) for index, value in enumerate(points) if value is not None
        )
    y = bottom + 2 * LINE + 8
    for number, (name, _points) in enumerate(series):
        colour, shape, dash = series_style(number)
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(
            f'<line x1="{PAD}" y1="{y + 6:g}" x2="{PAD + 36}" y2="{y + 6:g}" stroke="currentColor"{tone(colour)} '
            f'stroke-width="2.5"{dashed}/>'
        )
        body.append(marker(shape, PAD + 18, y + 6, colour))
        markup, height = wrapped(name, PAD + 46, y + 11, WRAP - 6)
        body.append(markup)
        y += height + 4
    summary = "; ".join(
        f"{name}: "
        + ", ".join(f"{label} {figure(value, decimals)}" for label, value in zip(x_labels, points, strict=True))
        for name, points in series
    )
    description = f"{description} {summary}".strip() if x_labels and series else (description or _("No figures yet."))
    return Chart(
        title=title,
        description=description,
        svg=svg(chart_id, title, description, y + PAD, "".join(body)),
        columns=[x_heading or "", *[str(name) for name, _points in series]],
        rows=[
            [label, *[figure(points[index], decimals) for _name, points in series]]
            for index, label in enumerate(x_labels)
        ],
    )
