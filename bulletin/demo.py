"""Demo content of the bulletin app: two family centres' boards."""

from perhekeskus.demo import sync_object

from .models import Board

BOARDS = [
    {
        "slug": "pikku-veturi",
        "name_fi": "Perhekeskus Pikku-Veturi",
        "name_sv": "Familjecentret Lilla Loket",
        "name_en": "Pikku-Veturi Family Centre",
        "description_fi": (
            "Pikku-Veturi on keskustan perhekeskus, jossa toimivat lastenneuvola, "
            "avoin päiväkoti ja perheohjaus. Täällä kerromme ohjelmamuutoksista, "
            "kuukauden ohjelmasta ja tapahtumista."
        ),
        "description_sv": (
            "Lilla Loket är familjecentret i centrum med barnrådgivning, öppen daghem och "
            "familjehandledning. Här berättar vi om programändringar, månadens program och "
            "evenemang."
        ),
        "description_en": (
            "Pikku-Veturi is the family centre in the town centre, with the child health "
            "clinic, an open day care and family guidance. Here we post programme changes, "
            "the monthly programme and events."
        ),
        "street_address": "Veturitie 5",
        "postal_code": "99100",
        "post_office_fi": "Kuusilahti",
        "post_office_sv": "Granvik",
        "post_office_en": "Kuusilahti",
        "phone": "040 000 1010",
        "email": "pikku-veturi@kuusilahti.example.fi",
        "opening_hours_fi": "ma–to klo 8–16\npe klo 8–14\nAvoin päiväkoti ma, ke ja pe klo 9–12",
        "opening_hours_sv": "mån–tor kl. 8–16\nfre kl. 8–14\nÖppen daghem mån, ons och fre kl. 9–12",
        "opening_hours_en": "Mon–Thu 8 am – 4 pm\nFri 8 am – 2 pm\nOpen day care Mon, Wed and Fri 9 am – noon",
    },
    {
        "slug": "kuusikko",
        "name_fi": "Perhekeskus Kuusikko",
        "name_sv": "Familjecentret Granskogen",
        "name_en": "Kuusikko Family Centre",
        "description_fi": (
            "Kuusikko palvelee Itä-Kuusilahden perheitä. Meillä on perhekahvila, "
            "vauvaperheiden ryhmiä ja liikuntaa koko perheelle."
        ),
        "description_sv": (
            "Granskogen betjänar familjerna i östra Granvik. Vi har familjecafé, grupper "
            "för babyfamiljer och motion för hela familjen."
        ),
        "description_en": (
            "Kuusikko serves families in eastern Kuusilahti. We run a family café, groups "
            "for families with babies, and exercise for the whole family."
        ),
        "street_address": "Kuusikkotie 12",
        "postal_code": "99140",
        "post_office_fi": "Kuusilahti",
        "post_office_sv": "Granvik",
        "post_office_en": "Kuusilahti",
        "phone": "040 000 1020",
        "email": "kuusikko@kuusilahti.example.fi",
        "opening_hours_fi": "ma–pe klo 9–15\nPerhekahvila ti ja to klo 9.30–11.30",
        "opening_hours_sv": "mån–fre kl. 9–15\nFamiljecafé tis och tor kl. 9.30–11.30",
        "opening_hours_en": "Mon–Fri 9 am – 3 pm\nFamily café Tue and Thu 9.30–11.30 am",
    },
]


def load(*, users):
    boards = {}
    for data in BOARDS:
        values = {key: value for key, value in data.items() if key != "slug"}
        boards[data["slug"]] = sync_object(Board, {"slug": data["slug"]}, values)
    boards["pikku-veturi"].members.add(users["tyontekija"])
    return boards
