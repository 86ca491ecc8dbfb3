import io
import os
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.utils.translation import override
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from bulletin import media
from bulletin.models import Attachment, PostImage
from tests.factories import make_post
from tests.html import parse


@pytest.fixture
def media_root(settings, tmp_path):
    """A media directory of the test's own, so that its files can be counted."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def post(db, media_root):
    return make_post()


def stored_files(root):
    return sorted(
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _, names in os.walk(root)
        for name in names
    )


def encode(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def opened(data):
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def read(field_file):
    with field_file.open("rb"):
        return field_file.read()


def add_image(post, data, name="kuva.jpg", **kwargs):
    kwargs.setdefault("alt_text_fi", "Lokakuun ohjelma")
    return PostImage.objects.create(post=post, image=SimpleUploadedFile(name, data), **kwargs)


def photo_with_metadata():
    """
    A 64 × 32 JPEG, red on the left and blue on the right, whose EXIF says it is to be turned
    90° clockwise, and which carries a camera make, GPS coordinates, XMP, a comment and an
    ICC profile.
    """
    image = Image.new("RGB", (64, 32), (255, 0, 0))
    image.paste((0, 0, 255), (32, 0, 64, 32))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Kamera Oy"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (60.0, 10.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (24.0, 56.0, 15.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="60,10.5N"/></x:xmpmeta>'
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return encode(
        image, "JPEG", quality=95, exif=exif, xmp=xmp, comment=b"Aino 3 v", icc_profile=srgb
    )


def png_header(width, height):
    """A PNG whose header claims the given size; Pillow reads the size without decoding."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def make_pdf(*pages, encrypted=False):
    """
    A PDF with one page per text (A4, Helvetica, lines split at newlines), written by hand
    with a correct cross-reference table. ``encrypted`` adds a standard security handler
    whose user password is not empty, so the document cannot be opened without one.
    """
    font = 3 + 2 * len(pages)
    page_objects = [3 + 2 * index for index in range(len(pages))]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % number for number in page_objects), len(pages)),
    ]
    for number, text in zip(page_objects, pages, strict=True):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, number + 1)
        )
        lines = b" ".join(b"(%s) Tj 0 -30 Td" % line.encode("cp1252") for line in text.split("\n"))
        stream = b"BT /F1 24 Tf 72 760 Td " + lines + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )

    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"/Size %d /Root 1 0 R" % (len(objects) + 1)
    if encrypted:
        trailer += (
            b" /Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <%s> /U <%s> >> /ID [<%s> <%s>]"
            % (b"ab" * 32, b"cd" * 32, b"01" * 16, b"01" * 16)
        )
    pdf += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(pdf)


def check_image_error(data, name="kuva.jpg"):
    with pytest.raises(ValidationError) as error:
        media.check_image(SimpleUploadedFile(name, data))
    return error.value


def check_pdf_error(data, name="ohjelma.pdf"):
    with pytest.raises(ValidationError) as error:
        media.check_pdf(SimpleUploadedFile(name, data))
    return error.value


# Checking images


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_pass_and_the_file_is_rewound(image_format):
    upload = SimpleUploadedFile("kuva", encode(Image.new("RGB", (40, 30), "green"), image_format))
    upload.read(10)

    media.check_image(upload)

    assert upload.tell() == 0


@pytest.mark.parametrize("image_format", ["GIF", "BMP", "TIFF"])
def test_other_image_formats_are_rejected_even_with_a_jpeg_name(image_format):
    error = check_image_error(encode(Image.new("RGB", (40, 30), "green"), image_format))

    assert error.code == "image_format"
    assert error.messages == [
        "Tiedosto ei ole JPEG-, PNG- tai WebP-kuva. Tallenna kuva jossakin näistä muodoista "
        "ja lataa se uudelleen."
    ]


def test_text_file_named_like_a_photo_is_rejected():
    upload = SimpleUploadedFile("photo.jpg", b"Hei, tama ei ole kuva.\n" * 20)

    with pytest.raises(ValidationError) as error:
        media.check_image(upload)

    assert error.value.code == "image_format"
    assert upload.tell() == 0


def test_image_with_more_than_40_megapixels_is_rejected_before_decoding():
    error = check_image_error(png_header(8000, 6000), "kuva.png")

    assert error.code == "image_too_many_pixels"
    assert "enintään 40 megapikseliä" in error.messages[0]


def test_decompression_bomb_is_rejected_with_the_same_message():
    error = check_image_error(png_header(20000, 20000), "kuva.png")

    assert error.code == "image_too_many_pixels"
    assert "enintään 40 megapikseliä" in error.messages[0]


