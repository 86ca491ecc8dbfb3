"""
Images and PDF attachments of bulletin posts.

Uploads are checked by their content, never by their names. Images are re-encoded so that no
EXIF, GPS or other metadata of photos of children reaches the public site, and are kept in a few
widths for srcset. PDFs get a preview of their first page and their text for search.

The ``check_*`` functions validate an upload (a form's ``clean_<field>()`` or a model field's
validator can call them); the ``process_*`` functions run once the instance and its file are
saved, and save the instance again.
"""

import io
import os
import re
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, ImageOps

MB = 1024 * 1024

IMAGE_MAX_BYTES = 15 * MB
IMAGE_MAX_PIXELS = 40_000_000
# Pillow's names for the accepted formats. Phones often write JPEGs with a second, smaller
# picture appended (Multi-Picture Format); Pillow reports those as MPO and they are JPEGs.
IMAGE_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
IMAGE_EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
IMAGE_SAVE_OPTIONS = {
    "JPEG": {"quality": 85, "optimize": True, "progressive": True},
    "PNG": {},
    "WEBP": {"quality": 85},
}
RENDITION_WIDTHS = (320, 640, 960, 1280, 1920)

PDF_MAX_BYTES = 20 * MB
PREVIEW_WIDTH = 600
# A very tall, narrow page would otherwise render into an enormous bitmap.
PREVIEW_MAX_HEIGHT = 3 * PREVIEW_WIDTH
TEXT_MAX_CHARS = 200_000

_SRGB = ImageCms.createProfile("sRGB")
# Control characters (PDFium marks hyphenation with some) break search, and PostgreSQL
# refuses NUL in text columns.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# PDFium is not thread-safe, not even across different documents, and a web server process
# may handle several uploads in threads at once.
_pdfium_lock = threading.Lock()


