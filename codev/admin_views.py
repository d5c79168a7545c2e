"""Wagtail admin views and forms for facilitators: each one shows and changes only the groups they facilitate."""

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BaseColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.log_actions import log

from codev import actions
from codev.invitations import do_invite
from codev.models import (
    Board,
    CoDevelopmentGroup,
    Column,
    ColumnColour,
    Invitation,
    Membership,
    Post,
    Role,
    Round,
    RoundState,
    SecondReaction,
    SmallGroup,
    display_name,
)
from codev.reactions import do_set_second_reaction
from common import links
from models_library.models import ModelVersion, OperationalModelPage, ProjectPage


def ensure_boards(round_):
    """One board with the default columns for each model the round's group works on."""
    for model in round_.group.operational_models.all():
        actions.create_board(round_, model)


def timestamp(name):
    """A listing cell: the date and time of the field `name`, in the reader's local time and format."""

    def value(obj):
        moment = getattr(obj, name)
        return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") if moment else ""

    return value


def yes_no(name):
    """A listing cell: the boolean field `name` in words, not as a coloured icon."""
    return lambda obj: _("Yes") if getattr(obj, name) else _("No")


def invitation_status(invitation):
    if invitation.is_used:
        return _("Accepted")
    if invitation.is_expired:
        return _("Expired")
    return _("Pending")


# Views: the queryset of every view is limited to the user's groups, so other groups' objects are 404.


class GroupScopedMixin:
    """`group_lookup` is the path from the model to its co-development group ("pk" for the group itself)."""

    group_lookup = "group"
    related = ()

    def scope(self, queryset):
        queryset = queryset.select_related(*self.related)
        if self.request.user.is_superuser:
            return queryset
        return queryset.filter(
            **{f"{self.group_lookup}__in": CoDevelopmentGroup.objects.administered_by(self.request.user)}
        )


class ScopedIndexView(GroupScopedMixin, generic.IndexView):
    def get_base_queryset(self):
        return self.scope(super().get_base_queryset())

    @cached_property
    def columns(self):
        columns = super().columns
        first = columns[0]
        # A computed first column still links to the edit view and carries the row's action buttons.
        if isinstance(first, BaseColumn) and not isinstance(first, TitleColumn):
            title_class = self._get_title_column_class(TitleColumn)
            columns[0] = title_class(first.name, label=first.label, accessor=first.accessor, get_url=self.get_edit_url)
        return columns


class ScopedCreateView(GroupScopedMixin, generic.CreateView):
    pass


class ScopedEditView(GroupScopedMixin, generic.EditView):
    def get_queryset(self):
        return self.scope(super().get_queryset())


class ScopedDeleteView(GroupScopedMixin, generic.DeleteView):
    """Deleting is refused while the object holds members' posts: they are the group's record."""

    posts_lookup = None

    def get_queryset(self):
        return self.scope(super().get_queryset())

    def refusal(self):
        if self.posts_lookup and Post.objects.filter(**{self.posts_lookup: self.object}).exists():
            messages.error(
                self.request,
                _("“%(object)s” has members' posts, so it cannot be deleted: the posts are the group's record.")
                % {"object": self.object},
            )
            return redirect(self.edit_url_name, self.object.pk)
        return None

    def get(self, request, *args, **kwargs):
        return self.refusal() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refusal() or super().post(request, *args, **kwargs)


class ScopedHistoryView(GroupScopedMixin, history.HistoryView):
    def get_base_object_queryset(self):
        return self.scope(super().get_base_object_queryset())


class ScopedUsageView(GroupScopedMixin, usage.UsageView):
    def get_base_object_queryset(self):
        return self.scope(super().get_base_object_queryset())


# Listing filters: a group or round offered as a filter is one of the user's own.


def own_groups(request):
    return CoDevelopmentGroup.objects.administered_by(request.user)


def own_rounds(request):
    return Round.objects.filter(group__in=CoDevelopmentGroup.objects.administered_by(request.user)).select_related(
        "group"
    )


class MembershipFilterSet(WagtailFilterSet):
    group = django_filters.ModelChoiceFilter(queryset=own_groups, label=_("group"))

    class Meta:
        model = Membership
        fields = ["group", "role", "is_active"]


class InvitationFilterSet(WagtailFilterSet):
    group = django_filters.ModelChoiceFilter(queryset=own_groups, label=_("group"))

    class Meta:
        model = Invitation
        fields = ["group", "role"]


class RoundFilterSet(WagtailFilterSet):
    group = django_filters.ModelChoiceFilter(queryset=own_groups, label=_("group"))

    class Meta:
        model = Round
        fields = ["group"]


class BoardFilterSet(WagtailFilterSet):
    round = django_filters.ModelChoiceFilter(queryset=own_rounds, label=_("round"))

    class Meta:
        model = Board
        fields = ["round", "pre_moderation"]


class SmallGroupFilterSet(WagtailFilterSet):
    round = django_filters.ModelChoiceFilter(queryset=own_rounds, label=_("round"))

    class Meta:
        model = SmallGroup
        fields = ["round"]


