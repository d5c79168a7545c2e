"""Pictures and documents attached to posts, kept in the default storage under names no one can guess."""

import secrets

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from codev.attachment_checks import KINDS, THUMBNAIL_SIZE

ALT_TEXT_MAX_LENGTH = 250
FOLDER = "codev-attachments"


def unguessable_name(extension):
    return f"{FOLDER}/{secrets.token_urlsafe(24)}.{extension}"


class AttachmentQuerySet(models.QuerySet):
    def in_order(self):
        return self.order_by("sort_order", "pk")


class Attachment(models.Model):
    """A file on a post: served only through codev.views.attachments, to those who may see the post."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Picture")
        DOCUMENT = "document", _("Document")

    post = models.ForeignKey("codev.Post", on_delete=models.CASCADE, related_name="attachments", verbose_name=_("post"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # What the file really is (codev.attachment_checks.KINDS), whatever its name said.
    file_type = models.CharField(_("file type"), max_length=10)
    file = models.FileField(_("file"), max_length=200)
    thumbnail = models.FileField(_("thumbnail"), max_length=200, blank=True)
    original_name = models.CharField(_("file name"), max_length=120)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    alt_text = models.CharField(_("description of the picture"), max_length=ALT_TEXT_MAX_LENGTH, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name

    @property
    def is_image(self):
        return self.kind == self.Kind.IMAGE

    @property
    def url(self):
        return reverse("codev:attachment", args=(self.pk,))

    @property
    def thumbnail_url(self):
        return reverse("codev:attachment_thumbnail", args=(self.pk,))

    @property
    def thumbnail_size(self):
        """The thumbnail's width and height, as Pillow's thumbnail() fits the picture into THUMBNAIL_SIZE."""
        if not (self.width and self.height):
            return None
        scale = min(1, THUMBNAIL_SIZE[0] / self.width, THUMBNAIL_SIZE[1] / self.height)
        return max(1, round(self.width * scale)), max(1, round(self.height * scale))

    @property
    def type_label(self):
        kind = KINDS.get(self.file_type)
        return kind.label if kind else self.file_type
