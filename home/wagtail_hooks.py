"""Admin for the footer's translatable text."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    list_display = ["text", "locale"]


register_snippet(FooterTextViewSet)
