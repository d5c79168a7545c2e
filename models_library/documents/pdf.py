"""Lays documents out as tagged A4 PDF (PDF/UA-1) with WeasyPrint."""

import mimetypes

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from models_library.documents.content import absolute_links

STYLESHEET = "css/document.css"
# Tagged structure, document language and title: what screen readers and the accessibility law ask of a PDF.
PDF_VARIANT = "pdf/ua-1"


class LocalFetcher(URLFetcher):
    """Reads the site's own images and style sheets from disk and fetches nothing else.

    A document is rendered inside a request: fetching the site over HTTP would wait on itself, and fetching
    addresses that editors typed would let a page make the server call anywhere.
    """

    def __init__(self, root):
        super().__init__(allowed_protocols=())
        self.root = root

    def fetch(self, url, headers=None):
        for prefix, opener in ((settings.MEDIA_URL, self._media), (settings.STATIC_URL, self._static)):
            if url.startswith(self.root + prefix):
                name = url[len(self.root + prefix) :].split("?")[0]
                body = opener(name)
                if body is not None:
                    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
                    return URLFetcherResponse(url, body, headers={"Content-Type": content_type})
        raise ValueError(f"Documents use only the site's own files, not {url}")

    @staticmethod
    def _media(name):
        if not default_storage.exists(name):
            return None
        with default_storage.open(name) as file:
            return file.read()

    @staticmethod
    def _static(name):
        path = finders.find(name)
        if not path:
            return None
        with open(path, "rb") as file:
            return file.read()


def stylesheet():
    return CSS(filename=finders.find(STYLESHEET))


def render_pdf(template, context, root):
    """The template rendered as a PDF; every address in it is made absolute against the site's `root`."""
    html = absolute_links(render_to_string(template, context), root)
    document = HTML(string=html, base_url=root + "/", url_fetcher=LocalFetcher(root))
    return document.write_pdf(stylesheets=[stylesheet()], pdf_variant=PDF_VARIANT)
