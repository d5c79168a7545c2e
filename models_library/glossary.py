"""Explains glossary terms where they appear in a model's text.

The first occurrence of each term on a page becomes a link to its glossary entry, described
(aria-describedby) by the definition listed at the end of the page, so a screen reader
announces the definition and sighted readers can follow the link. Finnish inflects words,
so terms are recognised by the beginnings of their forms (`GlossaryTerm.stems`).
"""

import re

from django.utils.functional import cached_property
from django.utils.html import escape

from models_library.models import GlossaryPage, GlossaryTerm

TAG_OR_TEXT = re.compile(r"(<[^>]+>)")
# Inside these elements a link would be wrong (links in links) or noisy (headings).
SKIPPED_ELEMENTS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "abbr", "code", "button", "label", "th"}
# Nor in controls other apps add under a section's heading (a disclosure, a form's options): a term's first use
# must be the one in the text, whoever reads the page.
SKIPPED_ELEMENTS |= {"summary", "form"}
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")


class Glossary:
    """One request's glossary: which terms exist and which of them the page has explained."""

    def __init__(self, terms, glossary_url):
        self.glossary_url = glossary_url or ""
        self.used = []
        self._term_by_stem = {}
        for term in terms:
            for stem in term.stems:
                self._term_by_stem.setdefault(stem, term)

    @classmethod
    def for_request(cls, request):
        glossary = getattr(request, "_glossary", None)
        if glossary is None:
            glossary_page = GlossaryPage.objects.live().public().first()
            url = glossary_page.get_url(request) if glossary_page else ""
            glossary = cls(GlossaryTerm.objects.for_active_locale(), url)
            request._glossary = glossary
        return glossary

    @cached_property
    def _pattern(self):
        if not self._term_by_stem:
            return None
        stems = sorted(self._term_by_stem, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in stems) + r")[\w-]*", re.IGNORECASE)

    def explain(self, html):
        """Return `html` with the first occurrence of each not yet explained term linked."""
        if self._pattern is None:
            return html
        pieces = TAG_OR_TEXT.split(html)
        skip_depth = 0
        for i, piece in enumerate(pieces):
            if not piece:
                continue
            if piece.startswith("<"):
                match = TAG_NAME.match(piece)
                if match and match.group(2).lower() in SKIPPED_ELEMENTS and not piece.endswith("/>"):
                    skip_depth += -1 if match.group(1) else 1
                    skip_depth = max(skip_depth, 0)
                continue
            if skip_depth == 0:
                pieces[i] = self._pattern.sub(self._link_first_use, piece)
        return "".join(pieces)

    def _link_first_use(self, match):
        term = self._term_by_stem[match.group(1).lower()]
        if term in self.used:
            return match.group(0)
        self.used.append(term)
        return (
            f'<a class="term" href="{escape(self.glossary_url)}#{term.anchor}" '
            f'aria-describedby="definition-{term.slug}">{match.group(0)}</a>'
        )
