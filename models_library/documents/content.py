"""What every document of a version shows: the model as published, its dates, its permanent address."""

import re
from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import get_language

from models_library.glossary import Glossary
from models_library.models import GlossaryPage, GlossaryTerm, ModelVersion

# A document leaves the site, so every address in it must work from paper or another computer.
RELATIVE_ADDRESS = re.compile(r'(\s(?:href|src)=")(/(?!/))')


def site_root(page):
    return page.get_site().root_url.rstrip("/")


def absolute_links(html, root):
    return RELATIVE_ADDRESS.sub(lambda match: f"{match.group(1)}{root}{match.group(2)}", html)


@dataclass
class VersionDocument:
    """One version of a model, ready to be laid out as a document in the active language."""

    page: object
    version: ModelVersion

    @cached_property
    def model(self):
        return self.version.get_page_object(self.page)

    @cached_property
    def root(self):
        return site_root(self.page)

    @cached_property
    def permanent_url(self):
        return self.root + self.version.get_url(page=self.page)

    @cached_property
    def first_published_at(self):
        return ModelVersion.objects.for_page(self.page).first_published_at()

    @property
    def facts(self):
        return self.version.localized_facts

    @property
    def language(self):
        return get_language()

    @property
    def content_language(self):
        return self.model.locale.language_code if self.model.locale_id else self.language

    @cached_property
    def glossary(self):
        glossary_page = GlossaryPage.objects.live().public().first()
        url = glossary_page.get_full_url() if glossary_page else ""
        return Glossary(GlossaryTerm.objects.for_active_locale(), url)

    def section_groups(self):
        return self.model.section_groups()
