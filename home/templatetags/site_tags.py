"""Template tags of the site frame: menu, language links, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home import seo

register = template.Library()


def localized_pages(pages):
    """Each of `pages` in the reader's language where it has a live translation, else itself: one query for all
    (Page.localized would take two per page, on every page of the site)."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    language = translation.get_language() or settings.LANGUAGE_CODE
    keys = [page.translation_key for page in pages]
    found = Page.objects.live().filter(locale__language_code=language, translation_key__in=keys).specific()
    translated = {page.translation_key: page for page in found}
    shown = [translated.get(page.translation_key, page) for page in pages]
    # Their locales in one go too: templates ask each page's language (content_language).
    locales = Locale.objects.in_bulk({page.locale_id for page in shown})
    for page in shown:
        page.locale = locales[page.locale_id]
    return shown


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    root, items = None, []
    if site:
        children = site.root_page.get_children().live().public().in_menu().specific()
        # The Finnish menu, each item in the reader's language where it has been translated.
        root, *menu = localized_pages([site.root_page, *children])
        for item in menu:
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
    page = page if isinstance(page, Page) and page.pk else None
    translations, own_language, original = {}, None, None
    if page is not None:
        translations = {
            p.locale.language_code: p for p in page.get_translations(inclusive=False).live().select_related("locale")
        }
        own_language = page.locale.language_code
        # A language without a translation gets the Finnish original under its own prefix.
        original = translations.get(settings.LANGUAGE_CODE, page)
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        elif page is not None and code != own_language:
            with translation.override(code):
                url = (original.get_url(request) or "") + seo.subpath(page, request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag
def footer_links(footer):
    """The footer's statement and contact pages in the reader's language, with their labels."""
    labels = {
        "accessibility_statement": translation.gettext("Accessibility statement"),
        "privacy_statement": translation.gettext("Privacy statement"),
        "contact_page": translation.gettext("Contact"),
    }
    ids = {field: getattr(footer, f"{field}_id") for field in labels}
    found = Page.objects.filter(pk__in=[pk for pk in ids.values() if pk]).specific().in_bulk()
    linked = [(labels[field], found[pk]) for field, pk in ids.items() if pk in found]
    return list(
        zip([label for label, _page in linked], localized_pages([page for _label, page in linked]), strict=True)
    )


@register.simple_tag
def footer_text():
    from home.models import FooterText

    return FooterText.for_active_locale()


@register.filter
def content_language(page):
    """The language of the page's texts where it differs from the reader's (an untranslated original), else "".

    Templates put it in a `lang` attribute on the page's own texts, so screen readers read them as Finnish. An
    alias (the placeholder wagtail-localize puts in a translated tree) shows its original's texts.
    """
    if not getattr(page, "locale_id", None):
        return ""
    source = page.alias_of if getattr(page, "alias_of_id", None) else page
    code = source.locale.language_code
    return code if code != translation.get_language() else ""


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """Tells a reader of another language that the page is in Finnish, with its title in their language if any."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or not content_language(page):
        return {"show": False}
    reader_title = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=translation.get_language())
        .values_list("title", flat=True)
        .first()
    )
    # A translation just begun still carries the Finnish title.
    return {"show": True, "reader_title": reader_title if reader_title != page.title else None}


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
