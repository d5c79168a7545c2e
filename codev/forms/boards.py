"""Forms of the board: posting, replying, editing, and the view's sort and small-group choice."""

import uuid

from django import forms
from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from codev import actions
from codev.dot_voting import latest_vote
from codev.forms.attachments import AttachmentSlotsMixin
from codev.models import POST_MAX_LENGTH, Attachment, SecondReaction, SmallGroup
from codev.quotes import QUOTE_CONTEXT, find_quote
from models_library.models import ModelVersion
from models_library.sections import SECTION_CHOICES

QUOTE_MAX_LENGTH = 1000

SORT_NEWEST, SORT_AGREED, SORT_SECTION = "newest", "agreed", "section"
SORT_IMPORTANT, SORT_RATED, SORT_VOTED = "important", "rated", "voted"
SORT_CHOICES = [
    (SORT_NEWEST, _("Board order: newest first unless moved")),
    (SORT_AGREED, _("Most agreed first")),
    (SORT_SECTION, _("By model section")),
]
# Offered only on boards that have the reaction or a vote to sort by.
SORT_BY_SECOND_REACTION = {
    SecondReaction.IMPORTANT: (SORT_IMPORTANT, _("Most important first")),
    SecondReaction.RATING: (SORT_RATED, _("Highest rated first")),
}
SORT_BY_VOTES = (SORT_VOTED, _("Most voted first"))


