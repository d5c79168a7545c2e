"""The library's filter form: each filter narrows the others, search ranks what is left."""

import difflib
from dataclasses import dataclass

from django import forms
from django.db.models import Case, IntegerField, Value, When, prefetch_related_objects
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from models_library.library_search import search_models
from models_library.models import OperationalModelPage, ProjectPage, Region, Stage, TargetGroup
from models_library.models.pages import STAGE_MATURITY
from models_library.stemming import WORD
from models_library.taxonomy import item_names, localize_cards, tag_names


class NamedInReaderLanguage(forms.ModelChoiceField):
    """A choice of regions, target groups or tags, each labelled in the reader's language (two queries in all)."""

    def __init__(self, *args, names=item_names, **kwargs):
        self.names = names
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        if "_labels" not in self.__dict__:
            self._labels = self.names(self.queryset)
        return self._labels.get(obj.pk, str(obj))


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search words"), required=False, max_length=200)
    stage = forms.MultipleChoiceField(
        label=_("Development stage"),
        required=False,
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    region = NamedInReaderLanguage(
        label=_("Wellbeing services county"),
        required=False,
        queryset=Region.objects.originals(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    target_group = NamedInReaderLanguage(
        label=_("Target group"),
        required=False,
        queryset=TargetGroup.objects.originals(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    tag = NamedInReaderLanguage(
        label=_("Tag"),
        required=False,
        names=tag_names,
        to_field_name="slug",
        empty_label=_("All"),
        queryset=Tag.objects.none(),
    )
    project = forms.ModelChoiceField(
        label=_("Project"),
        required=False,
        queryset=ProjectPage.objects.none(),
        to_field_name="slug",
        empty_label=_("All"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only what readers may open is offered. Set per form: `.public()` reads the view restrictions
        # when it is called, so a queryset built at import time would miss later ones.
        public_models = OperationalModelPage.objects.live().public()
        self.fields["tag"].queryset = (
            Tag.objects.filter(models_library_operationalmodeltag_items__content_object__in=public_models.values("pk"))
            .distinct()
            .order_by("name")
        )
        self.fields["project"].queryset = ProjectPage.objects.live().public().order_by("title")

    def filters(self):
        """The valid filters given; invalid ones are reported on the form and ignored."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def is_filtered(self):
        return bool(self.filters())

    def results(self, queryset):
        chosen = self.filters()
        if chosen.get("stage"):
            queryset = queryset.filter(stage__in=chosen["stage"])
        for name, lookup in (
            ("region", "regions"),
            ("target_group", "target_groups"),
            ("tag", "tags"),
            ("project", "project"),
        ):
            if chosen.get(name):
                queryset = queryset.filter(**{lookup: chosen[name]})
        if chosen.get("q"):
            return search_models(queryset, chosen["q"])
        maturity = Case(
            *[When(stage=stage, then=Value(rank)) for rank, stage in enumerate(STAGE_MATURITY)],
            output_field=IntegerField(),
        )
        return queryset.order_by(maturity, "title")

    @staticmethod
    def with_card_data(pages):
        pages = OperationalModelPage.with_public_projects(pages)
        prefetch_related_objects(pages, "locale", "regions", "tags", "target_groups")
        return localize_cards(pages)

    def chosen_values(self):
        """(field name, value as sent, value as shown) of each filter in use, in the form's order."""
        chosen = self.filters()
        shown = []
        for name, field in self.fields.items():
            if name not in chosen:
                continue
            if name == "stage":
                labels = dict(Stage.choices)
                shown += [(name, value, labels[value]) for value in chosen[name]]
            elif name == "q":
                shown.append((name, chosen[name], chosen[name]))
            else:
                value = chosen[name]
                shown.append((name, getattr(value, field.to_field_name), field.label_from_instance(value)))
        return shown

    def chips(self):
        """Each filter in use, with the address of the same results without it."""
        return [
            Chip(label=self.fields[name].label, value=shown, query=self.query_without(name, value))
            for name, value, shown in self.chosen_values()
        ]

    def query_without(self, name, value):
        query = self.data.copy()
        query.setlist(name, [kept for kept in query.getlist(name) if kept != value])
        query.pop("page", None)
        return query.urlencode()

    def wider_choices(self, queryset):
        """When nothing matches: the filters whose removal would give results, and how many."""
        wider = []
        for chip in self.chips():
            count = len(LibraryFilterForm(QueryDict(chip.query)).results(queryset))
            if count:
                wider.append((chip, count))
        return wider

    def spelling_suggestion(self, queryset):
        """The search words with each unknown word replaced by the closest word of the models' names and tags."""
        query = self.filters().get("q")
        if not query:
            return None
        vocabulary = set()
        for title, lead in queryset.values_list("title", "lead"):
            vocabulary |= {word.lower() for word in WORD.findall(f"{title} {lead}") if len(word) > 3}
        vocabulary |= {name.lower() for name in self.fields["tag"].queryset.values_list("name", flat=True)}
        suggested = [
            next(iter(difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.75)), word)
            for word in query.split()
        ]
        suggestion = " ".join(suggested)
        if suggestion.lower() == query.lower() or not search_models(queryset, suggestion):
            return None
        data = self.data.copy()
        data["q"] = suggestion
        data.pop("page", None)
        return Chip(label=self.fields["q"].label, value=suggestion, query=data.urlencode())


@dataclass
class Chip:
    label: str
    value: str
    query: str
