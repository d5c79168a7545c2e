"""Emptying the cache between tests without touching another test process's keys."""

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache


def empty_the_cache():
    """Remove this test process's keys: under Redis they outlive the process and are shared with the
    other processes of a parallel run, so the whole database is not ours to flush."""
    # The backend itself: `django.core.cache.cache` is a proxy, which isinstance does not see through.
    cache = caches["default"]
    if not isinstance(cache, RedisCache):
        cache.clear()
        return
    import redis

    client = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
    keys = list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()
