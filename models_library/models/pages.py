"""Page types of the public library: operational models, projects, the library index, the glossary."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from common.mixins import LocaleFallbackUrlMixin
from common.translations import in_reader_language
from models_library.admin_forms import OperationalModelPageForm
from models_library.blocks import ATTACHMENT_BLOCKS, CONTENT_BLOCKS
from models_library.panels import VersionListPanel
from models_library.sections import DESCRIPTION, DEVELOPMENT_PATH, GROUP_LABELS, SECTIONS, SECTIONS_BY_KEY

from .snippets import GlossaryTerm, Region, TargetGroup
from .versions import ModelVersion, PublicationKind


class Stage(models.TextChoices):
    """Development stage, from first understanding to national use; the public filters on it."""

    UNDERSTANDING = "understanding", _("Understanding the need")
    CO_DEVELOPMENT = "co_development", _("Co-development")
    PILOT = "pilot", _("Pilot")
    IN_USE = "in_use", _("In use")
    SCALED = "scaled", _("Scaled nationally")


# Most mature first: the home page and the library show scaled models before drafts of ideas.
STAGE_MATURITY = [Stage.SCALED, Stage.IN_USE, Stage.PILOT, Stage.CO_DEVELOPMENT, Stage.UNDERSTANDING]


def section_field(key, block_types=CONTENT_BLOCKS):
    section = SECTIONS_BY_KEY[key]
    # Required sections are blank=False: Wagtail defers that check while a draft is saved
    # and enforces it when the page is published.
    return StreamField(block_types, blank=not section.required, verbose_name=section.label, help_text=section.help_text)


class OperationalModelTag(TaggedItemBase):
    content_object = ParentalKey("OperationalModelPage", related_name="tagged_items", on_delete=models.CASCADE)


class ProjectIndexPage(LocaleFallbackUrlMixin, Page):
    """Lists the projects (kokonaisuudet) that gather operational models."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["models_library.ProjectPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = in_reader_language(ProjectPage.objects.live().public()).select_related("locale")
        context["projects"] = projects.order_by("-start_date", "title")
        return context


