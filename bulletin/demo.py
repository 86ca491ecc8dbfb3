"""Demo content of the bulletin app: two family centres' boards with a month of posts."""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from perhekeskus.demo import sync_object

from . import media
from .models import Attachment, Board, Folder, Post, PostImage

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
    load_posts(boards, author=users["tyontekija"])
    return boards


# --- Folders and a month of posts ------------------------------------------------------------

FOLDERS = {
    "pikku-veturi": [
        ("kuukausiohjelmat", ("Kuukausiohjelmat", "Månadsprogram", "Monthly programmes"), "keep"),
        ("perheille", ("Perheille tarjolla", "För familjer", "For families"), "expire"),
        (
            "liikunta",
            ("Liikuntaa perheille", "Motion för familjer", "Exercise for families"),
            "expire",
        ),
    ],
    "kuusikko": [
        ("kuukausiohjelmat", ("Kuukausiohjelmat", "Månadsprogram", "Monthly programmes"), "keep"),
        ("ilmoitukset", ("Ilmoitukset", "Annonser", "Notices"), "expire"),
    ],
}


def month_names(day):
    """The month of a day as the programmes' titles need it: fi genitive, sv, en."""
    from django.utils import dates, translation

    names = []
    for code in ("fi", "sv", "en"):
        with translation.override(code):
            names.append(str(dates.MONTHS[day.month]))
    return names


def at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def weekdays_of_month(first, weekday):
    """The days of the month of `first` that fall on the weekday (0 Monday)."""
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    while day.month == first.month:
        yield day
        day += datetime.timedelta(weeks=1)


def programme_text(lines):
    """A monthly programme as text (HTML paragraphs and a list), for the image beside it."""
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f"<ul>{items}</ul>"


