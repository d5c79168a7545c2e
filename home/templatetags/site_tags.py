"""Template tags of the site frame: menu, language links, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from home import seo

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    root, items = None, []
    if site:
        root = site.root_page.localized
        for item in root.get_children().live().public().in_menu():
            state = (
                "page" if item.url_path == current_path else ("true" if current_path.startswith(item.url_path) else "")
            )
            items.append({"page": item, "current": state})
    return {
        "request": request,
        "root": root,
        "items": items,
        "root_is_current": bool(root) and root.url_path == current_path,
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            p.locale.language_code: p for p in page.get_translations(inclusive=False).live().select_related("locale")
        }
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(page.get_ancestors().filter(depth__gt=1).specific())
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Description, canonical address, language alternates, link-preview tags, feeds and JSON-LD of a page."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or getattr(context["request"], "is_preview", False):
        return {"meta": None}
    return {"meta": seo.page_meta(context)}
