"""The "Co-development" admin menu (groups, members, invitations, rounds, boards, small groups), the hooks
that tie feedback to the model versions that answer it, and the superusers' report of sign-in lockouts."""

from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from codev import admin_views as views
from codev.models import Board, CoDevelopmentGroup, Invitation, Membership, Round, SmallGroup, display_name


def cell(name, label, accessor):
    """A listing column computed by `accessor`, headed like the model's own field columns."""
    return Column(name, label=capfirst(label), accessor=accessor)


def when(name, label):
    return cell(name, label, views.timestamp(name))


class ScopedViewSet(ModelViewSet):
    """Every view lists and opens only the objects of groups the user facilitates."""

    group_lookup = "group"
    related = ()
    posts_lookup = None
    form_class = None
    edit_form_class = None
    copy_view_enabled = False
    search_backend_name = None

    index_view_class = views.ScopedIndexView
    add_view_class = views.ScopedCreateView
    edit_view_class = views.ScopedEditView
    delete_view_class = views.ScopedDeleteView
    history_view_class = views.ScopedHistoryView
    usage_view_class = views.ScopedUsageView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(group_lookup=self.group_lookup, related=self.related, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(posts_lookup=self.posts_lookup, **kwargs)

    def get_form_class(self, for_update=False):
        return self.edit_form_class if for_update and self.edit_form_class else self.form_class


class GroupViewSet(ScopedViewSet):
    model = CoDevelopmentGroup
    name = "codev_groups"
    url_prefix = "codev/groups"
    icon = "group"
    menu_label = _("Groups")
    group_lookup = "pk"
    related = ("project",)
    posts_lookup = "board__round__group"
    form_class = views.GroupForm
    add_view_class = views.GroupCreateView
    edit_view_class = views.GroupEditView
    list_display = ["name", "project"]
    search_fields = ["name", "description"]


class MembershipViewSet(ScopedViewSet):
    model = Membership
    name = "codev_memberships"
    url_prefix = "codev/members"
    icon = "user"
    menu_label = _("Members")
    related = ("user__codev_profile", "group", "region")
    form_class = views.MembershipForm
    list_display = [
        cell("member", _("member"), lambda membership: display_name(membership.user)),
        "group",
        "role",
        "organisation",
        "region",
        cell("is_active", _("active"), views.yes_no("is_active")),
    ]
    filterset_class = views.MembershipFilterSet
    search_fields = ["user__codev_profile__display_name", "user__email", "organisation"]
    edit_template_name = "codev/admin/membership_edit.html"


class InvitationViewSet(ScopedViewSet):
    model = Invitation
    name = "codev_invitations"
    url_prefix = "codev/invitations"
    icon = "mail"
    menu_label = _("Invitations")
    related = ("group",)
    form_class = views.InvitationForm
    edit_form_class = views.InvitationEditForm
    add_view_class = views.InvitationCreateView
    list_display = [
        "email",
        "group",
        "role",
        cell("status", _("status"), views.invitation_status),
        when("created_at", _("sent")),
        when("expires_at", _("expires")),
    ]
    filterset_class = views.InvitationFilterSet
    search_fields = ["email", "organisation"]


class RoundViewSet(ScopedViewSet):
    model = Round
    name = "codev_rounds"
    url_prefix = "codev/rounds"
    icon = "date"
    menu_label = _("Rounds")
    related = ("group",)
    posts_lookup = "board__round"
    form_class = views.RoundForm
    add_view_class = views.RoundCreateView
    edit_view_class = views.RoundEditView
    list_display = [
        "theme",
        "number",
        "group",
        cell("state", _("state"), "state_label"),
        when("workshop_starts_at", _("workshop starts")),
        when("feedback_closes_at", _("feedback closes")),
    ]
    filterset_class = views.RoundFilterSet
    search_fields = ["theme", "agenda"]


class BoardViewSet(ScopedViewSet):
    model = Board
    name = "codev_boards"
    url_prefix = "codev/boards"
    icon = "table"
    menu_label = _("Boards and columns")
    group_lookup = "round__group"
    related = ("round__group", "operational_model")
    posts_lookup = "board"
    form_class = views.BoardCreateForm
    edit_form_class = views.BoardEditForm
    add_view_class = views.BoardCreateView
    edit_view_class = views.BoardEditView
    edit_template_name = "codev/admin/board_edit.html"
    list_display = [
        cell("model", _("operational model"), lambda board: board.operational_model.title),
        "round",
        cell("pre_moderation", _("pre-moderation"), views.yes_no("pre_moderation")),
    ]
    filterset_class = views.BoardFilterSet


class SmallGroupViewSet(ScopedViewSet):
    model = SmallGroup
    name = "codev_small_groups"
    url_prefix = "codev/small-groups"
    icon = "list-ul"
    menu_label = _("Small groups")
    group_lookup = "round__group"
    related = ("round__group",)
    form_class = views.SmallGroupForm
    list_display = ["name", "round"]
    filterset_class = views.SmallGroupFilterSet


class CoDevelopmentViewSetGroup(ModelViewSetGroup):
    menu_label = _("Co-development")
    menu_icon = "group"
    menu_name = "co-development"
    items = (GroupViewSet, MembershipViewSet, InvitationViewSet, RoundViewSet, BoardViewSet, SmallGroupViewSet)


@hooks.register("register_admin_viewset")
def register_codev_viewsets():
    return CoDevelopmentViewSetGroup()


@hooks.register("register_admin_urls")
def register_codev_admin_urls():
    from codev.urls import admin_urlpatterns

    return admin_urlpatterns


@hooks.register("construct_homepage_panels")
def facilitator_home_panel(request, panels):
    from codev.admin_panels import add_facilitator_home

    add_facilitator_home(request, panels)


@hooks.register("after_publish_page")
def ask_which_feedback_the_version_answers(request, page):
    """After a model is published, a facilitator with unanswered feedback on it picks what the version answers."""
    from codev.responses import candidate_posts, responding_groups
    from codev.views.version_response import response_url
    from models_library.models import ModelVersion, OperationalModelPage

    if not isinstance(page.specific, OperationalModelPage):
        return None
    version = ModelVersion.objects.for_page(page).newest_first().first()
    groups = list(responding_groups(request.user, version)) if version else []
    waiting = [group for group in groups if candidate_posts(group, version).exists()]
    if not waiting:
        return None
    # With one group the plain address does; with several, the first group whose feedback waits.
    return redirect(response_url(version, waiting[0] if len(groups) > 1 else None))


@hooks.register("model_version_extras")
def feedback_answered_by_version(request, page, version):
    from codev.responses import addressed_posts_for_member, response_summary

    response = response_summary(version)
    if response is None:
        return None
    return render_to_string(
        "codev/public/version_response.html",
        {
            "version": version,
            "response": response,
            "posts": addressed_posts_for_member(request.user, version),
        },
        request=request,
    )


@hooks.register("model_version_extras")
def text_feedback_tools(request, page, version):
    from codev.views.text_feedback import version_tools

    return version_tools(request, page, version)


@hooks.register("model_section_extras")
def text_feedback_section_tools(request, page, version):
    from codev.views.text_feedback import section_tools

    return section_tools(request, page, version)


@hooks.register("model_page_extras")
def published_round_summaries(request, page):
    boards = list(
        Board.objects.filter(operational_model_id=page.pk, summary_published_at__isnull=False)
        .select_related("round__group")
        .order_by("-summary_published_at")
    )
    if not boards:
        return None
    return render_to_string("codev/public/board_summaries.html", {"boards": boards}, request=request)


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return SuperuserMenuItem(
        _("Sign-in lockouts"), reverse("codev_lockouts"), name="sign-in-lockouts", icon_name="lock", order=900
    )


@hooks.register("register_log_actions")
def register_unlock_action(actions):
    from codev.signin import UNLOCK_ACTION

    actions.register_action(UNLOCK_ACTION, _("Unlock sign-in"), _("Sign-in unlocked"))
