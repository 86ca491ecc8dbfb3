"""Small real files for bulletin tests: a photo with location data and a one-page PDF."""

import io

from PIL import Image

from bulletin.demo import pdf_bytes as demo_pdf_bytes


def photo_bytes(size=(800, 600), *, gps=True, fmt="JPEG"):
    """A JPEG (or another format) photo, with EXIF GPS coordinates like a phone's."""
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "Puhelin Oy"  # Make
    if gps:
        exif[0x8825] = {1: "N", 2: (60.0, 10.0, 0.0), 3: "E", 4: (24.0, 56.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, fmt, exif=exif)
    return buffer.getvalue()


def pdf_bytes(text="Marraskuun ohjelma"):
    """A valid one-page PDF whose page says the text."""
    return demo_pdf_bytes([text])
