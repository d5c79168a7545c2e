"""Extension points: other apps add sections to a model's public pages through Wagtail hooks.

`model_version_extras(request, page, version)` returns HTML (or None) shown on a version's page and,
for the current version, on the model page; `model_page_extras(request, page)` adds to the model page.
The library itself knows nothing of the apps that answer.
"""

from django.utils.safestring import mark_safe
from wagtail import hooks


def _collect(hook_name, *args):
    return [mark_safe(html) for fn in hooks.get_hooks(hook_name) if (html := fn(*args))]  # noqa: S308 - hooks render templates


def version_extras(request, page, version):
    return _collect("model_version_extras", request, page, version) if version else []


def page_extras(request, page):
    return _collect("model_page_extras", request, page)
