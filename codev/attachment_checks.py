"""What a file attached to a post really is, judged by its content: a picture re-encoded without its metadata,
a PDF or an office document without scripts or macros, or a refusal the member can act on.

The name and the type the browser declares are never trusted: a file is accepted only when its first bytes and
a real parse agree on one of the kinds below. When in doubt, the file is refused rather than guessed at.
"""

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

import pillow_heif
from defusedxml import DefusedXmlException, ElementTree
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image, ImageOps, UnidentifiedImageError

from models_library.importing.upload_checks import MACRO_MARKERS, OLE_MAGIC, ZIP_MAGIC, declared_content_types

# Photos from iPhones arrive as HEIC; Pillow reads them through pillow-heif (a dependency of Wagtail's Willow).
pillow_heif.register_heif_opener()

IMAGE, DOCUMENT = "image", "document"
THUMBNAIL_SIZE = (480, 480)


@dataclass(frozen=True)
class Kind:
    """A kind of file we accept: what it is called, its extension and content type once stored."""

    key: str
    label: str
    extension: str
    content_type: str
    family: str


KINDS = {
    kind.key: kind
    for kind in (
        Kind("jpeg", gettext_lazy("JPEG image"), "jpg", "image/jpeg", IMAGE),
        Kind("png", gettext_lazy("PNG image"), "png", "image/png", IMAGE),
        Kind("webp", gettext_lazy("WebP image"), "webp", "image/webp", IMAGE),
        Kind("pdf", gettext_lazy("PDF document"), "pdf", "application/pdf", DOCUMENT),
        Kind(
            "docx",
            gettext_lazy("Word document"),
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DOCUMENT,
        ),
        Kind(
            "xlsx",
            gettext_lazy("Excel workbook"),
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            DOCUMENT,
        ),
        Kind(
            "pptx",
            gettext_lazy("PowerPoint presentation"),
            "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            DOCUMENT,
        ),
        Kind("odt", gettext_lazy("OpenDocument text"), "odt", "application/vnd.oasis.opendocument.text", DOCUMENT),
    )
}
# Pillow's format names of the pictures we take, and the kind each is stored as. HEIC is shown by few browsers,
# so it is stored as JPEG.
IMAGE_FORMATS = {"JPEG": "jpeg", "MPO": "jpeg", "PNG": "png", "WEBP": "webp", "HEIF": "jpeg"}
IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")
# The main part of each office package, from its [Content_Types].xml.
OOXML_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": "pptx",
}
ODF_MIMETYPES = {b"application/vnd.oasis.opendocument.text": "odt"}
# Parts that run code when a package is opened: VBA projects, ActiveX controls, OpenDocument macros and scripts.
ACTIVE_PART = re.compile(r"(vbaproject|vbadata|activex|^basic/|^scripts/)", re.IGNORECASE)
# PDF names that run something or open something: scripts, launched programs, forms that submit, embedded files.
PDF_ACTIVE_NAMES = (
    b"/JavaScript",
    b"/JS",
    b"/Launch",
    b"/SubmitForm",
    b"/ImportData",
    b"/RichMedia",
    b"/EmbeddedFile",
    b"/XFA",
    b"/GoToR",
    b"/GoToE",
)
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
PDF_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
MAX_PACKAGE_PARTS = 5000


class UploadRefused(Exception):
    """The file is not taken; the message says why and what to do."""


@dataclass
class CheckedUpload:
    """A file that passed: the bytes to store (re-encoded for pictures) and what the board shows of it."""

    kind: Kind
    name: str
    data: bytes
    thumbnail: bytes = b""
    width: int | None = None
    height: int | None = None

    @property
    def is_image(self):
        return self.kind.family == IMAGE


