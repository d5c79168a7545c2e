"""Managed lists and the glossary: snippets that editors keep in the Wagtail admin."""

import re

from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class Region(models.Model):
    """A wellbeing services county or municipality where a model is in use."""

    class Kind(models.TextChoices):
        WELLBEING_COUNTY = "wellbeing_county", _("Wellbeing services county")
        CITY = "city", _("City or municipality")
        NATIONAL = "national", _("Nationwide")

    name = models.CharField(_("name"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WELLBEING_COUNTY)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class TargetGroup(models.Model):
    """Who a model serves, e.g. 13–17-year-old joint clients of child welfare and psychiatry."""

    name = models.CharField(_("name"), max_length=160, unique=True)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return self.name


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
