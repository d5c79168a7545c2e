"""The editor's form for operational models: asks for a change note when publishing a new version."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from models_library.models.versions import ModelVersion, PublicationKind


class OperationalModelPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if page.pk and page.live and not page.has_unpublished_changes:
            # Starting a new edit of a published model: the last note belongs to the last version.
            self.initial["change_note"] = ""
            self.initial["publication_kind"] = PublicationKind.VERSION

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data  # drafts may be incomplete; the rules below apply to publishing
        latest = (
            ModelVersion.objects.filter(page_id=self.instance.pk).order_by("-number").first()
            if self.instance.pk
            else None
        )
        if cleaned_data.get("unplaced"):
            self.add_error(
                "unplaced",
                _("Move these imported parts into their sections, or delete them, before publishing."),
            )
        is_correction = cleaned_data.get("publication_kind") == PublicationKind.CORRECTION
        if is_correction and latest is None:
            self.add_error("publication_kind", _("There is no published version to correct yet."))
        if latest and not (cleaned_data.get("change_note") or "").strip():
            number = latest.number if is_correction else latest.number + 1
            self.add_error(
                "change_note",
                _("Write what changed and why: readers of version %(number)s will see it in the history.")
                % {"number": number},
            )
        return cleaned_data
