"""Routes of the co-development workspace, served under /<language>/codev/."""

from django.urls import include, path  # noqa: F401 - area modules are included below

app_name = "codev"
urlpatterns = [
    path("", include("codev.views.accounts")),
    path("", include("codev.views.member")),
    path("", include("codev.views.groups")),
    path("", include("codev.views.boards")),
]
