"""Numbered public versions of operational models: one immutable row per publication."""

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from common.links import page_url


def facts_in_language(facts, language):
    """`facts` with the names recorded for `language` in place of the page's own, where there are any."""
    translated = (facts.get("translations") or {}).get(language or "", {})
    return {**facts, **translated} if translated else facts


class PublicationKind(models.TextChoices):
    VERSION = "version", _("New version")
    PILOT = "pilot", _("New pilot version")
    CORRECTION = "correction", _("Correction to the current version (keeps the number)")


class ModelVersionQuerySet(models.QuerySet):
    def public(self):
        """Versions anyone may read: of models that are live and under no view restriction (login, group, password).

        Outputs outside the page tree (feeds, listings) use this; Wagtail checks the restrictions itself only
        when it serves a page and its routes.
        """
        from .pages import OperationalModelPage

        return self.filter(page__in=OperationalModelPage.objects.live().public().values("pk"))

    def for_page(self, page):
        return self.filter(page_id=page.pk)

    def newest_first(self):
        return self.order_by("-number", "-correction")

    def first_published_at(self):
        """When the model first became public: its history's first version, whatever the page's own fields say."""
        return self.order_by("published_at").values_list("published_at", flat=True).first()

    def of_number(self, number):
        """Version `number` as it stands: its latest correction, or the original."""
        return self.filter(number=number).order_by("-correction").first()

    def publication(self, number, correction=None):
        """One publication: version `number` as it stands, or the given correction of it; None if there is none."""
        if correction is None:
            return self.of_number(number)
        return self.filter(number=number, correction=correction).first()


class ModelVersion(models.Model):
    """A publication of an operational model. Rounds cite these as pre-reading, so they never change."""

    page = models.ForeignKey(
        "models_library.OperationalModelPage",
        on_delete=models.PROTECT,
        related_name="versions",
        verbose_name=_("operational model"),
    )
    # PROTECT keeps purge_revisions and page deletion from taking a published version's text away.
    revision = models.OneToOneField(
        "wagtailcore.Revision",
        on_delete=models.PROTECT,
        related_name="model_version",
        verbose_name=_("revision"),
    )
    number = models.PositiveIntegerField(_("version number"))
    correction = models.PositiveSmallIntegerField(
        _("correction"),
        default=0,
        help_text=_("0 for the original publication, then 1, 2… for corrections."),
    )
    is_pilot = models.BooleanField(_("pilot version"), default=False)
    change_note = models.TextField(_("what changed and why"), blank=True)
    stage = models.CharField(_("development stage"), max_length=20)
    published_at = models.DateTimeField(_("published"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("published by"),
    )
    # Names of regions, target groups, tags and project as they were: survives later renames and deletions.
    # In the page's language, with the other languages' names under "translations" (see `localized_facts`).
    facts = models.JSONField(_("structured fields"), default=dict)
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    # A translation's version names the version of the Finnish original it was translated from.
    source_version = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="translated_versions",
        verbose_name=_("translated from version"),
    )

    objects = ModelVersionQuerySet.as_manager()

    class Meta:
        ordering = ["page", "-number", "-correction"]
        verbose_name = _("model version")
        verbose_name_plural = _("model versions")
        constraints = [
            models.UniqueConstraint(fields=["page", "number", "correction"], name="unique_version_publication"),
        ]

    def __str__(self):
        return f"{self.page_id} v{self.label}"

    @property
    def label(self):
        return f"{self.number}.{self.correction}" if self.correction else str(self.number)

    @property
    def is_correction(self):
        return self.correction > 0

    @property
    def localized_facts(self):
        """The structured fields as published, named in the reader's language where the publication had a name."""
        return facts_in_language(self.facts, get_language())

    def subpage_path(self, page=None):
        """This publication's address within its model's page: a correction's own, else the version as it stands."""
        page = page or self.page
        if self.is_correction:
            return page.reverse_subpage("publication", args=(self.number, self.correction))
        return page.reverse_subpage("version", args=(self.number,))

    def get_url(self, request=None, page=None):
        """The permanent address, as the site links it. `page` saves a query where the caller has it."""
        page = page or self.page
        return page.get_url(request) + self.subpage_path(page)

    def get_full_url(self, request=None, page=None):
        """The permanent address with scheme and host, for emails, feeds and open data: the request's host, else the
        configured base URL."""
        page = page or self.page
        return page_url(page, request) + self.subpage_path(page)

    def get_compare_url(self, request=None, page=None, full=False):
        """The comparison with the version before; "" for the first version, which has none."""
        if self.number < 2:
            return ""
        page = page or self.page
        path = page.reverse_subpage("compare", args=(self.number - 1, self.number))
        return (page_url(page, request) if full else page.get_url(request)) + path

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("A published version cannot be changed; publish a correction instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Published versions are kept for good.")

    def get_page_object(self, page=None):
        """The model exactly as this version published it.

        Its tags are read from `facts`; restoring them from the revision would cost two queries a tag.
        """
        content = {**self.revision.content, "tagged_items": []}
        return (page or self.revision.content_object).with_content_json(content)

    @classmethod
    def next_number(cls, page):
        return (cls.objects.for_page(page).aggregate(n=Max("number"))["n"] or 0) + 1


class ReadingMark(models.Model):
    """The version of a model a signed-in reader last opened, for 'what changed since you last read'."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("models_library.OperationalModelPage", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField(_("version number"))
    read_at = models.DateTimeField(_("read"), auto_now=True)

    class Meta:
        verbose_name = _("reading mark")
        verbose_name_plural = _("reading marks")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="one_reading_mark_per_model")]

    def __str__(self):
        return f"{self.user_id} read {self.page_id} v{self.number}"
