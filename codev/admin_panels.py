"""The facilitator's home as a panel on the Wagtail admin dashboard."""

from django.template.loader import get_template
from wagtail.admin.ui.components import Component

from codev.facilitator_home import facilitator_home


class FacilitatorHomePanel(Component):
    name = "codev_facilitator_home"
    template_name = "codev/facilitator_home/admin_panel.html"
    order = 50

    class Media:
        css = {"all": ["css/facilitator-home.css"]}

    def __init__(self, request, home):
        self.request = request
        self.home = home

    def get_context_data(self, parent_context=None):
        return {"home": self.home, "next": self.request.get_full_path()}

    def render_html(self, parent_context=None):
        # With the request, so the reminder's form carries its CSRF token.
        return get_template(self.template_name).render(self.get_context_data(parent_context), self.request)


def add_facilitator_home(request, panels):
    """Facilitators see it first; the admin already asked them for the second step."""
    home = facilitator_home(request.user)
    if home is not None:
        panels.insert(0, FacilitatorHomePanel(request, home))
