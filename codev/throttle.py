"""Limits on guessing the secret tokens in emailed links, counted per client address in the shared cache."""

import functools

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from codev.signin import client_ip


def _key(scope, request):
    return f"codev:token-guesses:{scope}:{client_ip(request)}"


def window_seconds():
    return settings.TOKEN_GUESS_WINDOW_MINUTES * 60


def is_throttled(scope, request):
    return (cache.get(_key(scope, request)) or 0) >= settings.TOKEN_GUESS_LIMIT


def record_invalid(scope, request):
    """Count one invalid token from the client's address; returns the count in the current window.

    `add` starts the window only if none is running and `incr` is atomic in Redis and Memcached, so
    parallel requests in several web processes cannot lose a count.
    """
    key = _key(scope, request)
    cache.add(key, 0, timeout=window_seconds())
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add and incr
        cache.add(key, 1, timeout=window_seconds())
        return 1


def too_many_guesses(request):
    minutes = settings.TOKEN_GUESS_WINDOW_MINUTES
    response = render(request, "codev/too_many_guesses.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(window_seconds())
    return response


def limit_token_guesses(scope):
    """Answer 429 to an address that sent too many invalid tokens, counting each invalid one (answered 404).

    A throttled address is refused before its token is looked at: answering valid tokens would still
    tell a guesser which of their guesses are right. Valid tokens never count, so people who follow
    their own links are not slowed down.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if is_throttled(scope, request):
                return too_many_guesses(request)
            response = view(request, *args, **kwargs)
            if response.status_code == 404:
                record_invalid(scope, request)
            return response

        return wrapper

    return decorator
