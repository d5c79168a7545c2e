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
    target_ms: float | None = None  # report the median against this ceiling, labelled `verdict`
    verdict: str = ""
    near: str | None = None  # key of a scenario whose query count this one must stay within `slack` of
    slack: int = 3
    headers: tuple[tuple[str, str], ...] = ()  # request headers, e.g. (("HX-Request", "true"),)
    status: int = 200  # the answer the page must give
    versus: str | None = None  # key of a scenario to set this one's time and queries beside
    versus_label: str = ""  # how the `versus` scenario is named in that line
    settings: tuple[tuple[str, object], ...] = ()  # settings for this scenario's requests only
    relative_to: str | None = None  # key of a scenario this one's median is divided by …
    relative_target: float | None = None  # … and reported against this ceiling
    before: Callable[[], None] | None = None  # run before each request (not timed), e.g. to empty the cache


def library_url(content, **params):
    content.library_models  # noqa: B018 -- the library must be filled before it is measured
    url = content.site["library"].url
    return f"{url}?{urlencode(params, doseq=True)}" if params else url


def api_url(content, **params):
    content.library_models  # noqa: B018
    return f"/api/v1/models/?{urlencode(params, doseq=True)}"


def home_url(content):
    content.library_models  # noqa: B018
    return content.site["home"].url


def versioned_url(content, route="", *args):
    page = content.versioned_model
    return page.url + page.reverse_subpage(route, args=args) if route else page.url


BIG_BOARD, SMALL_BOARD = (500, 2000, 300), (50, 200, 30)  # posts, agreements, replies
PICTURE_BOARD = (*SMALL_BOARD, 20)  # the small board with a photo on 20 posts
HTMX = (("HX-Request", "true"),)


def board_url(content, size):
    return content.board(*size).url


def thumbnail_url(content):
    """The first picture's thumbnail on the picture board, as the board's <img> asks for it."""
    from codev.models import Attachment

    board = content.board(*PICTURE_BOARD).board
    return Attachment.objects.filter(post__board=board).order_by("pk").first().thumbnail_url


def changes_url(content, behind):
    """The big board's live poll from a reader `behind` changes behind: 0 is up to date, 1 misses the newest post."""
    filled = content.board(*BIG_BOARD)
    return filled.changes_url(filled.board.change_seq - behind)


def board_member(content):
    return content.workspace.viewer


def cold_cache():
    """Every post's HTML rendered afresh, as for the first viewer of each audience after a change."""
    from django.core.cache import cache

    cache.clear()


def group_history(rounds):
    """The 12-round group has 3,000 posts, the 3-round one 300: ten times the posts, four times the rounds."""
    return lambda content: content.history(rounds, {12: 3000, 3: 300}[rounds])


def group_facilitator(rounds):
    return lambda content: group_history(rounds)(content).facilitator


def group_newcomer(rounds):
    return lambda content: group_history(rounds)(content).newcomer


def history_url(content, versions):
    page = content.history_model(versions)
    return page.url + page.reverse_subpage("history")


