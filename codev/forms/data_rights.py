"""Forms for deleting an account: the member's own confirmation, and a facilitator's on the member's request."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteOwnAccountForm(forms.Form):
    """The password again, so that an unattended signed-in browser cannot delete the account."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not right. Type the password you sign in with."))
        return password


class DeleteMemberAccountForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For the record: when and how the member asked for their account to be deleted."),
    )
    confirm = forms.BooleanField(
        label=_("The member asked for this, and I understand that the account cannot be restored."),
    )
