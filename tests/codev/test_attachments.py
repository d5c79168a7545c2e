"""Pictures and documents on posts: what is refused, what is stripped, who may open a file, and that files go with
their post."""

import io
import json
import zipfile
import zlib

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from docx import Document
from PIL import Image

from codev import actions
from codev.attachment_checks import UploadRefused, check_upload
from codev.data_rights import do_delete_account
from codev.exports import feedback_csv
from codev.models import Attachment, Post, PostStatus, Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round, make_user
from testing.factories import build_site, make_model
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

ALT = "Fläppitaulu: kolme ideaa ensitapaamisesta"
PAYLOAD = b"<script>alert('polyglot')</script>"
EXIF_MARKER = "Kuvattu Kallion nuorisoasemalla"


# Files as members' devices make them.


def jpeg(size=(64, 48), colour=(200, 40, 40), **save):
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", **save)
    return out.getvalue()


def png(size=(40, 30)):
    out = io.BytesIO()
    Image.new("RGBA", size, (10, 120, 200, 128)).save(out, "PNG")
    return out.getvalue()


def jpeg_with_gps_and_orientation():
    """A phone photo 80 × 40 as stored, to be turned upright (EXIF orientation 6), with GPS and a description."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010E] = EXIF_MARKER
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (60.0, 11.0, 3.0), 3: "E", 4: (24.0, 56.0, 25.0)})
    return jpeg(size=(80, 40), exif=exif.tobytes())


def docx(macros=False):
    out = io.BytesIO()
    document = Document()
    document.add_paragraph("Työpajan muistiinpanot.")
    document.save(out)
    if not macros:
        return out.getvalue()
    source, target = zipfile.ZipFile(io.BytesIO(out.getvalue())), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            package.writestr(item, data)
        package.writestr("word/vbaProject.bin", b'Attribute VB_Name = "ThisDocument"')
    return target.getvalue()


def pdf(catalogue_extra=b"", stream=b"", stream_dictionary=b"/Filter /FlateDecode"):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalogue_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d %s >>\nstream\n" % (len(stream), stream_dictionary) + stream + b"\nendstream",
    ]
    body = b"%PDF-1.7\n" + b"".join(b"%d 0 obj\n" % n + obj + b"\nendobj\n" for n, obj in enumerate(objects, 1))
    return body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def refused(name, data):
    with translation.override("en"), pytest.raises(UploadRefused) as refusal:
        check_upload(upload(name, data))
    return str(refusal.value)


def stored_bytes(attachment, thumbnail=False):
    with default_storage.open((attachment.thumbnail if thumbnail else attachment.file).name, "rb") as handle:
        return handle.read()


def attach(member, board, files, **kw):
    """A post with `files` [(name, bytes, alt text)], checked as an upload is."""
    checked = [(check_upload(upload(name, data)), alt) for name, data, alt in files]
    return make_post(member, board, attachments=checked, **kw)


# Checking uploads by their content.


def test_a_renamed_executable_is_refused_whatever_its_name_says():
    message = refused("photo.jpg", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200 + b"This program cannot be run")
    assert "photo.jpg" in message and "cannot be attached" in message


def test_an_svg_with_a_script_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>'
    assert "cannot be attached" in refused("kaavio.svg", svg)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(settings):
    settings.CODEV_ATTACHMENT_MAX_SIZE = 2000
    assert "too large" in refused("iso.jpg", jpeg(size=(600, 600), colour=(1, 2, 3)) + b"\x00" * 3000)


def test_a_polyglot_jpeg_is_re_encoded_and_loses_what_was_appended():
    polyglot = jpeg() + b"PK\x03\x04" + b"\x00" * 26 + PAYLOAD + b"<html><body>x</body></html>"
    checked = check_upload(upload("kuva.jpg", polyglot, "image/jpeg"))
    assert checked.kind.key == "jpeg"
    assert PAYLOAD not in checked.data and b"PK\x03\x04" not in checked.data and b"<html>" not in checked.data
    assert Image.open(io.BytesIO(checked.data)).size == (64, 48)


def test_gps_and_other_exif_are_stripped_and_the_photo_is_turned_upright_first():
    original = jpeg_with_gps_and_orientation()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the test photo does carry a location

    checked = check_upload(upload("puhelin.jpg", original))

    stored = Image.open(io.BytesIO(checked.data))
    assert stored.size == (40, 80)  # upright
    assert not stored.getexif() and "exif" not in stored.info
    assert EXIF_MARKER.encode() not in checked.data and b"Exif" not in checked.data
    assert not Image.open(io.BytesIO(checked.thumbnail)).getexif()


def test_a_thumbnail_is_made_for_the_board():
    checked = check_upload(upload("iso.png", png(size=(1200, 600))))
    thumbnail = Image.open(io.BytesIO(checked.thumbnail))
    assert thumbnail.format == "WEBP" and thumbnail.size == (480, 240)
    assert checked.kind.key == "png" and (checked.width, checked.height) == (1200, 600)


def test_a_damaged_picture_is_refused():
    assert "damaged" in refused("rikki.jpg", jpeg()[:60])


def test_a_word_document_with_macros_is_refused_and_one_without_is_taken():
    assert "macros" in refused("muistio.docx", docx(macros=True))
    checked = check_upload(upload("muistio.doc", docx()))
    assert checked.kind.key == "docx" and checked.name == "muistio.docx" and not checked.is_image


def test_a_zip_bomb_is_refused_unopened(settings):
    settings.CODEV_ATTACHMENT_MAX_UNPACKED_SIZE = 100_000
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"0" * 1_000_000)
    assert "unpacks to" in refused("pommi.docx", out.getvalue())


def test_a_pdf_with_javascript_is_refused_plain_hidden_in_a_stream_or_spelled_with_escapes():
    assert check_upload(upload("muistio.pdf", pdf(stream=zlib.compress(b"BT /F1 12 Tf (Hei) Tj ET")))).kind.key == "pdf"
    assert "scripts" in refused("a.pdf", pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "))
    hidden = zlib.compress(b"5 0 << /S /JavaScript /JS (app.alert(1)) >>")
    assert "scripts" in refused(
        "b.pdf", pdf(stream=hidden, stream_dictionary=b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode")
    )
    assert "scripts" in refused("c.pdf", pdf(b"/OpenAction << /S /J#61vaScript /JS (x) >> "))
    assert "scripts" in refused("d.pdf", pdf(b"/OpenAction << /S /Launch /F (cmd.exe) >> "))


def test_a_pictures_bytes_in_a_pdf_are_not_taken_for_names():
    picture = b"\xff\xd8 random bytes /JS 1 /Launch\x00 of a picture"
    assert check_upload(upload("kuva.pdf", pdf(stream=picture, stream_dictionary=b"/Subtype /Image"))).kind.key == "pdf"


def test_the_stored_name_has_the_extension_of_what_the_file_is():
    assert check_upload(upload("../../kuva.pdf", png())).name == "kuva.png"


# The world: one model, worked on by group A and group B.


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        model = make_model(build_site()["library"], "Verkostoyhteistyön malli")
        group_a, group_b = make_group(models=[model]), make_group(models=[model], name="Toinen ryhmä")
        board = make_board(make_round(group_a, 1, "open"), model)
        board_b = make_board(make_round(group_b, 1, "open"), model)
        w = {
            "board": board,
            "board_b": board_b,
            "fac": add_member(group_a, "vetaja", Role.FACILITATOR, display_name="Vetäjä Veera"),
            "author": add_member(group_a, "kirjoittaja", display_name="Kirjoittaja Kaisa"),
            "other": add_member(group_a, "toinen", Role.EXPERT, display_name="Toinen Tiina"),
            "member_b": add_member(group_b, "b-jasen", display_name="B-ryhmän jäsen"),
            "fac_b": add_member(group_b, "b-vetaja", Role.FACILITATOR, display_name="B-ryhmän vetäjä"),
            "outsider": make_user("ulkopuolinen"),
        }
        files = [("fläppi.jpg", jpeg(), ALT), ("muistio.pdf", pdf(), "")]
        w["published"] = attach(w["author"], board, files, body="<p>Kuva työpajasta.</p>")
        w["hidden"] = attach(w["author"], board, files, body="<p>Piilotettava kuva.</p>")
        actions.do_hide(actor=w["fac"].user, post=w["hidden"], reason="Kuvassa näkyy asiakkaan nimi.")
        actions.do_set_premoderation(actor=w["fac"].user, board=board, enabled=True)
        w["pending"] = attach(w["author"], board, files, body="<p>Odottaa hyväksyntää.</p>")
        actions.do_set_premoderation(actor=w["fac"].user, board=board, enabled=False)
        w["of_b"] = attach(w["member_b"], board_b, files, body="<p>B-ryhmän kuva.</p>")
        yield w
        transaction.set_rollback(True)


def as_user(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def url(name, *args):
    with translation.override("fi"):
        return reverse(f"codev:{name}", args=args)


VISITORS = ["anon", "outsider", "member_b", "fac_b", "other", "author", "fac"]
# Who gets each post's files: 200 or 404, never a hint that the file exists.
MATRIX = {
    "published": {"other": 200, "author": 200, "fac": 200},
    "hidden": {"fac": 200},
    "pending": {"author": 200, "fac": 200},
    "of_b": {"member_b": 200, "fac_b": 200},
}


def user_of(world, visitor):
    found = world.get(visitor) if visitor != "anon" else None
    return getattr(found, "user", found)


@pytest.mark.parametrize("post", MATRIX)
@pytest.mark.parametrize("visitor", VISITORS)
def test_who_may_open_a_posts_files(world, post, visitor):
    client = as_user(user_of(world, visitor))
    expected = MATRIX[post].get(visitor, 404)
    for attachment in world[post].attachments.all():
        for address in (attachment.url, attachment.thumbnail_url if attachment.is_image else attachment.url):
            response = client.get(address)
            assert response.status_code == expected, (post, visitor, address)


def test_a_picture_is_served_inline_and_a_document_as_a_download_with_guarded_headers(world):
    client = as_user(world["other"].user)
    picture, document = world["published"].attachments.all()

    shown = client.get(picture.url)
    assert shown["Content-Type"] == "image/jpeg"
    assert shown["Content-Disposition"].startswith("inline")
    assert b"".join(shown.streaming_content) == stored_bytes(picture)
    downloaded = client.get(document.url)
    assert downloaded["Content-Type"] == "application/pdf"
    assert downloaded["Content-Disposition"] == 'attachment; filename="muistio.pdf"'
    for response in (shown, downloaded, client.get(picture.thumbnail_url)):
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"].startswith("private")
        assert "default-src 'none'" in response["Content-Security-Policy"]
        assert "sandbox" in response["Content-Security-Policy"]


def test_files_are_stored_under_unguessable_names_outside_any_public_address(world):
    picture = world["published"].attachments.first()
    assert "fläppi" not in picture.file.name and picture.file.name.startswith("codev-attachments/")
    assert len(picture.file.name.rsplit("/", 1)[1]) > 30
    assert "/media/" not in picture.url


def test_the_board_shows_thumbnails_with_their_alt_text_and_documents_with_type_and_size(world):
    page = as_user(world["other"].user).get(url("board", world["board"].pk)).content.decode()
    picture, document = world["published"].attachments.all()
    assert f'<img src="{picture.thumbnail_url}" alt="{ALT}"' in page
    assert f'href="{document.url}"' in page and "PDF-asiakirja" in page


def test_no_file_address_of_a_hidden_post_reaches_a_member_not_even_its_author(world, board_cache):
    hidden = list(world["hidden"].attachments.all())
    for visitor in ("author", "other"):
        page = as_user(world[visitor].user).get(url("board", world["board"].pk)).content.decode()
        assert not any(attachment.url in page or attachment.thumbnail_url in page for attachment in hidden)
    facilitators = as_user(world["fac"].user).get(url("board", world["board"].pk)).content.decode()
    assert all(attachment.url in facilitators for attachment in hidden)


def test_the_presentation_view_shows_the_pictures(world):
    page = as_user(world["fac"].user).get(url("board_present", world["board"].pk)).content.decode()
    assert world["published"].attachments.first().thumbnail_url in page


def test_the_query_count_of_a_board_does_not_grow_with_its_pictures(world):
    def cold_board_queries():
        empty_the_cache()
        client = as_user(world["other"].user)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("board", world["board"].pk)).status_code == 200
        return len(queries)

    cold_board_queries()  # the first request fills per-process caches (the site's root paths, content types)
    before = cold_board_queries()
    for number in range(3):
        attach(world["author"], world["board"], [(f"kuva{number}.png", png(), ALT)], body=f"<p>Lisää {number}</p>")
    assert cold_board_queries() == before


# Posting with files, without JavaScript.


def post_form(board, body, **files):
    return {"body": body, "column": board.columns.first().pk, **files}


def test_a_member_attaches_a_picture_with_the_plain_multipart_form(world):
    board, client = world["board"], as_user(world["other"].user)
    photo = upload("IMG_2041.HEIC.jpg", jpeg_with_gps_and_orientation())
    data = post_form(board, "Työpajan tulokset kuvana.", **{"attachment-1-file": photo, "attachment-1-alt_text": ALT})
    response = client.post(url("post_create", board.pk), data)

    assert response.status_code == 302
    post = Post.objects.get(author=world["other"].user, body__contains="Työpajan tulokset")
    picture = post.attachments.get()
    assert (picture.original_name, picture.alt_text, picture.kind) == ("IMG_2041.HEIC.jpg", ALT, "image")
    assert b"Exif" not in stored_bytes(picture) and EXIF_MARKER.encode() not in stored_bytes(picture)
    assert Image.open(io.BytesIO(stored_bytes(picture, thumbnail=True))).format == "WEBP"
    assert picture.thumbnail_url in client.get(response["Location"]).content.decode()


def test_a_picture_without_alt_text_is_refused_with_a_clear_message_and_the_text_is_kept(world):
    board, client = world["board"], as_user(world["other"].user)
    data = post_form(board, "Tämä teksti ei saa kadota.", **{"attachment-1-file": upload("kuva.png", png())})

    response = client.post(url("post_create", board.pk), data)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Kuvaile kuva" in page and "Tämä teksti ei saa kadota." in page
    assert not Post.objects.filter(body__contains="ei saa kadota").exists()


def test_a_refused_file_gives_its_reason_in_finnish_and_nothing_is_posted(world):
    board, client = world["board"], as_user(world["other"].user)
    data = post_form(board, "Liitteenä ohjelma.", **{"attachment-1-file": upload("photo.jpg", b"MZ\x90\x00" * 64)})

    response = client.post(url("post_create", board.pk), data)

    assert response.status_code == 400
    assert "tällaista tiedostoa ei voi liittää" in response.content.decode().lower()
    assert not Post.objects.filter(body__contains="Liitteenä ohjelma").exists()


def test_the_form_offers_as_many_file_slots_as_the_settings_allow(world, settings):
    settings.CODEV_ATTACHMENTS_PER_POST = 2
    column = world["board"].columns.first()
    page = as_user(world["other"].user).get(url("board", world["board"].pk), {"compose": column.pk}).content.decode()
    assert 'enctype="multipart/form-data"' in page
    assert 'name="attachment-2-file"' in page and 'name="attachment-3-file"' not in page


def test_a_reply_can_carry_a_picture_too_and_it_goes_hidden_with_its_post(world):
    post = attach(world["author"], world["board"], [], body="<p>Kysymys työpajasta.</p>")
    client = as_user(world["other"].user)
    data = {"body": "Vastaus kuvana.", "attachment-1-file": upload("vastaus.png", png()), "attachment-1-alt_text": ALT}

    assert client.post(url("reply_create", post.pk), data).status_code == 302

    picture = Attachment.objects.get(post__parent=post)
    assert picture.thumbnail_url in client.get(url("board", world["board"].pk)).content.decode()
    assert client.get(picture.url).status_code == 200
    actions.do_hide(actor=world["fac"].user, post=post, reason="Väärä taulu.")
    for visitor in ("other", "author"):
        assert as_user(world[visitor].user).get(picture.url).status_code == 404
        page = as_user(world[visitor].user).get(url("board", world["board"].pk)).content.decode()
        assert picture.thumbnail_url not in page
    assert as_user(world["fac"].user).get(picture.url).status_code == 200


# Files go with their post, from the storage too.


def test_deleting_a_post_deletes_its_files_from_the_storage(world, django_capture_on_commit_callbacks):
    post = attach(world["author"], world["board"], [("kuva.png", png(), ALT)])
    picture = post.attachments.get()
    names = [picture.file.name, picture.thumbnail.name]
    assert all(default_storage.exists(name) for name in names)

    with django_capture_on_commit_callbacks(execute=True):
        assert as_user(world["author"].user).post(url("post_delete", post.pk)).status_code == 302

    assert not Attachment.objects.filter(pk=picture.pk).exists()
    assert not any(default_storage.exists(name) for name in names)


def test_the_author_removes_an_attachment_while_editing(world, django_capture_on_commit_callbacks):
    post = attach(world["author"], world["board"], [("väärä.png", png(), ALT), ("oikea.pdf", pdf(), "")])
    wrong, right = post.attachments.all()
    client = as_user(world["author"].user)
    assert "väärä.png" in client.get(url("post_edit", post.pk)).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("post_edit", post.pk), {"body": "Korjattu.", "remove_attachments": [wrong.pk]})

    assert response.status_code == 302
    assert list(post.attachments.all()) == [right] and not default_storage.exists(wrong.file.name)


def test_a_deleted_post_kept_for_its_replies_keeps_no_files(world, django_capture_on_commit_callbacks):
    post = attach(world["author"], world["board"], [("muistio.pdf", pdf(), "")])
    actions.do_reply(member=world["other"], post=post, body="Hyvä muistio.")
    name = post.attachments.get().file.name

    with django_capture_on_commit_callbacks(execute=True):
        actions.do_remove_post(user=world["author"].user, post=post)

    post.refresh_from_db()
    assert post.status == PostStatus.REMOVED and post.is_placeholder
    assert not post.attachments.exists() and not default_storage.exists(name)


def test_hiding_keeps_the_files(world):
    post = attach(world["author"], world["board"], [("kuva.png", png(), ALT)])
    actions.do_hide(actor=world["fac"].user, post=post, reason="Tunnistettava henkilö.")
    assert default_storage.exists(post.attachments.get().file.name)


def test_deleting_an_account_deletes_the_members_files(world, django_capture_on_commit_callbacks):
    leaving = add_member(world["board"].round.group, "poistuva", display_name="Poistuva Pirjo")
    post = attach(leaving, world["board"], [("kuva.png", png(), ALT)])
    names = [post.attachments.get().file.name, post.attachments.get().thumbnail.name]

    with django_capture_on_commit_callbacks(execute=True):
        deletion = do_delete_account(user=leaving.user, actor=leaving.user)

    assert deletion.details["attachments"] == 1
    assert Post.objects.filter(pk=post.pk).exists() and not Attachment.objects.filter(post=post).exists()
    assert not any(default_storage.exists(name) for name in names)


def test_the_members_data_download_holds_their_files(world):
    member = add_member(world["board"].round.group, "lataaja", display_name="Lataaja Lauri")
    picture = attach(member, world["board"], [("fläppi.png", png(), ALT)]).attachments.get()

    archive = zipfile.ZipFile(io.BytesIO(as_user(member.user).get(url("my_data_zip")).content))

    data = json.loads(archive.read("mallipaja-tiedot.json"))
    listed = data["posts"][0]["attachments"][0]
    assert (listed["name"], listed["description"]) == ("fläppi.png", ALT)
    assert archive.read(listed["file"]) == stored_bytes(picture)


def test_the_feedback_export_lists_attachments_by_name(world):
    attach(world["other"], world["board"], [("kaavio.png", png(), ALT), ("liite.pdf", pdf(), "")])
    assert "kaavio.png, liite.pdf" in feedback_csv(world["board"].round).decode()
