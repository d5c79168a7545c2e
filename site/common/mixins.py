"""Page behaviour shared by every page type of the site."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import translation


class LocaleFallbackUrlMixin:
    """Serve and link pages that have not been translated yet in the reader's language.

    Content is written in Finnish first and translated page by page (wagtail-localize). A Swedish or English
    tree holds only the pages translated so far, so under /sv/ a path that the translated tree does not have is
    looked up in the Finnish original's tree (`route`), and a link to a Finnish page keeps the reader's language
    prefix (`get_url_parts`) rather than dropping them back into Finnish UI. The page then tells the reader it
    is in Finnish (`models_library/includes/untranslated_notice.html`).
    """

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None or parts[2] is None:
            return parts
        active = translation.get_language()
        root = self._get_relevant_site_root_paths(request)[0]
        # Only Finnish originals are served in other languages; a translation keeps its own language's address.
        if not active or active == settings.LANGUAGE_CODE or root.language_code != settings.LANGUAGE_CODE:
            return parts
        site_id, root_url, _page_path = parts
        with translation.override(active):
            page_path = reverse("wagtail_serve", args=(self.url_path[len(root.root_path) :],))
        return site_id, root_url, page_path

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            original = self.finnish_original() if path_components else None
            if original is None:
                raise
            return original.specific.route(request, path_components)

    def finnish_original(self):
        """The page this one was translated from, or None for an original (or a page without one)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return (
            type(self)
            .objects.filter(translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )

    @property
    def is_in_reader_language(self):
        return self.locale.language_code == translation.get_language()