SCENARIOS = [
    Scenario("floor", "floor: bare Wagtail page (one paragraph)", lambda c: c.floor_page.url, floor=True),
    Scenario("home", "home page, 200 models", home_url),
    Scenario("library", "library, 200 models, first page", library_url),
    Scenario(
        "search", "library, 200 models, stage filter + search", lambda c: library_url(c, stage="pilot", q="koulu")
    ),
    Scenario(
        "search2",
        "library, 200 models, two inflected words, no filter",
        lambda c: library_url(c, q="koulun nuorten"),
        versus="library",
        versus_label="unsearched library",
    ),
    Scenario("api", "open-data API, 200 models, stage filter, first 50", lambda c: api_url(c, stage="pilot")),
    Scenario(
        "model",
        "model page, ~5,000 words, 10 tags, 6 regions",
        lambda c: c.long_model(1).url,
        query_group="model page",
        variant="small",
        floor_target=3.0,
    ),
    Scenario(
        "model3x",
        "model page, 3× tags, regions and blocks",
        lambda c: c.long_model(3).url,
        query_group="model page",
        variant="3× tags/regions/blocks",
    ),
    Scenario(
        "cached_model",
        "model page, ~5,000 words, from the anonymous page cache",
        lambda c: c.long_model(1).url,
        settings=(("PAGE_CACHE_SECONDS", 600),),
        relative_to="static_css",
        relative_target=2.0,
    ),
    Scenario("static_css", "static CSS file served by WhiteNoise", lambda c: "/static/css/site.css"),
    Scenario(
        "compare",
        "comparison of two versions of a 5,000-word model",
        lambda c: versioned_url(c, "compare", 1, 2),
        target_ms=200,
        verdict="comparison of 5,000-word versions",
    ),
    Scenario(
        "version",
        "old version permanent link (version 1 of the long model)",
        lambda c: versioned_url(c, "version", 1),
        near="versioned",
    ),
    Scenario("versioned", "live page of the same long model (version 2)", versioned_url),
    Scenario(
        "history5",
        "history page with 5 versions",
        lambda c: history_url(c, 5),
        query_group="history page",
        variant="5 versions",
    ),
    Scenario(
        "history50",
        "history page of a model with 50 versions",
        lambda c: history_url(c, 50),
        query_group="history page",
        variant="50 versions",
    ),
    Scenario(
        "board50",
        "board with 50 posts, 200 agreements, 30 replies",
        lambda c: board_url(c, SMALL_BOARD),
        user=board_member,
        query_group="board",
        variant="50 posts",
    ),
    Scenario(
        "board50pictures",
        "board with 50 posts, 20 with a picture",
        lambda c: board_url(c, PICTURE_BOARD),
        user=board_member,
        query_group="board",
        variant="50 posts, 20 pictures",
    ),
    Scenario(
        "board50picturescold",
        "board with 50 posts, 20 with a picture, cold cache",
        lambda c: board_url(c, PICTURE_BOARD),
        user=board_member,
        before=cold_cache,
        query_group="board, cold cache",
        variant="50 posts, 20 pictures",
    ),
    Scenario(
        "thumbnail",
        "a picture's thumbnail through the permission check",
        thumbnail_url,
        user=board_member,
    ),
    Scenario(
        "board500cold",
        "board with 500 posts, cold cache (every post rendered)",
        lambda c: board_url(c, BIG_BOARD),
        user=board_member,
        before=cold_cache,
        query_group="board, cold cache",
        variant="500 posts",
    ),
    Scenario(
        "board50cold",
        "board with 50 posts, cold cache",
        lambda c: board_url(c, SMALL_BOARD),
        user=board_member,
        before=cold_cache,
        query_group="board, cold cache",
        variant="50 posts",
    ),
    Scenario(
        "board500",
        "board with 500 posts, 2,000 agreements, 300 replies",
        lambda c: board_url(c, BIG_BOARD),
        user=board_member,
        query_group="board",
        variant="500 posts",
        floor_target=3.0,
    ),
    Scenario(
        "live0",
        "live update, nothing changed (500-post board)",
        lambda c: changes_url(c, 0),
        user=board_member,
        headers=HTMX,
        status=204,
        versus="board500",
        versus_label="full board",
        verdict="live poll with no changes",
        floor_target=0.1,
    ),
    Scenario(
        "live1",
        "live update, one new post (500-post board)",
        lambda c: changes_url(c, 1),
        user=board_member,
        headers=HTMX,
    ),
    Scenario(
        "live1cold",
        "live update, one new post, cold cache",
        lambda c: changes_url(c, 1),
        user=board_member,
        headers=HTMX,
        before=cold_cache,
    ),
    Scenario(
        "board50vote",
        "board with 50 posts and a running dot vote of 100 votes",
        lambda c: c.voted_board.url,
        user=board_member,
        near="board50",
        slack=6,
    ),
    Scenario(
        "live1vote",
        "live update, one new vote (50-post board with a dot vote)",
        lambda c: c.voted_board.changes_url(c.voted_board.board.change_seq - 1),
        user=board_member,
        headers=HTMX,
    ),
    Scenario(
        "dashboard3",
        "dashboard of a group with 3 rounds and 300 posts",
        lambda c: group_history(3)(c).dashboard_url,
        user=group_facilitator(3),
        query_group="dashboard",
        variant="3 rounds, 300 posts",
    ),
    Scenario(
        "dashboard12",
        "dashboard of a group with 12 rounds and 3,000 posts",
        lambda c: group_history(12)(c).dashboard_url,
        user=group_facilitator(12),
        query_group="dashboard",
        variant="12 rounds, 3,000 posts",
    ),
    Scenario(
        "fachome3",
        "facilitator's home of a group with 3 rounds and 300 posts",
        lambda c: group_history(3)(c).home_url,
        user=group_facilitator(3),
        query_group="facilitator's home",
        variant="3 rounds, 300 posts",
    ),
    Scenario(
        "fachome12",
        "facilitator's home of the group with 12 rounds and 3,000 posts",
        lambda c: group_history(12)(c).home_url,
        user=group_facilitator(12),
        query_group="facilitator's home",
        variant="12 rounds, 3,000 posts",
    ),
    Scenario(
        "process3",
        "process page of a group with 3 rounds",
        lambda c: group_history(3)(c).process_url,
        user=group_newcomer(3),
        query_group="process page",
        variant="3 rounds",
    ),
    Scenario(
        "process12",
        "process page of the 12-round group",
        lambda c: group_history(12)(c).process_url,
        user=group_newcomer(12),
        query_group="process page",
        variant="12 rounds",
    ),
]
