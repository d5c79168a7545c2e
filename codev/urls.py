"""Routes of the co-development workspace, served under /<language>/codev/."""

from django.urls import include, path

from codev.views import dot_votes, reactions

app_name = "codev"
urlpatterns = [
    path("", include("codev.views.accounts")),
    path("", include("codev.views.member")),
    path("", include("codev.views.groups")),
    path("", include("codev.views.round_documents")),
    path("", include("codev.views.boards")),
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
    path("posts/<int:pk>/react/", reactions.react, name="react"),
    path("boards/<int:pk>/second-reaction/", reactions.set_second_reaction, name="set_second_reaction"),
    path("posts/<int:pk>/dot-vote/", dot_votes.vote, name="dot_vote"),
    path("boards/<int:pk>/dot-vote/open/", dot_votes.open_vote, name="dot_vote_open"),
    path("boards/<int:pk>/dot-vote/close/", dot_votes.close_vote, name="dot_vote_close"),
]
