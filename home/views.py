"""Files the web asks every site for at its root: robots.txt and favicon.ico."""

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView


class RobotsTxtView(TemplateView):
    """Keeps crawlers out of the workspace, the admin, sign-in and old versions, and points them to the sitemap."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"
    http_method_names = ["get", "head"]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "sitemap_url": self.request.build_absolute_uri(reverse("sitemap")),
        }


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers that ignore the icon links ask for /favicon.ico."""
    return redirect(static("img/favicon-32.png"), permanent=True)
