"""Two-step sign-in: who needs it, authenticator apps (TOTP) and one-time recovery codes, on django-otp."""

import functools
import io
from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from codev.models import Membership, Role, TwoFactorEvent, TwoFactorEventKind

RECOVERY_CODE_COUNT = 10
# Set at sign-in for people with a confirmed device, so a request can tell that the second step is
# still to come without asking the database on every page.
PENDING_SESSION_KEY = "codev_second_step_pending"
# The recovery codes just created, shown once on the next page and then forgotten.
NEW_CODES_SESSION_KEY = "codev_new_recovery_codes"
DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery"


class SecondFactorRequired(PermissionDenied):
    """Raised by a view a facilitator may see only after the second step; SecondFactorMiddleware redirects.

    A PermissionDenied, so that without the middleware the page is refused rather than shown.
    """


def is_verified(user):
    # OTPMiddleware gives request.user this method; a user loaded elsewhere has not verified anything.
    return bool(getattr(user, "is_verified", None) and user.is_verified())


def is_enforced():
    return settings.CODEV_2FA_REQUIRED


def must_use_second_factor(user):
    """Staff, superusers, admin users and facilitators of any group see members' names: they may not opt out."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    if Membership.objects.filter(user=user, role=Role.FACILITATOR, is_active=True).exists():
        return True
    return user.has_perm("wagtailadmin.access_admin")


def require_second_factor(user):
    """For a view that shows facilitators what members do not see (names behind anonymous posts)."""
    if is_enforced() and not is_verified(user):
        raise SecondFactorRequired


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def second_step_url(request, next_url=None):
    """Where someone goes to prove the second factor: the code if they have an app, setting one up if not."""
    name = "codev:two_factor_verify" if has_second_factor(request.user) else "codev:two_factor_setup"
    return f"{reverse(name)}?{urlencode({'next': next_url or request.get_full_path()})}"


def next_url(request, default="codev:home"):
    """The page the person was going to, if it is on this site."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return wanted
    return reverse(default)


def verified_required(view):
    """Managing the second factor needs the second factor, even in a session signed in before it was turned on."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if has_second_factor(request.user) and not is_verified(request.user):
            return redirect(second_step_url(request))
        return view(request, *args, **kwargs)

    return wrapper


def pending_device(user):
    """The authenticator being set up: kept until confirmed, so reloading the page keeps the same QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def qr_code_svg(device):
    """The device's otpauth:// address as an inline SVG, drawn on the server (no script, no outside service)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    out = io.BytesIO()
    image.save(out)
    svg = out.getvalue().decode()
    # The image is embedded in HTML, where an XML declaration does not belong.
    return svg[svg.index("<svg") :]


def secret_for_manual_entry(device):
    """The key in base32, grouped in fours as authenticator apps show it."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def record(user, kind):
    TwoFactorEvent.objects.create(user=user, kind=kind)


def do_confirm_authenticator(*, user, device, token):
    """Turns two-step sign-in on when the first code from the app matches; returns the new recovery codes."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk, user=user, confirmed=False)
        if not device.verify_token(token):
            return None
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        record(user, TwoFactorEventKind.ENABLED)
        return do_create_recovery_codes(user=user)


def do_create_recovery_codes(*, user):
    """Ten new one-time codes; the old ones stop working."""
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
        record(user, TwoFactorEventKind.RECOVERY_CODES_CREATED)
    return codes


def do_disable(*, user):
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        record(user, TwoFactorEventKind.DISABLED)


def normalise(token):
    return "".join(token.split()).replace("-", "").lower()


def do_verify(*, user, code="", recovery_code=""):
    """The device that accepts the app's code or a recovery code (used up), or None.

    A code is accepted once: django-otp remembers the last time step used. After a wrong code
    django-otp makes the device wait, doubling the wait with each wrong try.
    """
    model, token = (TOTPDevice, code) if code else (StaticDevice, recovery_code)
    with transaction.atomic():
        for device in model.objects.select_for_update().filter(user=user, confirmed=True):
            if device.verify_token(normalise(token)):
                if model is StaticDevice:
                    record(user, TwoFactorEventKind.RECOVERY_CODE_USED)
                return device
    return None


def is_throttled(user, *, recovery=False):
    """True while django-otp makes the person wait after wrong codes."""
    model = StaticDevice if recovery else TOTPDevice
    devices = list(model.objects.filter(user=user, confirmed=True))
    return bool(devices) and not any(device.verify_is_allowed()[0] for device in devices)


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def complete_second_step(request, device):
    """The person has proved the second factor: a new session key, and the device remembered in it."""
    request.session.cycle_key()
    otp_login(request, device)
    request.session.pop(PENDING_SESSION_KEY, None)


@receiver(user_logged_in)
def mark_pending_at_sign_in(sender, request, user, **kwargs):
    """After the password, people who have an authenticator still owe the code."""
    if request is None or not hasattr(request, "session"):
        return
    if DEVICE_ID_SESSION_KEY not in request.session and has_second_factor(user):
        request.session[PENDING_SESSION_KEY] = True
