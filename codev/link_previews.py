"""Previews of the links in posts that point to a version of the board's own model, from our database only.

Nothing is ever fetched from the address: a link previews only when its path is one of the model's own version
pages on this site, and then title, version and date come from the ModelVersion rows. Any other link stays the
plain, sanitised link it is, so a post cannot make the board show another model's title, whoever may read that
model.
"""

import html
import re
from typing import NamedTuple
from urllib.parse import urlparse

from django.conf import settings

from models_library.models import ModelVersion

HREF = re.compile(r'<a\s[^>]*href="([^"]+)"')
# A post rarely links more versions than this; the rest stay plain links.
MOST_PER_POST = 3


class LinkPreview(NamedTuple):
    url: str
    title: str
    version: ModelVersion


def our_hosts(request):
    hosts = {urlparse(settings.WAGTAILADMIN_BASE_URL).netloc}
    if request is not None:
        hosts.add(request.get_host())
    return hosts


def without_language(path):
    """The path without its language prefix: the model is the same page under /fi/, /sv/ and /en/."""
    for code, _name in settings.LANGUAGES:
        if path.startswith(f"/{code}/"):
            return path[len(code) + 1 :]
    return path


def version_address(href, model_path, hosts):
    """(number, correction or None) when `href` is a version page of the model at `model_path`, else None."""
    parts = urlparse(href)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc not in hosts):
        return None
    path, model_path = without_language(parts.path), without_language(model_path)
    if not path.startswith(model_path):
        return None
    match = re.fullmatch(r"versions/([0-9]{1,6})/(?:([0-9]{1,4})/)?", path[len(model_path) :])
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def previews_for(request, board, posts):
    """{post id: [LinkPreview]} for `posts`, with one query for all of them (none when no post has a link)."""
    links = {post.pk: list(map(html.unescape, HREF.findall(post.body or ""))) for post in posts}
    links = {pk: hrefs for pk, hrefs in links.items() if hrefs}
    if not links:
        return {}
    model = board.operational_model
    parts = model.get_url_parts(request)
    if not parts:
        return {}
    model_path, hosts = parts[2], our_hosts(request) | {urlparse(parts[1] or "").netloc}
    wanted = {}
    for pk, hrefs in links.items():
        found = []
        for href in hrefs:
            address = version_address(href, model_path, hosts)
            if address and address not in [seen for _href, seen in found]:
                found.append((href, address))
        if found:
            wanted[pk] = found[:MOST_PER_POST]
    if not wanted:
        return {}
    numbers = {address[0] for found in wanted.values() for _href, address in found}
    versions = {}
    for version in ModelVersion.objects.for_page(model).filter(number__in=numbers).order_by("number", "correction"):
        versions[(version.number, version.correction)] = version
        versions[(version.number, None)] = version  # the number alone means its latest correction
    return {
        pk: [
            LinkPreview(url=href, title=model.title, version=versions[address])
            for href, address in found
            if address in versions
        ]
        for pk, found in wanted.items()
    }
