"""Where each kind of page may stand in the tree, and that an editor can create and publish a model there."""

from django.contrib.auth.models import User
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from models_library.models import (
    GlossaryPage,
    ModelIndexPage,
    ModelVersion,
    OperationalModelPage,
    ProjectIndexPage,
    ProjectPage,
)
from models_library.sections import SECTIONS
from testing.factories import build_site, make_model, stream


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site()
        cls.model = make_model(cls.tree["library"], "Verkostotapaaminen", basic_idea=stream("Perusidea."))

    def setUp(self):
        self.client.force_login(User.objects.create_superuser("editor", "editor@example.org", "pw"))

    def test_models_stand_only_in_the_library_and_have_no_children(self):
        self.assertAllowedParentPageTypes(OperationalModelPage, {ModelIndexPage})
        self.assertAllowedSubpageTypes(OperationalModelPage, {})
        self.assertAllowedSubpageTypes(ModelIndexPage, {OperationalModelPage})
        self.assertCanNotCreateAt(HomePage, OperationalModelPage)
        self.assertCanNotCreateAt(StandardPage, OperationalModelPage)

    def test_the_indexes_stand_under_the_home_page(self):
        for index in (ModelIndexPage, ProjectIndexPage, GlossaryPage):
            self.assertAllowedParentPageTypes(index, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_an_editor_creates_and_publishes_a_model_in_the_library(self):
        data = {
            "title": "Perhekeskuksen malli",
            "slug": "perhekeskuksen-malli",
            "lead": "Lyhyt kuvaus.",
            "stage": "co_development",
            "publication_kind": "version",
            "change_note": "",
            "tags": "",
            "unplaced": streamfield([]),
        }
        for section in SECTIONS:
            data[section.key] = streamfield([("paragraph", rich_text(f"{section.label} tekstinä."))])

        self.assertCanCreate(self.tree["library"], OperationalModelPage, nested_form_data(data))

        page = OperationalModelPage.objects.get(slug="perhekeskuksen-malli")
        self.assertTrue(page.live)
        self.assertEqual(ModelVersion.objects.for_page(page).get().number, 1)

    def test_a_model_and_its_version_routes_render(self):
        # assertPageIsRoutable routes from the site root without the language prefix (/fi/), so it does not apply.
        self.assertPageIsRenderable(self.model)
        self.assertPageIsRenderable(self.model, route_path="/versions/1/")
        self.assertPageIsRenderable(self.model, route_path="/history/")
