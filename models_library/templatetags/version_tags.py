"""Addresses of versions, histories and comparisons of an operational model."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def version_url(context, page, version, full=False):
    """The permanent address of `version`; `full=True` gives it with scheme and host (for paper)."""
    request = context.get("request")
    if full:
        return version.get_full_url(request, page=page)
    return version.get_url(request, page=page)


@register.simple_tag(takes_context=True)
def number_url(context, page, number):
    """Version `number` as it stands, corrections included."""
    return page.get_url(context.get("request")) + page.reverse_subpage("version", args=(number,))


@register.simple_tag(takes_context=True)
def compare_url(context, page, old, new):
    return page.get_url(context.get("request")) + page.reverse_subpage("compare", args=(old, new))


@register.simple_tag(takes_context=True)
def subpage_url(context, page, name):
    return page.get_url(context.get("request")) + page.reverse_subpage(name)


def document_path(page, version, kind, request=None):
    """A version's PDF or Word file ("pdf", "docx"), of exactly that publication."""
    return page.get_url(request) + page.reverse_subpage(
        f"publication_{kind}", args=(version.number, version.correction)
    )


@register.simple_tag(takes_context=True)
def document_url(context, page, version, kind):
    return document_path(page, version, kind, context.get("request"))


@register.simple_tag(takes_context=True)
def checklist_url(context, page, version, block_id):
    subpath = page.reverse_subpage("checklist_pdf", args=(version.number, version.correction, block_id))
    return page.get_url(context.get("request")) + subpath


@register.simple_tag(takes_context=True)
def innokyla_url(context, page, version, name="innokyla"):
    return page.get_url(context.get("request")) + page.reverse_subpage(name, args=(version.number,))
