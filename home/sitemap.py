"""The sitemap: every live, public page, at the address of each language it is written in."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap walks only the site's root page, which is the Finnish tree; this one walks each
    translation of it, and links the translations of a page to each other (hreflang alternates).

    A page not yet translated is listed once, at its Finnish address: its /sv/ and /en/ addresses show
    the same text and would only be duplicates to a search engine. A translated page names every translation
    and the Finnish one as x-default.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Page.objects.descendant_of_q(root, inclusive=True)
        # An alias (a placeholder wagtail-localize makes in a translated tree) repeats its original's text.
        pages = Page.objects.filter(in_a_tree, alias_of__isnull=True).live().public()
        return pages.order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Wagtail's own _urls asks each page for its address in the reader's language; a sitemap must not
        # depend on who asks, so each page is asked in its own language.
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        entries, locations, translations = [], {}, {}
        for item in self.paginator.page(page).object_list:
            with translation.override(languages[item.locale_id]):
                item_entries = item.get_sitemap_urls(self.request)
            if item_entries:
                locations[item.pk] = item_entries[0]["location"]
                translations.setdefault(item.translation_key, []).append(item)
            entries.append((item, item_entries))

        urls = []
        for item, item_entries in entries:
            siblings = translations.get(item.translation_key, [])
            alternates = (
                [{"lang_code": languages[other.locale_id], "location": locations[other.pk]} for other in siblings]
                if len(siblings) > 1
                else []
            )
            if alternates:
                # Readers whose language has no translation get the Finnish original.
                default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), alternates[0])
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls += [{"alternates": alternates, **entry} for entry in item_entries]
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
