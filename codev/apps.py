from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CodevConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "codev"
    verbose_name = _("Co-development")

    def ready(self):
        from codev import (
            attachments,  # noqa: F401 - deletes attachments' files from the storage with their rows
            live_state,  # noqa: F401 - forgets cached access when a membership changes
            two_factor,  # noqa: F401 - asks for the second step after the password
        )
        from codev.notifications import signals  # noqa: F401 - connects the notification receivers
