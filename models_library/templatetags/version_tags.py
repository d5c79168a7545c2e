"""Addresses of versions, histories and comparisons of an operational model."""

from django import template
from django.utils.html import format_html_join

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


@register.simple_tag(takes_context=True)
def section_extras(context, section):
    """What other apps show under the section's heading (`model_section_extras` hooks); usually nothing."""
    return format_html_join("", "{}", ((html,) for html in context.get("section_extras", {}).get(section.key, ())))


@register.simple_tag
def translation_of(version):
    """{source, newer}: which Finnish version a translation's version translates, and any newer one; or None."""
    from models_library.versioning import translation_status

    return translation_status(version)
