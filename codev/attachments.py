"""Attachments' files in the default storage: written with their post, and deleted from the storage once the
deletion of their rows is committed, however the rows go (a deleted post, an account, a board, a group)."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from codev.models import Attachment
from codev.models.attachments import unguessable_name


def store_attachments(post, uploads):
    """Save each (CheckedUpload, alt text) of `uploads` on `post`, inside the post's transaction. If one cannot be
    written, those already written are deleted again and the error goes on to roll the transaction back."""
    written = []
    try:
        for order, (upload, alt_text) in enumerate(uploads):
            name = default_storage.save(unguessable_name(upload.kind.extension), ContentFile(upload.data))
            written.append(name)
            thumbnail = ""
            if upload.thumbnail:
                thumbnail = default_storage.save(unguessable_name("webp"), ContentFile(upload.thumbnail))
                written.append(thumbnail)
            Attachment.objects.create(
                post=post,
                kind=Attachment.Kind.IMAGE if upload.is_image else Attachment.Kind.DOCUMENT,
                file_type=upload.kind.key,
                file=name,
                thumbnail=thumbnail,
                original_name=upload.name,
                content_type=upload.kind.content_type,
                size=len(upload.data),
                width=upload.width,
                height=upload.height,
                alt_text=" ".join(alt_text.split()) if upload.is_image else "",
                sort_order=order,
            )
    except BaseException:
        delete_files(written)
        raise


def delete_files(names):
    for name in names:
        if name:
            default_storage.delete(name)


@receiver(post_delete, sender=Attachment, dispatch_uid="codev-attachment-files")
def delete_files_with_row(sender, instance, **kwargs):
    names = [instance.file.name, instance.thumbnail.name]
    transaction.on_commit(lambda: delete_files(names))
