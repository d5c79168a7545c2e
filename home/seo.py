"""What a page tells search engines and link previews: description, canonical address, languages, feeds, JSON-LD."""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

DESCRIPTION_CHARS = 200
OPEN_GRAPH_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
# Characters that could end the JSON-LD element early or start markup inside it (as Django's json_script escapes).
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def description(page):
    """The page's own summary: its search description, else its lead or introduction."""
    text = page.search_description or getattr(page, "lead", "") or getattr(page, "intro", "")
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_CHARS)


def own_language_url(page, request):
    """The page's address in the language it is written in, whatever the reader's language is."""
    with translation.override(page.locale.language_code):
        return page.get_full_url(request)


def subpath(page, request):
    """What follows the page's address in the request (a routable page's history/, versions/2/, …), or ""."""
    url = page.get_url(request)
    return request.path[len(url) :] if url and request.path.startswith(url) else ""


def canonical_url(page, request, *, current_version_permalink=False):
    """A version's own address for an old version; the model page for the current version's permalink."""
    base = own_language_url(page, request)
    if base is None:  # a page outside every site's tree has no address of its own
        return request.build_absolute_uri(request.path)
    if current_version_permalink:
        return base
    return base + subpath(page, request)


def alternates(page, request):
    """(hreflang, address) of each live public translation, with x-default at the Finnish one; [] if only one."""
    translations = list(page.get_translations(inclusive=True).live().public().select_related("locale"))
    if len(translations) < 2:
        return []
    links = [(other.locale.language_code, own_language_url(other, request)) for other in translations]
    default = dict(links).get(settings.LANGUAGE_CODE, links[0][1])
    return [*links, ("x-default", default)]


def structured_data(page, request, version, canonical):
    """schema.org CreativeWork of an operational model as published in `version` (or the live page)."""
    published = version.published_at if version else page.last_published_at
    publisher = page.author_organisation or "Mallipaja"
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": page.title,
        "description": description(page),
        "url": canonical,
        "inLanguage": page.locale.language_code,
        "datePublished": page.first_published_at,
        "dateModified": published,
        "publisher": {"@type": "Organization", "name": publisher},
        "author": {"@type": "Organization", "name": publisher},
        "isPartOf": {"@type": "WebSite", "name": "Mallipaja"},
    }
    if version:
        data["version"] = version.label
    if getattr(page, "stage", None):
        data["creativeWorkStatus"] = str(page.get_stage_display())
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES))  # noqa: S308 - escaped above


def page_meta(context):
    """Everything the head of a page of the site says about it, from the template context."""
    from models_library.models import OperationalModelPage

    page, request = context["page"], context["request"]
    version = context.get("version")
    is_model = isinstance(page, OperationalModelPage)
    canonical = canonical_url(page, request, current_version_permalink=bool(context.get("is_current")))
    meta = {
        "description": description(page),
        "canonical": canonical,
        "alternates": alternates(page, request) if not subpath(page, request) else [],
        "title": page.seo_title or page.title,
        "og_type": "article" if is_model else "website",
        "og_locale": OPEN_GRAPH_LOCALES.get(translation.get_language(), "fi_FI"),
        "image": request.build_absolute_uri(static("img/icon-512.png")),
        "feeds": page.feed_links(request) if hasattr(page, "feed_links") else [],
        "structured_data": structured_data(page, request, version, canonical) if is_model else None,
    }
    return meta
