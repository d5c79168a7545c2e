"""Actions on versions: recording a publication, and remembering what a reader has read."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.utils import timezone

from models_library.models.versions import ModelVersion, PublicationKind, ReadingMark

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
    """Names of the structured fields as published, so later edits to the lists do not rewrite history."""
    return {
        "stage": page.stage,
        "stage_label": str(page.get_stage_display()),
        "regions": sorted(region.name for region in page.regions.all()),
        "target_groups": sorted(group.name for group in page.target_groups.all()),
        "tags": sorted(tag.name for tag in page.tags.all()),
        "project": page.project.title if page.project_id and page.project else None,
    }


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
