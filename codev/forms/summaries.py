"""The facilitator's form for a board's round summary."""

from django import forms
from django.utils.translation import gettext_lazy as _

from codev.summaries import SUMMARY_MAX_LENGTH


class SummaryForm(forms.Form):
    text = forms.CharField(
        label=_("Summary of the round"),
        required=False,
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "What the round brought up about this model, and what happens next. Name no participants: "
            "every member reads the summary on the process page, and once published, anyone can read it "
            "on the model's public page."
        ),
    )
    publish = forms.BooleanField(
        label=_("Publish on the model's public page"),
        required=False,
        help_text=_("Leave unticked to keep the summary for the group's members only."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    @classmethod
    def initial_from(cls, board):
        return {"text": board.summary, "publish": board.summary_published_at is not None}
