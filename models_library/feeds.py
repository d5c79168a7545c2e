"""Atom feeds of new versions: site-wide and for one model."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from common.translations import in_reader_language
from models_library.models import ModelVersion, OperationalModelPage


class AllVersionsFeed(Feed):
    feed_type = Atom1Feed
    limit = 50

    def get_object(self, request, page):
        self.request = request
        return page

    def title(self, page):
        return _("New versions of operational models – Mallipaja")

    def link(self, page):
        return page.get_url(self.request)

    def subtitle(self, page):
        return _("Every published version of every operational model, newest first.")

    def versions(self, page):
        # In the reader's language: the translations' versions, and the Finnish ones of models not translated.
        models = in_reader_language(OperationalModelPage.objects.live().public())
        return ModelVersion.objects.public().filter(page__in=models.values("pk")).select_related("page", "published_by")

    def items(self, page):
        return self.versions(page).order_by("-published_at")[: self.limit]

    def item_title(self, version):
        names = {"title": version.page.title, "number": version.number, "correction": version.correction}
        if version.is_correction:
            return _("%(title)s: correction %(correction)s to version %(number)s") % names
        return _("%(title)s: version %(number)s") % names

    def item_description(self, version):
        return version.change_note or version.page.lead

    def item_link(self, version):
        return version.get_url(self.request)

    def item_pubdate(self, version):
        return version.published_at

    def item_updateddate(self, version):
        return version.published_at

    def author_name(self, page):
        return "Mallipaja"

    def item_author_name(self, version):
        # The organisation that publishes the model (RFC 4287 asks every entry for an author).
        return version.page.author_organisation or "Mallipaja"

    def item_guid(self, version):
        return f"mallipaja:model-{version.page_id}:v{version.label}"

    item_guid_is_permalink = False


class ModelVersionsFeed(AllVersionsFeed):
    def title(self, page):
        return _("New versions of “%(title)s” – Mallipaja") % {"title": page.title}

    def subtitle(self, page):
        return page.lead

    def versions(self, page):
        return ModelVersion.objects.for_page(page).select_related("page", "published_by")
