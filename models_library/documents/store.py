"""Keeps each version's generated documents, so a repeated download is read, not laid out again.

Versions never change, so a document made once is right for good. Files go to the default storage, which every
web process shares, under a name derived from the secret key: media may be served straight from disk, and the
documents of a restricted model must not be found by guessing an address.
"""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.crypto import salted_hmac

FOLDER = "version-documents"
# Raise when a document's layout or wording changes, so the files made before are made again.
LAYOUT = 1


def document_name(kind, version, language, extension, part=""):
    # The revision and the publication time make the name unique even where version ids are reused (a
    # database restored from a backup, test runs), so an old file is never taken for a new version's.
    identity = ":".join(
        str(value)
        for value in (
            kind,
            LAYOUT,
            version.pk,
            version.correction,
            version.revision_id,
            version.published_at.isoformat(),
            language,
            part,
        )
    )
    digest = salted_hmac("models_library.documents.store", identity, algorithm="sha256").hexdigest()[:40]
    return f"{FOLDER}/{digest}.{extension}"


def stored(name, build):
    """The file called `name`, made by `build()` the first time it is asked for."""
    if default_storage.exists(name):
        with default_storage.open(name) as file:
            return file.read()
    content = build()
    # Two processes may make the same file at once; the storage then keeps one under another name, harmlessly.
    default_storage.save(name, ContentFile(content))
    return content
