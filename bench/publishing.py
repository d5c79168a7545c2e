"""Publishing a model again as an editor would, so each publication becomes a numbered ModelVersion."""

from models_library.models import ModelVersion, OperationalModelPage, PublicationKind


def publish_version(page, *, user=None, kind=PublicationKind.VERSION, note="", regions=None, tags=None, **fields):
    """Publish the page again as the admin would: each publication becomes a numbered ModelVersion."""
    page = OperationalModelPage.objects.get(pk=page.pk)
    if regions is not None:
        page.regions.set(regions)
    if tags is not None:
        page.tags.set(tags)
    for name, value in fields.items():
        setattr(page, name, value)
    page.publication_kind = kind
    page.change_note = note
    page.save_revision(user=user).publish(user=user)


def publish_dated(page, when, **kwargs):
    """Publish the page again and date the new version `when`, as if it had been published then.

    Versions are never changed through the model (ModelVersion.save refuses), so the date is set with an update,
    as the process page's tests do. Publish each model's versions in time order: numbers follow publication.
    """
    publish_version(page, **kwargs)
    version = ModelVersion.objects.for_page(page).newest_first().first()
    ModelVersion.objects.filter(pk=version.pk).update(published_at=when)
    version.published_at = when
    return version
