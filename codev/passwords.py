"""A password validator that knows the person: their username, email address and display name."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# A whole name of four letters ("Aino") is refused, but a word inside a longer name only from five letters on,
# so that the email "uusi.jasen@…" does not refuse the password "Kuusi-kaunista…".
SHORTEST_WHOLE = 4
SHORTEST_PART = 5


def display_name_of(user):
    """The display name, also for an account being created: its form sets `pending_display_name`."""
    pending = getattr(user, "pending_display_name", "")
    if pending or user.pk is None:
        return pending
    profile = getattr(user, "codev_profile", None)
    return profile.display_name if profile else ""


def personal_details(user):
    """The words of a person's username, email address (before the @), names and display name, lowercased."""
    values = [
        user.get_username() or "",
        getattr(user, "email", "") or "",
        getattr(user, "first_name", ""),
        getattr(user, "last_name", ""),
        display_name_of(user),
    ]
    details = set()
    for value in values:
        # The domain of an email address is the organisation's, not the person's.
        local = value.lower().split("@")[0]
        details.update(whole for whole in (local, re.sub(r"\W+", "", local)) if len(whole) >= SHORTEST_WHOLE)
        details.update(part for part in re.split(r"[\W_]+", local) if len(part) >= SHORTEST_PART)
    return details


class PersonalDetailsValidator:
    """Refuses a password that contains the person's username, email name or display name, in any case.

    Django's UserAttributeSimilarityValidator compares the whole password with each attribute, so a repeated
    username ("load49load49") is only two-thirds similar and passes; it does not know the display name either.
    """

    def validate(self, password, user=None):
        if user is None:
            return
        folded = re.sub(r"\W+", "", password.lower())
        if any(detail in password.lower() or detail in folded for detail in personal_details(user)):
            raise ValidationError(
                _("The password contains your username, email address or display name. Choose one that does not."),
                code="password_has_personal_details",
            )

    def get_help_text(self):
        return _("Your password cannot contain your username, email address or display name.")
