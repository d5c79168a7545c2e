"""Forms for joining a group by invitation."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from codev.models import Profile
from codev.names import normalise_display_name, validate_visible_characters

DISPLAY_NAME_HELP = _(
    "Shown to the other members of the group. You may use a pseudonym: many experts by experience and young people do."
)


def display_name_field(required=True):
    return forms.CharField(
        label=_("Display name"),
        max_length=Profile._meta.get_field("display_name").max_length,
        required=required,
        help_text=DISPLAY_NAME_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )


def clean_name(value):
    validate_visible_characters(value)
    name = normalise_display_name(value)
    if not name:
        raise forms.ValidationError(_("Write the name the others will see."))
    return name


class AcceptInvitationForm(forms.Form):
    """A new account for the invited address: a display name and a password."""

    display_name = display_name_field()
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html,
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Type the same password again, to be sure it is the one you meant."),
    )

    def __init__(self, *args, email, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean_display_name(self):
        return clean_name(self.cleaned_data["display_name"])

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ. Type the same password twice."))
        elif first:
            # Validators such as "contains your email" need to know whose password it is, display name included.
            person = get_user_model()(username=self.email, email=self.email)
            person.pending_display_name = cleaned.get("display_name", "")
            try:
                password_validation.validate_password(first, person)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class JoinGroupForm(forms.Form):
    """One click for a signed-in person; a display name is asked only from an account that has none."""

    def __init__(self, *args, needs_display_name=False, **kwargs):
        super().__init__(*args, **kwargs)
        if needs_display_name:
            self.fields["display_name"] = display_name_field()

    def clean_display_name(self):
        return clean_name(self.cleaned_data["display_name"])
