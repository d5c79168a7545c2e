"""The home page, plain content pages (accessibility statement, contact) and the site's footer settings."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin

from common.mixins import LocaleFallbackUrlMixin
from common.translations import in_reader_language
from models_library.blocks import CONTENT_BLOCKS


class HomePage(LocaleFallbackUrlMixin, Page):
    """Introduces the platform and shows the models, most mature first, and the ongoing projects."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))
    models_per_stage = 4

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def models_by_stage(self):
        from models_library.models import OperationalModelPage
        from models_library.models.pages import STAGE_MATURITY
        from models_library.taxonomy import localize_cards

        live = in_reader_language(OperationalModelPage.objects.live().public())
        # order_by() drops the tree ordering, which would otherwise split the GROUP BY per page.
        counts = dict(live.order_by().values_list("stage").annotate(n=Count("pk")).values_list("stage", "n"))
        return [
            {
                "stage": stage,
                "count": counts[stage.value],
                "models": localize_cards(
                    OperationalModelPage.with_public_projects(
                        live.filter(stage=stage)
                        .order_by("title")
                        .select_related("locale")
                        .prefetch_related("regions")[: self.models_per_stage]
                    )
                ),
            }
            for stage in STAGE_MATURITY
            if counts.get(stage.value)
        ]

    def ongoing_projects(self):
        from models_library.models import ProjectPage

        today = timezone.localdate()
        return (
            in_reader_language(ProjectPage.objects.live().public())
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
            .select_related("locale")
            .order_by("-start_date", "title")
        )

    def get_context(self, request, *args, **kwargs):
        from models_library.models import GlossaryPage, ModelIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["stages"] = self.models_by_stage()
        context["projects"] = self.ongoing_projects()
        context["library"] = in_reader_language(ModelIndexPage.objects.live().public()).first()
        context["glossary_page"] = in_reader_language(GlossaryPage.objects.live().public()).first()
        return context


class StandardPage(LocaleFallbackUrlMixin, Page):
    """A plain page of text: the accessibility and privacy statements, contact information, about the service."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="list-ul")
class FooterSettings(BaseGenericSetting):
    """Pages every footer links to; the accessibility statement and the privacy statement are required by law."""

    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    privacy_statement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy statement"),
        help_text=_("Also linked from the page where an invited person creates their account."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact page"),
    )

    panels = [
        FieldPanel("accessibility_statement"),
        FieldPanel("privacy_statement"),
        FieldPanel("contact_page"),
    ]

    class Meta:
        verbose_name = _("footer")


class FooterText(TranslatableMixin, models.Model):
    """The footer's sentence, one per language: a snippet, because wagtail-localize translates snippets
    segment by segment (with PO export) but not Wagtail's settings, which hold one row for every language.
    """

    text = models.CharField(_("footer text"), max_length=300)

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.text

    @classmethod
    def for_active_locale(cls):
        """The text in the reader's language, or the Finnish one until it is translated."""
        texts = {
            text.locale.language_code: text
            for text in cls.objects.filter(
                locale__language_code__in={get_language(), settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        return texts.get(get_language()) or texts.get(settings.LANGUAGE_CODE)
