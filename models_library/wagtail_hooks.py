"""Admin for the managed lists and the glossary."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from models_library.models import GlossaryTerm, ModelIndexPage, ModelVersion, Region, TagTranslation, TargetGroup


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    search_fields = ["name"]


class TagTranslationViewSet(SnippetViewSet):
    model = TagTranslation
    icon = "tag"
    list_display = ["tag", "language", "name"]
    list_filter = ["language"]
    search_fields = ["name"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["term", "other_names"]
    search_fields = ["term", "definition", "other_names"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, TargetGroupViewSet, TagTranslationViewSet, GlossaryTermViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Library lists")
    menu_name = "library-lists"


register_snippet(LibraryViewSetGroup)


@hooks.register("before_delete_page")
def keep_published_versions(request, page):
    """A model with published versions cannot be deleted: rounds and readers cite those versions."""
    if ModelVersion.objects.filter(page__path__startswith=page.path).exists():
        messages.error(
            request,
            _(
                "“%(title)s” has published versions that others may cite, so it cannot be deleted. "
                "Unpublish it instead to take it off the public site."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("register_admin_urls")
def register_import_urls():
    from models_library.urls import admin_urlpatterns

    return admin_urlpatterns


def import_button(page, user, priority):
    from models_library.importing.permissions import may_import_under

    if isinstance(page.specific_deferred, ModelIndexPage) and may_import_under(user, page):
        yield Button(
            _("Import from Word or Innokylä"),
            reverse("models_library_import", args=[page.pk]),
            icon_name="doc-full",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def import_header_button(page, user, view_name, next_url=None):
    yield from import_button(page, user, priority=16)


@hooks.register("register_page_listing_more_buttons")
def import_listing_button(page, user, next_url=None):
    yield from import_button(page, user, priority=9)


@hooks.register("register_log_actions")
def register_import_action(actions):
    from models_library.importing.actions import IMPORT_ACTION

    actions.register_action(IMPORT_ACTION, _("Import a model description"), _("Imported from a document"))
