"""Sends people to the second step of signing in: those who owe a code, and staff on their way to the admin."""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve

from codev.two_factor import (
    PENDING_SESSION_KEY,
    SecondFactorRequired,
    is_enforced,
    is_verified,
    must_use_second_factor,
    second_step_url,
)

# Reachable half-way through signing in: the second step itself and the ways out of it.
BETWEEN_STEPS = {"codev:two_factor_verify", "logout", "wagtailadmin_logout", "set_language", "javascript-catalog"}
# The admin's own ways in and out, which its sign-in needs before anyone is verified.
ADMIN_WAYS_IN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
ADMIN_PREFIX = "/admin/"


def view_name(request):
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return ""


class SecondFactorMiddleware:
    """After OTPMiddleware: request.user.is_verified() says whether this session has done the second step."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.static_prefixes = tuple(prefix for prefix in (settings.STATIC_URL, settings.MEDIA_URL) if prefix)

    def __call__(self, request):
        if self.may_be_signed_in(request) and (self.owes_code(request) or self.enters_admin_unverified(request)):
            return redirect(second_step_url(request))
        return self.get_response(request)

    def may_be_signed_in(self, request):
        # Without a session cookie nobody is signed in: the public and the API pass without a session lookup.
        return settings.SESSION_COOKIE_NAME in request.COOKIES and not request.path_info.startswith(
            self.static_prefixes
        )

    def owes_code(self, request):
        if not request.session.get(PENDING_SESSION_KEY):
            return False
        user = request.user
        if not user.is_authenticated or is_verified(user):
            request.session.pop(PENDING_SESSION_KEY, None)
            return False
        return view_name(request) not in BETWEEN_STEPS

    def enters_admin_unverified(self, request):
        user = request.user
        return (
            is_enforced()
            and request.path_info.startswith(ADMIN_PREFIX)
            and user.is_authenticated
            and not is_verified(user)
            and view_name(request) not in ADMIN_WAYS_IN
            and must_use_second_factor(user)
        )

    def process_exception(self, request, exception):
        if isinstance(exception, SecondFactorRequired):
            return redirect(second_step_url(request))
        return None
