"""Absolute addresses in emails, from one place: the request's host when there is a request, else the configured
base URL (WAGTAILADMIN_BASE_URL). Never the Site record's hostname and port, which need not be where the server
answers (`make run PORT=8201`)."""

from django.conf import settings


def base_url(request=None):
    """Scheme, host and port of the site, without a trailing slash."""
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path, request=None):
    """`path` (from reverse(), starting with a slash) as an absolute address."""
    return base_url(request) + path


def page_url(page, request=None):
    """The absolute address of a Wagtail page, with its language prefix, on this server."""
    _site_id, _root_url, page_path = page.get_url_parts(request)
    return absolute_url(page_path, request)
