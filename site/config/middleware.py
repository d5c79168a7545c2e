"""Middleware of the project layer."""

from django.middleware.locale import LocaleMiddleware


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its language redirect for machine endpoints.

    A 404 on an unprefixed path is normally redirected to /fi/…, because Wagtail's catch-all
    route makes every prefixed path look valid. An API client or an editor asking for a missing
    object must get the 404 itself.
    """

    unprefixed_paths = ("/api/", "/admin/", "/documents/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)
