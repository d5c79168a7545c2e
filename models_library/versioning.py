"""Actions on versions: recording a publication, and remembering what a reader has read."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from models_library.models.versions import ModelVersion, PublicationKind, ReadingMark
from models_library.taxonomy import names_of, other_languages

_publication_time = ContextVar("publication_time", default=None)


@contextmanager
def publication_time(moment):
    """Date the versions published inside the block, e.g. when importing a model's earlier history."""
    token = _publication_time.set(moment)
    try:
        yield
    finally:
        _publication_time.reset(token)


def snapshot_facts(page):
    """Names of the structured fields as published, so later edits to the lists do not rewrite history.

    In the page's own language, and under "translations" in each other language of the site, so that a version
    shows its stage, regions, target groups, tags and project to each reader in theirs.
    """
    own = page.locale.language_code
    return {
        "stage": page.stage,
        **names_of(page, own),
        "translations": {code: names_of(page, code) for code in other_languages(own)},
    }


def source_version_of(page):
    """The current version of the Finnish original a translated page was made from, or None for an original."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    original = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    return ModelVersion.objects.for_page(original).newest_first().first() if original else None


@transaction.atomic
def record_publication(page, revision, user=None):
    """Turn a publication into a numbered version, or a correction that keeps the number."""
    latest = ModelVersion.objects.for_page(page).newest_first().select_for_update().first()
    kind = page.publication_kind
    if kind == PublicationKind.CORRECTION and latest:
        number, correction, is_pilot = latest.number, latest.correction + 1, latest.is_pilot
    else:
        number = latest.number + 1 if latest else 1
        correction, is_pilot = 0, kind == PublicationKind.PILOT
    return ModelVersion.objects.create(
        page=page,
        revision=revision,
        number=number,
        correction=correction,
        is_pilot=is_pilot,
        change_note=page.change_note.strip(),
        stage=page.stage,
        published_at=_publication_time.get() or timezone.now(),
        published_by=user or revision.user,
        facts=snapshot_facts(page),
        locale_id=page.locale_id,
        source_version=source_version_of(page),
    )


def mark_read(user, page, number):
    """Remember the version the reader opened; return the number they had read before, if older."""
    mark = ReadingMark.objects.filter(user=user, page=page).first()
    previous = mark.number if mark else None
    if mark is None:
        ReadingMark.objects.create(user=user, page=page, number=number)
    elif mark.number != number:
        mark.number = number
        mark.save(update_fields=["number", "read_at"])
    return previous if previous is not None and previous < number else None


def translation_status(version):
    """For a translation's version: the Finnish version it translates, and the Finnish current one if newer."""
    if version is None or version.source_version_id is None:
        return None
    source = version.source_version
    current = ModelVersion.objects.filter(page_id=source.page_id).newest_first().first()
    return {"source": source, "newer": current if current.number > source.number else None}
