"""Managed lists and the glossary: snippets that editors keep in the Wagtail admin."""

import re

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class TaxonomyQuerySet(models.QuerySet):
    def originals(self):
        """The Finnish items, the ones pages link to."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class TranslatableTaxonomy(TranslatableMixin, models.Model):
    """A managed list item that translators give a name in every language (wagtail-localize's snippet translation).

    Pages link to the Finnish items (wagtail-localize copies the links to a page's translations as they are);
    `models_library.taxonomy` shows each item by its translation in the reader's language. Items made outside
    the admin (imports, the demo) get the default locale from Wagtail, as its other translatable models do.
    """

    objects = TaxonomyQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True


class Region(TranslatableTaxonomy):
    """A wellbeing services county or municipality where a model is in use."""

    class Kind(models.TextChoices):
        WELLBEING_COUNTY = "wellbeing_county", _("Wellbeing services county")
        CITY = "city", _("City or municipality")
        NATIONAL = "national", _("Nationwide")

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WELLBEING_COUNTY)
    slug = models.SlugField(_("slug"), max_length=120)

    class Meta(TranslatableTaxonomy.Meta):
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        unique_together = [("translation_key", "locale"), ("name", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class TargetGroup(TranslatableTaxonomy):
    """Who a model serves, e.g. 13–17-year-old joint clients of child welfare and psychiatry."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160)

    class Meta(TranslatableTaxonomy.Meta):
        ordering = ["name"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        unique_together = [("translation_key", "locale"), ("name", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class TagTranslation(models.Model):
    """A tag's name in another language.

    Tags are one vocabulary for every language version of a model: wagtail-localize copies a page's tags to its
    translations as they are, so the Swedish and English names belong to the tag itself, not to each page.
    """

    tag = models.ForeignKey("taggit.Tag", on_delete=models.CASCADE, related_name="translations", verbose_name=_("tag"))
    language = models.CharField(
        _("language"), max_length=10, choices=[(code, name) for code, name in settings.LANGUAGES[1:]]
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["tag__name", "language"]
        verbose_name = _("tag translation")
        verbose_name_plural = _("tag translations")
        constraints = [models.UniqueConstraint(fields=["tag", "language"], name="one_tag_name_per_language")]

    def __str__(self):
        return f"{self.tag} ({self.language}): {self.name}"


class GlossaryTermQuerySet(models.QuerySet):
    def for_active_locale(self):
        """Terms in the reader's language, or the Finnish originals until they are translated."""
        active, default = Locale.get_active(), Locale.get_default()
        terms = list(self.filter(locale__in={active.pk, default.pk}).order_by("term"))
        translated = [term for term in terms if term.locale_id == active.pk]
        return translated or [term for term in terms if term.locale_id == default.pk]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term and its definition: child welfare and psychiatry use different words for the same things."""

    term = models.CharField(_("term"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    definition = models.TextField(_("definition"))
    other_names = models.CharField(
        _("other names"),
        max_length=300,
        blank=True,
        help_text=_("Words other sectors use for the same thing, separated by commas."),
    )
    match_forms = models.CharField(
        _("forms to recognise in text"),
        max_length=300,
        blank=True,
        help_text=_(
            "Beginnings of the inflected forms, separated by commas, e.g. 'yhteisasiak' for "
            "yhteisasiakas, yhteisasiakkaat. Leave empty to recognise only the term itself."
        ),
    )

    objects = GlossaryTermQuerySet.as_manager()

    search_fields = [
        index.SearchField("term"),
        index.SearchField("definition"),
        index.SearchField("other_names"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)
        super().save(*args, **kwargs)

    @cached_property
    def stems(self):
        forms = [form.strip().lower() for form in self.match_forms.split(",") if form.strip()]
        return forms or [self.term.lower()]

    @property
    def other_names_list(self):
        return [name.strip() for name in self.other_names.split(",") if name.strip()]

    @property
    def anchor(self):
        return f"term-{self.slug}"

    def pattern(self):
        return "|".join(re.escape(stem) for stem in self.stems)
