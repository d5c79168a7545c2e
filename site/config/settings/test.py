"""Test settings: fast hashing, no manifest, immediate tasks, in-memory email."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret-mallipaja-0123456789abcdefghijklmnopqrst"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# In memory, unless CACHE_URL names another cache: CI runs the PostgreSQL suite on Redis, as production runs.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}  # noqa: F405
# Each test process has keys of its own (parallel workers, or two runs sharing one Redis), so one emptying
# its cache never empties another's.
# (The two-server test gives both its servers one prefix through CACHE_KEY_PREFIX.)
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default=f"test-{os.getpid()}")  # noqa: F405
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
DEMO_CONTENT_ALLOWED = True
# The suite signs people in with force_login; the two-step tests turn enforcement on themselves.
CODEV_2FA_REQUIRED = False
# Pages are rendered afresh, so query counts and page contents are the view's own; tests/test_page_cache.py
# turns the cache on.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)  # noqa: F405
