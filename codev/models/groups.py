"""Co-development groups, their members and invitations."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from codev.names import normalise_display_name, validate_visible_characters


class Role(models.TextChoices):
    FACILITATOR = "facilitator", _("Facilitator")
    PROFESSIONAL = "professional", _("Professional")
    EXPERT = "expert", _("Expert by experience")
    YOUNG_PERSON = "young_person", _("Young person")
    MANAGER = "manager", _("Manager")
    OBSERVER = "observer", _("Observer")


class Profile(models.Model):
    """How a participant appears to others: a display name that may be a pseudonym."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="codev_profile")
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        help_text=_("Shown to the other members. It may be a pseudonym."),
        validators=[validate_visible_characters],
    )

    class Meta:
        verbose_name = _("participant profile")
        verbose_name_plural = _("participant profiles")

    def __str__(self):
        return self.display_name

    def clean(self):
        self.display_name = normalise_display_name(self.display_name)


def display_name(user):
    """The name others see; a deleted account's posts carry a neutral pseudonym, in the reader's language."""
    if user is None:
        return gettext("Former member")
    profile = getattr(user, "codev_profile", None)
    return profile.display_name if profile else (user.get_full_name() or user.get_username())


class GroupQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Groups whose space the user may enter: only their own (superusers see all, to administer)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(memberships__user=user, memberships__is_active=True).distinct()

    def administered_by(self, user):
        """Groups the user runs in the admin: those they facilitate; a superuser administers all."""
        if user.is_authenticated and user.is_superuser:
            return self
        return self.facilitated_by(user)

    def facilitated_by(self, user):
        """Groups the user facilitates now; being a superuser or an admin user is not facilitating."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            pk__in=Membership.objects.filter(user=user, is_active=True, role=Role.FACILITATOR).values("group_id")
        )

    def working_on(self, page_id):
        """Groups with the model on their list, or with a board on it (a board may outlive the list)."""
        return self.filter(
            models.Q(operational_models=page_id) | models.Q(rounds__boards__operational_model=page_id)
        ).distinct()


class CoDevelopmentGroup(models.Model):
    """A co-development group (yhteiskehittämisryhmä): works on operational models in monthly rounds."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    project = models.ForeignKey(
        "models_library.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="codev_groups",
        verbose_name=_("project"),
    )
    description = models.TextField(_("description"), blank=True)
    operational_models = models.ManyToManyField(
        "models_library.OperationalModelPage",
        blank=True,
        related_name="codev_groups",
        verbose_name=_("operational models under work"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = GroupQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("co-development group")
        verbose_name_plural = _("co-development groups")

    def __str__(self):
        return self.name


class Membership(models.Model):
    group = models.ForeignKey(
        CoDevelopmentGroup, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("group")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="codev_memberships", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PROFESSIONAL)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    region = models.ForeignKey(
        "models_library.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("wellbeing services county"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        ordering = ["group_id", "role", "joined_at"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group")]

    def __str__(self):
        return f"{display_name(self.user)} – {self.group} ({self.get_role_display()})"

    @property
    def is_facilitator(self):
        return self.role == Role.FACILITATOR

    @property
    def can_post(self):
        return self.is_active and self.role != Role.OBSERVER


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """A single-use, expiring invitation to a group, sent by email. Only the token's hash is stored."""

    VALID_FOR = timedelta(days=14)

    group = models.ForeignKey(
        CoDevelopmentGroup, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("group")
    )
    email = models.EmailField(_("email"))
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PROFESSIONAL)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    region = models.ForeignKey(
        "models_library.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("wellbeing services county"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("invited by")
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.group}"

    @classmethod
    def issue(cls, **fields):
        """A new invitation and its token; the token is only ever in the email."""
        token = secrets.token_urlsafe(32)
        fields.setdefault("expires_at", timezone.now() + cls.VALID_FOR)
        return cls.objects.create(token_hash=hash_token(token), **fields), token

    @classmethod
    def find(cls, token):
        return cls.objects.select_related("group").filter(token_hash=hash_token(token)).first()

    @property
    def is_used(self):
        return self.accepted_at is not None

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at
