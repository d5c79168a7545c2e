"""The public XSS payload corpus (tests/data/xss_payloads.txt) and a check that HTML holds no executable markup."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

CORPUS = Path(__file__).parent / "data" / "xss_payloads.txt"
# The corpus writes control characters as their Unicode pictures, so that every payload is one line of text.
CONTROL = {"\u240a": "\n", "\u240d": "\r", "\u2400": "\x00", "\u2401": "\x01"}

# Never acceptable where members' text is shown, whatever else the page holds.
FORBIDDEN_ANYWHERE = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "math",
    "portal",
    "isindex",
    "keygen",
    "image",
    "xml",
    "bgsound",
    "xss",
}
# Our own templates use these, but only in the document's head; one in the body came from someone's text.
HEAD_ONLY = {"meta", "link", "style", "title"}
# The sanitiser's output is a fragment: none of these may survive in it at all.
FORBIDDEN_IN_FRAGMENT = FORBIDDEN_ANYWHERE | HEAD_ONLY | {"script", "svg", "form", "input", "button", "textarea"}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "background",
    "poster",
    "codebase",
    "dynsrc",
    "lowsrc",
    "srcset",
    "ping",
}
DANGEROUS_SCHEME = re.compile(r"^(javascript|vbscript|livescript|data|jar|view-source)\s*:", re.IGNORECASE)
# What the payloads run when they get through; our own inline scripts never say any of it.
PAYLOAD_CODE = re.compile(r"alert\s*[(`]|xss\.rocks|msgbox|document\.cookie|fromCharCode", re.IGNORECASE)
# Control characters and whitespace a browser drops before reading a URL's scheme.
URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")


def payloads():
    """Every payload of the corpus, in file order."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    found = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        for picture, char in CONTROL.items():
            line = line.replace(picture, char)
        found.append(line)
    return found


class _Finder(HTMLParser):
    def __init__(self, *, fragment, host):
        super().__init__(convert_charrefs=True)
        self.fragment = fragment
        self.host = host
        self.in_head = False
        self.in_script = False
        self.svg_depth = 0
        self.problems = []

    def same_origin(self, url):
        parts = urlsplit(url)
        return parts.scheme in ("", "http", "https") and parts.netloc in ("", self.host)

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)
        if tag == "head":
            self.in_head = True
        if tag == "script":
            self.in_script = True
        if tag == "svg":
            self.svg_depth += 1

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        if tag == "script":
            self.in_script = False
        if tag == "svg":
            self.svg_depth = max(0, self.svg_depth - 1)

    def handle_data(self, data):
        if self.in_script and PAYLOAD_CODE.search(data):
            self.problems.append(f"a script that runs a payload: {data[:80]!r}")

    def _element(self, tag, attrs):
        if tag in (FORBIDDEN_IN_FRAGMENT if self.fragment else FORBIDDEN_ANYWHERE):
            self.problems.append(f"<{tag}>")
        elif tag in HEAD_ONLY and not self.in_head and not self._allowed_in_body(tag, dict(attrs)):
            self.problems.append(f"<{tag}> outside the head")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and DANGEROUS_SCHEME.match(URL_NOISE.sub("", value)):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            elif name == "srcdoc":
                self.problems.append(f"<{tag} srcdoc>")
            elif name == "style" and re.search(r"expression|javascript|behavior|url\(", value, re.IGNORECASE):
                self.problems.append(f"<{tag} style={value[:60]!r}>")
            elif name == "http-equiv":
                self.problems.append(f"<{tag} http-equiv>")
        if tag == "script":
            src = dict(attrs).get("src")
            if src is not None and not self.same_origin(src):
                self.problems.append(f"<script src={src[:60]!r}>")

    def _allowed_in_body(self, tag, attrs):
        """A chart's SVG has its own <title>; Wagtail's user bar brings its stylesheet from our static files."""
        if tag == "title":
            return self.svg_depth > 0
        if tag == "link":
            return attrs.get("rel") == "stylesheet" and self.same_origin(attrs.get("href") or "")
        return False


def executable_markup(html, *, fragment=False, host="testserver"):
    """What in `html` could run script or reshape the page: empty when nothing could.

    `fragment` is for the sanitiser's output, which may hold none of the elements a page legitimately has
    (scripts, forms, charts' SVG, head elements). Scripts and stylesheets of the page must come from `host`.
    """
    finder = _Finder(fragment=fragment, host=host)
    finder.feed(html)
    finder.close()
    return finder.problems
