"""
Post images with srcset and attachment labels:

    {% load bulletin_media %}
    {% post_image image sizes="(min-width: 40em) 40em, 100vw" css_class="post-image" %}
    <a href="{{ attachment.file.url }}">{{ attachment.title }} ({{ attachment|file_label }})</a>
"""

from django import template
from django.utils.html import format_html, format_html_join

from bulletin import media

register = template.Library()

# Wide enough for a post's column on a large screen; browsers reading srcset pick for themselves.
SRC_MAX_WIDTH = 1280


@register.simple_tag
def post_image(image, sizes="(min-width: 40em) 40em, 100vw", css_class=""):
    """
    An <img> for a PostImage: its renditions and the original in srcset, width and height so
    that the page does not jump while it loads, and the alt text in the current language
    (empty for a decorative image).
    """
    storage = image.image.storage
    candidates = sorted((int(width), storage.url(name)) for width, name in image.renditions.items())
    if image.width:
        candidates.append((image.width, image.image.url))
    fitting = [url for width, url in candidates if width <= SRC_MAX_WIDTH]
    attributes = {
        "src": fitting[-1] if fitting else image.image.url,
        "srcset": ", ".join(f"{url} {width}w" for width, url in candidates),
        "sizes": sizes if candidates else "",
        "width": image.width or "",
        "height": image.height or "",
        "alt": "" if image.is_decorative else image.alt_text,
        "class": css_class,
        "loading": "lazy",
        "decoding": "async",
    }
    return format_html(
        "<img {}>",
        format_html_join(
            " ",
            '{}="{}"',
            ((name, value) for name, value in attributes.items() if value or name == "alt"),
        ),
    )


@register.filter
def file_label(attachment):
    """The attachment's type and size for its link, e.g. "PDF, 320 kt"."""
    return media.file_label(attachment)
