"""The facilitator's choice of each column's colour on the board."""

from django import forms
from django.utils.translation import gettext_lazy as _

from codev.models import ColumnColour


class ColumnColoursForm(forms.Form):
    """One colour field per column of the board, named `colour-<column id>`."""

    def __init__(self, *args, columns, **kwargs):
        super().__init__(*args, label_suffix="", auto_id="colours-%s", **kwargs)
        self.columns = list(columns)
        for column in self.columns:
            self.fields[f"colour-{column.pk}"] = forms.ChoiceField(
                label=column.display_name,
                choices=ColumnColour.choices,
                initial=column.colour,
                required=False,
                error_messages={"invalid_choice": _("Choose the colour from the board's palette.")},
            )

    def colours(self):
        """{column id: colour} of the valid form; a column it does not name keeps its colour."""
        chosen = {column.pk: self.cleaned_data.get(f"colour-{column.pk}") for column in self.columns}
        return {pk: colour for pk, colour in chosen.items() if colour}
