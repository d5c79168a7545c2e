"""Test settings: fast hashing, no manifest, immediate tasks, in-memory email."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret-mallipaja-0123456789abcdefghijklmnopqrst"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
DEMO_CONTENT_ALLOWED = True
# The suite signs people in with force_login; the two-step tests turn enforcement on themselves.
CODEV_2FA_REQUIRED = False
