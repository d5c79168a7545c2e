"""Extension points: other apps add sections to a model's public pages through Wagtail hooks.

`model_version_extras(request, page, version)` returns HTML (or None) shown on a version's page and,
for the current version, on the model page; `model_page_extras(request, page)` adds to the model page;
`model_section_extras(request, page, version)` returns {section key: HTML} shown under each section's heading.
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


def section_extras(request, page, version):
    """{section key: [HTML]} from every app that answers; empty for most readers, so their page stays as it is."""
    extras = {}
    if version:
        for fn in hooks.get_hooks("model_section_extras"):
            for key, html in (fn(request, page, version) or {}).items():
                extras.setdefault(key, []).append(mark_safe(html))  # noqa: S308 - hooks render templates
    return extras
