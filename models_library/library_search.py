"""The library's search: stems in each page's language, every word a prefix, hits shown in their section."""

from dataclasses import dataclass
from itertools import chain

from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from models_library.models import OperationalModelPage
from models_library.stemming import WORD, matches, query_prefixes

SNIPPET_WORDS = 24


def search_models(queryset, query):
    """The models of `queryset` that have every word of `query`, best first, in the reader's language first."""
    languages = {}
    for pk, language in queryset.values_list("pk", "locale__language_code"):
        languages.setdefault(language, []).append(pk)
    active = translation.get_language()
    found = []
    for language in sorted(languages, key=lambda code: code != active):
        found += search_in_language(languages[language], query, language)
    return found


def search_in_language(ids, query, language):
    """Pages among `ids` that have every word, in the order the backend ranks them for the first word."""
    ranked = None
    for prefix in query_prefixes(query, language):
        # One search a word, so that every word is a prefix: the backends treat only the last word so.
        results = [page.pk for page in OperationalModelPage.objects.filter(pk__in=ids).autocomplete(prefix)]
        ranked = results if ranked is None else [pk for pk in ranked if pk in set(results)]
        if not ranked:
            return []
    pages = OperationalModelPage.objects.in_bulk(ranked or [])
    found = [pages[pk] for pk in ranked or [] if pk in pages]
    # A model named by the words comes before one that only mentions them (a stable sort keeps the rank).
    prefixes = query_prefixes(query, language)
    return sorted(found, key=lambda page: not all_in(page.title, prefixes, language))


def all_in(text, prefixes, language):
    text_words = WORD.findall(text)
    return all(any(matches(word, [prefix], language) for word in text_words) for prefix in prefixes)


@dataclass
class Hit:
    """Where a model matched: the section's name and a few words around the match, the matches marked."""

    label: str
    snippet: str


def find_hit(page, query):
    language = page.locale.language_code if page.locale_id else translation.get_language()
    prefixes = query_prefixes(query, language)
    if not prefixes:
        return None
    texts = chain([(_("Short description"), page.lead)], ((s.label, text) for s, text in page.section_texts()))
    for label, text in texts:
        snippet = marked_snippet(text, prefixes, language)
        if snippet:
            return Hit(label=label, snippet=snippet)
    return None


def marked_snippet(text, prefixes, language):
    """Escaped words around the first match in `text`, each matching word in <mark>; "" if none matches."""
    spans = list(WORD.finditer(text))
    hits = {i for i, match in enumerate(spans) if matches(match.group(), prefixes, language)}
    if not hits:
        return ""
    first = max(0, min(hits) - SNIPPET_WORDS // 3)
    last = min(len(spans), first + SNIPPET_WORDS)
    start, end = spans[first].start(), spans[last - 1].end()
    pieces, position = ["… " if start > 0 else ""], start
    for i in range(first, last):
        match = spans[i]
        pieces.append(text[position : match.start()].replace("\n", " "))
        pieces.append(format_html("<mark>{}</mark>", match.group()) if i in hits else match.group())
        position = match.end()
    pieces.append(" …" if end < len(text) else "")
    # format_html escapes the quoted text and keeps the marks.
    return format_html("{}" * len(pieces), *pieces)
