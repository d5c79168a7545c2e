"""Several web processes share one state: the system check refuses caches and session stores of one process."""

from config.checks import check_shared_state

REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/1"}}
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def ids(errors):
    return [error.id for error in errors]


def test_process_local_cache_is_refused_where_state_must_be_shared(settings):
    settings.SHARED_STATE_REQUIRED = True
    settings.CACHES = LOCMEM

    assert ids(check_shared_state(None)) == ["config.E001"]


def test_cached_sessions_in_a_process_local_cache_are_refused(settings):
    settings.SHARED_STATE_REQUIRED = True
    settings.CACHES = LOCMEM
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

    assert ids(check_shared_state(None)) == ["config.E001", "config.E002"]


def test_signed_cookie_sessions_are_refused(settings):
    settings.SHARED_STATE_REQUIRED = True
    settings.CACHES = REDIS
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"

    assert ids(check_shared_state(None)) == ["config.E003"]


def test_redis_cache_and_database_sessions_pass(settings):
    settings.SHARED_STATE_REQUIRED = True
    settings.CACHES = REDIS
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

    assert check_shared_state(None) == []


def test_a_single_process_may_keep_its_cache_in_memory(settings):
    settings.SHARED_STATE_REQUIRED = False
    settings.CACHES = LOCMEM

    assert check_shared_state(None) == []