class ProjectCoImplementer(Orderable):
    project = ParentalKey("ProjectPage", related_name="co_implementers", on_delete=models.CASCADE)
    name = models.CharField(_("organisation"), max_length=200)
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("E.g. 'under a letter of intent'."))

    panels = [FieldPanel("name"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("co-implementer")
        verbose_name_plural = _("co-implementers")


class ProjectPage(LocaleFallbackUrlMixin, Page):
    """A project (kokonaisuus in Innokylä) and the operational models it gathers."""

    lead = models.TextField(_("short description"))
    purpose = StreamField(CONTENT_BLOCKS, blank=True, verbose_name=_("purpose and goals"))
    start_date = models.DateField(_("starts"), null=True, blank=True)
    end_date = models.DateField(_("ends"), null=True, blank=True)
    period_note = models.CharField(_("about the period"), max_length=200, blank=True)
    main_implementer = models.CharField(_("main implementer"), max_length=200, blank=True)
    funder = models.CharField(_("funder"), max_length=200, blank=True)
    contact_name = models.CharField(
        _("contact person"), max_length=200, blank=True, help_text=_("A role title is enough, e.g. 'project manager'.")
    )
    contact_organisation = models.CharField(_("contact organisation"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    regions = ParentalManyToManyField(Region, blank=True, verbose_name=_("regions"))

    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("purpose")]

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("period_note")],
            heading=_("Period"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("main_implementer"),
                InlinePanel("co_implementers", label=_("Co-implementers")),
                FieldPanel("funder"),
                FieldPanel("regions"),
            ],
            heading=_("Implementers and funding"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_organisation"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
    ]
    parent_page_types = ["models_library.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @property
    def is_ongoing(self):
        today = timezone.localdate()
        return (self.start_date is None or self.start_date <= today) and (
            self.end_date is None or self.end_date >= today
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from models_library.taxonomy import localize_cards

        # A model's translation links to the project's translation, or to the Finnish project as wagtail-localize
        # copies page links: any page of the project's translation key counts.
        models = in_reader_language(
            OperationalModelPage.objects.live().public().filter(project__translation_key=self.translation_key)
        )
        context["operational_models"] = localize_cards(
            OperationalModelPage.with_public_projects(
                models.select_related("locale").prefetch_related("regions").order_by("title")
            )
        )
        return context


class OperationalModelPage(LocaleFallbackUrlMixin, RoutablePageMixin, Page):
    """An operational model (toimintamalli), described in the structure Innokylä uses.

    Every publication becomes a numbered, immutable version (see `ModelVersion`) with its own
    permanent address; the routes below serve the history, old versions and comparisons.
    """

    # Perustiedot (basic information)
    lead = models.TextField(_("short description"), max_length=1200)
    implementation_area = models.CharField(_("where it is implemented"), max_length=300, blank=True)
    regions = ParentalManyToManyField(Region, blank=True, verbose_name=_("wellbeing services counties"))
    funder = models.CharField(_("funder"), max_length=200, blank=True)
    project = models.ForeignKey(
        ProjectPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="operational_models",
        verbose_name=_("project"),
    )
    author_organisation = models.CharField(_("author organisation"), max_length=200, blank=True)
    contact_name = models.CharField(
        _("contact person"), max_length=200, blank=True, help_text=_("A role title is enough, e.g. 'project manager'.")
    )
    contact_organisation = models.CharField(_("contact organisation"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    stage = models.CharField(_("development stage"), max_length=20, choices=Stage.choices, default=Stage.UNDERSTANDING)
    target_groups = ParentalManyToManyField(TargetGroup, blank=True, verbose_name=_("target groups"))
    tags = ClusterTaggableManager(through=OperationalModelTag, blank=True, verbose_name=_("tags"))

    # Toimintamallin kuvaus (description)
    basic_idea = section_field("basic_idea")
    environment = section_field("environment")
    conditions = section_field("conditions")
    implementation = section_field("implementation")
    resources = section_field("resources")
    evaluation = section_field("evaluation")
    rooting = section_field("rooting")
    attachments = section_field("attachments", ATTACHMENT_BLOCKS)

    # Kehittämisen polku (development path)
    starting_point = section_field("starting_point")
    needs = section_field("needs")
    co_development = section_field("co_development")
    target_change = section_field("target_change")
    measuring_change = section_field("measuring_change")
    target_group = section_field("target_group")

    # Parts of an imported document that matched no section; the editor moves them and empties this.
    unplaced = StreamField(
        CONTENT_BLOCKS,
        blank=True,
        verbose_name=_("not placed"),
        help_text=_(
            "Parts of an imported document that the import could not place in a section. Move each into its "
            "section (or delete it) and leave this empty: the model cannot be published while something is here."
        ),
    )

    # Filled in when publishing; each revision carries its own note, the version keeps a copy.
    change_note = models.TextField(
        _("what changed and why"),
        blank=True,
        help_text=_("Shown to readers in the version history. Required from version 2 on."),
    )
    publication_kind = models.CharField(
        _("this publication is"),
        max_length=20,
        choices=PublicationKind.choices,
        default=PublicationKind.VERSION,
    )

    search_fields = (
        Page.search_fields
        + [
            index.SearchField("lead"),
            index.SearchField("implementation_area"),
            index.RelatedFields("tags", [index.SearchField("name")]),
            index.FilterField("stage"),
            index.FilterField("project"),
            index.FilterField("id"),
            # The library's search matches these stems (models_library.library_search).
            index.AutocompleteField("search_stems"),
        ]
        + [index.SearchField(section.key) for section in SECTIONS]
    )

    basic_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("implementation_area"),
        FieldPanel("regions"),
        FieldPanel("funder"),
        FieldPanel("project"),
        MultiFieldPanel(
            [
                FieldPanel("author_organisation"),
                FieldPanel("contact_name"),
                FieldPanel("contact_organisation"),
                FieldPanel("contact_email"),
            ],
            heading=_("Author and contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("stage"), FieldPanel("target_groups"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
    ]
    publication_panels = [
        MultiFieldPanel(
            [FieldPanel("publication_kind"), FieldPanel("change_note")],
            heading=_("Publishing a version"),
            help_text=_(
                "Every publication becomes a numbered public version. A correction fixes typos and keeps the number."
            ),
        ),
    ]
    description_panels = [FieldPanel(section.key) for section in SECTIONS if section.group == DESCRIPTION]
    development_path_panels = [FieldPanel(section.key) for section in SECTIONS if section.group == DEVELOPMENT_PATH]
    edit_handler = TabbedInterface(
        [
            ObjectList(publication_panels + basic_panels, heading=_("Basic information")),
            ObjectList(description_panels, heading=GROUP_LABELS[DESCRIPTION]),
            ObjectList(development_path_panels, heading=GROUP_LABELS[DEVELOPMENT_PATH]),
            ObjectList([FieldPanel("unplaced")], heading=_("Not placed")),
            ObjectList([VersionListPanel(heading=_("Published versions"))], heading=_("Versions")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["models_library.ModelIndexPage"]
    subpage_types = []
    base_form_class = OperationalModelPageForm

    class Meta:
        verbose_name = _("operational model")
        verbose_name_plural = _("operational models")

    def section_groups(self):
        """The filled sections, grouped as Innokylä groups them: [(group label, [(section, value)])]."""
        groups = []
        for group in (DESCRIPTION, DEVELOPMENT_PATH):
            filled = [
                (section, getattr(self, section.key))
                for section in SECTIONS
                if section.group == group and getattr(self, section.key)
            ]
            if filled:
                groups.append((GROUP_LABELS[group], filled))
        return groups

    def section_texts(self):
        """(section, its readable text) of each filled section, in Innokylä's order, read as they are asked for."""
        from models_library.comparison import block_text

        for section in SECTIONS:
            if value := getattr(self, section.key):
                yield section, "\n".join(block_text(block) for block in value)

    def search_stems(self):
        """Everything a reader may search for, as word stems of the page's own language."""
        from models_library.stemming import stemmed_text

        names = [tag.name for tag in self.tags.all()]
        names += [str(item) for item in [*self.regions.all(), *self.target_groups.all()]]
        texts = [self.title, self.lead, self.implementation_area, *names, *(text for _s, text in self.section_texts())]
        return stemmed_text("\n".join(texts), self.locale.language_code)

    def get_context(self, request, *args, **kwargs):
        from models_library.glossary import Glossary
        from models_library.taxonomy import names_of

        context = super().get_context(request, *args, **kwargs)
        context["glossary"] = Glossary.for_request(request)
        context["current_version"] = context["version"] = self.current_version
        # The live page names its lists in the reader's language, as its versions do.
        context["facts"] = SimpleLazyObject(lambda: {"stage": self.stage, **names_of(self, get_language())})
        # From the version history, not the page's own dates: an imported or republished page's first
        # publication in Wagtail can be later than its first version, and readers compare with the history.
        context["first_published_at"] = ModelVersion.objects.for_page(self).first_published_at()
        return context

    @cached_property
    def public_project(self):
        """The model's project if readers may open it; cards and links never name a draft or restricted one."""
        if not self.project_id:
            return None
        return ProjectPage.objects.live().public().filter(pk=self.project_id).first()

    @property
    def project_is_hidden(self):
        """The project is there but readers may not open it (a draft, unpublished or restricted page).

        A deleted project is not hidden: versions keep its name, as they keep every name they published.
        """
        if not self.project_id or self.public_project is not None:
            return False
        return ProjectPage.objects.filter(pk=self.project_id).exists()

    @staticmethod
    def with_public_projects(pages):
        """`pages` as a list, each with `public_project` filled in: two queries, however many pages."""
        pages = list(pages)
        project_ids = {page.project_id for page in pages if page.project_id}
        public = {project.pk: project for project in ProjectPage.objects.live().public().filter(pk__in=project_ids)}
        for page in pages:
            page.__dict__["public_project"] = public.get(page.project_id)
        return pages

    @cached_property
    def current_version(self):
        # None until the first publication has been recorded.
        return ModelVersion.objects.for_page(self).newest_first().first()

    @path("")
    def index_route(self, request, *args, **kwargs):
        from models_library import version_views

        return version_views.live_model(self, request)

    @path("history/", name="history")
    def history_route(self, request):
        from models_library import version_views

        return version_views.history(self, request)

    @path("versions/<int:number>/", name="version")
    def version_route(self, request, number):
        from models_library import version_views

        return version_views.version(self, request, number)

    @path("versions/<int:number>/<int:correction>/", name="publication")
    def publication_route(self, request, number, correction):
        from models_library import version_views

        return version_views.version(self, request, number, correction)

    @path("compare/", name="compare_form")
    def compare_form_route(self, request):
        from models_library import version_views

        return version_views.compare_form(self, request)

    @path("compare/<int:old>/<int:new>/", name="compare")
    def compare_route(self, request, old, new):
        from models_library import version_views

        return version_views.compare(self, request, old, new)

    @path("pdf/", name="current_pdf")
    def current_pdf_route(self, request):
        from models_library import document_views

        return document_views.version_document(self, request, document_views.PDF)

    @path("versions/<int:number>/pdf/", name="version_pdf")
    def version_pdf_route(self, request, number):
        from models_library import document_views

        return document_views.version_document(self, request, document_views.PDF, number)

    @path("versions/<int:number>/<int:correction>/pdf/", name="publication_pdf")
    def publication_pdf_route(self, request, number, correction):
        from models_library import document_views

        return document_views.version_document(self, request, document_views.PDF, number, correction)

    @path("versions/<int:number>/docx/", name="version_docx")
    def version_docx_route(self, request, number):
        from models_library import document_views

        return document_views.version_document(self, request, document_views.DOCX, number)

    @path("versions/<int:number>/<int:correction>/docx/", name="publication_docx")
    def publication_docx_route(self, request, number, correction):
        from models_library import document_views

        return document_views.version_document(self, request, document_views.DOCX, number, correction)

    @path("versions/<int:number>/<int:correction>/checklists/<str:block_id>/pdf/", name="checklist_pdf")
    def checklist_pdf_route(self, request, number, correction, block_id):
        from models_library import document_views

        return document_views.checklist_document(self, request, number, correction, block_id)

    @path("versions/<int:number>/innokyla/", name="innokyla")
    def innokyla_route(self, request, number):
        from models_library import document_views

        return document_views.innokyla_export(self, request, number)

    @path("versions/<int:number>/innokyla/text/", name="innokyla_text")
    def innokyla_text_route(self, request, number):
        from models_library import document_views

        return document_views.innokyla_export_text(self, request, number)

    def feed_links(self, request):
        """(title, address) of the Atom feeds that follow this model: its own and the library's."""
        links = [(_("New versions of this model"), self.get_url(request) + self.reverse_subpage("feed"))]
        library = self.get_parent().specific
        if isinstance(library, ModelIndexPage):
            links += library.feed_links(request)
        return links

    @path("feed/", name="feed")
    def feed_route(self, request):
        from models_library.feeds import ModelVersionsFeed

        return ModelVersionsFeed()(request, page=self)


class ModelIndexPage(LocaleFallbackUrlMixin, RoutablePageMixin, Page):
    """The public library: every published model, with filters that combine and full-text search."""

    intro = models.TextField(_("introduction"), blank=True)
    per_page = 20

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["models_library.OperationalModelPage"]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("model library")

    def get_context(self, request, *args, **kwargs):
        from models_library.forms import LibraryFilterForm
        from models_library.library_search import find_hit

        context = super().get_context(request, *args, **kwargs)
        form = LibraryFilterForm(request.GET or None)
        public = in_reader_language(OperationalModelPage.objects.live().public())
        results = form.results(public)
        paginator = Paginator(results, self.per_page)
        try:
            page_of_results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_of_results = paginator.page(1)
        except EmptyPage:
            page_of_results = paginator.page(paginator.num_pages)
        models = form.with_card_data(page_of_results.object_list)
        query = form.filters().get("q")
        if query:
            for model in models:
                model.hit = find_hit(model, query)
        context.update(
            form=form,
            page_of_results=page_of_results,
            result_count=paginator.count,
            models=models,
            chips=form.chips(),
        )
        if not paginator.count and form.is_filtered:
            context.update(wider_choices=form.wider_choices(public), spelling=form.spelling_suggestion(public))
        return context

    def feed_links(self, request):
        return [(_("New versions of all models"), self.get_url(request) + self.reverse_subpage("feed"))]

    @path("feed/", name="feed")
    def feed_route(self, request):
        from models_library.feeds import AllVersionsFeed

        return AllVersionsFeed()(request, page=self)


class GlossaryPage(LocaleFallbackUrlMixin, Page):
    """The public glossary: every term with its definition and the names other sectors use."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = []
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        letters = {}
        terms = GlossaryTerm.objects.for_active_locale()
        for term in terms:
            letters.setdefault(term.term[:1].upper(), []).append(term)
        context["terms_by_letter"] = sorted(letters.items())
        # Until the terms are translated, readers of other languages get the Finnish ones, marked as such.
        untranslated = bool(terms) and terms[0].locale_id != Locale.get_active().pk
        context["terms_language"] = settings.LANGUAGE_CODE if untranslated else ""
        return context
