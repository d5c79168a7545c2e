"""The Swedish names of the demo's regions, target groups and tags, and its Swedish footer text.

Loaded before the Finnish models are published, so every version records the Swedish names with the Finnish ones.
Regions and target groups get wagtail-localize translations (same translation key); tags, one vocabulary for all
languages, get a `TagTranslation`. Board columns take their Swedish names from `codev.DEFAULT_COLUMN_NAMES`.
"""

from django.utils.text import slugify
from taggit.models import Tag

from home.models import FooterText
from models_library.models import Region, TagTranslation, TargetGroup

from . import pages
from .taxonomy import REGIONS, TAGS, TARGET_GROUPS

LANGUAGE_CODE = "sv"


def load_swedish_lists(loader, locale):
    for model, names in ((Region, REGIONS), (TargetGroup, TARGET_GROUPS)):
        for source in model.objects.filter(locale=loader.locale, name__in=list(names)):
            translate_item(loader, source, locale, {"name": names[source.name], "slug": slugify(names[source.name])})
    for finnish, swedish in TAGS.items():
        tag, _created = Tag.objects.get_or_create(name=finnish)
        item, created = TagTranslation.objects.get_or_create(
            tag=tag, language=LANGUAGE_CODE, defaults={"name": swedish}
        )
        if not created and item.name != swedish:
            item.name = swedish
            item.save(update_fields=["name"])
            loader.count("tag translation", "updated")
        else:
            loader.count("tag translation", "created" if created else "unchanged")


def load_swedish_footer(loader, locale):
    source = FooterText.objects.filter(locale=loader.locale).first()
    if source is not None:
        translate_item(loader, source, locale, {"text": pages.FOOTER_TEXT})


def translate_item(loader, source, locale, wanted):
    """Create or update the translation of a list item or snippet, as wagtail-localize would save it."""
    kind = f"{source._meta.verbose_name} translation"
    translation = source.get_translation_or_none(locale)
    status = "updated"
    if translation is None:
        translation, status = source.copy_for_translation(locale), "created"
    elif all(getattr(translation, name) == value for name, value in wanted.items()):
        loader.count(kind, "unchanged")
        return translation
    for name, value in wanted.items():
        setattr(translation, name, value)
    translation.save()
    loader.count(kind, status)
    return translation
