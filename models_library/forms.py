"""The library's filter form: each filter narrows the others, search ranks what is left."""

from django import forms
from django.db.models import Case, IntegerField, Value, When, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from models_library.models import OperationalModelPage, ProjectPage, Region, Stage, TargetGroup
from models_library.models.pages import STAGE_MATURITY


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search words"), required=False, max_length=200)
    stage = forms.MultipleChoiceField(
        label=_("Development stage"),
        required=False,
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    region = forms.ModelChoiceField(
        label=_("Wellbeing services county"),
        required=False,
        queryset=Region.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    target_group = forms.ModelChoiceField(
        label=_("Target group"),
        required=False,
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    tag = forms.ModelChoiceField(
        label=_("Tag"),
        required=False,
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
            # The search backend filters on indexed fields only; narrow by id first.
            ids = list(queryset.values_list("pk", flat=True))
            return OperationalModelPage.objects.filter(pk__in=ids).search(chosen["q"])
        maturity = Case(
            *[When(stage=stage, then=Value(rank)) for rank, stage in enumerate(STAGE_MATURITY)],
            output_field=IntegerField(),
        )
        return queryset.order_by(maturity, "title")

    @staticmethod
    def with_card_data(pages):
        pages = OperationalModelPage.with_public_projects(pages)
        prefetch_related_objects(pages, "regions", "tags", "target_groups")
        return pages
