"""Forms of the themes page: each curation step's choices come from the page's own themes and posts."""

from django import forms
from django.utils.translation import gettext_lazy as _

from codev.models import THEME_NAME_MAX_LENGTH, Disposition
from codev.triage import SETTABLE_DISPOSITIONS

ACTIONS = ("adopt", "rename", "merge", "split", "move", "dismiss")


def theme_field(label, themes):
    return forms.ModelChoiceField(
        label=label,
        queryset=themes,
        error_messages={
            "required": _("Choose a theme."),
            "invalid_choice": _("This theme was merged or dismissed meanwhile. Reload the page."),
        },
    )


def name_field(label, required=True):
    return forms.CharField(
        label=label,
        max_length=THEME_NAME_MAX_LENGTH,
        required=required,
        error_messages={"required": _("Give the theme a name.")},
    )


class ScopeForm(forms.Form):
    def __init__(self, *args, scope, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.scope = scope

    def themes(self):
        return self.scope.themes().curated()


class RenameForm(ScopeForm):
    theme = forms.ModelChoiceField(queryset=None)
    name = name_field(_("New name"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"] = theme_field(_("Theme"), self.themes())


class DismissForm(ScopeForm):
    theme = forms.ModelChoiceField(queryset=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"] = theme_field(_("Theme"), self.themes())


class MergeForm(ScopeForm):
    themes_chosen = forms.ModelMultipleChoiceField(queryset=None)
    name = name_field(_("Name of the merged theme (optional)"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes_chosen"] = forms.ModelMultipleChoiceField(
            label=_("Themes to merge"),
            queryset=self.themes(),
            error_messages={
                "required": _("Choose at least two themes to merge."),
                "invalid_choice": _("One of the themes was merged or dismissed meanwhile. Reload the page."),
            },
        )


class PostsForm(ScopeForm):
    """Split chosen posts off a theme, or move chosen posts (themed or not yet) into another theme."""

    posts = forms.ModelMultipleChoiceField(queryset=None)
    theme = forms.ModelChoiceField(queryset=None, required=False)
    target = forms.ModelChoiceField(queryset=None, required=False)
    name = name_field(_("Name of the new theme"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["posts"] = forms.ModelMultipleChoiceField(
            label=_("Posts"),
            queryset=self.scope.posts(),
            error_messages={
                "required": _("Choose at least one post."),
                "invalid_choice": _("Some of the chosen posts are not among these posts any more."),
            },
        )
        self.fields["theme"] = theme_field(_("Theme"), self.themes())
        self.fields["theme"].required = False
        self.fields["target"] = theme_field(_("Move to theme"), self.themes())
        self.fields["target"].required = False


class ThemeTriageForm(forms.Form):
    disposition = forms.ChoiceField(
        label=_("Mark every post of the theme as"),
        choices=[(value, Disposition(value).label) for value in SETTABLE_DISPOSITIONS],
        initial=Disposition.CONSIDERING,
        error_messages={"required": _("Choose what became of the posts.")},
    )
    note = forms.CharField(
        label=_("Note to the authors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when declining: the authors read why."),
    )

    def __init__(self, *args, **kwargs):
        # Its own ids: the triage page's form for chosen posts has the same field names.
        kwargs.setdefault("auto_id", "theme-%s")
        super().__init__(*args, **kwargs)
