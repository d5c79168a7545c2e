"""Word documents built in the tests with python-docx, as editors' Word would save them."""

import io
import zipfile

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def add_link(paragraph, text, url):
    """python-docx has no API for hyperlinks; this is the markup Word writes."""
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def saved(document):
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def model_description():
    """Headings with numbers and marks, lists, bold, a link, a table, a Swedish heading and an unknown one."""
    document = docx.Document()
    document.add_heading("Perhetyön malli", 0)
    document.add_paragraph("Perhetyön malli kuvaa, miten perhettä tuetaan kotona.")
    document.add_heading("1. Ratkaisun perusidea **", 1)
    paragraph = document.add_paragraph("Työntekijä tapaa perheen ")
    paragraph.add_run("viikoittain").bold = True
    paragraph.add_run(". Lue lisää: ")
    add_link(paragraph, "THL:n ohje", "https://thl.fi/perhetyo")
    document.add_paragraph("Ensimmäinen tapaaminen", style="List Bullet")
    document.add_paragraph("Seurantatapaaminen", style="List Bullet")
    document.add_heading("Tapaamisten rytmi", 2)
    document.add_paragraph("Tapaamiset sovitaan perheen kanssa.")
    document.add_heading("2.3 toimintaympäristö:", 1)
    table = document.add_table(rows=3, cols=2)
    for row, cells in enumerate([("Palvelu", "Vastuu"), ("Perhetyö", "Sosiaalitoimi"), ("Nuorisopsykiatria", "HUS")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_heading("Målgrupp och klientförståelse", 1)
    document.add_paragraph("Familjer med barn under 18 år.")
    document.add_heading("Liitteet ja linkit", 1)
    add_link(document.add_paragraph(), "Mallin sivu Innokylässä", "https://innokyla.fi/fi/toimintamalli/perhetyo")
    document.add_heading("Budjetti ja aikataulu", 1)
    document.add_paragraph("Kustannukset katetaan hankerahoituksella.")
    return saved(document)


def empty_document():
    return saved(docx.Document())


def with_macros(data):
    """The same package with a VBA project declared, as Word saves a .docm."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            target.writestr(item, content)
        target.writestr("word/vbaProject.bin", b"\x00" * 64)
    return out.getvalue()


def password_protected(data):
    """A real encrypted Office file (an OLE compound file), as Word saves one with a password."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt("salasana", out)  # noqa: S106 (a test document's password)
    return out.getvalue()
