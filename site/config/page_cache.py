"""The shared cache of public Wagtail pages as anonymous readers see them, with HTTP validators.

Django's own cache-key helpers (`get_cache_key`, `learn_cache_key`: URL, language and the response's Vary
headers) name the entries; a generation number in the same cache is part of every key, and publishing,
unpublishing, moving or deleting a page (or changing what public pages show about feedback) starts a new
generation, so index pages, feeds and the home page are refreshed along with the model itself.
(wagtail-cache does the same job but does not support Wagtail 8.)

Only pages that `mark_public_page` saw served to an anonymous reader without a view restriction are stored,
and only requests without a session or messages cookie are answered from the cache: signed-in people,
readers who passed a page's password, the workspace, the admin, messages and forms with a CSRF token never
touch it.
"""

import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.utils.cache import (
    get_cache_key,
    get_conditional_response,
    learn_cache_key,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_path, override

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation():
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # A time-based value: should the key be evicted, the next generation cannot repeat an old one.
        generation = time.time_ns()
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY, generation)
    return generation


def start_generation():
    page_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate_public_pages():
    """Start a new generation now, and again once the transaction commits: a reader's request between the
    two could otherwise have cached the page as it was before the change."""
    start_generation()
    transaction.on_commit(start_generation)


def mark_public_page(page, request):
    """Called as each Wagtail page is served: note whether anyone at all may read it."""
    request.public_page = page.live and not page.get_view_restrictions().exists()


def path_language(request):
    """The language of the address (/fi/…, /sv/…), which names the entry: a hit is answered before the locale
    middleware has run, so the active language cannot be trusted yet."""
    return get_language_from_path(request.path_info)


def may_read_cache(request):
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS or not path_language(request):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def may_store(request, response):
    return (
        getattr(request, "public_page", False)
        and request.method == "GET"
        and getattr(request, "LANGUAGE_CODE", None) == path_language(request)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.user.is_authenticated
        and not request.session.modified
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous readers' public pages; answers conditional GETs on them with 304.

    It sits right after the security middleware (and WhiteNoise), so a hit costs little more than a static
    file: the response it stores has been through the rest of the stack already (its policy headers, whether it
    set a cookie). Keys carry the language of the address.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        readable = may_read_cache(request)
        if readable:
            key_prefix = f"{settings.PAGE_CACHE_KEY_PREFIX}.{current_generation()}"
            with override(path_language(request)):
                cached = self.fetch(request, key_prefix)
            if cached is not None:
                cached[HIT_HEADER] = "hit"
                return conditional(request, cached)
        response = self.get_response(request)
        if not hasattr(request, "public_page"):
            return response  # not a Wagtail page: left as it is
        if readable and may_store(request, response):
            with override(path_language(request)):
                self.store(request, response, key_prefix)
            response[HIT_HEADER] = "miss"
        elif not request.public_page or request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        return conditional(request, response)

    @staticmethod
    def fetch(request, key_prefix):
        cache = page_cache()
        cache_key = get_cache_key(request, key_prefix, "GET", cache=cache)
        return None if cache_key is None else cache.get(cache_key)

    @staticmethod
    def store(request, response, key_prefix):
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_BROWSER_SECONDS, must_revalidate=True)
        # Shared proxies too must keep a signed-in person's page apart from this one.
        patch_vary_headers(response, ["Cookie"])
        set_response_etag(response)
        cache = page_cache()
        timeout = settings.PAGE_CACHE_SECONDS
        # The handler has rendered template responses by now, so the response pickles as it is.
        cache.set(learn_cache_key(request, response, timeout, key_prefix, cache=cache), response, timeout)


def conditional(request, response):
    """304 Not Modified when the reader's copy is current: by ETag, or by Last-Modified, which the feeds set
    to their newest entry's time."""
    last_modified = response.get("Last-Modified")
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(last_modified) if last_modified else None,
        response=response,
    )