def check_upload(upload):
    """A CheckedUpload of the uploaded file (a Django UploadedFile), or UploadRefused."""
    limit = settings.CODEV_ATTACHMENT_MAX_SIZE
    if upload.size > limit:
        raise UploadRefused(
            _("“%(name)s” is too large (%(size)s). The limit is %(limit)s per file.")
            % {"name": display_name(upload.name), "size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    data = upload.read(limit + 1)
    if not data:
        raise UploadRefused(_("“%(name)s” is empty.") % {"name": display_name(upload.name)})
    try:
        return check_named(data, upload.name)
    except UploadRefused as refusal:
        raise UploadRefused(
            _("“%(name)s”: %(reason)s") % {"name": display_name(upload.name), "reason": refusal}
        ) from None


def check_named(data, name):
    """The CheckedUpload of `data`, called `name` with the extension of what it really is."""
    checked = check_content(data)
    checked.name = stored_name(name, checked.kind)
    return checked


def check_content(data):
    if data.startswith(IMAGE_MAGIC) or is_webp(data) or is_heif(data):
        return reencode_image(data)
    if data.startswith(b"%PDF-"):
        check_pdf(data)
        return CheckedUpload(kind=KINDS["pdf"], name="", data=data)
    if data.startswith(ZIP_MAGIC):
        return CheckedUpload(kind=KINDS[package_kind(data)], name="", data=data)
    if data.startswith(OLE_MAGIC):
        raise UploadRefused(
            _("this is an older Office file (.doc, .xls, .ppt) or a protected one. Save it as .docx, .xlsx or .pptx.")
        )
    raise UploadRefused(accepted_kinds_message())


def accepted_kinds_message():
    return _(
        "this type of file cannot be attached. You can attach pictures (JPEG, PNG, WebP, HEIC), "
        "PDF files and office documents (docx, xlsx, pptx, odt)."
    )


def is_webp(data):
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def is_heif(data):
    return data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis")


# Pictures.


def reencode_image(data):
    """The picture drawn again from its pixels: upright, without EXIF, GPS, XMP, ICC or comments, and without
    anything appended after the image data; and a thumbnail for the board."""
    damaged = UploadRefused(_("the picture is damaged or not a picture after all. Save it again and retry."))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in IMAGE_FORMATS:
                raise UploadRefused(accepted_kinds_message())
            check_pixels(probe.size)
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            kind = KINDS[IMAGE_FORMATS[image.format]]
            image.load()
            upright = ImageOps.exif_transpose(image)
    except UploadRefused:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError, EOFError):
        raise damaged from None
    clean = plain_pixels(upright, kind)
    return CheckedUpload(
        kind=kind,
        name="",
        data=encode(clean, kind),
        thumbnail=thumbnail_of(clean),
        width=clean.width,
        height=clean.height,
    )


def check_pixels(size):
    width, height = size
    if width * height > settings.CODEV_ATTACHMENT_MAX_PIXELS:
        raise UploadRefused(
            _("the picture is %(width)s × %(height)s pixels, too many to show. Make it smaller and retry.")
            % {"width": width, "height": height}
        )


def plain_pixels(image, kind):
    """Only the pixels: a new image with no metadata at all, in a mode the stored format can hold."""
    keeps_alpha = kind.key in ("png", "webp") and (image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info)
    mode = "RGBA" if keeps_alpha else "RGB"
    converted = image.convert(mode)
    clean = Image.new(mode, converted.size)
    clean.paste(converted)
    return clean


def encode(image, kind):
    out = io.BytesIO()
    if kind.key == "jpeg":
        image.save(out, "JPEG", quality=85, optimize=True)
    elif kind.key == "png":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "WEBP", quality=85)
    return out.getvalue()


def thumbnail_of(image):
    small = image.copy()
    small.thumbnail(THUMBNAIL_SIZE)
    out = io.BytesIO()
    small.save(out, "WEBP", quality=80)
    return out.getvalue()


# PDF.


