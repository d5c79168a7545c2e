"""Forms of the round evaluation, the evaluation meter's traffic lights and the facilitator's criteria."""

from django import forms
from django.utils.translation import gettext_lazy as _

from codev.evaluation import CRITERION_MAX_LENGTH, TEXT_MAX_LENGTH
from codev.models import Light

SCALE_CHOICES = [
    (1, _("1 = not at all")),
    (2, "2"),
    (3, "3"),
    (4, "4"),
    (5, _("5 = very much")),
]


def scale_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=SCALE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a number from 1 to 5."),
            "invalid_choice": _("Choose a number from 1 to 5."),
        },
    )


def answer_field(label):
    return forms.CharField(
        label=label, required=False, max_length=TEXT_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 4})
    )


class RoundEvaluationForm(forms.Form):
    usefulness = scale_field(_("How useful was this round for you?"))
    heard = scale_field(_("Did you feel heard in this round?"))
    takeaway = answer_field(_("What I take into practice"))
    should_change = answer_field(_("What should change"))
    is_anonymous = forms.BooleanField(
        label=_("Answer anonymously"),
        required=False,
        initial=True,
        help_text=_(
            "When ticked, facilitators see the results without your name. When not, they see your name "
            "with your written answers."
        ),
    )

    @classmethod
    def initial_from(cls, evaluation):
        if evaluation is None:
            return {}
        return {
            "usefulness": evaluation.usefulness,
            "heard": evaluation.heard,
            "takeaway": evaluation.takeaway,
            "should_change": evaluation.should_change,
            "is_anonymous": evaluation.is_anonymous,
        }


class MeterForm(forms.Form):
    """A radio group of traffic lights per criterion; a criterion left unchosen keeps the member's earlier light."""

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            self.fields[self.key(criterion)] = forms.ChoiceField(
                label=criterion.text,
                choices=Light.choices,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Choose red, yellow or green.")},
            )

    @staticmethod
    def key(criterion):
        return f"criterion_{criterion.pk}"

    @classmethod
    def initial_from(cls, lights):
        return {f"criterion_{pk}": light for pk, light in lights.items()}

    def rows(self):
        return [(criterion, self[self.key(criterion)]) for criterion in self.criteria]

    def lights(self):
        return {
            criterion.pk: self.cleaned_data[self.key(criterion)]
            for criterion in self.criteria
            if self.cleaned_data.get(self.key(criterion))
        }


class CriterionForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(label=_("Criterion"), required=False, max_length=CRITERION_MAX_LENGTH)
    position = forms.IntegerField(
        label=_("Position"),
        required=False,
        min_value=1,
        max_value=99,
        widget=forms.NumberInput(attrs={"class": "criterion__position"}),
    )
    remove = forms.BooleanField(label=_("Remove"), required=False)

    def row(self):
        data = self.cleaned_data
        return {
            "pk": data.get("id"),
            "text": data.get("text", ""),
            "position": data.get("position"),
            "remove": data.get("remove", False),
        }


CriterionFormSet = forms.formset_factory(CriterionForm, extra=1, max_num=50, validate_max=True)


def criterion_rows(formset):
    """The formset's rows for do_save_criteria; the empty row for a new criterion is skipped when left empty."""
    rows = []
    for form in formset.forms:
        row = form.row()
        if row["pk"] or (row["text"] or "").strip():
            rows.append(row)
    return rows
