"""Root URLconf: admin and machine endpoints unprefixed, everything people read under /fi/, /sv/, /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemap import TranslatedSitemap
from home.views import RobotsTxtView, favicon
from models_library import urls as library_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include(library_urls.api_urlpatterns)),
    path("api/v1/", include(library_urls.innokyla_urlpatterns)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("robots.txt", RobotsTxtView.as_view(), name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

# Under /api/ errors are JSON; everywhere else they are the site's own pages.
handler404 = "models_library.api.not_found"
handler500 = "models_library.api.server_error"

if settings.DEBUG:
    from django.urls import re_path
    from django.views.static import serve

    # Media for development, but not posts' attachments: those go only through their permission check.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?!codev-attachments/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("codev/", include("codev.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
