"""Writes to the catalogue that start from several places (admin action, button, command)."""

from collections.abc import Iterable

from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.utils import timezone, translation

from .models import Service


def service_mark_verified(*, services: Iterable[Service], by) -> int:
    """
    Record that `by` checked the services' facts today: last_verified becomes today and
    each service's admin history says who did it. Returns how many services were marked.
    """
    services = list(services)
    today = timezone.localdate()
    with translation.override(None):
        # The history keeps the label's msgid; the admin translates it when showing it.
        label = str(Service._meta.get_field("last_verified").verbose_name)
    with transaction.atomic():
        marked = Service.objects.filter(pk__in=[service.pk for service in services])
        count = marked.update(last_verified=today)
        LogEntry.objects.log_actions(
            user_id=by.pk,
            queryset=marked,
            action_flag=CHANGE,
            change_message=[{"changed": {"fields": [label]}}],
        )
    for service in services:
        service.last_verified = today
    return count
