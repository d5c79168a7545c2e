"""Routes of the co-development workspace, served under /<language>/codev/."""

from django.urls import include, path

from codev.views import attachments, board_colours, boards, dot_votes, reactions, text_feedback, workshop

app_name = "codev"
urlpatterns = [
    path("", include("codev.views.accounts")),
    path("", include("codev.views.member")),
    path("", include("codev.views.groups")),
    path("", include("codev.views.round_documents")),
    path("", include("codev.views.boards")),
    path("attachments/<int:pk>/", attachments.attachment_file, name="attachment"),
    path("attachments/<int:pk>/thumbnail/", attachments.attachment_thumbnail, name="attachment_thumbnail"),
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
    path("text-feedback/<int:version_pk>/notes/", text_feedback.version_notes, name="text_feedback_notes"),
    path("text-feedback/<int:version_pk>/comment/", text_feedback.comment, name="text_feedback_comment"),
    path("boards/<int:pk>/timer/", workshop.board_timer, name="board_timer"),
    path("boards/<int:pk>/focus/", workshop.board_focus, name="board_focus"),
    path("boards/<int:pk>/join-qr.svg", workshop.join_qr, name="board_join_qr"),
    path("j/<str:code>/", workshop.join, name="join"),
    path("posts/<int:pk>/react/", reactions.react, name="react"),
    path("boards/<int:pk>/second-reaction/", reactions.set_second_reaction, name="set_second_reaction"),
    path("posts/<int:pk>/dot-vote/", dot_votes.vote, name="dot_vote"),
    path("boards/<int:pk>/dot-vote/open/", dot_votes.open_vote, name="dot_vote_open"),
    path("boards/<int:pk>/dot-vote/close/", dot_votes.close_vote, name="dot_vote_close"),
]
