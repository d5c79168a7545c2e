"""Settings shared by every environment; the others start with `from .base import *`."""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

CONFIG_DIR = Path(__file__).resolve().parent.parent
SITE_DIR = CONFIG_DIR.parent
BASE_DIR = SITE_DIR.parent

env = environ.Env()

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "config",
    "home",
    "models_library",
    "codev",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    # Translators work segment by segment and export/import PO files; replaces simple_translation and locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Anonymous readers' cached pages are answered here, before the rest of the stack (config.page_cache).
    "config.page_cache.AnonymousPageCacheMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "codev.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the "sign-in is locked" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Persistent connections: opening a PostgreSQL connection costs the server more CPU than an idle live poll
# costs the web worker. DB_CONN_MAX_AGE is in seconds (0 closes after each request, as Django does by default);
# the health check replaces a connection that the database or PgBouncer closed in the meantime.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("DB_CONN_HEALTH_CHECKS", default=True)
# Or a pool of connections in each process (Django's psycopg pool; needs `pip install psycopg[pool]`).
# It replaces persistent connections, so DB_CONN_MAX_AGE must then stay 0.
if DB_POOL_MAX_SIZE := env.int("DB_POOL_MAX_SIZE", default=0):
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DB_POOL_MIN_SIZE", default=1),
        "max_size": DB_POOL_MAX_SIZE,
        "timeout": env.int("DB_POOL_TIMEOUT", default=10),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Where several web processes run (production), sessions, caches, rate limits and locks must live in a store
# they share: config.checks then refuses an in-process cache or session store.
SHARED_STATE_REQUIRED = False
# Public pages as anonymous readers see them, kept in this cache for PAGE_CACHE_SECONDS (0 turns the cache
# off) and dropped at once when a page is published, unpublished, moved or deleted (config.page_cache).
# Browsers may reuse a page for PAGE_CACHE_BROWSER_SECONDS before asking again; they then get 304.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_KEY_PREFIX = "pages"
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_BROWSER_SECONDS = env.int("PAGE_CACHE_BROWSER_SECONDS", default=0)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "codev.passwords.PersonalDetailsValidator"},
]

# Finnish first: it is the language of the services and of the source material.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Pages are written in Finnish first; untranslated ones are served from the Finnish tree (common.mixins), not aliased.
WAGTAILLOCALIZE_ENABLE_MACHINE_TRANSLATION = False

STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
# Uploaded images and documents: a local folder (MEDIA_ROOT) unless MEDIA_STORAGE names another backend,
# e.g. storages.backends.s3.S3Storage (django-storages) so that every web server sees the same files.
STORAGES = {
    "default": {
        "BACKEND": env("MEDIA_STORAGE", default="django.core.files.storage.FileSystemStorage"),
        "OPTIONS": env.json("MEDIA_STORAGE_OPTIONS", default={}),
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Axes first: it refuses a locked-out account or address before any password is checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "codev.backends.CaseInsensitiveModelBackend"]
LOGIN_URL = "login"
# Pages restricted to signed-in readers send them to the site's own sign-in, not Wagtail's bare form.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "codev:home"
# No redirect: the "signed out" page confirms it, which matters on a shared workshop computer.
LOGOUT_REDIRECT_URL = None

# Two-step sign-in. Facilitators and staff see the names behind anonymous posts, so where this is true
# the Wagtail admin and the facilitators' views ask them for a code from an authenticator app.
# Members may turn it on for themselves whatever this says.
CODEV_2FA_REQUIRED = env.bool("CODEV_2FA_REQUIRED", default=True)
OTP_TOTP_ISSUER = "Mallipaja"
# Brute-force protection of both sign-in forms (/<language>/accounts/login/ and /admin/login/), by django-axes.
# After AXES_FAILURE_LIMIT failed attempts on one account, or from one IP address, sign-in is locked for
# AXES_COOLOFF_MINUTES. The attempts are kept in the database, so every web process sees the same lock.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "codev.signin.account_key"
AXES_CLIENT_IP_CALLABLE = "codev.signin.client_ip"
AXES_LOCKOUT_CALLABLE = "codev.signin.locked_out_response"
# Successful sign-ins are not logged: only failures are needed to stop guessing.
AXES_DISABLE_ACCESS_LOG = True
# How many reverse proxies in front of the site append to X-Forwarded-For. 0 (the default) trusts only
# REMOTE_ADDR, since anyone can send the header; set it to 1 behind one proxy that appends the client address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# Invitation and unsubscribe links carry secret tokens: an address that sends TOKEN_GUESS_LIMIT invalid ones
# within TOKEN_GUESS_WINDOW_MINUTES is answered 429 until the window ends. Counted in the default cache, which
# must be shared by the web processes in production (CACHE_URL=redis://...).
TOKEN_GUESS_LIMIT = env.int("TOKEN_GUESS_LIMIT", default=20)
TOKEN_GUESS_WINDOW_MINUTES = env.int("TOKEN_GUESS_WINDOW_MINUTES", default=15)

WAGTAIL_SITE_NAME = "Mallipaja"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The library's search matches word stems of each page's language that it indexes itself (models_library.stemming),
# the same on both databases; PostgreSQL's own Finnish stemming serves the rest (the admin's search).
# After changing it, rebuild the index: `manage.py update_index`.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "finnish"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Word or text files imported as model drafts; the unpacked size is capped too, against zip bombs.
MODEL_IMPORT_MAX_UPLOAD_SIZE = env.int("MODEL_IMPORT_MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)
MODEL_IMPORT_MAX_UNPACKED_SIZE = env.int("MODEL_IMPORT_MAX_UNPACKED_SIZE", default=50 * 1024 * 1024)
# Pictures and documents members attach to posts (codev.attachment_checks): how many per post, the size of
# each file, the pixels of a picture and what an office package or a PDF's streams may unpack to.
CODEV_ATTACHMENTS_PER_POST = env.int("CODEV_ATTACHMENTS_PER_POST", default=4)
CODEV_ATTACHMENT_MAX_SIZE = env.int("CODEV_ATTACHMENT_MAX_SIZE", default=10 * 1024 * 1024)
CODEV_ATTACHMENT_MAX_PIXELS = env.int("CODEV_ATTACHMENT_MAX_PIXELS", default=50_000_000)
CODEV_ATTACHMENT_MAX_UNPACKED_SIZE = env.int("CODEV_ATTACHMENT_MAX_UNPACKED_SIZE", default=100 * 1024 * 1024)
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = True
# Avatars come from our own storage only: no request to a third party for each editor's face.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content-Security-Policy (django-csp). Our own pages run only scripts and styles from our own static
# files: no inline <script>, no event-handler attributes, no inline style, no eval.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Where browsers send violation reports, if anywhere (e.g. a Sentry security endpoint).
if report_uri := env("CSP_REPORT_URI", default=""):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = [report_uri]
# Added to the policy under /admin/ only (config.middleware.ContentSecurityPolicyMiddleware).
# Wagtail 8's admin still runs inline <script> elements (InlinePanel, date pickers, chooser modals)
# and inline styles (style attributes, and style elements added by its vendor.js): without these
# two the page editor's browser test finds both refused. See wagtail/wagtail#1288 and #7053.
# Image uploads preview as blob: and data: URLs. It needs no 'unsafe-eval': the editor, its image
# chooser and its preview run without one.
CONTENT_SECURITY_POLICY_ADMIN_PATH = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
}

# Permissions-Policy (django-permissions-policy): nothing in Mallipaja uses these browser features,
# so no page, and nothing framed in one, may ask for them. A file input needs none of them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# Background work (email, reference index) goes through django-tasks, which Wagtail uses.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Mallipaja <noreply@example.org>")

USER_VERBOSE_NAME = _("user")
