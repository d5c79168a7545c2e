"""Small builders for test content: a site tree and complete or partial operational models."""

import json
import uuid

from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from models_library.models import (
    GlossaryPage,
    GlossaryTerm,
    ModelIndexPage,
    OperationalModelPage,
    ProjectIndexPage,
    ProjectPage,
    Region,
    TargetGroup,
)
from models_library.sections import SECTIONS


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


def stream(*texts):
    return json.dumps([paragraph(text) for text in texts])


def build_site():
    """Home with a library, a glossary and a project index, as the demo content has them."""
    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Mallipaja", slug="mallipaja", intro="Tervetuloa."))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    library = home.add_child(instance=ModelIndexPage(title="Toimintamallit", slug="toimintamallit", show_in_menus=True))
    glossary = home.add_child(instance=GlossaryPage(title="Sanasto", slug="sanasto", show_in_menus=True))
    projects = home.add_child(
        instance=ProjectIndexPage(title="Kokonaisuudet", slug="kokonaisuudet", show_in_menus=True)
    )
    return {"home": home, "library": library, "glossary": glossary, "projects": projects}


def make_project(index, title="IntO", **fields):
    fields.setdefault("lead", f"{title} lyhyesti.")
    return index.add_child(instance=ProjectPage(title=title, slug=slugify(title), **fields))


def make_model(library, title, *, publish=True, regions=(), target_groups=(), tags=(), **fields):
    """A model with every section filled unless the caller overrides a section."""
    values = {
        section.key: stream(f"{section.key} text of {title}.") for section in SECTIONS if section.key != "attachments"
    }
    values.update(lead=f"{title}: lyhyt kuvaus.")
    values.update(fields)
    page = OperationalModelPage(title=title, slug=slugify(title), live=False, **values)
    library.add_child(instance=page)
    page.regions.set(regions)
    page.target_groups.set(target_groups)
    if tags:
        page.tags.add(*tags)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def make_region(name):
    return Region.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]


def make_target_group(name):
    return TargetGroup.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]


def make_term(term, definition, match_forms=""):
    return GlossaryTerm.objects.create(
        term=term, definition=definition, match_forms=match_forms, locale=Locale.get_default()
    )


def translate(page, language, **fields):
    """Publish `page`'s translation into `language` (made as wagtail-localize makes it), with `fields` set.

    The translated parents it needs are published too, so the translation has an address in its language.
    """
    locale = Locale.objects.get(language_code=language)
    translated = page.get_translation_or_none(locale)
    if translated is None:
        translated = page.copy_for_translation(locale, copy_parents=True)
    translated = translated.specific
    for ancestor in translated.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def translate_item(item, language, **fields):
    """A region's, target group's or glossary term's translation into `language`, as wagtail-localize saves it."""
    translated = item.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated
