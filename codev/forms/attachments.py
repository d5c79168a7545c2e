"""The file slots of the post and reply forms: each a file and, for a picture, the description read out in its
place."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from codev.attachment_checks import UploadRefused, check_upload
from codev.models import ALT_TEXT_MAX_LENGTH

# A hint to the browser's file picker only: the server judges every file by its content.
ACCEPT = ".jpg,.jpeg,.png,.webp,.heic,.heif,.pdf,.docx,.xlsx,.pptx,.odt,image/jpeg,image/png,image/webp,image/heic"


class AttachmentForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )
    alt_text = forms.CharField(
        label=_("Description of the picture"),
        required=False,
        max_length=ALT_TEXT_MAX_LENGTH,
        help_text=_(
            "Required for a picture: what it shows, for those who cannot see it (for example: "
            "“Flip chart: three ideas on the first meeting”)."
        ),
    )

    def __init__(self, *args, number, **kwargs):
        super().__init__(*args, prefix=f"attachment-{number}", label_suffix="", **kwargs)
        self.number = number
        self.fields["file"].help_text = format_lazy(
            _("A picture, a PDF or an office document, at most {size}."),
            size=filesizeformat(settings.CODEV_ATTACHMENT_MAX_SIZE),
        )
        self.checked = None

    def clean(self):
        data = super().clean()
        upload, alt_text = data.get("file"), (data.get("alt_text") or "").strip()
        if not upload:
            if alt_text and not self.errors:
                self.add_error(
                    "file",
                    _("Choose the picture this description is for. Files are not kept when the form comes back."),
                )
            return data
        try:
            self.checked = check_upload(upload)
        except UploadRefused as refusal:
            self.add_error("file", str(refusal))
            return data
        if self.checked.is_image and not alt_text and "alt_text" not in self.errors:
            self.add_error(
                "alt_text", _("Describe the picture in a few words: the description is read out in its place.")
            )
        data["alt_text"] = alt_text
        return data


class AttachmentSlotsMixin:
    """A post or reply form with as many file slots as a post may have files, ids in the form's own pattern."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        data, files = (self.data, self.files) if self.is_bound else (None, None)
        self.attachments = [
            AttachmentForm(data, files, number=number, auto_id=self.auto_id)
            for number in range(1, settings.CODEV_ATTACHMENTS_PER_POST + 1)
        ]

    def is_valid(self):
        # Every slot is checked, so each refused file has its message at once.
        slots = [slot.is_valid() for slot in self.attachments]
        return super().is_valid() and all(slots)

    @property
    def checked_attachments(self):
        """(CheckedUpload, alt text) of each file that passed, for the actions that post and reply."""
        return [(slot.checked, slot.cleaned_data["alt_text"]) for slot in self.attachments if slot.checked]

    @property
    def attachment_errors(self):
        return any(slot.errors for slot in self.attachments)
