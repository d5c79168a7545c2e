"""Admin for the managed lists and the glossary."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from models_library.models import GlossaryTerm, Region, TargetGroup


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
