from django import template

from perhekeskus.models import phone_href

register = template.Library()


@register.filter
def tel(number):
    """A tel: link for a phone number as people write it: {{ board.phone|tel }}."""
    return phone_href(number or "")
