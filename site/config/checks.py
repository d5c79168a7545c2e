"""System checks that a deployment of several web processes keeps no state in one process's memory."""

from django.conf import settings
from django.core.checks import Error, register

PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
CACHE_SESSION_ENGINES = ("django.contrib.sessions.backends.cache", "django.contrib.sessions.backends.cached_db")


@register("caches")
def check_shared_state(app_configs, **kwargs):
    """Rate limits (codev.throttle), page caches and cached sessions need one cache for all processes.

    Sign-in lockouts (django-axes) and ordinary sessions are in the database, which is shared already.
    """
    if not getattr(settings, "SHARED_STATE_REQUIRED", False):
        return []
    errors = []
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PROCESS_LOCAL_CACHES:
        errors.append(
            Error(
                f"The default cache ({backend}) lives in one process: each web process would count rate limits "
                "and keep cached pages of its own.",
                hint="Set CACHE_URL to a cache the web processes share, e.g. redis://127.0.0.1:6379/1.",
                id="config.E001",
            )
        )
    session_cache = settings.CACHES.get(getattr(settings, "SESSION_CACHE_ALIAS", "default"), {})
    if settings.SESSION_ENGINE in CACHE_SESSION_ENGINES and session_cache.get("BACKEND") in PROCESS_LOCAL_CACHES:
        errors.append(
            Error(
                "Sessions are kept in a cache that lives in one process: a person signed in through one web "
                "process would be signed out on the next.",
                hint="Use the database session engine, or a shared cache (Redis) for SESSION_CACHE_ALIAS.",
                id="config.E002",
            )
        )
    if settings.SESSION_ENGINE == "django.contrib.sessions.backends.signed_cookies":
        errors.append(
            Error(
                "Sessions in signed cookies cannot be ended on the server (signing out everywhere, deleting an "
                "account).",
                hint="Use the database session engine.",
                id="config.E003",
            )
        )
    return errors
