"""Display names as others see them: normalised, and free of the invisible characters used to spoof a name."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Bidirectional controls reorder what is shown ("Aino" can be made to read like someone else's name) and
# zero-width characters make two different names look identical.
SPOOFING_CHARACTERS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]")


def validate_visible_characters(value):
    if SPOOFING_CHARACTERS.search(value or ""):
        raise ValidationError(
            _(
                "The name contains invisible characters that change how text is shown (direction marks or "
                "zero-width spaces). Type the name again without them, for example by retyping it instead of pasting."
            ),
            code="invisible_characters",
        )


def normalise_display_name(value):
    """NFKC folds look-alike forms (full-width letters, ligatures) into ordinary ones; runs of spaces become one."""
    return " ".join(unicodedata.normalize("NFKC", value or "").split())
