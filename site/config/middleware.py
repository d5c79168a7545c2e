"""Middleware of the project layer."""

from csp.constants import HEADER, HEADER_REPORT_ONLY, SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its language redirect for machine endpoints.

    A 404 on an unprefixed path is normally redirected to /fi/…, because Wagtail's catch-all
    route makes every prefixed path look valid. An API client or an editor asking for a missing
    object must get the 404 itself.
    """

    unprefixed_paths = ("/api/", "/admin/", "/documents/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, loosened for the Wagtail admin only.

    Under CONTENT_SECURITY_POLICY_ADMIN_PATH the policy gains CONTENT_SECURITY_POLICY_ADMIN_UPDATE,
    because Wagtail's admin still needs inline scripts and styles. The admin views that Wagtail lets its own pages
    frame (the preview panel, the block previews) say so with X-Frame-Options: SAMEORIGIN; those
    alone get frame-ancestors 'self', so the rest of the admin and every public page stay unframeable.

    A page preview is served by the page itself through the whole middleware stack, so it arrives
    here already carrying the public policy of the page's own URL; it keeps that policy (the editor
    sees the page as readers' browsers will run it), with only its frame-ancestors relaxed.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if is_admin(request):
            update = dict(parts.update or {})
            for directive, sources in settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE.items():
                update[directive] = [*sources, *update.get(directive, [])]
            parts.update = update
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if is_admin(request) and response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            for header in (HEADER, HEADER_REPORT_ONLY):
                if header in response:
                    response[header] = with_directive(response[header], "frame-ancestors", SELF)
        return response


def is_admin(request):
    return request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PATH)


def with_directive(policy, name, sources):
    """The policy header with directive `name` set to `sources`, in place of whatever it had."""
    directives = [part.strip() for part in policy.split(";") if part.strip()]
    kept = [part for part in directives if part.split(" ", 1)[0] != name]
    return "; ".join([*kept, f"{name} {sources}"])