def check_image(uploaded_file):
    """
    Raise ValidationError unless the upload is a readable JPEG, PNG or WebP image within the
    size limits (IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS). The file's position is left at 0.
    """
    try:
        if uploaded_file.size > IMAGE_MAX_BYTES:
            raise ValidationError(
                _(
                    "Kuva on liian suuri: enintään %(limit)s Mt. Pienennä kuvaa tai tallenna "
                    "se pienemmällä laadulla ja yritä uudelleen."
                ),
                code="image_too_large",
                params={"limit": IMAGE_MAX_BYTES // MB},
            )
        with _open_image(uploaded_file) as image:
            if image.format in ("JPEG", "MPO"):
                # Decoding at an eighth of the size still reads the whole compressed stream,
                # so damage is found without holding the full picture in memory.
                image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            _load(image)
    finally:
        uploaded_file.seek(0)


def process_image(post_image):
    """
    Re-encode a saved PostImage's file so that no metadata survives, and make its renditions.

    The picture is turned upright by its EXIF orientation, converted to sRGB and saved afresh
    in its own format (a JPEG stays a JPEG, transparency is kept in PNG and WebP). The new file
    replaces the upload, whose name also gets the right extension. Copies narrower than the
    original, at RENDITION_WIDTHS, go to ``renditions`` as {"320": name, ...}. Calling this
    again replaces the copies it made before. Old files are deleted once the transaction
    commits, so a rollback leaves the instance pointing at files that still exist.
    """
    field_file = post_image.image
    storage = field_file.storage
    with field_file.open("rb"), _open_image(field_file) as image:
        output_format = IMAGE_FORMATS[image.format]
        picture = _clean_picture(image, output_format)

    # Everything is encoded before anything is written, so a bad picture leaves no stray files.
    encoded = _encode(picture, output_format)
    copies = {}
    for width in RENDITION_WIDTHS:
        if width < picture.width:
            height = max(1, round(picture.height * width / picture.width))
            copy = picture.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
            copies[width] = _encode(copy, output_format)

    old_names = [field_file.name, *post_image.renditions.values()]
    root = os.path.splitext(field_file.name)[0]
    extension = IMAGE_EXTENSIONS[output_format]
    max_length = post_image._meta.get_field("image").max_length
    post_image.image = storage.save(
        f"{root}{extension}", ContentFile(encoded), max_length=max_length
    )
    post_image.width, post_image.height = picture.size
    post_image.renditions = {
        str(width): storage.save(f"{root}-{width}w{extension}", ContentFile(data))
        for width, data in copies.items()
    }
    post_image.save(update_fields=["image", "width", "height", "renditions"])
    _delete_on_commit(storage, old_names)


def check_pdf(uploaded_file):
    """
    Raise ValidationError unless the upload is a PDF (it starts with ``%PDF-`` and PDFium can
    open it and its first page) that needs no password and is within PDF_MAX_BYTES. The file's
    position is left at 0.
    """
    try:
        if uploaded_file.size > PDF_MAX_BYTES:
            raise ValidationError(
                _(
                    "Tiedosto on liian suuri: enintään %(limit)s Mt. Pienennä PDF-tiedostoa, "
                    "esimerkiksi tallentamalla sen kuvat pienempinä, ja yritä uudelleen."
                ),
                code="pdf_too_large",
                params={"limit": PDF_MAX_BYTES // MB},
            )
        uploaded_file.seek(0)
        data = uploaded_file.read()
        with _pdfium_lock:
            pdf = _open_pdf(data)
            pdf.close()
    finally:
        uploaded_file.seek(0)


def process_attachment(attachment):
    """
    Fill a saved Attachment's size, page count, preview of page 1 and text, and save it.

    The preview is a WebP about PREVIEW_WIDTH pixels wide. The text of all pages is joined
    with single spaces and cut at TEXT_MAX_CHARS. A stored name without the .pdf extension is
    given one, so that the file is always served as a PDF. Calling this again replaces the
    previous preview; old files are deleted once the transaction commits.
    """
    field_file = attachment.file
    storage = field_file.storage
    with field_file.open("rb"):
        data = field_file.read()

    with _pdfium_lock:
        pdf = _open_pdf(data)
        try:
            pages = len(pdf)
            preview = _render_preview(pdf[0])
            text = _extract_text(pdf)
        finally:
            pdf.close()

    old_names = [attachment.preview.name] if attachment.preview else []
    root, extension = os.path.splitext(field_file.name)
    if extension.lower() != ".pdf":
        old_names.append(field_file.name)
        max_length = attachment._meta.get_field("file").max_length
        attachment.file = storage.save(f"{root}.pdf", ContentFile(data), max_length=max_length)
    attachment.size = len(data)
    attachment.pages = pages
    attachment.text = text
    attachment.preview.save(f"{os.path.basename(root)}.webp", ContentFile(preview), save=False)
    attachment.save(update_fields=["file", "size", "pages", "preview", "text"])
    _delete_on_commit(storage, old_names)


def file_label(attachment):
    """
    The type and size of an attachment for its link, e.g. "PDF, 320 kt" or "PDF, 1,5 Mt" in
    Finnish, "PDF, 320 kB" in Swedish and "PDF, 320 KB" in English (1 kt = 1024 bytes).
    """
    size = attachment.size or attachment.file.size
    file_type = os.path.splitext(attachment.file.name)[1].lstrip(".").upper() or "PDF"
    kilobytes = max(1, round(size / 1024))
    # Four-digit kilobytes are harder to read than "1,0 Mt".
    if kilobytes < 1000:
        return _("%(type)s, %(size)s kt") % {"type": file_type, "size": kilobytes}
    return _("%(type)s, %(size)s Mt") % {
        "type": file_type,
        "size": number_format(size / MB, decimal_pos=1),
    }


def _open_image(file):
    """Open an image lazily, allowing only the accepted formats and picture sizes."""
    file.seek(0)
    try:
        # Only the accepted formats' decoders ever see the bytes.
        image = Image.open(file, formats=["JPEG", "PNG", "WEBP"])
    except Image.DecompressionBombError:
        _raise_too_many_pixels()
    except (OSError, SyntaxError, ValueError) as error:
        raise _not_an_image() from error
    # No image.close() on rejection: it would close the caller's file too.
    if image.format not in IMAGE_FORMATS:
        raise _not_an_image()
    if image.width * image.height > IMAGE_MAX_PIXELS:
        _raise_too_many_pixels()
    return image


def _not_an_image():
    return ValidationError(
        _(
            "Tiedosto ei ole JPEG-, PNG- tai WebP-kuva. Tallenna kuva jossakin näistä "
            "muodoista ja lataa se uudelleen."
        ),
        code="image_format",
    )


def _raise_too_many_pixels():
    raise ValidationError(
        _(
            "Kuvassa on liikaa kuvapisteitä: enintään %(limit)s megapikseliä. Pienennä kuvan "
            "leveyttä ja korkeutta ja yritä uudelleen."
        ),
        code="image_too_many_pixels",
        params={"limit": IMAGE_MAX_PIXELS // 1_000_000},
    )


def _load(image):
    """Decode the picture, turning a damaged file into a ValidationError."""
    try:
        image.load()
    except Image.DecompressionBombError:
        _raise_too_many_pixels()
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _(
                "Kuvaa ei voitu lukea, ja tiedosto voi olla vioittunut. Avaa kuva "
                "kuvankäsittelyohjelmassa, tallenna se uudelleen ja yritä sitten uudelleen."
            ),
            code="image_unreadable",
        ) from error


def _clean_picture(image, output_format):
    """
    The picture upright, in sRGB and in a mode the output format can hold, as a new image
    that carries nothing of the original's metadata (EXIF, GPS, XMP, ICC, comments, text).
    """
    _load(image)
    picture = ImageOps.exif_transpose(image)
    has_alpha = "A" in picture.getbands() or "transparency" in picture.info
    if picture.mode.startswith("I"):
        # 16-bit greyscale PNG: a plain conversion would clip nearly every pixel to white.
        picture = picture.convert("I").point(lambda value: value / 256).convert("L")
    if has_alpha and picture.mode != "RGBA":
        picture = picture.convert("RGBA")
    elif picture.mode not in ("RGB", "RGBA", "L", "CMYK"):
        picture = picture.convert("RGB")
    picture = _to_srgb(picture, image.info.get("icc_profile"))
    if output_format == "JPEG":
        mode = "L" if picture.mode == "L" else "RGB"
    elif has_alpha:
        mode = "RGBA"
    else:
        mode = "L" if picture.mode == "L" and output_format == "PNG" else "RGB"
    if picture.mode != mode:
        picture = picture.convert(mode)
    # Pillow copies .info (and with it EXIF, ICC and comments) along with the pixels and
    # writes some of it back on save; pasting into a new image leaves all of that behind.
    clean = Image.new(mode, picture.size)
    clean.paste(picture)
    return clean


def _to_srgb(picture, icc_profile):
    """
    Convert the picture to sRGB by its embedded colour profile (a phone's Display P3, say),
    so that dropping the profile does not change its colours. Without a usable profile the
    picture is returned as it is.
    """
    if not icc_profile:
        return picture
    output_mode = "RGBA" if picture.mode == "RGBA" else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        return ImageCms.profileToProfile(picture, source, _SRGB, outputMode=output_mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return picture


def _encode(picture, output_format):
    buffer = io.BytesIO()
    picture.save(buffer, output_format, **IMAGE_SAVE_OPTIONS[output_format])
    return buffer.getvalue()


def _open_pdf(data):
    """Open PDF bytes with PDFium, or raise ValidationError. Call with _pdfium_lock held."""
    if not data.startswith(b"%PDF-"):
        raise ValidationError(
            _(
                "Tiedosto ei ole PDF-tiedosto. Tallenna asiakirja PDF-muodossa ja lataa se "
                "uudelleen."
            ),
            code="pdf_format",
        )
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ValidationError(
                _(
                    "PDF-tiedosto on suojattu salasanalla. Tallenna siitä versio ilman "
                    "salasanaa ja lataa se uudelleen."
                ),
                code="pdf_password",
            ) from error
        raise _pdf_unreadable() from error
    try:
        # PDFium repairs what it can; a document whose first page cannot be loaded is broken.
        pdf[0].close()
    except pdfium.PdfiumError as error:
        pdf.close()
        raise _pdf_unreadable() from error
    return pdf


def _pdf_unreadable():
    return ValidationError(
        _(
            "PDF-tiedostoa ei voitu avata, ja se voi olla vioittunut. Tallenna asiakirja "
            "uudelleen PDF-muodossa ja yritä sitten uudelleen."
        ),
        code="pdf_unreadable",
    )


def _render_preview(page):
    """The page as WebP bytes, PREVIEW_WIDTH pixels wide unless that would make it too tall."""
    width, height = page.get_size()
    scale = min(PREVIEW_WIDTH / width, PREVIEW_MAX_HEIGHT / height)
    bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
    try:
        buffer = io.BytesIO()
        # to_pil() may share the bitmap's memory, so the image is saved before it is closed.
        bitmap.to_pil().convert("RGB").save(buffer, "WEBP", quality=80)
    finally:
        bitmap.close()
    return buffer.getvalue()


def _extract_text(pdf):
    """The text of all pages with whitespace runs made single spaces, at most TEXT_MAX_CHARS."""
    parts = []
    length = 0
    for page in pdf:
        textpage = page.get_textpage()
        text = " ".join(_CONTROL_CHARACTERS.sub(" ", textpage.get_text_bounded()).split())
        textpage.close()
        page.close()
        if text:
            parts.append(text)
            length += len(text) + 1
        if length > TEXT_MAX_CHARS:
            break
    return " ".join(parts)[:TEXT_MAX_CHARS]


def _delete_on_commit(storage, names):
    """Delete replaced files once the new names are committed to the database."""
    names = [name for name in names if name]

    def delete():
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)
