"""Forms of two-step sign-in: a code from the authenticator app, or one of the recovery codes."""

from django import forms
from django.utils.translation import gettext_lazy as _

# Six digits, perhaps typed with a space in the middle as some apps show them.
CODE_MAX_LENGTH = 7
RECOVERY_CODE_MAX_LENGTH = 20


def code_field(required=True):
    return forms.CharField(
        label=_("Code from the authenticator app"),
        help_text=_("Six digits. The app shows a new code every 30 seconds."),
        max_length=CODE_MAX_LENGTH,
        required=required,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autocapitalize": "none",
                "spellcheck": "false",
                "size": CODE_MAX_LENGTH,
            }
        ),
    )


def clean_code(value):
    digits = "".join(value.split())
    if digits and not (digits.isdigit() and len(digits) == 6):
        raise forms.ValidationError(_("Write the six digits that the app shows."))
    return digits


class CodeForm(forms.Form):
    """Confirms that the person holds the authenticator: when setting it up, and before turning it off."""

    code = code_field()

    def clean_code(self):
        return clean_code(self.cleaned_data["code"])


class SecondStepForm(forms.Form):
    """The second step of signing in: the app's code, or a recovery code when the phone is not at hand."""

    code = code_field(required=False)
    recovery_code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("One of the ten codes you saved when you turned two-step sign-in on. Each works once."),
        max_length=RECOVERY_CODE_MAX_LENGTH,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}),
    )

    def clean_code(self):
        return clean_code(self.cleaned_data["code"])

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not cleaned.get("code") and not cleaned.get("recovery_code"):
            self.add_error("code", _("Write the code from the app, or use a recovery code."))
        return cleaned
