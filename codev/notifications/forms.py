"""The form of a member's notification settings."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from codev.models import Frequency
from codev.notifications.preferences import followable_models


class PreferencesForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("How often do you want email?"), choices=Frequency.choices, widget=forms.RadioSelect
    )
    language = forms.ChoiceField(label=_("Language of the emails"), choices=settings.LANGUAGES)
    follows = forms.ModelMultipleChoiceField(
        label=_("Other models you follow"),
        required=False,
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("You get an email when a model you follow has a new version."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["follows"].queryset = followable_models(user)
