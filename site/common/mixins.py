"""Page behaviour shared by every page type of the site."""

from django.urls import reverse
from django.utils import translation


class LocaleFallbackUrlMixin:
    """Keep the reader's language in links to pages that have not been translated yet.

    Content is written in Finnish first. Wagtail serves an untranslated page under /sv/ and
    /en/ too (it falls back to the original), but links to it would carry /fi/ and drop a
    Swedish reader back into Finnish UI. When the site has no tree in the active language,
    the link keeps the active language's prefix instead.
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None or parts[2] is None:
            return parts
        active = translation.get_language()
        if not active or any(root.language_code == active for root in self._get_site_root_paths(request)):
            return parts
        site_id, root_url, _page_path = parts
        root_path = self._get_relevant_site_root_paths(request)[0].root_path
        with translation.override(active):
            page_path = reverse("wagtail_serve", args=(self.url_path[len(root_path) :],))
        return site_id, root_url, page_path
