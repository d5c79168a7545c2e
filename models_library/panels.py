"""An editor panel listing the published versions of the model being edited."""

from wagtail.admin.panels import Panel

from models_library.models.versions import ModelVersion


class VersionListPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "models_library/admin/version_list_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            versions = []
            if page.pk:
                versions = list(ModelVersion.objects.for_page(page).newest_first().select_related("published_by"))
            context.update(versions=versions, page=page)
            return context
