"""Admin for the managed lists and the glossary."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from models_library.models import GlossaryTerm, ModelVersion, Region, TargetGroup


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


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["term", "other_names"]
    search_fields = ["term", "definition", "other_names"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, TargetGroupViewSet, GlossaryTermViewSet)
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