class TokenField(forms.UUIDField):
    """The form's submission token. Without a valid one the post is still stored, only unguarded against a
    second submission: refusing would lose the member's text over something they cannot see or fix."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            return None


class VersionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return _("Version %(label)s, published %(date)s") % {
            "label": obj.label,
            "date": date_format(obj.published_at, "DATE_FORMAT"),
        }


def body_field(label):
    return forms.CharField(
        label=label,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=format_lazy(
            _("At most {limit} characters. Links and simple formatting are kept."), limit=POST_MAX_LENGTH
        ),
    )


class BodyMixin:
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_body(self):
        # The actions decide what is empty or too long; asking them here puts the message next to the text.
        try:
            actions.clean_body(self.cleaned_data["body"])
        except actions.FeedbackError as error:
            raise forms.ValidationError(str(error)) from error
        return self.cleaned_data["body"]


class PostForm(AttachmentSlotsMixin, BodyMixin, forms.Form):
    body = body_field(_("Your post"))
    column = forms.ModelChoiceField(
        queryset=None,
        label=_("Column"),
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of this board's columns.")},
    )
    section = forms.ChoiceField(
        label=_("Model section (optional)"),
        required=False,
        choices=[("", _("The model as a whole"))] + SECTION_CHOICES,
        help_text=_("The part of the model description your post is about."),
    )
    quote_exact = forms.CharField(
        label=_("Quoted passage (optional)"),
        required=False,
        max_length=QUOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Copy the exact words from the version you read, so others find the passage."),
    )
    quote_version = VersionChoiceField(
        queryset=None,
        label=_("Version read"),
        required=False,
        empty_label=_("Choose the version"),
        help_text=_("Needed only when you quote a passage."),
    )
    # The text around a passage selected on the version page, to tell apart passages whose words repeat.
    quote_prefix = forms.CharField(required=False, max_length=4 * QUOTE_CONTEXT, widget=forms.HiddenInput)
    quote_suffix = forms.CharField(required=False, max_length=4 * QUOTE_CONTEXT, widget=forms.HiddenInput)
    is_anonymous = forms.BooleanField(
        label=_("Anonymous to other members"),
        required=False,
        help_text=_(
            "Other members see “Anonymous member” instead of your name. The facilitators still see who wrote the post."
        ),
    )
    small_group = forms.ModelChoiceField(
        queryset=None, label=_("Small group"), required=False, empty_label=_("No small group")
    )
    client_token = TokenField()

    def __init__(self, *args, board, member, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("client_token", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self.board = board
        self.fields["column"].queryset = board.columns.all()
        versions = ModelVersion.objects.for_page(board.operational_model).newest_first()
        self.fields["quote_version"].queryset = versions
        # Most quote the version the round gave as pre-reading; without one, the newest.
        read = (
            board.round.pre_reading.filter(page_id=board.operational_model_id).order_by("-number").first()
            or versions.first()
        )
        self.fields["quote_version"].initial = read.pk if read else None
        groups = (
            SmallGroup.objects.filter(round_id=board.round_id, members=member) if member else SmallGroup.objects.none()
        )
        self.fields["small_group"].queryset = groups
        self.quote = None

    @property
    def has_small_groups(self):
        return self.fields["small_group"].queryset.exists()

    @property
    def shows_options(self):
        """Whether "More options" opens: one of them holds something, or an error."""
        options = ("section", "quote_exact", "quote_version", "small_group", "is_anonymous")
        if self.is_bound:
            return any(name in self.errors for name in options) or any(
                self.data.get(name) for name in ("section", "quote_exact", "small_group", "is_anonymous")
            )
        return bool(self.initial.get("small_group"))

    def clean(self):
        data = super().clean()
        exact = (data.get("quote_exact") or "").strip()
        if exact:
            version = data.get("quote_version")
            if version is None:
                if "quote_version" not in self.errors:
                    self.add_error("quote_version", _("Choose the version you quoted the passage from."))
                return data
            self.quote = find_quote(
                version, exact, data.get("section", ""), data.get("quote_prefix", ""), data.get("quote_suffix", "")
            )
            if self.quote is None:
                self.add_error(
                    "quote_exact",
                    _(
                        "This passage is not in version %(label)s of the model. Copy the words exactly as the "
                        "version has them, choose the version you read, or leave the quote empty."
                    )
                    % {"label": version.label},
                )
            elif not data.get("section"):
                data["section"] = self.quote["section"]
        return data


class ReplyForm(AttachmentSlotsMixin, BodyMixin, forms.Form):
    body = body_field(_("Your reply"))
    is_anonymous = forms.BooleanField(
        label=_("Anonymous to other members"),
        required=False,
        help_text=_("The facilitators still see who wrote the reply."),
    )
    client_token = TokenField()


class AttachmentChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.original_name


class EditPostForm(BodyMixin, forms.Form):
    body = body_field(_("Text"))
    section = PostForm.base_fields["section"]

    remove_attachments = AttachmentChoiceField(
        queryset=Attachment.objects.none(),
        label=_("Remove attachments"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, post, **kwargs):
        super().__init__(*args, **kwargs)
        if post.parent_id:
            del self.fields["section"]
        self.fields["remove_attachments"].queryset = post.attachments.in_order()
        if not self.fields["remove_attachments"].queryset:
            del self.fields["remove_attachments"]


class BoardViewForm(forms.Form):
    """How the board is shown: sort order, and optionally one small group's posts only."""

    sort = forms.ChoiceField(label=_("Sort posts"), choices=SORT_CHOICES, required=False)
    small_group = forms.ModelChoiceField(
        queryset=None, label=_("Small group"), required=False, empty_label=_("All posts")
    )

    def __init__(self, *args, board, **kwargs):
        # Its own ids: the post form on the same page has a small-group field too.
        super().__init__(*args, label_suffix="", auto_id="view-%s", **kwargs)
        self.fields["small_group"].queryset = SmallGroup.objects.filter(round_id=board.round_id)
        self.fields["sort"].choices = sort_choices(board)

    def choices(self):
        """The valid choices; anything else in the address falls back to the defaults."""
        self.is_valid()
        return self.cleaned_data.get("sort") or SORT_NEWEST, self.cleaned_data.get("small_group")


def sort_choices(board):
    """The orders this board offers: the reaction it asks for and its dot vote add theirs."""
    choices = list(SORT_CHOICES)
    if board.second_reaction in SORT_BY_SECOND_REACTION:
        choices.append(SORT_BY_SECOND_REACTION[board.second_reaction])
    if latest_vote(board) is not None:
        choices.append(SORT_BY_VOTES)
    return choices
