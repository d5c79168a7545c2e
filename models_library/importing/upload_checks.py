"""What an uploaded file really is, judged by its content: a Word document, plain text, or something refused."""

import io
import zipfile
import zlib

from defusedxml import DefusedXmlException, ElementTree
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from models_library.importing.errors import ImportRefused

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Word 97–2003 files and password-protected Office files are OLE compound files, not zip packages.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
}
MACRO_MARKERS = ("macroenabled", "vbaproject", "vbadata")
WORD, TEXT = "word", "text"


def check_size(size):
    limit = settings.MODEL_IMPORT_MAX_UPLOAD_SIZE
    if size > limit:
        raise ImportRefused(
            _("The file is too large to import (%(size)s). The limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)}
        )


def kind_of(data):
    """WORD or TEXT for content the importer can read; ImportRefused for anything else."""
    check_size(len(data))
    if not data.strip():
        raise ImportRefused(_("The file is empty."))
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in data:
            raise ImportRefused(
                _("The document is protected with a password. Remove the password in Word and try again.")
            )
        raise ImportRefused(
            _("This is an older Word file (.doc) or another Office file. Save it in Word as a .docx and try again.")
        )
    if data.startswith(ZIP_MAGIC):
        check_word_package(data)
        return WORD
    if is_text(data):
        return TEXT
    raise ImportRefused(_("This is not a Word document (.docx) or a text file, so it cannot be imported."))


def is_text(data):
    if b"\x00" in data:
        return False
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        return False
    return not any(ord(char) < 32 and char not in "\t\n\r\f" for char in text)


def decode_text(data):
    """UTF-8 as browsers and most editors save it; Windows Notepad's older default is cp1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def check_word_package(data):
    corrupt = ImportRefused(
        _("The Word document is damaged and cannot be read. Open it in Word, save it again and retry.")
    )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise corrupt from None
    with archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names:
            raise ImportRefused(_("This is a zip file but not a Word document (.docx), so it cannot be imported."))
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > settings.MODEL_IMPORT_MAX_UNPACKED_SIZE:
            raise ImportRefused(
                _("The document unpacks to %(size)s, more than the limit of %(limit)s.")
                % {"size": filesizeformat(unpacked), "limit": filesizeformat(settings.MODEL_IMPORT_MAX_UNPACKED_SIZE)}
            )
        try:
            content_types = declared_content_types(archive.read("[Content_Types].xml"))
            damaged = archive.testzip()
        except (
            zipfile.BadZipFile,
            ElementTree.ParseError,
            DefusedXmlException,
            zlib.error,
            EOFError,
            OSError,
            NotImplementedError,
        ):
            raise corrupt from None
    if damaged is not None:
        raise corrupt
    if any(marker in kind.lower() for kind in content_types for marker in MACRO_MARKERS) or any(
        name.lower().endswith("vbaproject.bin") for name in names
    ):
        raise ImportRefused(
            _("The document contains macros (.docm). Save it in Word as a plain Word document (.docx) and try again.")
        )
    if not WORD_MAIN_TYPES & set(content_types):
        raise ImportRefused(
            _(
                "This Office file is not a Word document (perhaps a spreadsheet or a presentation), "
                "so it cannot be imported."
            )
        )


def declared_content_types(xml):
    root = ElementTree.fromstring(xml)
    return [element.get("ContentType", "") for element in root]
