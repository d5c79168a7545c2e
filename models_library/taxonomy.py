"""Regions, target groups and tags named in a reader's language, a fixed number of queries however many there are."""

from django.conf import settings
from django.utils.translation import get_language

from models_library.models import TagTranslation


def is_default_language(language):
    return not language or language == settings.LANGUAGE_CODE


def item_names(items, language=None):
    """{pk: name in `language`} of Region or TargetGroup items; an untranslated item keeps its Finnish name."""
    items = list(items)
    names = {item.pk: item.name for item in items}
    language = language or get_language()
    if is_default_language(language) or not items:
        return names
    model = type(items[0])
    translated = dict(
        model.objects.filter(
            translation_key__in={item.translation_key for item in items}, locale__language_code=language
        ).values_list("translation_key", "name")
    )
    return {item.pk: translated.get(item.translation_key, item.name) for item in items}


def tag_names(tags, language=None):
    """{pk: name in `language`} of taggit tags; a tag without a translation keeps its own name."""
    tags = list(tags)
    names = {tag.pk: tag.name for tag in tags}
    language = language or get_language()
    if is_default_language(language) or not tags:
        return names
    names.update(
        TagTranslation.objects.filter(tag__in=[tag.pk for tag in tags], language=language).values_list("tag_id", "name")
    )
    return names


def localize_cards(pages, language=None):
    """Give each page of a list `region_names` in the reader's language, for its card.

    The pages' regions must be prefetched; this adds at most one query for the whole list.
    """
    regions = [region for page in pages for region in page.regions.all()]
    names = item_names(regions, language)
    for page in pages:
        page.region_names = sorted(names[region.pk] for region in page.regions.all())
    return pages


def names_of(page, language):
    """The page's structured fields named in `language`: what a version snapshot records for that language."""
    from django.utils import translation

    from models_library.models import ProjectPage

    project = page.project if page.project_id else None
    if project is not None and project.locale.language_code != language:
        # A translation may link to the Finnish project, or the original to a project that has been translated.
        translated = ProjectPage.objects.filter(
            translation_key=project.translation_key, locale__language_code=language
        ).first()
        project = translated or project
    with translation.override(language):
        stage_label = str(page.get_stage_display())
    return {
        "stage_label": stage_label,
        "regions": sorted(item_names(page.regions.all(), language).values()),
        "target_groups": sorted(item_names(page.target_groups.all(), language).values()),
        "tags": sorted(tag_names(page.tags.all(), language).values()),
        "project": project.title if project else None,
    }


def other_languages(language):
    return [code for code, _name in settings.LANGUAGES if code != language]
