"""Publishes the Swedish demo content as Wagtail translations of the Finnish pages and glossary terms.

Runs after the Finnish content. Pages are found through their translation key, so running it again
creates nothing new and publishes only what differs from the texts here.
"""

from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from models_library.models import (
    GlossaryPage,
    GlossaryTerm,
    ModelIndexPage,
    OperationalModelPage,
    ProjectIndexPage,
    ProjectPage,
    PublicationKind,
)
from models_library.sections import SECTIONS

from .. import pages as finnish_pages
from .. import users
from ..loader import PageSpec
from ..operational_models import NETWORK_MODEL
from ..streams import build_stream
from . import glossary, network_model, pages, projects
from .lists import load_swedish_footer

LANGUAGE_CODE = "sv"

# (page type, Finnish data, Swedish data) of the pages under the home page, in menu order.
FRAME_PAGES = [
    (ModelIndexPage, finnish_pages.LIBRARY, pages.LIBRARY),
    (ProjectIndexPage, finnish_pages.PROJECT_INDEX, pages.PROJECT_INDEX),
    (GlossaryPage, finnish_pages.GLOSSARY, pages.GLOSSARY),
    (StandardPage, finnish_pages.ACCESSIBILITY_STATEMENT, pages.ACCESSIBILITY_STATEMENT),
    (StandardPage, finnish_pages.PRIVACY_STATEMENT, pages.PRIVACY_STATEMENT),
    (StandardPage, finnish_pages.CONTACT, pages.CONTACT),
]

# The Swedish model is dated between the Finnish version it translates (2 days ago) and today.
NETWORK_TRANSLATED_DAYS_AGO = 1


def load_swedish(loader):
    locale = Locale.objects.get(language_code=LANGUAGE_CODE)
    home = HomePage.objects.get(slug=finnish_pages.HOME["slug"], locale=loader.locale)
    loader.sync_translation(home, locale, frame_spec(HomePage, finnish_pages.HOME, pages.HOME))
    listings = []
    for model, finnish, swedish in FRAME_PAGES:
        source = model.objects.child_of(home).get(slug=finnish["slug"])
        page = loader.sync_translation(source, locale, frame_spec(model, finnish, swedish))
        if model in (ModelIndexPage, ProjectIndexPage):
            listings.append(page)
    # The Swedish tree is a subtree of its own: the facilitators edit its listings as they do the Finnish ones.
    loader.grant_page_permissions(Group.objects.get(name=users.FACILITATOR_GROUP), listings)

    translated_projects = {}
    for finnish_slug, data in projects.PROJECT_PAGES.items():
        source = ProjectPage.objects.get(slug=finnish_slug, locale=loader.locale)
        translated_projects[finnish_slug] = loader.sync_translation(
            source, locale, project_spec(source, data, loader.author)
        )

    network = OperationalModelPage.objects.get(slug=NETWORK_MODEL["slug"], locale=loader.locale)
    project = translated_projects.get(NETWORK_MODEL["project"])
    loader.sync_translation(network, locale, network_spec(network, project, loader.author))

    load_glossary_terms(loader, locale)
    load_swedish_footer(loader, locale)


def frame_spec(model, finnish, swedish):
    fields = {"title": swedish["title"], "intro": swedish["intro"]}
    if "body" in swedish:
        fields["body"] = translated_stream(finnish["slug"], "body", swedish["body"])
    return PageSpec(model, swedish["slug"], fields)


def project_spec(source, data, author):
    names = ("title", "lead", "period_note", "main_implementer", "funder", "contact_name", "contact_organisation")
    fields = {name: data[name] for name in names}
    fields["purpose"] = translated_stream(source.slug, "purpose", data["purpose"])
    return PageSpec(
        ProjectPage,
        data["slug"],
        fields,
        children={"co_implementers": [{"name": name, "note": note} for name, note in data["co_implementers"]]},
        author=author,
    )


def network_spec(source, project, author):
    """The Swedish model under its Swedish project, if that is translated; otherwise the copy keeps the Finnish one."""
    fields = dict(network_model.FIELDS)
    if project is not None:
        fields["project"] = project
    for section in SECTIONS:
        fields[section.key] = translated_stream(source.slug, section.key, network_model.SECTIONS.get(section.key, []))
    note = network_model.TRANSLATION_NOTE.format(number=source.current_version.number)
    return PageSpec(
        OperationalModelPage,
        network_model.SLUG,
        fields,
        # Tags are one vocabulary for every language: their Swedish names are TagTranslations (see .lists).
        tags=NETWORK_MODEL["tags"],
        author=author,
        publication=(PublicationKind.VERSION, note),
        published_days_ago=NETWORK_TRANSLATED_DAYS_AGO,
    )


def translated_stream(source_slug, section, blocks):
    # Built under the Finnish page's slug: each block keeps the id of the Finnish block it translates.
    return build_stream(source_slug, section, blocks)


def load_glossary_terms(loader, locale):
    for source in GlossaryTerm.objects.filter(locale=loader.locale, slug__in=list(glossary.TERMS)):
        slug, term, definition, other_names, match_forms = glossary.TERMS[source.slug]
        wanted = {
            "slug": slug,
            "term": term,
            "definition": definition,
            "other_names": other_names,
            "match_forms": match_forms,
        }
        translation = source.get_translation_or_none(locale)
        status = "updated"
        if translation is None:
            translation, status = source.copy_for_translation(locale), "created"
        elif all(getattr(translation, name) == value for name, value in wanted.items()):
            loader.count("glossary term translation", "unchanged")
            continue
        for name, value in wanted.items():
            setattr(translation, name, value)
        translation.save()
        loader.count("glossary term translation", status)
