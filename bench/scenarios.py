"""The benchmark's rows: add a Scenario to SCENARIOS to measure another page."""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from .content import Content


@dataclass(frozen=True)
class Scenario:
    key: str  # short name for --sql and --only
    name: str  # the row label
    setup: Callable[[Content], str]  # builds what the page needs and returns its URL
    query_group: str | None = None  # every scenario in a group must run the same number of queries
    variant: str = ""  # how this member of its query group differs, e.g. "small"
    floor: bool = False  # the row other rows are divided by
    floor_target: float | None = None  # report median / floor median against this ceiling
    user: Callable[[Content], object] | None = None  # log this user in before measuring


def library_url(content, **params):
    content.library_models  # noqa: B018 -- the library must be filled before it is measured
    url = content.site["library"].url
    return f"{url}?{urlencode(params, doseq=True)}" if params else url


def home_url(content):
    content.library_models  # noqa: B018
    return content.site["home"].url


SCENARIOS = [
    Scenario("floor", "floor: bare Wagtail page (one paragraph)", lambda c: c.floor_page.url, floor=True),
    Scenario("home", "home page, 200 models", home_url),
    Scenario("library", "library, 200 models, first page", library_url),
    Scenario("search", "library, 200 models, stage filter + search",
             lambda c: library_url(c, stage="pilot", q="koulu")),
    Scenario("model", "model page, ~5,000 words, 10 tags, 6 regions", lambda c: c.long_model(1).url,
             query_group="model page", variant="small", floor_target=3.0),
    Scenario("model3x", "model page, 3× tags, regions and blocks", lambda c: c.long_model(3).url,
             query_group="model page", variant="3× tags/regions/blocks"),
]