def check_pdf(data):
    """A PDF whose objects name nothing that runs or opens something.

    Objects are read where they can be: between the streams, and inside object streams (/ObjStm, which modern
    PDFs compress their objects into). Other streams (page contents, pictures, fonts) cannot hold actions, and
    their bytes are not read as names: a picture's random bytes may well spell "/JS".
    """
    if b"%%EOF" not in data[-2048:]:
        raise UploadRefused(_("the PDF file is incomplete or damaged. Save it again and retry."))
    if b"/Encrypt" in data:
        raise UploadRefused(_("the PDF is protected with a password. Save it without the password and retry."))
    parts, budget, start = [], settings.CODEV_ATTACHMENT_MAX_UNPACKED_SIZE, 0
    for match in PDF_STREAM.finditer(data):
        between = data[start : match.start()]
        parts.append(between)
        start = match.end()
        dictionary = unescaped(between[max(0, between.rfind(b"obj")) :])
        if b"/ObjStm" not in dictionary:
            continue
        if not re.search(rb"/Filter\s*/FlateDecode\s*(/|>>)", dictionary):
            raise UploadRefused(_("the PDF file is incomplete or damaged. Save it again and retry."))
        unpacked = inflate(match.group(1), budget)
        budget -= len(unpacked)
        parts.append(unpacked)
    parts.append(data[start:])
    for part in parts:
        names = unescaped(part)
        if any(re.search(re.escape(name) + rb"(?![A-Za-z])", names) for name in PDF_ACTIVE_NAMES):
            raise UploadRefused(
                _("the PDF contains scripts, actions or embedded files. Print it to a new PDF and retry.")
            )


def unescaped(part):
    """PDF names may spell a letter as #xx (/J#61vaScript is /JavaScript)."""
    return PDF_NAME_ESCAPE.sub(lambda match: bytes([int(match.group(1), 16)]), part)


def inflate(stream, budget):
    """An object stream unpacked, at most `budget` bytes; refused when it is damaged or unpacks to more."""
    try:
        unpacked = zlib.decompressobj().decompress(stream, budget + 1)
    except zlib.error:
        raise UploadRefused(_("the PDF file is incomplete or damaged. Save it again and retry.")) from None
    if len(unpacked) > budget:
        raise UploadRefused(_("the PDF unpacks to too much data to be checked."))
    return unpacked


# Office packages.


def package_kind(data):
    """docx, xlsx, pptx or odt for a sound zip package without macros; UploadRefused otherwise."""
    damaged = UploadRefused(_("the document is damaged and cannot be read. Save it again and retry."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise damaged from None
    with archive:
        infos = archive.infolist()
        check_unpacked_size(infos)
        names = [info.filename for info in infos]
        if any(info.flag_bits & 0x1 for info in infos):
            raise UploadRefused(_("the document is protected with a password. Remove the password and retry."))
        if any(ACTIVE_PART.search(name) for name in names):
            raise UploadRefused(macros_message())
        try:
            if "[Content_Types].xml" in names:
                kind = ooxml_kind(archive.read("[Content_Types].xml"))
            elif "mimetype" in names and "META-INF/manifest.xml" in names:
                kind = ODF_MIMETYPES.get(archive.read("mimetype").strip())
            else:
                kind = None
            damaged_part = archive.testzip()
        except (zipfile.BadZipFile, ElementTree.ParseError, DefusedXmlException, zlib.error, EOFError, OSError):
            raise damaged from None
        except NotImplementedError:
            raise damaged from None
    if damaged_part is not None:
        raise damaged
    if kind is None:
        raise UploadRefused(accepted_kinds_message())
    return kind


def check_unpacked_size(infos):
    unpacked = sum(info.file_size for info in infos)
    limit = settings.CODEV_ATTACHMENT_MAX_UNPACKED_SIZE
    if len(infos) > MAX_PACKAGE_PARTS or unpacked > limit:
        raise UploadRefused(
            _("the document unpacks to %(size)s, more than the limit of %(limit)s.")
            % {"size": filesizeformat(unpacked), "limit": filesizeformat(limit)}
        )


def ooxml_kind(xml):
    types = declared_content_types(xml)
    if any(marker in kind.lower() for kind in types for marker in MACRO_MARKERS):
        raise UploadRefused(macros_message())
    kinds = {OOXML_MAIN_TYPES[kind] for kind in types if kind in OOXML_MAIN_TYPES}
    return kinds.pop() if len(kinds) == 1 else None


def macros_message():
    return _("the document contains macros or active content. Save it as a plain document without macros and retry.")


# Names.


def display_name(name):
    """The file's own name as the member sees it: no folders, no control characters, not too long."""
    base = PurePath((name or "").replace("\\", "/")).name
    base = "".join(char for char in base if char.isprintable()).strip()
    return base[:120] or _("file")


def stored_name(name, kind):
    """The member's name for the file, with the extension of what the file really is."""
    stem = PurePath(display_name(name)).stem.strip() or _("file")
    return f"{stem[:100]}.{kind.extension}"
