"""Test data. model-bakery fills the fields a test does not care about."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from model_bakery import baker

_numbers = itertools.count(1)


def make_user(**kwargs):
    return baker.make(get_user_model(), **kwargs)


def make_staff(role, **kwargs):
    """A staff member in one role group, as the main user would set them up in the admin."""
    user = make_user(is_staff=True, **kwargs)
    user.groups.add(Group.objects.get(name=role))
    return user


def make_board(**kwargs):
    kwargs.setdefault("name_fi", "Perhekeskus Pikku-Veturi")
    kwargs.setdefault("slug", f"taulu-{next(_numbers)}")
    return baker.make("bulletin.Board", **kwargs)


def make_experiment(**kwargs):
    kwargs.setdefault("name", "Vertaisryhmä isille")
    kwargs.setdefault("area", "Kuusilahti")
    kwargs.setdefault("start_month", datetime.date(2024, 1, 1))
    kwargs.setdefault("project_manager", None)
    return baker.make("experiments.Experiment", **kwargs)
