"""Which page a reader of a language gets: its translation where one is live, the Finnish original otherwise."""

from django.conf import settings
from django.utils.translation import get_language


def in_reader_language(pages, language=None):
    """`pages` (a page queryset) as a reader of `language` sees them: one per translation key, in one query.

    Each page's translation in that language replaces its Finnish original; originals not yet translated stay.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    default = settings.LANGUAGE_CODE
    if language == default:
        return pages.filter(locale__language_code=default)
    translated = pages.filter(locale__language_code=language).values("translation_key")
    return pages.filter(locale__language_code__in=[default, language]).exclude(
        locale__language_code=default, translation_key__in=translated
    )


def translated_titles(pages, language=None):
    """{pk: title in `language`} of the Finnish `pages` that have a live translation in it, in one query."""
    from wagtail.models import Page

    language = language or get_language() or settings.LANGUAGE_CODE
    keys = {page.translation_key: page.pk for page in pages}
    if language == settings.LANGUAGE_CODE or not keys:
        return {}
    translated = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language)
        .values_list("translation_key", "title")
    )
    return {keys[key]: title for key, title in translated}