def test_image_over_the_byte_limit_is_rejected(monkeypatch):
    monkeypatch.setattr(media, "IMAGE_MAX_BYTES", media.MB)
    # Decoders ignore what follows the end of a JPEG, so only the size is wrong here.
    data = encode(Image.new("RGB", (40, 30), "green"), "JPEG") + bytes(media.MB)

    error = check_image_error(data)

    assert error.code == "image_too_large"
    assert error.messages[0].startswith("Kuva on liian suuri: enintään 1 Mt.")


def test_truncated_jpeg_is_rejected_as_unreadable():
    noise = Image.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3))
    data = encode(noise, "JPEG", quality=90)

    error = check_image_error(data[: len(data) * 2 // 3])

    assert error.code == "image_unreadable"


# Processing images


def test_photo_is_reencoded_upright_without_exif_gps_xmp_or_comment(
    post, media_root, django_capture_on_commit_callbacks
):
    original = photo_with_metadata()
    assert opened(original).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    image = add_image(post, original)
    uploaded_name = image.image.name

    with django_capture_on_commit_callbacks(execute=True):
        media.process_image(image)

    image.refresh_from_db()
    data = read(image.image)
    processed = opened(data)
    assert processed.format == "JPEG"
    assert not processed.getexif()
    assert not {"exif", "xmp", "comment", "icc_profile"} & processed.info.keys()
    for leftover in (b"Exif", b"xmpmeta", b"GPSLatitude", b"Kamera Oy", b"Aino"):
        assert leftover not in data
    # Turned 90° clockwise: the red left half is now on top.
    assert (image.width, image.height) == processed.size == (32, 64)
    red, _, blue = processed.getpixel((16, 8))
    assert red > 200 and blue < 60
    red, _, blue = processed.getpixel((16, 56))
    assert blue > 200 and red < 60
    assert stored_files(media_root) == [image.image.name]
    assert not image.image.storage.exists(uploaded_name)


@pytest.mark.parametrize("mode", ["RGBA", "P"])
def test_png_keeps_its_transparency_but_not_its_text(post, mode):
    picture = Image.new("RGBA", (40, 40), (0, 128, 0, 255))
    picture.paste((0, 0, 0, 0), (0, 0, 20, 40))
    options = {}
    if mode == "P":
        picture = picture.convert("RGB").quantize(2)
        options["transparency"] = picture.getpixel((0, 0))
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Aino Virtanen")
    image = add_image(post, encode(picture, "PNG", pnginfo=info, **options), "kuva.png")

    media.process_image(image)

    data = read(image.image)
    processed = opened(data)
    assert processed.format == "PNG"
    assert processed.mode == "RGBA"
    assert processed.getpixel((5, 5))[3] == 0
    assert processed.getpixel((35, 5)) == (0, 128, 0, 255)
    assert b"Aino" not in data
    assert "Author" not in processed.info


def test_webp_stays_webp_without_exif(post):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Kamera Oy"
    image = add_image(
        post, encode(Image.new("RGB", (40, 30), "green"), "WEBP", exif=exif), "kuva.webp"
    )

    media.process_image(image)

    data = read(image.image)
    assert image.image.name.endswith(".webp")
    assert opened(data).format == "WEBP"
    assert b"Kamera Oy" not in data
    assert not opened(data).getexif()


def test_multi_picture_jpeg_from_a_phone_is_a_jpeg_of_its_first_picture(post):
    first = Image.new("RGB", (40, 30), "green")
    data = encode(first, "MPO", save_all=True, append_images=[Image.new("RGB", (20, 15), "red")])
    assert opened(data).format == "MPO"
    media.check_image(SimpleUploadedFile("kuva.jpg", data))
    image = add_image(post, data)

    media.process_image(image)

    processed = opened(read(image.image))
    assert processed.format == "JPEG"
    assert processed.size == (40, 30)
    assert not getattr(processed, "is_animated", False)


def test_cmyk_jpeg_becomes_rgb(post):
    image = add_image(post, encode(Image.new("CMYK", (40, 30), (0, 255, 255, 0)), "JPEG"))

    media.process_image(image)

    processed = opened(read(image.image))
    assert processed.mode == "RGB"
    red, green, blue = processed.getpixel((20, 15))
    assert red > 200 and green < 60 and blue < 60


def test_16_bit_greyscale_png_keeps_its_tones(post):
    image = add_image(post, encode(Image.new("I;16", (40, 30), 40000), "PNG"), "kuva.png")

    media.process_image(image)

    processed = opened(read(image.image))
    assert processed.mode == "L"
    assert 150 <= processed.getpixel((20, 15)) <= 160


def test_stored_name_gets_the_extension_of_the_content(post):
    image = add_image(post, encode(Image.new("RGB", (40, 30), "green"), "PNG"), "kuva.jpg")

    media.process_image(image)

    assert image.image.name.endswith(".png")
    assert opened(read(image.image)).format == "PNG"


def test_renditions_are_made_only_narrower_than_the_original(post):
    image = add_image(post, encode(Image.new("RGB", (1000, 500), "green"), "JPEG"))

    media.process_image(image)

    image.refresh_from_db()
    assert sorted(image.renditions, key=int) == ["320", "640", "960"]
    for width, name in image.renditions.items():
        with image.image.storage.open(name) as file:
            rendition = opened(file.read())
        assert rendition.size == (int(width), int(width) // 2)
        assert rendition.format == "JPEG"


def test_processing_again_replaces_files_instead_of_piling_them_up(
    post, media_root, django_capture_on_commit_callbacks
):
    image = add_image(post, encode(Image.new("RGB", (700, 350), "green"), "JPEG"))

    with django_capture_on_commit_callbacks(execute=True):
        media.process_image(image)
    first = stored_files(media_root)
    with django_capture_on_commit_callbacks(execute=True):
        media.process_image(image)

    image.refresh_from_db()
    assert len(first) == 3
    assert stored_files(media_root) == sorted([image.image.name, *image.renditions.values()])
    assert len(image.renditions) == 2


def test_unreadable_stored_image_is_not_processed(post):
    image = add_image(post, b"GIF89a" + bytes(100), "kuva.jpg")

    with pytest.raises(ValidationError):
        media.process_image(image)

    image.refresh_from_db()
    assert image.renditions == {}


# The post_image tag


def render(template, **context):
    return Template("{% load bulletin_media %}" + template).render(Context(context))


def test_post_image_tag_lists_renditions_and_original_in_srcset(post):
    image = add_image(post, encode(Image.new("RGB", (1500, 1000), "green"), "JPEG"))
    media.process_image(image)
    urls = {width: image.image.storage.url(name) for width, name in image.renditions.items()}

    img = parse(render('{% post_image image css_class="kuva" %}', image=image)).find("img")

    assert img.attrs["srcset"] == (
        f"{urls['320']} 320w, {urls['640']} 640w, {urls['960']} 960w, "
        f"{urls['1280']} 1280w, {image.image.url} 1500w"
    )
    assert img.attrs["src"] == urls["1280"]
    assert img.attrs["sizes"] == "(min-width: 40em) 40em, 100vw"
    assert (img.attrs["width"], img.attrs["height"]) == ("1500", "1000")
    assert img.attrs["alt"] == "Lokakuun ohjelma"
    assert img.attrs["class"] == "kuva"
    assert img.attrs["loading"] == "lazy"
    assert img.attrs["decoding"] == "async"


def test_small_image_is_its_own_src(post):
    image = add_image(post, encode(Image.new("RGB", (300, 200), "green"), "JPEG"))
    media.process_image(image)

    img = parse(render('{% post_image image sizes="100vw" %}', image=image)).find("img")

    assert img.attrs["src"] == image.image.url
    assert img.attrs["srcset"] == f"{image.image.url} 300w"
    assert img.attrs["sizes"] == "100vw"
    assert "class" not in img.attrs


def test_decorative_image_gets_empty_alt(post):
    image = add_image(
        post,
        encode(Image.new("RGB", (40, 30), "green"), "JPEG"),
        alt_text_fi="Vihreä neliö",
        is_decorative=True,
    )

    html = render("{% post_image image %}", image=image)

    assert parse(html).find("img").attrs["alt"] == ""
    assert 'alt=""' in html


def test_alt_text_falls_back_to_finnish_and_is_escaped(post):
    image = add_image(
        post,
        encode(Image.new("RGB", (40, 30), "green"), "JPEG"),
        alt_text_fi='Ohjelma "<b>lokakuu</b>"',
        alt_text_sv="",
    )

    with override("sv"):
        html = render("{% post_image image %}", image=image)

    assert parse(html).find("img").attrs["alt"] == 'Ohjelma "<b>lokakuu</b>"'
    assert "<b>" not in html


# Checking PDFs


def test_real_pdf_passes_and_the_file_is_rewound():
    upload = SimpleUploadedFile("ohjelma.pdf", make_pdf("Marraskuun ohjelma"))
    upload.read(10)

    media.check_pdf(upload)

    assert upload.tell() == 0


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body>Ei PDF</body></html>",
        encode(Image.new("RGB", (40, 30), "green"), "PNG"),
        b"",
    ],
)
def test_other_files_are_not_pdfs(data):
    error = check_pdf_error(data)

    assert error.code == "pdf_format"
    assert error.messages == [
        "Tiedosto ei ole PDF-tiedosto. Tallenna asiakirja PDF-muodossa ja lataa se uudelleen."
    ]


def test_truncated_pdf_is_rejected():
    data = make_pdf("Marraskuun ohjelma")

    error = check_pdf_error(data[: len(data) // 2])

    assert error.code == "pdf_unreadable"


def test_pdf_header_followed_by_garbage_is_rejected():
    assert check_pdf_error(b"%PDF-1.7\n" + os.urandom(2000)).code == "pdf_unreadable"


def test_password_protected_pdf_is_rejected():
    error = check_pdf_error(make_pdf("Salainen", encrypted=True))

    assert error.code == "pdf_password"
    assert "salasanalla" in error.messages[0]


def test_pdf_over_the_byte_limit_is_rejected(monkeypatch):
    monkeypatch.setattr(media, "PDF_MAX_BYTES", 100)

    error = check_pdf_error(make_pdf("Marraskuun ohjelma"))

    assert error.code == "pdf_too_large"
    assert error.messages[0].startswith("Tiedosto on liian suuri: enintään 0 Mt.")


# Processing PDFs


def add_attachment(post, data, name="ohjelma.pdf"):
    return Attachment.objects.create(
        post=post, file=SimpleUploadedFile(name, data), title_fi="Marraskuun ohjelma"
    )


def test_attachment_gets_size_pages_preview_and_text(post):
    data = make_pdf("Perhekahvila tiistaisin\nPäiväkoti Kuusilahti", "Vauvaryhmä torstaisin")
    attachment = add_attachment(post, data)

    media.process_attachment(attachment)

    attachment.refresh_from_db()
    assert attachment.size == len(data)
    assert attachment.pages == 2
    assert attachment.text == ("Perhekahvila tiistaisin Päiväkoti Kuusilahti Vauvaryhmä torstaisin")
    preview = opened(read(attachment.preview))
    assert preview.format == "WEBP"
    # An A4 page 600 px wide (842 / 595 × 600 ≈ 849 px high), with dark text on white.
    assert preview.width == 600
    assert 848 <= preview.height <= 850
    darkest, lightest = preview.convert("L").getextrema()
    assert darkest < 100 and lightest > 240


def test_processing_attachment_again_replaces_the_preview(
    post, media_root, django_capture_on_commit_callbacks
):
    attachment = add_attachment(post, make_pdf("Marraskuun ohjelma"))

    with django_capture_on_commit_callbacks(execute=True):
        media.process_attachment(attachment)
    with django_capture_on_commit_callbacks(execute=True):
        media.process_attachment(attachment)

    attachment.refresh_from_db()
    assert stored_files(media_root) == sorted([attachment.file.name, attachment.preview.name])


def test_attachment_is_stored_as_pdf_under_a_random_name(
    post, media_root, django_capture_on_commit_callbacks
):
    data = make_pdf("Marraskuun ohjelma")
    attachment = add_attachment(post, data, "Aino Virtanen ohjelma.html")

    with django_capture_on_commit_callbacks(execute=True):
        media.process_attachment(attachment)

    attachment.refresh_from_db()
    assert attachment.file.name.endswith(".pdf")
    # The name on the staff member's computer can tell whose child it is about.
    assert "Aino" not in attachment.file.name and "ohjelma" not in attachment.file.name
    assert read(attachment.file) == data
    assert not any(name.endswith(".html") for name in stored_files(media_root))


def test_extracted_text_is_capped(post, monkeypatch):
    monkeypatch.setattr(media, "TEXT_MAX_CHARS", 30)
    attachment = add_attachment(post, make_pdf("Perhekahvila tiistaisin", "Vauvaryhmä"))

    media.process_attachment(attachment)

    assert attachment.text == "Perhekahvila tiistaisin Vauvar"


# Attachment labels


@pytest.mark.parametrize(
    ("language", "size", "label"),
    [
        ("fi", 320 * 1024, "PDF, 320 kt"),
        ("sv", 320 * 1024, "PDF, 320 kB"),
        ("en", 320 * 1024, "PDF, 320 KB"),
        ("fi", 300, "PDF, 1 kt"),
        ("fi", 3 * media.MB // 2, "PDF, 1,5 Mt"),
        ("sv", 3 * media.MB // 2, "PDF, 1,5 MB"),
        ("en", 3 * media.MB // 2, "PDF, 1.5 MB"),
    ],
)
def test_file_label_states_type_and_size_in_each_language(language, size, label):
    attachment = Attachment(file="bulletin/files/2025/11/ohjelma.pdf", size=size)

    with override(language):
        assert media.file_label(attachment) == label
        assert render("{{ attachment|file_label }}", attachment=attachment) == label