def poster_bytes(title, lines):
    """A programme poster as a PNG: what staff used to photograph for Facebook."""
    image = Image.new("RGB", (1200, 800), (244, 236, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1200, 130), fill=(29, 92, 140))
    draw.text((60, 35), title, fill="white", font=ImageFont.load_default(size=60))
    font = ImageFont.load_default(size=38)
    for number, line in enumerate(lines):
        draw.text((60, 180 + number * 70), line, fill=(30, 30, 30), font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def clothes_bytes():
    """A drawing of children's clothes on a rail, for the flea market's advert."""
    image = Image.new("RGB", (1200, 800), (226, 238, 244))
    draw = ImageDraw.Draw(image)
    draw.line((80, 160, 1120, 160), fill=(90, 90, 90), width=12)
    colours = [(214, 96, 77), (240, 180, 60), (90, 150, 110), (70, 110, 170), (170, 100, 160)]
    for number, colour in enumerate(colours):
        left = 130 + number * 200
        draw.line((left + 70, 160, left + 70, 210), fill=(90, 90, 90), width=6)
        # A small shirt: body and sleeves.
        draw.rectangle((left + 20, 210, left + 120, 420), fill=colour)
        draw.polygon(
            [(left + 20, 210), (left - 30, 290), (left + 5, 315), (left + 20, 290)], fill=colour
        )
        draw.polygon(
            [(left + 120, 210), (left + 170, 290), (left + 135, 315), (left + 120, 290)],
            fill=colour,
        )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes(lines):
    """A one-page PDF whose text can be read (Helvetica, Windows-1252), for the demo and tests."""

    def literal(line):
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = " ".join(f"({literal(line)}) Tj 0 -28 Td" for line in lines)
    stream = f"BT /F1 20 Tf 72 760 Td {text} ET".encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def sync_post(board, title_fi, values, author):
    """A demo post found by its board and Finnish title, created or updated."""
    values = {**values, "author": author}
    return sync_object(Post, {"board": board, "title_fi": title_fi}, values)


def add_image(post, name, content, alt_texts):
    if post.images.exists():
        return
    image = PostImage(post=post, order=0)
    image.alt_text_fi, image.alt_text_sv, image.alt_text_en = alt_texts
    image.image.save(name, ContentFile(content), save=False)
    image.save()
    media.process_image(image)


def add_attachment(post, name, content, titles):
    if post.attachments.exists():
        return
    attachment = Attachment(post=post, order=0)
    attachment.title_fi, attachment.title_sv, attachment.title_en = titles
    attachment.file.save(name, ContentFile(content), save=False)
    attachment.save()
    media.process_attachment(attachment)


def load_posts(boards, *, author, today=None):
    """Folders and a month of posts of every type on both boards, dated around today."""
    today = today or timezone.localdate()
    folders = {}
    for slug, entries in FOLDERS.items():
        for order, (folder_slug, names, retention) in enumerate(entries):
            folders[(slug, folder_slug)] = sync_object(
                Folder,
                {"board": boards[slug], "slug": folder_slug},
                {
                    "name_fi": names[0],
                    "name_sv": names[1],
                    "name_en": names[2],
                    "order": order,
                    "retention": retention,
                },
            )
    veturi, kuusikko = boards["pikku-veturi"], boards["kuusikko"]
    first = today.replace(day=1)
    next_first = (first + datetime.timedelta(days=32)).replace(day=1)
    last_first = (first - datetime.timedelta(days=1)).replace(day=1)
    fi, sv, en = month_names(first)
    tuesdays = list(weekdays_of_month(first, 1))
    thursdays = list(weekdays_of_month(first, 3))
    lines = [
        "Vauvakerho tiistaisin klo 10–11.30",
        "Perhekahvila torstaisin klo 9.30–11.30",
        f"Satuhetki {thursdays[-1].day}.{first.month}. klo 13",
        "Neuvolan avoin vastaanotto perjantaisin klo 12–14",
    ]
    programme = sync_post(
        veturi,
        f"{fi.capitalize()}n ohjelma",
        {
            "title_sv": f"Program för {sv}",
            "title_en": f"{en} programme",
            "post_type": Post.Type.MONTHLY_PROGRAMME,
            "folder": folders[("pikku-veturi", "kuukausiohjelmat")],
            "body_fi": "<p>Tervetuloa Pikku-Veturiin! Kaikki ryhmät ovat maksuttomia, eikä "
            "niihin tarvitse ilmoittautua.</p>" + programme_text(lines),
            "body_sv": "<p>Välkommen till Lilla Loket! Alla grupper är avgiftsfria och du "
            "behöver inte anmäla dig.</p><ul><li>Babygrupp tisdagar kl. 10–11.30</li>"
            "<li>Familjecafé torsdagar kl. 9.30–11.30</li><li>Sagostund den sista "
            "torsdagen kl. 13</li><li>Rådgivningens öppna mottagning fredagar kl. 12–14</li></ul>",
            "body_en": "<p>Welcome to Pikku-Veturi! All groups are free and you do not need "
            "to sign up.</p><ul><li>Baby group on Tuesdays 10–11.30 am</li><li>Family café on "
            "Thursdays 9.30–11.30 am</li><li>Story time on the last Thursday at 1 pm</li>"
            "<li>Drop-in clinic hours on Fridays noon–2 pm</li></ul>",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(first - datetime.timedelta(days=3), 9),
            "expires_at": at(next_first, 0),
        },
        author,
    )
    add_image(
        programme,
        "ohjelma.png",
        poster_bytes(f"{fi.capitalize()}n ohjelma", lines),
        (
            f"{fi.capitalize()}n ohjelmajuliste. Sama ohjelma on tekstinä yllä.",
            f"Programaffisch för {sv}. Samma program finns som text ovan.",
            f"Poster of the {en} programme. The same programme is written out above.",
        ),
    )
    add_attachment(
        programme,
        "ohjelma.pdf",
        pdf_bytes([f"{fi.capitalize()}n ohjelma", *lines]),
        (f"{fi.capitalize()}n ohjelma", f"Program för {sv}", f"{en} programme"),
    )
    place = ("Pikku-Veturin kerhohuone", "Lilla Lokets klubbrum", "Pikku-Veturi club room")
    for day in tuesdays:
        sync_post(
            veturi,
            f"Vauvakerho {day.day}.{day.month}.",
            {
                "title_sv": f"Babygrupp {day.day}.{day.month}.",
                "title_en": f"Baby group {day.day} {en}",
                "post_type": Post.Type.EVENT,
                "programme": programme,
                "body_fi": "<p>Leikkiä, lauluja ja juttelua vauvaperheille. Kahvia ja "
                "teetä tarjolla.</p>",
                "body_sv": "<p>Lek, sång och samtal för babyfamiljer. Kaffe och te finns.</p>",
                "body_en": "<p>Play, songs and a chat for families with babies. Coffee and "
                "tea served.</p>",
                "place_fi": place[0],
                "place_sv": place[1],
                "place_en": place[2],
                "status": Post.Status.PUBLISHED,
                "publish_at": at(first - datetime.timedelta(days=3), 9),
                "starts_at": at(day, 10),
                "ends_at": at(day, 11, 30),
            },
            author,
        )
    # The next Thursday's family café is cancelled: the change stands out until that day.
    cancelled = today + datetime.timedelta(days=(3 - today.weekday()) % 7 or 7)
    sync_post(
        veturi,
        f"Perhekahvila peruttu torstaina {cancelled.day}.{cancelled.month}.",
        {
            "title_sv": f"Familjecaféet inställt torsdagen den {cancelled.day}.{cancelled.month}.",
            "title_en": f"Family café cancelled on Thursday {cancelled.day} "
            f"{month_names(cancelled)[2]}",
            "post_type": Post.Type.PROGRAM_CHANGE,
            "change": Post.Change.CANCELLED,
            "change_date": cancelled,
            "body_fi": "<p>Ohjaajamme on koulutuksessa. Tervetuloa taas seuraavalla viikolla!</p>",
            "body_sv": "<p>Vår ledare är på utbildning. Välkommen igen veckan därpå!</p>",
            "body_en": "<p>Our instructor is away on a course. Welcome again the week after!</p>",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(today - datetime.timedelta(days=1), 15),
        },
        author,
    )
    flea_market = sync_post(
        veturi,
        "Lastenvaatekirpputori pihalla",
        {
            "title_sv": "Loppis med barnkläder på gården",
            "title_en": "Children's clothes flea market in the yard",
            "post_type": Post.Type.ADVERT,
            "folder": folders[("pikku-veturi", "perheille")],
            "body_fi": "<p>Tuo myytävät lastenvaatteet ja lelut omalle pöydälle. Pöytiä "
            "on 20, ja ne jaetaan tulojärjestyksessä.</p>",
            "body_sv": "<p>Ta med barnkläder och leksaker att sälja vid ett eget bord. Det "
            "finns 20 bord som delas ut i den ordning man kommer.</p>",
            "body_en": "<p>Bring children's clothes and toys to sell at your own table. "
            "There are 20 tables, first come, first served.</p>",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(today - datetime.timedelta(days=4), 12),
            "expires_at": at(today + datetime.timedelta(days=14), 0),
        },
        author,
    )
    add_image(
        flea_market,
        "kirpputori.png",
        clothes_bytes(),
        (
            "Piirros: viisi värikästä lastenpaitaa henkareissa tangossa.",
            "Teckning: fem färgglada barntröjor på galgar på en stång.",
            "Drawing: five colourful children's shirts on hangers on a rail.",
        ),
    )
    sync_post(
        veturi,
        "Perheuinti alkaa uimahallissa",
        {
            "title_sv": "Familjesimning börjar i simhallen",
            "title_en": "Family swimming starts at the swimming hall",
            "post_type": Post.Type.ADVERT,
            "folder": folders[("pikku-veturi", "liikunta")],
            "body_fi": "<p>Sunnuntaisin klo 10–11 lämmin opetusallas on varattu "
            "vauvaperheille. Tavallinen uimahallimaksu.</p>",
            "body_sv": "<p>Söndagar kl. 10–11 är den varma undervisningsbassängen "
            "reserverad för babyfamiljer. Vanlig avgift.</p>",
            "body_en": "<p>On Sundays 10–11 am the warm teaching pool is reserved for "
            "families with babies. Normal swimming hall fee.</p>",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(today - datetime.timedelta(days=6), 8),
            "expires_at": at(next_first + datetime.timedelta(days=27), 0),
        },
        author,
    )
    sync_post(
        veturi,
        "Neuvolan ajanvaraus uudistuu",
        {
            "title_sv": "Rådgivningens tidsbokning förnyas",
            "title_en": "Booking clinic appointments is changing",
            "post_type": Post.Type.NEWS,
            "body_fi": "<p>Ensi kuusta alkaen voit varata ja siirtää neuvola-ajan myös "
            "verkossa. Puhelinnumero pysyy ennallaan.</p>",
            "body_sv": "<p>Från och med nästa månad kan du boka och flytta tider till "
            "rådgivningen också på nätet. Telefonnumret är detsamma.</p>",
            "body_en": "<p>From next month you can also book and move clinic appointments "
            "online. The phone number stays the same.</p>",
            "status": Post.Status.PUBLISHED,
            "is_pinned": True,
            "publish_at": at(today - datetime.timedelta(days=2), 10),
        },
        author,
    )
    last_fi, last_sv, last_en = month_names(last_first)
    sync_post(
        veturi,
        f"{last_fi.capitalize()}n ohjelma",
        {
            "title_sv": f"Program för {last_sv}",
            "title_en": f"{last_en} programme",
            "post_type": Post.Type.MONTHLY_PROGRAMME,
            "folder": folders[("pikku-veturi", "kuukausiohjelmat")],
            "body_fi": "<ul><li>Vauvakerho tiistaisin klo 10–11.30</li><li>Perhekahvila "
            "torstaisin klo 9.30–11.30</li></ul>",
            "body_sv": "<ul><li>Babygrupp tisdagar kl. 10–11.30</li><li>Familjecafé "
            "torsdagar kl. 9.30–11.30</li></ul>",
            "body_en": "<ul><li>Baby group on Tuesdays 10–11.30 am</li><li>Family café on "
            "Thursdays 9.30–11.30 am</li></ul>",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(last_first - datetime.timedelta(days=3), 9),
            "expires_at": at(first, 0),
        },
        author,
    )
    sync_post(
        kuusikko,
        f"Kuusikon {fi}n ohjelma",
        {
            "title_sv": f"Granskogens program för {sv}",
            "title_en": f"Kuusikko's {en} programme",
            "post_type": Post.Type.MONTHLY_PROGRAMME,
            "folder": folders[("kuusikko", "kuukausiohjelmat")],
            "body_fi": "<ul><li>Perhekahvila tiistaisin ja torstaisin klo 9.30–11.30</li>"
            "<li>Perheliikuntailta keskiviikkoisin klo 17.30–18.30</li></ul>",
            "body_sv": "<ul><li>Familjecafé tisdagar och torsdagar kl. 9.30–11.30</li>"
            "<li>Familjemotion onsdagar kl. 17.30–18.30</li></ul>",
            "body_en": "<ul><li>Family café on Tuesdays and Thursdays 9.30–11.30 am</li>"
            "<li>Family exercise evening on Wednesdays 5.30–6.30 pm</li></ul>",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(first - datetime.timedelta(days=2), 9),
            "expires_at": at(next_first, 0),
        },
        author,
    )
    wednesday = today + datetime.timedelta(days=(2 - today.weekday()) % 7 or 7)
    sync_post(
        kuusikko,
        "Perheliikuntailta liikuntasalissa",
        {
            "title_sv": "Familjemotion i gymnastiksalen",
            "title_en": "Family exercise evening in the gym",
            "post_type": Post.Type.EVENT,
            "body_fi": "<p>Temppurata ja pallopelejä koko perheelle. Ota sisäkengät ja "
            "vesipullo mukaan.</p>",
            "body_sv": "<p>Hinderbana och bollspel för hela familjen. Ta med inneskor och "
            "vattenflaska.</p>",
            "body_en": "<p>An obstacle course and ball games for the whole family. Bring "
            "indoor shoes and a water bottle.</p>",
            "place_fi": "Kuusikon koulun liikuntasali",
            "place_sv": "Granskogens skolas gymnastiksal",
            "place_en": "Kuusikko school gym",
            "status": Post.Status.PUBLISHED,
            "publish_at": at(today - datetime.timedelta(days=5), 9),
            "starts_at": at(wednesday, 17, 30),
            "ends_at": at(wednesday, 18, 30),
        },
        author,
    )
    # Last month's advert: expired, no longer on the board, still in the admin.
    sync_post(
        kuusikko,
        "Syysretki luontokeskukseen",
        {
            "title_sv": "Höstutflykt till naturcentret",
            "title_en": "Autumn trip to the nature centre",
            "post_type": Post.Type.ADVERT,
            "folder": folders[("kuusikko", "ilmoitukset")],
            "body_fi": "<p>Ilmoittautuminen retkelle on päättynyt.</p>",
            "body_sv": "<p>Anmälningen till utflykten har gått ut.</p>",
            "body_en": "<p>Sign-up for the trip has closed.</p>",
            "status": Post.Status.EXPIRED,
            "publish_at": at(last_first, 9),
            "expires_at": at(last_first + datetime.timedelta(days=20), 0),
            "expired_at": at(last_first + datetime.timedelta(days=20), 1),
        },
        author,
    )
