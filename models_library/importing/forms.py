"""The import form: a Word or text file, or pasted text, and optionally the model's name."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from models_library.importing.errors import ImportRefused
from models_library.importing.upload_checks import check_size

MAX_PASTED_CHARACTERS = 1_000_000


class ImportForm(forms.Form):
    document = forms.FileField(
        label=_("Word document or text file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.txt,text/plain"}),
    )
    text = forms.CharField(
        label=_("Or paste the text of an Innokylä page"),
        required=False,
        max_length=MAX_PASTED_CHARACTERS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Select the page's text on innokyla.fi, copy it and paste it here."),
    )
    title = forms.CharField(
        label=_("Name of the model"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to take the name from the document."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["document"].help_text = _(
            "A .docx saved in Word, or a .txt copied from Innokylä; at most %(limit)s."
        ) % {"limit": filesizeformat(settings.MODEL_IMPORT_MAX_UPLOAD_SIZE)}
        for name, field in self.fields.items():
            # The template prints each help text with this id; screen readers read it with the field.
            field.widget.attrs["aria-describedby"] = f"id_{name}-help"

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            try:
                check_size(document.size)
            except ImportRefused as refusal:
                raise forms.ValidationError(str(refusal)) from None
        return document

    def clean(self):
        cleaned_data = super().clean()
        document, text = cleaned_data.get("document"), (cleaned_data.get("text") or "").strip()
        if self.errors:
            return cleaned_data
        if document and text:
            raise forms.ValidationError(_("Choose a file or paste text, not both."))
        if not document and not text:
            raise forms.ValidationError(_("Choose a file to import, or paste the text of an Innokylä page."))
        return cleaned_data
