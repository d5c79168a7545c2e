from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModelsLibraryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "models_library"
    verbose_name = _("Operational models")

    def ready(self):
        from models_library import signals  # noqa: F401 - connects the receivers
