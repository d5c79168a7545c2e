"""Every route of the co-development workspace, served under /<language>/codev/, and its pages in the Wagtail admin."""

from django.urls import path

from codev.themes import draft_views, similar_views
from codev.themes import views as themes
from codev.views import (
    accounts,
    attachments,
    board_colours,
    boards,
    dashboard,
    dot_votes,
    evaluation,
    groups,
    live,
    lockouts,
    member,
    member_account_deletion,
    moderation,
    my_data,
    notifications,
    process,
    reactions,
    reminders,
    round_documents,
    text_feedback,
    triage,
    two_factor,
    two_factor_disable,
    two_factor_recovery,
    two_factor_setup,
    two_factor_verify,
    version_response,
    workshop,
)

app_name = "codev"
urlpatterns = [
    path("invitations/<str:token>/", accounts.accept_invitation, name="accept_invitation"),
    path("", member.home, name="home"),
    # Groups and rounds.
    path("groups/<slug:slug>/", groups.group_detail, name="group"),
    path("groups/<slug:slug>/rounds/<int:number>/", groups.round_detail, name="round"),
    path("groups/<slug:slug>/rounds/<int:number>/pre-reading.pdf", round_documents.pre_reading_pdf, name="round_pack"),
    path("groups/<slug:slug>/rounds/<int:number>/calendar.ics", round_documents.calendar_file, name="round_calendar"),
    # Boards and posts.
    path("boards/<int:pk>/", boards.board_detail, name="board"),
    path("boards/<int:pk>/posts/", boards.post_create, name="post_create"),
    path("boards/<int:pk>/columns/<int:column_pk>/", boards.board_column, name="board_column"),
    path("posts/<int:pk>/reply/", boards.reply_create, name="reply_create"),
    path("posts/<int:pk>/reply/form/", boards.reply_form, name="reply_form"),
    path("posts/<int:pk>/agree/", boards.agree, name="agree"),
    path("posts/<int:pk>/edit/", boards.post_edit, name="post_edit"),
    path("posts/<int:pk>/delete/", boards.post_delete, name="post_delete"),
    path("boards/<int:pk>/changes/", live.board_changes, name="board_changes"),
    path("boards/<int:pk>/present/", live.board_present, name="board_present"),
    path("posts/<int:pk>/moderate/", moderation.moderate_post, name="moderate_post"),
    path("boards/<int:pk>/premoderation/", moderation.set_premoderation, name="set_premoderation"),
    path("rounds/<int:pk>/small-groups/", moderation.small_groups, name="small_groups"),
    # The member's own settings and data.
    path("notifications/", notifications.preferences, name="notifications"),
    path("notifications/unsubscribe/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    path("my-data/", my_data.my_data, name="my_data"),
    path("my-data/download.json", my_data.download_json, name="my_data_json"),
    path("my-data/download.zip", my_data.download_zip, name="my_data_zip"),
    path("my-data/delete/", my_data.delete_account, name="delete_account"),
    path("account-deleted/", my_data.account_deleted, name="account_deleted"),
    # From feedback to versions: the process, triage, evaluation and the facilitator's dashboard.
    path("groups/<slug:slug>/process/", process.process, name="process"),
    path("boards/<int:pk>/summary/", process.board_summary, name="board_summary"),
    path("groups/<slug:slug>/triage/", triage.triage, name="triage"),
    path("groups/<slug:slug>/rounds/<int:number>/evaluation/", evaluation.round_evaluation, name="round_evaluation"),
    path(
        "groups/<slug:slug>/rounds/<int:number>/evaluation/results/",
        evaluation.round_evaluation_results,
        name="round_evaluation_results",
    ),
    path("groups/<slug:slug>/meter/criteria/", evaluation.meter_criteria, name="meter_criteria"),
    path("boards/<int:pk>/meter/", evaluation.board_meter, name="board_meter"),
    path("groups/<slug:slug>/dashboard/", dashboard.dashboard, name="dashboard"),
    path(
        "groups/<slug:slug>/dashboard/rounds/<int:number>/feedback.csv",
        dashboard.feedback_csv_export,
        name="dashboard_feedback_csv",
    ),
    path(
        "groups/<slug:slug>/dashboard/rounds/<int:number>/feedback.xlsx",
        dashboard.feedback_xlsx_export,
        name="dashboard_feedback_xlsx",
    ),
    path("groups/<slug:slug>/dashboard/export.json", dashboard.group_json_export, name="dashboard_export_json"),
    path("rounds/<int:pk>/remind/", reminders.remind_absent_members, name="remind_absent_members"),
    # Themes of the feedback.
    path("groups/<slug:slug>/themes/boards/<int:pk>/", themes.board_themes, name="board_themes"),
    path("groups/<slug:slug>/themes/rounds/<int:number>/", themes.round_themes, name="round_themes"),
    path("groups/<slug:slug>/themes/models/<int:pk>/", themes.model_themes, name="model_themes"),
    path("groups/<slug:slug>/themes/<int:pk>/triage/", themes.theme_triage, name="theme_triage"),
    path("boards/<int:pk>/similar/", similar_views.similar_posts, name="similar_posts"),
    path("groups/<slug:slug>/themes/boards/<int:pk>/summary-draft/", draft_views.summary_draft, name="summary_draft"),
    # Two-step sign-in.
    path("two-step/", two_factor.overview, name="two_factor"),
    path("two-step/setup/", two_factor_setup.setup, name="two_factor_setup"),
    path("two-step/recovery-codes/", two_factor_recovery.recovery_codes, name="two_factor_recovery_codes"),
    path("two-step/turn-off/", two_factor_disable.disable, name="two_factor_disable"),
    path("two-step/verify/", two_factor_verify.verify, name="two_factor_verify"),
    # The wall: writing in a column, column colours.
    path("boards/<int:pk>/compose/<int:column_pk>/", boards.board_compose, name="board_compose"),
    path("boards/<int:pk>/colours/", board_colours.column_colours, name="board_colours"),
    # Files attached to posts, served through the board's permission check.
    path("attachments/<int:pk>/", attachments.attachment_file, name="attachment"),
    path("attachments/<int:pk>/thumbnail/", attachments.attachment_thumbnail, name="attachment_thumbnail"),
    # Comments on the model's text, from its version pages.
    path("text-feedback/<int:version_pk>/notes/", text_feedback.version_notes, name="text_feedback_notes"),
    path("text-feedback/<int:version_pk>/comment/", text_feedback.comment, name="text_feedback_comment"),
    # Workshop mode: timer, focus, join link and QR code.
    path("boards/<int:pk>/timer/", workshop.board_timer, name="board_timer"),
    path("boards/<int:pk>/focus/", workshop.board_focus, name="board_focus"),
    path("boards/<int:pk>/join-qr.svg", workshop.join_qr, name="board_join_qr"),
    path("j/<str:code>/", workshop.join, name="join"),
    # Second reactions and dot votes.
    path("posts/<int:pk>/react/", reactions.react, name="react"),
    path("boards/<int:pk>/second-reaction/", reactions.set_second_reaction, name="set_second_reaction"),
    path("posts/<int:pk>/dot-vote/", dot_votes.vote, name="dot_vote"),
    path("boards/<int:pk>/dot-vote/open/", dot_votes.open_vote, name="dot_vote_open"),
    path("boards/<int:pk>/dot-vote/close/", dot_votes.close_vote, name="dot_vote_close"),
]

# Under /admin/, registered by codev.wagtail_hooks; Wagtail's admin has no namespaces, so the names carry "codev_".
admin_urlpatterns = [
    path(
        "codev/versions/<int:version_id>/feedback/",
        version_response.version_response,
        name="codev_version_response",
    ),
    path(
        "codev/members/<int:membership_id>/delete-account/",
        member_account_deletion.delete_member_account,
        name="codev_delete_member_account",
    ),
    path("codev/account-deletions/", member_account_deletion.account_deletions, name="codev_account_deletions"),
    path("sign-in-lockouts/", lockouts.index, name="codev_lockouts"),
    path("sign-in-lockouts/results/", lockouts.results, name="codev_lockouts_results"),
    path("sign-in-lockouts/<int:pk>/unlock/<str:what>/", lockouts.unlock, name="codev_lockouts_unlock"),
]