# Forms: every choice of group, round, member or model is limited to the user's groups.


class ScopedForm(WagtailAdminModelForm):
    @cached_property
    def groups(self):
        return CoDevelopmentGroup.objects.administered_by(self.for_user)

    def scope_group_field(self, name="group"):
        if name in self.fields:
            self.fields[name].queryset = self.groups


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{display_name(obj)} ({obj.get_username()})"


class VersionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return _("%(model)s – version %(label)s (%(date)s)") % {
            "model": obj.page.title,
            "label": obj.label,
            "date": date_format(timezone.localtime(obj.published_at), "SHORT_DATE_FORMAT"),
        }


class MemberChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{display_name(obj.user)} – {obj.get_role_display()} ({obj.group})"


class GroupForm(ScopedForm):
    class Meta:
        model = CoDevelopmentGroup
        fields = ["name", "slug", "project", "description", "operational_models"]
        widgets = {"operational_models": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = ProjectPage.objects.order_by("title")
        self.fields["operational_models"].queryset = OperationalModelPage.objects.order_by("title")


class MembershipForm(ScopedForm):
    user = UserChoiceField(queryset=get_user_model().objects.none(), label=_("user"))

    class Meta:
        model = Membership
        fields = ["group", "user", "role", "organisation", "region", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope_group_field()
        # People join by invitation; here a facilitator only places members of their own groups.
        users = get_user_model().objects.select_related("codev_profile").order_by("codev_profile__display_name")
        if not self.for_user.is_superuser:
            users = users.filter(codev_memberships__group__in=self.groups).distinct()
        self.fields["user"].queryset = users
        if self.instance.pk:
            self.fields["user"].disabled = True


class InvitationForm(ScopedForm):
    class Meta:
        model = Invitation
        fields = ["group", "email", "role", "organisation", "region"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope_group_field()


class InvitationEditForm(ScopedForm):
    """The address and the link stay as sent; what the person gets on accepting can still change."""

    class Meta:
        model = Invitation
        fields = ["role", "organisation", "region"]


# The languages other than Finnish that a round's theme can be given in.
THEME_LANGUAGES = ("sv", "en")


class RoundForm(ScopedForm):
    theme_sv = forms.CharField(
        label=_("theme in Swedish"), max_length=200, required=False, help_text=_("For members who read in Swedish.")
    )
    theme_en = forms.CharField(
        label=_("theme in English"), max_length=200, required=False, help_text=_("For members who read in English.")
    )
    pre_reading = VersionChoiceField(
        queryset=ModelVersion.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("pre-reading"),
        help_text=_("The published versions to read before the workshop."),
    )

    class Meta:
        model = Round
        fields = [
            "group",
            "number",
            "theme",
            "theme_sv",
            "theme_en",
            "workshop_starts_at",
            "workshop_ends_at",
            "format",
            "place",
            "meeting_link",
            "agenda",
            "pre_reading",
            "feedback_opens_at",
            "feedback_closes_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope_group_field()
        for code in THEME_LANGUAGES:
            self.fields[f"theme_{code}"].initial = self.instance.translated_themes.get(code, "")
        groups = [self.instance.group_id] if self.instance.group_id else self.groups
        self.fields["pre_reading"].queryset = (
            ModelVersion.objects.filter(page__codev_groups__in=groups)
            .select_related("page")
            .distinct()
            .order_by("page__title", "-number", "-correction")
        )

    def clean(self):
        cleaned = super().clean()
        group, versions = cleaned.get("group"), cleaned.get("pre_reading")
        if group and versions:
            model_ids = set(group.operational_models.values_list("pk", flat=True))
            if any(version.page_id not in model_ids for version in versions):
                self.add_error("pre_reading", _("Choose versions of the models this group works on."))
        self.instance.translated_themes = {
            code: cleaned[f"theme_{code}"].strip()
            for code in THEME_LANGUAGES
            if cleaned.get(f"theme_{code}", "").strip()
        }
        return cleaned


class BoardCreateForm(ScopedForm):
    class Meta:
        model = Board
        fields = ["round", "operational_model"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = Round.objects.filter(group__in=self.groups).select_related("group")
        self.fields["operational_model"].queryset = (
            OperationalModelPage.objects.filter(codev_groups__in=self.groups).distinct().order_by("title")
        )

    def clean(self):
        cleaned = super().clean()
        round_, model = cleaned.get("round"), cleaned.get("operational_model")
        if round_ and model and not round_.group.operational_models.filter(pk=model.pk).exists():
            self.add_error("operational_model", _("Choose a model this round's group works on."))
        return cleaned


class BoardEditForm(ScopedForm):
    # Not a model field here: switching goes through the action, which records it.
    pre_moderation = forms.BooleanField(
        label=_("pre-moderation"),
        required=False,
        help_text=_("New posts wait for a facilitator's approval before others see them."),
    )
    second_reaction = forms.ChoiceField(
        label=_("second reaction"),
        required=False,
        choices=SecondReaction.choices,
        help_text=_("Besides agreeing, members may mark posts important or rate them from 1 to 5."),
    )

    class Meta:
        model = Board
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pre_moderation"].initial = self.instance.pre_moderation
        self.fields["second_reaction"].initial = self.instance.second_reaction


class ColumnFormSetBase(BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        for form in self.deleted_forms:
            if form.instance.pk and form.instance.posts.exists():
                raise ValidationError(
                    _("The column “%(name)s” has posts. Move them to another column on the board before deleting it.")
                    % {"name": form.instance.name}
                )
        kept = [form for form in self.forms if form.cleaned_data.get("name") and not self._should_delete_form(form)]
        if not kept:
            raise ValidationError(_("A board needs at least one column."))


class ColumnForm(forms.ModelForm):
    # Not required: a form that sends no colour (a new row, an older form) keeps the column's colour.
    colour = forms.ChoiceField(label=_("colour"), choices=ColumnColour.choices, required=False)

    class Meta:
        model = Column
        fields = ["name", "sort_order", "colour"]

    def clean_colour(self):
        return self.cleaned_data["colour"] or self.instance.colour or ColumnColour.GREY


ColumnFormSet = inlineformset_factory(
    Board,
    Column,
    form=ColumnForm,
    formset=ColumnFormSetBase,
    fields=["name", "sort_order", "colour"],
    extra=2,
    can_delete=True,
)


class SmallGroupForm(ScopedForm):
    members = MemberChoiceField(
        queryset=Membership.objects.none(), required=False, widget=forms.CheckboxSelectMultiple, label=_("members")
    )

    class Meta:
        model = SmallGroup
        fields = ["round", "name", "members"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["round"].queryset = Round.objects.filter(group__in=self.groups).select_related("group")
        groups = [self.instance.round.group_id] if self.instance.round_id else self.groups
        self.fields["members"].queryset = (
            Membership.objects.filter(group__in=groups, is_active=True)
            .select_related("user__codev_profile", "group")
            .order_by("group__name", "role", "joined_at")
        )

    def clean(self):
        cleaned = super().clean()
        round_, members = cleaned.get("round"), cleaned.get("members")
        if round_ and members and any(member.group_id != round_.group_id for member in members):
            self.add_error("members", _("Choose members of the round's own group."))
        return cleaned


# Saving: creations that must go through the workspace's actions, and what follows a save.


class GroupCreateView(ScopedCreateView):
    def save_instance(self):
        group = super().save_instance()
        # Whoever creates a group facilitates it; otherwise it would vanish from their own list.
        if not self.request.user.is_superuser:
            Membership.objects.get_or_create(group=group, user=self.request.user, defaults={"role": Role.FACILITATOR})
        return group


class GroupEditView(ScopedEditView):
    def save_instance(self):
        group = super().save_instance()
        # A model added to the group gets its boards in the rounds still to come.
        for round_ in group.rounds.all():
            if round_.state() != RoundState.CLOSED:
                ensure_boards(round_)
        return group


class InvitationCreateView(ScopedCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        invitation = do_invite(
            group=data["group"],
            email=data["email"],
            role=data["role"],
            organisation=data["organisation"],
            region=data["region"],
            invited_by=self.request.user,
            base_url=links.base_url(self.request),
        )
        log(instance=invitation, action="wagtail.create", user=self.request.user)
        return invitation


class RoundCreateView(ScopedCreateView):
    def save_instance(self):
        round_ = super().save_instance()
        ensure_boards(round_)
        return round_


class RoundEditView(ScopedEditView):
    def save_instance(self):
        round_ = super().save_instance()
        ensure_boards(round_)
        return round_


class BoardCreateView(ScopedCreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        board = actions.create_board(data["round"], data["operational_model"])
        log(instance=board, action="wagtail.create", user=self.request.user)
        return board


class BoardEditView(ScopedEditView):
    """Pre-moderation, the second reaction and the board's columns: rename, add, reorder, and delete empty ones."""

    @cached_property
    def columns_formset(self):
        data = self.request.POST if self.request.method == "POST" else None
        next_order = max((column.sort_order for column in self.object.columns.all()), default=-1) + 1
        return ColumnFormSet(
            data,
            instance=self.object,
            prefix="columns",
            initial=[{"sort_order": next_order + index} for index in range(ColumnFormSet.extra)],
        )

    def is_valid(self, form):
        form_valid = super().is_valid(form)
        if not self.columns_formset.is_valid():
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return False
        return form_valid

    def save_instance(self):
        # The board row is never saved from the form: that could roll back its live change sequence.
        board = self.object
        with transaction.atomic():
            enabled = self.form.cleaned_data["pre_moderation"]
            if enabled != board.pre_moderation:
                actions.do_set_premoderation(actor=self.request.user, board=board, enabled=enabled)
            kind = self.form.cleaned_data["second_reaction"] or board.second_reaction
            do_set_second_reaction(actor=self.request.user, board=board, kind=kind)
            if self.columns_formset.has_changed():
                self.columns_formset.save()
                actions.bump(board)
            log(instance=board, action="wagtail.edit", user=self.request.user)
        return board

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns_formset"] = self.columns_formset
        return context
