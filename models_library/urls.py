"""Every route of the library outside its pages' own (the pages route their versions themselves, as Wagtail does):
the open-data API, its Innokylä export, and the import pages of the Wagtail admin."""

from django.urls import path

from models_library import api, innokyla_api
from models_library.importing import views as importing

# Under /api/v1/, in the namespaces "api" and "api_innokyla".
api_urlpatterns = (
    [
        path("", api.api_index, name="index"),
        path("openapi.json", api.openapi_view, name="openapi"),
        path("models/", api.model_list, name="model-list"),
        path("models/<int:pk>/", api.model_detail, name="model-detail"),
        path("models/<int:pk>/versions/<int:number>/", api.model_version, name="model-version"),
    ],
    "api",
)
innokyla_urlpatterns = (
    [
        path(
            "models/<int:pk>/versions/<int:number>/innokyla/", innokyla_api.model_version_innokyla, name="model-version"
        )
    ],
    "api_innokyla",
)

# Under /admin/, registered by models_library.wagtail_hooks.
admin_urlpatterns = [
    path("models/import/<int:parent_id>/", importing.import_model, name="models_library_import"),
    path("models/import/summary/<int:page_id>/", importing.import_summary_view, name="models_library_import_summary"),
]
