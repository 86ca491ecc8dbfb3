"""Demo content for the portal shell: the fictional municipality of Kuusilahti and its users."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from . import roles
from .models import SiteSettings, UrgentContact

SITE = {
    "portal_name_fi": "Kuusilahden perhekeskus",
    "portal_name_sv": "Familjecentret i Granvik",
    "portal_name_en": "Kuusilahti Family Centre",
    "municipality_name_fi": "Kuusilahden kaupunki",
    "municipality_name_sv": "Granviks stad",
    "municipality_name_en": "City of Kuusilahti",
    "intro_fi": (
        "Kaikki lapsiperheiden palvelut yhdessä paikassa: neuvolat, varhaiskasvatus, "
        "perheneuvonta, harrastukset ja tuki arjen pulmiin. Löydät palvelut oman tilanteesi "
        "mukaan, tuottipa niitä kaupunki, hyvinvointialue, seurakunta tai järjestö."
    ),
    "intro_sv": (
        "Alla tjänster för barnfamiljer på ett ställe: rådgivning, småbarnspedagogik, "
        "familjerådgivning, fritid och stöd i vardagen. Du hittar tjänsterna utifrån din "
        "situation, oavsett om staden, välfärdsområdet, församlingen eller en organisation "
        "ordnar dem."
    ),
    "intro_en": (
        "Every service for families with children in one place: child health clinics, early "
        "childhood education, family counselling, hobbies and help with everyday worries. "
        "Find services by your situation, whether the city, the wellbeing services county, "
        "the parish or a charity provides them."
    ),
    "brand_colour": "#1d5c8c",
    "contact_name_fi": "Perhekeskuksen neuvonta",
    "contact_name_sv": "Familjecentrets rådgivning",
    "contact_name_en": "Family centre advice line",
    "street_address": "Veturitie 5",
    "postal_code": "99100",
    "post_office_fi": "Kuusilahti",
    "post_office_sv": "Granvik",
    "post_office_en": "Kuusilahti",
    "phone": "040 000 1000",
    "email": "perhekeskus@kuusilahti.example.fi",
    "contact_hours_fi": "ma–pe klo 9–15",
    "contact_hours_sv": "mån–fre kl. 9–15",
    "contact_hours_en": "Mon–Fri 9 am – 3 pm",
}

URGENT_CONTACTS = [
    {
        "order": 1,
        "phone": "112",
        "name_fi": "Hätänumero",
        "name_sv": "Nödnummer",
        "name_en": "Emergency number",
        "description_fi": "Kun henki, terveys tai turvallisuus on vaarassa. Aina auki.",
        "description_sv": "När liv, hälsa eller säkerhet är i fara. Alltid öppet.",
        "description_en": "When life, health or safety is in danger. Always open.",
    },
    {
        "order": 2,
        "phone": "040 000 0100",
        "name_fi": "Sosiaali- ja kriisipäivystys",
        "name_sv": "Social- och krisjouren",
        "name_en": "Social and crisis emergency service",
        "description_fi": "Kiireellinen apu lapsiperheen kriisissä, myös lastensuojeluilmoitukset virka-ajan ulkopuolella. Aina auki.",
        "description_sv": "Akut hjälp när en barnfamilj är i kris, också barnskyddsanmälningar utanför tjänstetid. Alltid öppet.",
        "description_en": "Urgent help when a family is in crisis, including child welfare reports outside office hours. Always open.",
    },
    {
        "order": 3,
        "phone": "09 2525 0111",
        "name_fi": "Kriisipuhelin",
        "name_sv": "Kristelefonen",
        "name_en": "Crisis helpline",
        "description_fi": "Keskusteluapua kriisissä. Vastaa ympäri vuorokauden.",
        "description_sv": "Samtalsstöd i kris, på finska. Svarar dygnet runt.",
        "description_en": "Someone to talk to in a crisis, in Finnish. Answers day and night.",
    },
    {
        "order": 4,
        "phone": "116 111",
        "name_fi": "Lasten ja nuorten puhelin",
        "name_sv": "Telefonen för barn och unga",
        "name_en": "Helpline for children and young people",
        "description_fi": "Maksuton ja nimetön puhelin alle 21-vuotiaille.",
        "description_sv": "Kostnadsfri och anonym telefon för dem under 21 år.",
        "description_en": "Free and anonymous helpline for anyone under 21.",
    },
    {
        "order": 5,
        "phone": "0800 147 111",
        "name_fi": "Myrkytystietokeskus",
        "name_sv": "Giftinformationscentralen",
        "name_en": "Poison Information Centre",
        "description_fi": "Kun lapsi on niellyt jotain vaarallista. Aina auki.",
        "description_sv": "När ett barn har svalt något farligt. Alltid öppet.",
        "description_en": "When a child has swallowed something harmful. Always open.",
    },
]


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str


DEMO_USERS = [
    DemoUser("paakayttaja", "Päivi", "Pääkäyttäjä", roles.MAIN_USER),
    DemoUser("sisallontuottaja", "Sanna", "Sisältö", roles.CONTENT_EDITOR),
    DemoUser("tyontekija", "Tuomas", "Työntekijä", roles.CENTRE_STAFF),
    DemoUser("koordinaattori", "Kaisa", "Koordinaattori", roles.COORDINATOR),
    DemoUser("hankepaallikko", "Heikki", "Hankepäällikkö", roles.PROJECT_MANAGER),
]


def save_if_changed(obj, values):
    """Set and save the values that differ, so that a rerun of the demo changes nothing."""
    changed = [field for field, value in values.items() if getattr(obj, field) != value]
    if changed:
        for field in changed:
            setattr(obj, field, values[field])
        obj.save()


def sync_object(model, lookup, values):
    """Create the object, or update it only where it differs."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values)
    save_if_changed(obj, values)
    return obj


def generate_password():
    return secrets.token_urlsafe(12)


def load(*, password):
    """Create or update the site settings and the demo users; returns the users by username."""
    site = sync_object(SiteSettings, {"pk": 1}, SITE)
    for contact in URGENT_CONTACTS:
        values = {key: value for key, value in contact.items() if key != "phone"}
        sync_object(UrgentContact, {"site": site, "phone": contact["phone"]}, values)

    users = {}
    User = get_user_model()
    # Hashing is slow on purpose; hash once and give the demo users the same hash.
    password_hash = None
    for demo in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=demo.username,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "email": f"{demo.username}@kuusilahti.example.fi",
                "is_staff": True,
            },
        )
        if user.password == password_hash:
            pass  # Same hash as a user already checked: nothing to do.
        elif created or not user.check_password(password):
            password_hash = password_hash or make_password(password)
            user.password = password_hash
            user.save(update_fields=["password"])
        elif password_hash is None:
            password_hash = user.password
        user.groups.add(Group.objects.get(name=demo.role))
        users[demo.username] = user
    return users
