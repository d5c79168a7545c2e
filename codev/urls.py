"""Routes of the co-development workspace, served under /<language>/codev/."""

from django.urls import include, path

from codev.views import board_colours, boards

app_name = "codev"
urlpatterns = [
    path("", include("codev.views.accounts")),
    path("", include("codev.views.member")),
    path("", include("codev.views.groups")),
    path("", include("codev.views.round_documents")),
    path("", include("codev.views.boards")),
    path("boards/<int:pk>/compose/<int:column_pk>/", boards.board_compose, name="board_compose"),
    path("boards/<int:pk>/colours/", board_colours.column_colours, name="board_colours"),
    path("", include("codev.views.live")),
    path("", include("codev.views.moderation")),
    path("", include("codev.views.notifications")),
    path("", include("codev.views.my_data")),
    path("", include("codev.views.process")),
    path("", include("codev.views.triage")),
    path("", include("codev.views.evaluation")),
    path("", include("codev.views.dashboard")),
    path("", include("codev.views.reminders")),
    path("", include("codev.themes.views")),
    path("", include("codev.themes.similar_views")),
    path("", include("codev.themes.draft_views")),
    path("", include("codev.views.two_factor")),
    path("", include("codev.views.two_factor_setup")),
    path("", include("codev.views.two_factor_recovery")),
    path("", include("codev.views.two_factor_disable")),
    path("", include("codev.views.two_factor_verify")),
]
