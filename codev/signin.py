"""Sign-in lockout: whose attempts count together, the client's address, the locked page, and unlocking."""

import ipaddress

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.shortcuts import render
from wagtail.log_actions import log

UNLOCK_ACTION = "codev.unlock_sign_in"


def client_ip(request):
    """The client's IP address: REMOTE_ADDR, or the X-Forwarded-For entry that the trusted proxies added.

    With TRUSTED_PROXY_COUNT proxies, each appending the address it was connected from, the client is that many
    entries from the right; anything to the left of it was written by the client and cannot be trusted.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            try:
                return str(ipaddress.ip_address(forwarded[-count]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR")


def account_key(request, credentials=None):
    """The name that failed attempts on one account are counted under.

    People sign in with their username or email address in any letter case (codev.backends), so
    "Aino@Example.org", "aino@example.org" and the username "aino" must all count against the same account.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    typed = (credentials or {}).get(field) or (request.POST.get(field) if request else None) or ""
    typed = typed.strip()
    if not typed:
        return ""
    user = (
        get_user_model()
        ._default_manager.filter(Q(username__iexact=typed) | Q(email__iexact=typed))
        .order_by("pk")
        .only("username")
        .first()
    )
    return user.get_username() if user else typed.lower()


def cool_off_minutes(request=None):
    return int(get_cool_off(request).total_seconds() // 60)


def locked_out_response(request, original_response=None, credentials=None):
    """The "sign-in is locked" page, for the site's sign-in and Wagtail's alike, instead of a bare 403 text."""
    context = {"minutes": cool_off_minutes(request), "failure_limit": settings.AXES_FAILURE_LIMIT}
    return render(request, "registration/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def is_locked(attempt):
    return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT


def attempts_of(*, username=None, ip_address=None):
    attempts = AccessAttempt.objects.all()
    if username is not None:
        attempts = attempts.filter(username=username)
    if ip_address is not None:
        attempts = attempts.filter(ip_address=ip_address)
    return attempts


@transaction.atomic
def do_unlock(*, actor, username=None, ip_address=None):
    """Forget the failed attempts on an account or from an address, so that sign-in works again at once.

    Returns how many attempt records were removed; the audit log keeps who unlocked what.
    """
    if username is None and ip_address is None:
        raise ValueError("Unlock an account or an address.")
    attempts = attempts_of(username=username, ip_address=ip_address)
    for attempt in attempts:
        log(
            instance=attempt,
            action=UNLOCK_ACTION,
            user=actor,
            data={"username": attempt.username, "ip_address": attempt.ip_address},
        )
    removed, _ = attempts.delete()
    return removed
