"""Forms of the triage page: the filters (a GET form whose links keep its state) and the disposition of posts."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from codev.models import Column, Disposition, Membership, Post, PostStatus, Role, Theme
from models_library.models import OperationalModelPage
from models_library.sections import SECTION_CHOICES

NO_SECTION = "none"
FILTERS = ("model", "round", "section", "column", "role", "theme", "disposition", "order")
# The triage list's orders besides the newest first, with what each sorts by (codev.views.triage annotates them).
ORDERS = {
    "agreed": (_("Most agreed first"), ("-agree_count",)),
    "important": (_("Most important first"), ("-important_count",)),
    "rated": (_("Highest rated first"), ("-rating_average", "-rating_count")),
    "voted": (_("Most voted first"), ("-vote_count",)),
}


def group_posts(group):
    """The top-level posts of the group that triage may decide on: every one but those their authors deleted."""
    return Post.objects.filter(board__round__group=group, parent__isnull=True).exclude(status=PostStatus.REMOVED)


def choice(label, choices):
    return forms.ChoiceField(label=label, required=False, choices=[("", _("All"))] + list(choices))


class TriageFilterForm(forms.Form):
    """Filters that combine; a value that is not among the choices is ignored rather than refused."""

    model = choice(_("Model"), [])
    round = choice(_("Round"), [])
    section = choice(_("Model section"), [])
    column = choice(_("Column"), [])
    role = choice(_("Author's role"), Role.choices)
    theme = choice(_("Theme"), [])
    disposition = choice(_("What became of it"), Disposition.choices)
    order = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("", _("Newest first"))] + [(key, label) for key, (label, _fields) in ORDERS.items()],
    )

    def __init__(self, data, *, group):
        # Its own ids: the form that changes posts has a "disposition" field too.
        super().__init__(data, auto_id="filter-%s")
        self.group = group
        models = (
            OperationalModelPage.objects.filter(boards__round__group=group)
            .distinct()
            .order_by("title")
            .values_list("pk", "title")
        )
        self.fields["model"].choices += [(str(pk), title) for pk, title in models]
        self.fields["round"].choices += [
            (str(number), _("Round %(number)s: %(theme)s") % {"number": number, "theme": theme})
            for number, theme in group.rounds.order_by("number").values_list("number", "theme")
        ]
        self.fields["section"].choices += list(SECTION_CHOICES) + [(NO_SECTION, _("No section chosen"))]
        names = (
            Column.objects.filter(board__round__group=group).order_by("name").values_list("name", flat=True).distinct()
        )
        self.fields["column"].choices += [(name, name) for name in names]
        self.themes = {str(theme.pk): theme for theme in curated_themes(group)}
        self.fields["theme"].choices += [(pk, theme_label(theme)) for pk, theme in self.themes.items()]
        self.is_valid()

    def chosen(self, skip=()):
        """The valid filters as {name: value}; invalid ones drop out."""
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in FILTERS if name not in skip and data.get(name)}

    def apply(self, posts, skip=()):
        chosen = self.chosen(skip)
        if "model" in chosen:
            posts = posts.filter(board__operational_model_id=int(chosen["model"]))
        if "round" in chosen:
            posts = posts.filter(board__round__number=int(chosen["round"]))
        if "section" in chosen:
            posts = posts.filter(section="" if chosen["section"] == NO_SECTION else chosen["section"])
        if "column" in chosen:
            posts = posts.filter(column__name=chosen["column"])
        if "role" in chosen:
            posts = posts.filter(
                Exists(Membership.objects.filter(group=self.group, user=OuterRef("author_id"), role=chosen["role"]))
            )
        if "theme" in chosen:
            posts = posts.filter(theme_assignments__theme_id=int(chosen["theme"]))
        if "disposition" in chosen:
            posts = posts.filter(disposition=chosen["disposition"])
        return posts

    def chosen_theme(self):
        return self.themes.get(self.chosen().get("theme", ""))


def curated_themes(group):
    """The group's curated themes, the newest scope first, for the filter."""
    return (
        Theme.objects.curated()
        .filter(group=group)
        .select_related("board__round", "board__operational_model", "round", "operational_model")
        .order_by("-pk")
    )


def theme_label(theme):
    """A theme's name with the posts it was made from, since two rounds may both have a theme of that name."""
    if theme.board_id:
        where = _("round %(number)s, %(model)s") % {
            "number": theme.board.round.number,
            "model": theme.board.operational_model.title,
        }
    elif theme.round_id:
        where = _("round %(number)s") % {"number": theme.round.number}
    else:
        where = _("%(model)s, all rounds") % {"model": theme.operational_model.title}
    return f"{theme.name} ({where})"


class DispositionForm(forms.Form):
    """What became of the chosen posts. "Addressed" stays a choice so that its refusal can explain itself."""

    posts = forms.ModelMultipleChoiceField(
        label=_("Posts"),
        queryset=Post.objects.none(),
        error_messages={
            "required": _("Choose at least one post."),
            "invalid_choice": _("Some of the chosen posts are no longer in this group's triage."),
        },
    )
    disposition = forms.ChoiceField(
        label=_("Mark the chosen posts as"),
        choices=Disposition.choices,
        initial=Disposition.CONSIDERING,
        error_messages={"required": _("Choose what became of the posts.")},
    )
    note = forms.CharField(
        label=_("Note to the authors"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when declining: the authors and the other members read why. Optional otherwise."),
    )

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["posts"].queryset = group_posts(group)
