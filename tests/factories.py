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


def make_folder(**kwargs):
    """A board's folder; a new board unless one is given."""
    if "board" not in kwargs:
        kwargs["board"] = make_board()
    kwargs.setdefault("name_fi", "Kuukauden ohjelmat")
    kwargs.setdefault("slug", f"kansio-{next(_numbers)}")
    return baker.make("bulletin.Folder", **kwargs)


def make_post(**kwargs):
    """A published news post, out a day ago; a new board and author unless given."""
    now = datetime.datetime.now(tz=datetime.UTC)
    if "board" not in kwargs:
        kwargs["board"] = kwargs["folder"].board if kwargs.get("folder") else make_board()
    kwargs.setdefault("post_type", "news")
    kwargs.setdefault("title_fi", f"Ilmoitus {next(_numbers)}")
    kwargs.setdefault("body_fi", "<p>Tervetuloa!</p>")
    kwargs.setdefault("status", "published")
    kwargs.setdefault("publish_at", now - datetime.timedelta(days=1))
    kwargs.setdefault("expires_at", None)
    kwargs.setdefault("folder", None)
    kwargs.setdefault("programme", None)
    kwargs.setdefault("change", "")
    kwargs.setdefault("change_date", None)
    kwargs.setdefault("starts_at", None)
    kwargs.setdefault("ends_at", None)
    kwargs.setdefault("mailed_at", None)
    kwargs.setdefault("expired_at", None)
    kwargs.setdefault("is_pinned", False)
    if "author" not in kwargs:
        kwargs["author"] = make_user(is_staff=True)
    return baker.make("bulletin.Post", **kwargs)


def make_experiment(**kwargs):
    kwargs.setdefault("name", "Vertaisryhmä isille")
    kwargs.setdefault("area", "Kuusilahti")
    kwargs.setdefault("start_month", datetime.date(2024, 1, 1))
    kwargs.setdefault("project_manager", None)
    return baker.make("experiments.Experiment", **kwargs)


def make_node(**kwargs):
    """A palvelupuu node; a life situation unless a parent is given."""
    number = next(_numbers)
    kwargs.setdefault("name_fi", f"Kohta {number}")
    kwargs.setdefault("slug", f"kohta-{number}")
    kwargs.setdefault("order", number)
    return baker.make("services.Node", **kwargs)


def make_service(*, nodes=(), languages=(), **kwargs):
    """A published service under the given nodes, given in the given language codes."""
    from services.models import Language

    number = next(_numbers)
    kwargs.setdefault("name_fi", f"Palvelu {number}")
    kwargs.setdefault("summary_fi", "Tukea lapsiperheille.")
    kwargs.setdefault("slug", f"palvelu-{number}")
    kwargs.setdefault("status", "published")
    kwargs.setdefault("age_from", None)
    kwargs.setdefault("age_to", None)
    kwargs.setdefault("owner", None)
    kwargs.setdefault("owner_team", None)
    kwargs.setdefault("ptv_id", None)
    if "provider" not in kwargs:
        kwargs["provider"] = baker.make(
            "services.Organisation", name_fi="Kuusilahden kaupunki", type="municipality"
        )
    service = baker.make("services.Service", **kwargs)
    service.nodes.set(nodes)
    service.languages.set(Language.objects.filter(code__in=languages))
    return service


def make_channel(*, service=None, note="", **kwargs):
    """A service channel, linked to the service when one is given."""
    kwargs.setdefault("name_fi", "Perhekeskus Kuusikko")
    kwargs.setdefault("type", "location")
    kwargs.setdefault("ptv_id", None)
    kwargs.setdefault("latitude", None)
    kwargs.setdefault("longitude", None)
    channel = baker.make("services.ServiceChannel", **kwargs)
    if service is not None:
        baker.make("services.ServiceChannelLink", service=service, channel=channel, note=note)
    return channel
