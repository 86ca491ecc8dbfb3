"""
Service channels of the demo catalogue: places to visit, phone lines, web pages,
e-services and forms in the fictional Kuusilahti (Granvik in Swedish), with opening
hours. Addresses, phone numbers and web addresses are all made up.

A channel is a dict with "type" and (fi, sv, en) tuples for "name" and "description";
locations add "street_address" (tuple), "postal_code", "post_office" and "municipality"
(tuples), "coordinates" (WGS84 latitude, longitude as strings) and "facilities"; phones add
"phone_number" and "charge_note"; web pages, e-services and forms add "url" (a string, or
a tuple when the address differs by language) and e-services "requires_strong_auth".
"hours" is a list built with weekly(), by_appointment(), always_open(), closed() and
exceptional_hours() below; holidays() gives the usual public holidays of the season.
"""

import datetime

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

NO_NOTE = ("", "", "")
KUUSILAHTI = ("Kuusilahti", "Granvik", "Kuusilahti")
CALL_CHARGE = (
    "Puhelun hinta on paikallisverkkomaksu tai matkapuhelinmaksu.",
    "Samtalet kostar som ett lokalsamtal eller ett mobilsamtal.",
    "Calls cost the normal local or mobile rate.",
)
FACILITIES = (
    "step_free_access",
    "accessible_toilet",
    "stroller_parking",
    "changing_table",
    "feeding_room",
    "play_area",
)
EVERYTHING_FOR_FAMILIES = FACILITIES


def clock(value):
    """ "8" or "8.30" as a time, the way Finns write opening hours."""
    hours, _, minutes = value.partition(".")
    return datetime.time(int(hours), int(minutes or 0))


def times(first_day, last_day, opens, closes):
    """One stretch of opening time; last_day None means the first day only."""
    if last_day == first_day:
        last_day = None
    return (first_day, last_day, clock(opens), clock(closes))


def hours_record(
    kind,
    *,
    valid_from=None,
    valid_to=None,
    closed=False,
    always_open=False,
    appointment=False,
    note=NO_NOTE,
    stretches=(),
):
    return {
        "kind": kind,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "is_closed": closed,
        "is_always_open": always_open,
        "is_by_appointment": appointment,
        "note": note,
        "times": list(stretches),
    }


def weekly(*stretches, valid_from=None, valid_to=None, appointment=False, note=NO_NOTE):
    """Regular weekly hours, each stretch as (first day, last day or None, "8", "16")."""
    return hours_record(
        "regular",
        valid_from=valid_from,
        valid_to=valid_to,
        appointment=appointment,
        note=note,
        stretches=[times(*stretch) for stretch in stretches],
    )


def by_appointment(note=NO_NOTE):
    return hours_record("regular", appointment=True, note=note)


def always_open(note=NO_NOTE):
    return hours_record("regular", always_open=True, note=note)


def closed(first, last=None, *, note):
    return hours_record("exception", valid_from=first, valid_to=last, closed=True, note=note)


def exceptional_hours(day, opens, closes, *, note):
    """Different hours for one day; the stretch has no weekday, so it covers that day."""
    return hours_record(
        "exception",
        valid_from=day,
        note=note,
        stretches=[(None, None, clock(opens), clock(closes))],
    )


def date(value):
    return datetime.date.fromisoformat(value)


INDEPENDENCE_DAY = ("Itsenäisyyspäivä", "Självständighetsdagen", "Independence Day")
CHRISTMAS = ("Joulu", "Julen", "Christmas")
NEW_YEARS_EVE = ("Uudenvuodenaatto", "Nyårsafton", "New Year's Eve")
NEW_YEARS_DAY = ("Uudenvuodenpäivä", "Nyårsdagen", "New Year's Day")
EPIPHANY = ("Loppiainen", "Trettondagen", "Epiphany")
EASTER = ("Pääsiäinen", "Påsken", "Easter")
MAY_DAY = ("Vappu", "Första maj", "May Day")
ASCENSION_DAY = ("Helatorstai", "Kristi himmelsfärdsdag", "Ascension Day")
MIDSUMMER = ("Juhannus", "Midsommar", "Midsummer")


def holidays(new_years_eve=("8", "12"), *, weekends=False):
    """
    The public holidays of winter 2026 to summer 2027. new_years_eve gives the shorter
    hours of 31 December, or None when closed; weekends adds the holidays that fall on a
    Saturday or Sunday, for places open at weekends.
    """
    records = [
        closed(date("2026-12-24"), date("2026-12-26"), note=CHRISTMAS),
        (
            exceptional_hours(date("2026-12-31"), *new_years_eve, note=NEW_YEARS_EVE)
            if new_years_eve
            else closed(date("2026-12-31"), note=NEW_YEARS_EVE)
        ),
        closed(date("2027-01-01"), note=NEW_YEARS_DAY),
        closed(date("2027-01-06"), note=EPIPHANY),
        closed(date("2027-03-26"), date("2027-03-29"), note=EASTER),
        closed(date("2027-05-06"), note=ASCENSION_DAY),
        closed(date("2027-06-25"), date("2027-06-26"), note=MIDSUMMER),
    ]
    if weekends:
        records += [
            closed(date("2026-12-06"), note=INDEPENDENCE_DAY),
            closed(date("2027-05-01"), note=MAY_DAY),
        ]
    return records


def school_holidays():
    return [
        closed(
            date("2026-12-19"),
            date("2027-01-06"),
            note=("Joululoma", "Jullov", "Christmas holidays"),
        ),
        closed(
            date("2027-03-01"),
            date("2027-03-07"),
            note=("Hiihtoloma", "Sportlov", "Winter holiday"),
        ),
        closed(date("2027-03-26"), date("2027-03-29"), note=EASTER),
        closed(date("2027-05-06"), note=ASCENSION_DAY),
        closed(
            date("2027-06-05"),
            date("2027-08-10"),
            note=("Koulujen kesäloma", "Skolornas sommarlov", "School summer holidays"),
        ),
    ]


OFFICE_HOURS = weekly((MON, THU, "8", "16"), (FRI, None, "8", "14"))

CHANNELS = {
    # Places to visit
    "pikku-veturi": {
        "type": "location",
        "name": (
            "Perhekeskus Pikku-Veturi",
            "Familjecentret Lilla Loket",
            "Pikku-Veturi Family Centre",
        ),
        "description": (
            "Keskustan perhekeskus vanhalla veturitallilla. Samassa talossa ovat lastenneuvola, "
            "avoin päiväkoti ja perheohjaus. Sisäänkäynti pihan puolelta, luiska ovelle.",
            "Familjecentret i centrum i det gamla lokstallet. I samma hus finns barnrådgivningen, "
            "det öppna daghemmet och familjehandledningen. Ingång från gården, ramp till dörren.",
            "The town-centre family centre in the old engine shed, with the child health clinic, "
            "open day care and family guidance. Entrance from the yard, with a ramp to the door.",
        ),
        "street_address": ("Veturitie 5", "Lokvägen 5", "Veturitie 5"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.498120", "23.781450"),
        "facilities": EVERYTHING_FOR_FAMILIES,
        "hours": [OFFICE_HOURS, *holidays()],
    },
    "kuusikko": {
        "type": "location",
        "name": ("Perhekeskus Kuusikko", "Familjecentret Granskogen", "Kuusikko Family Centre"),
        "description": (
            "Itä-Kuusilahden perhekeskus koulun vieressä. Täällä kokoontuvat perhekahvila ja "
            "vauvaryhmät. Pysäkki Kuusikontie, bussit 2 ja 12.",
            "Familjecentret i östra Granvik bredvid skolan. Här träffas familjecaféet och "
            "babygrupperna. Hållplats Granskogsvägen, bussarna 2 och 12.",
            "The family centre in eastern Kuusilahti, next to the school, where the family café "
            "and baby groups meet. Bus stop Kuusikontie, buses 2 and 12.",
        ),
        "street_address": ("Kuusikkotie 12", "Granskogsvägen 12", "Kuusikkotie 12"),
        "postal_code": "99140",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.503410", "23.812760"),
        "facilities": EVERYTHING_FOR_FAMILIES,
        "hours": [weekly((MON, FRI, "9", "15")), *holidays(("9", "12"))],
    },
    "terveysasema": {
        "type": "location",
        "name": (
            "Kuusilahden terveysasema ja neuvola",
            "Granviks hälsostation och rådgivning",
            "Kuusilahti Health Centre and Clinic",
        ),
        "description": (
            "Äitiys- ja lastenneuvola, nuorten vastaanotto ja ehkäisyneuvola ovat toisessa "
            "kerroksessa. Hissi aulasta. Vastaanotolle tullaan ajanvarauksella.",
            "Mödra- och barnrådgivningen, ungdomsmottagningen och preventivrådgivningen finns "
            "på andra våningen. Hiss från entréhallen. Till mottagningen kommer man med "
            "tidsbokning.",
            "The maternity and child health clinics, youth clinic and contraception clinic are "
            "on the first floor, with a lift from the lobby. Visits are by appointment.",
        ),
        "street_address": ("Terveystie 2", "Hälsovägen 2", "Terveystie 2"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.495870", "23.775320"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
            "feeding_room",
        ),
        "hours": [weekly((MON, THU, "8", "16"), (FRI, None, "8", "15")), *holidays()],
    },
    "perheneuvola": {
        "type": "location",
        "name": (
            "Kasvatus- ja perheneuvola",
            "Uppfostrings- och familjerådgivningen",
            "Family Counselling Clinic",
        ),
        "description": (
            "Perheneuvolan tapaamiset ovat rauhallisessa talossa puiston laidalla. Tapaamiset "
            "sovitaan aina etukäteen puhelimitse.",
            "Familjerådgivningens möten hålls i ett lugnt hus vid parken. Tid bokas alltid på "
            "förhand per telefon.",
            "Family counselling meetings take place in a quiet house by the park. Meetings are "
            "always arranged in advance by phone.",
        ),
        "street_address": ("Puistokatu 8", "Parkgatan 8", "Puistokatu 8"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.497230", "23.769810"),
        "facilities": ("step_free_access", "accessible_toilet", "stroller_parking", "play_area"),
        "hours": [
            by_appointment(),
            closed(date("2026-12-24"), date("2026-12-26"), note=CHRISTMAS),
        ],
    },
    "nuorisotalo": {
        "type": "location",
        "name": ("Nuorisotalo Väylä", "Ungdomsgården Farleden", "Väylä Youth Centre"),
        "description": (
            "Nuorisotalo 10–17-vuotiaille satamassa: biljardi, pelit, bänditila ja ohjaajat, "
            "joille voi jutella. Perjantaisin avoinna yöhön asti.",
            "Ungdomsgård för 10–17-åringar i hamnen: biljard, spel, bandlokal och ledare att "
            "prata med. På fredagar öppet till efter midnatt.",
            "A youth centre in the harbour for 10 to 17-year-olds: pool, games, a band room and "
            "youth workers to talk to. Open past midnight on Fridays.",
        ),
        "street_address": ("Satamakatu 3", "Hamngatan 3", "Satamakatu 3"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.492640", "23.786930"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [
            weekly((TUE, THU, "14", "21"), (FRI, None, "18", "1"), (SAT, None, "14", "20")),
            *holidays(None),
        ],
    },
    "kirjasto": {
        "type": "location",
        "name": ("Kuusilahden pääkirjasto", "Granviks huvudbibliotek", "Kuusilahti Main Library"),
        "description": (
            "Lastenosasto satunurkkineen on ensimmäisessä kerroksessa. Kesällä kirjasto on "
            "auki lyhyemmin.",
            "Barnavdelningen med sagohörna finns på första våningen. På sommaren har "
            "biblioteket kortare öppettider.",
            "The children's section with its story corner is on the ground floor. The library "
            "has shorter hours in summer.",
        ),
        "street_address": ("Kirjastokuja 1", "Biblioteksgränden 1", "Kirjastokuja 1"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.499050", "23.778240"),
        "facilities": EVERYTHING_FOR_FAMILIES,
        "hours": [
            weekly(
                (MON, THU, "10", "20"),
                (FRI, None, "10", "18"),
                (SAT, None, "10", "16"),
                (SUN, None, "12", "16"),
                valid_to=date("2027-05-31"),
            ),
            weekly(
                (MON, FRI, "10", "18"),
                (SAT, None, "10", "14"),
                valid_from=date("2027-06-01"),
                valid_to=date("2027-08-08"),
                note=("Kesäaukiolo", "Sommaröppettider", "Summer opening hours"),
            ),
            weekly(
                (MON, THU, "10", "20"),
                (FRI, None, "10", "18"),
                (SAT, None, "10", "16"),
                (SUN, None, "12", "16"),
                valid_from=date("2027-08-09"),
            ),
            *holidays(("10", "14"), weekends=True),
        ],
    },
    "seurakuntakeskus": {
        "type": "location",
        "name": (
            "Kuusilahden seurakuntakeskus",
            "Församlingscentret i Granvik",
            "Kuusilahti Parish Centre",
        ),
        "description": (
            "Kerhotilat ja perhekerhon sali ovat pihan puoleisessa siivessä. Lastenvaunut "
            "mahtuvat eteiseen.",
            "Klubblokalerna och familjeklubbens sal finns i flygeln mot gården. Barnvagnarna "
            "ryms i tamburen.",
            "The club rooms and the family club hall are in the wing facing the yard. There is "
            "room for prams in the hall.",
        ),
        "street_address": ("Kirkkotie 4", "Kyrkvägen 4", "Kirkkotie 4"),
        "postal_code": "99120",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.501780", "23.772110"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
            "play_area",
        ),
        "hours": [weekly((MON, FRI, "9", "15")), *holidays(None)],
    },
    "uimahalli": {
        "type": "location",
        "name": ("Kuusilahden uimahalli", "Granviks simhall", "Kuusilahti Swimming Hall"),
        "description": (
            "Uimahallissa on lastenallas ja perhepukuhuone. Kassa sulkeutuu tuntia ennen "
            "hallin sulkemista.",
            "Simhallen har en barnbassäng och ett familjeomklädningsrum. Kassan stänger en "
            "timme innan simhallen stänger.",
            "The swimming hall has a children's pool and a family changing room. The ticket "
            "desk closes an hour before the hall.",
        ),
        "street_address": ("Kylpylänkatu 10", "Badhusgatan 10", "Kylpylänkatu 10"),
        "postal_code": "99130",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.489410", "23.801670"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
        ),
        "hours": [
            weekly((MON, FRI, "6.30", "21"), (SAT, SUN, "10", "18")),
            *holidays(("10", "14"), weekends=True),
            closed(
                date("2027-06-14"),
                date("2027-07-04"),
                note=("Huoltotauko", "Underhållsavbrott", "Closed for maintenance"),
            ),
        ],
    },
    "koulukeskus": {
        "type": "location",
        "name": ("Kuusilahden koulukeskus", "Granviks skolcentrum", "Kuusilahti School Centre"),
        "description": (
            "Koulukeskuksessa ovat alakoulu, yläkoulu, kouluterveydenhoitaja, kuraattori ja "
            "psykologi. Kanslia palvelee koulupäivinä.",
            "I skolcentret finns lågstadiet, högstadiet, skolhälsovårdaren, kuratorn och "
            "psykologen. Kansliet betjänar på skoldagar.",
            "The school centre houses the primary and lower secondary school, the school nurse, "
            "social worker and psychologist. The office is open on school days.",
        ),
        "street_address": ("Koulutie 15", "Skolvägen 15", "Koulutie 15"),
        "postal_code": "99110",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.506320", "23.790580"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [weekly((MON, FRI, "8", "16")), *school_holidays()],
    },
    "sosiaalitoimisto": {
        "type": "location",
        "name": (
            "Lapsiperheiden sosiaalipalvelut",
            "Socialtjänster för barnfamiljer",
            "Social Services for Families with Children",
        ),
        "description": (
            "Sosiaaliohjaajat ja sosiaalityöntekijät tapaavat perheitä toimistolla ja kotona. "
            "Arkiaamuisin voit tulla ilman ajanvarausta.",
            "Socialhandledarna och socialarbetarna träffar familjer på byrån och hemma. På "
            "vardagsförmiddagar kan du komma utan tidsbokning.",
            "Social counsellors and social workers meet families at the office and at home. On "
            "weekday mornings you can drop in without an appointment.",
        ),
        "street_address": ("Torikatu 6", "Torggatan 6", "Torikatu 6"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.496540", "23.783960"),
        "facilities": ("step_free_access", "accessible_toilet", "changing_table"),
        "hours": [
            weekly(
                (MON, FRI, "9", "11"),
                appointment=True,
                note=(
                    "Avoin vastaanotto ilman ajanvarausta ma–pe klo 9–11, muulloin "
                    "ajanvarauksella.",
                    "Öppen mottagning utan tidsbokning mån–fre kl. 9–11, annars med tidsbokning.",
                    "Drop-in without an appointment Mon–Fri 9–11 am; at other times by "
                    "appointment.",
                ),
            ),
            *holidays(None),
        ],
    },
    "paivakoti-kapy": {
        "type": "location",
        "name": ("Päiväkoti Käpy", "Daghemmet Kotten", "Käpy Day-care Centre"),
        "description": (
            "Viiden ryhmän päiväkoti metsän laidalla. Heinäkuussa hoito järjestetään "
            "päivystävässä päiväkodissa.",
            "Daghem med fem grupper vid skogsbrynet. I juli ordnas vården i ett jourdaghem.",
            "A five-group day-care centre at the edge of the woods. In July care is arranged "
            "at a duty day-care centre.",
        ),
        "street_address": ("Käpytie 3", "Kottvägen 3", "Käpytie 3"),
        "postal_code": "99140",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.507880", "23.818340"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
            "play_area",
        ),
        "hours": [
            weekly((MON, FRI, "6.30", "17")),
            *holidays(("6.30", "12")),
            closed(
                date("2027-07-05"),
                date("2027-08-01"),
                note=("Kesäsulku", "Sommarstängning", "Closed for the summer"),
            ),
        ],
    },
    "daghemmet-fyren": {
        "type": "location",
        "name": ("Päiväkoti Fyren", "Daghemmet Fyren", "Fyren Day-care Centre"),
        "description": (
            "Ruotsinkielinen päiväkoti ja esiopetusryhmä meren rannalla.",
            "Svenskspråkigt daghem och förskolegrupp vid havet.",
            "A Swedish-language day-care centre and pre-school group by the sea.",
        ),
        "street_address": ("Rantatie 9", "Strandvägen 9", "Rantatie 9"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.491220", "23.771540"),
        "facilities": ("step_free_access", "stroller_parking", "changing_table", "play_area"),
        "hours": [weekly((MON, FRI, "7", "17")), *holidays(("7", "12"))],
    },
    "paivakoti-tahtitaivas": {
        "type": "location",
        "name": ("Päiväkoti Tähtitaivas", "Daghemmet Stjärnhimlen", "Tähtitaivas Day-care Centre"),
        "description": (
            "Vuorohoitopäiväkoti, joka on auki kaikkina vuorokauden aikoina myös "
            "viikonloppuisin ja pyhinä.",
            "Daghem med skiftvård som är öppet dygnet runt, också på veckoslut och helger.",
            "A round-the-clock day-care centre, open day and night, at weekends and on public "
            "holidays too.",
        ),
        "street_address": ("Tähtitie 2", "Stjärnvägen 2", "Tähtitie 2"),
        "postal_code": "99130",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.486950", "23.795210"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
            "play_area",
        ),
        "hours": [always_open()],
    },
    "leikkipuisto": {
        "type": "location",
        "name": ("Leikkipuisto Onni", "Lekparken Onni", "Onni Playground"),
        "description": (
            "Ohjattu leikkipuisto, jossa on sisätila sadepäiviksi ja välipalapaikka. "
            "Vanhempi on aina lapsen mukana.",
            "Lekpark med ledare, inomhuslokal för regniga dagar och plats för mellanmål. "
            "Föräldern är alltid med barnet.",
            "A playground with play leaders, an indoor room for rainy days and a place to eat "
            "a snack. A parent always stays with the child.",
        ),
        "street_address": ("Onnentie 7", "Lyckovägen 7", "Onnentie 7"),
        "postal_code": "99120",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.503960", "23.765480"),
        "facilities": ("stroller_parking", "changing_table", "play_area"),
        "hours": [weekly((MON, FRI, "9", "15")), *holidays(None)],
    },
    "ohjaamo": {
        "type": "location",
        "name": ("Ohjaamo Kuusilahti", "Navigatorn Granvik", "Ohjaamo Kuusilahti"),
        "description": (
            "Matalan kynnyksen paikka alle 30-vuotiaille aseman vieressä. Voit tulla ilman "
            "ajanvarausta.",
            "En lågtröskelplats för unga under 30 bredvid stationen. Du kan komma utan "
            "tidsbokning.",
            "A walk-in centre for people under 30 next to the railway station. No appointment "
            "needed.",
        ),
        "street_address": ("Asemakatu 2", "Stationsgatan 2", "Asemakatu 2"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.494780", "23.791320"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [
            weekly(
                (MON, TUE, "10", "16"),
                (WED, None, "10", "18"),
                (THU, None, "10", "16"),
                (FRI, None, "10", "14"),
            ),
            *holidays(None),
        ],
    },
    "granviks-skola": {
        "type": "location",
        "name": ("Granviks svenska skola", "Granviks svenska skola", "Granvik Swedish School"),
        "description": (
            "Ruotsinkielinen koulu luokille 1–9 ja esiopetusryhmä.",
            "Svenskspråkig skola för årskurs 1–9 och en förskolegrupp.",
            "A Swedish-language school for years 1 to 9, with a pre-school group.",
        ),
        "street_address": ("Koulutie 20", "Skolvägen 20", "Koulutie 20"),
        "postal_code": "99110",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.508140", "23.784470"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [weekly((MON, FRI, "8", "15")), *school_holidays()],
    },
    "forsamlingshemmet": {
        "type": "location",
        "name": (
            "Ruotsalaisen seurakunnan seurakuntakoti",
            "Granviks församlingshem",
            "Granvik Swedish Parish Hall",
        ),
        "description": (
            "Ruotsinkielisen seurakunnan perhekerho ja lapsityö kokoontuvat täällä.",
            "Här träffas den svenska församlingens familjeklubb och barnverksamhet.",
            "The Swedish-language parish's family club and children's activities meet here.",
        ),
        "street_address": ("Kirkkotie 6", "Kyrkvägen 6", "Kirkkotie 6"),
        "postal_code": "99120",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.502240", "23.773050"),
        "facilities": ("stroller_parking", "changing_table", "play_area"),
        "hours": [weekly((MON, THU, "9", "15")), *holidays(None)],
    },
    "keskussairaala": {
        "type": "location",
        "name": (
            "Kuusijärven keskussairaala, naistenklinikka",
            "Kuusijärvi centralsjukhus, kvinnokliniken",
            "Kuusijärvi Central Hospital, Women's Clinic",
        ),
        "description": (
            "Synnytysosasto päivystää ympäri vuorokauden. Poliklinikalle tullaan lähetteellä "
            "ja ajanvarauksella. Pysäköinti P2-talossa.",
            "Förlossningsavdelningen har jour dygnet runt. Till polikliniken kommer man med "
            "remiss och tidsbokning. Parkering i P2-huset.",
            "The maternity ward is open day and night. The outpatient clinic sees patients with "
            "a referral and an appointment. Parking in the P2 car park.",
        ),
        "street_address": ("Sairaalantie 1", "Sjukhusvägen 1", "Sairaalantie 1"),
        "postal_code": "99180",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.512370", "23.756920"),
        "facilities": ("step_free_access", "accessible_toilet", "changing_table", "feeding_room"),
        "hours": [always_open()],
    },
    # Phone lines
    "neuvola-puhelin": {
        "type": "phone",
        "name": (
            "Neuvolan neuvonta- ja ajanvarauspuhelin",
            "Rådgivningens telefon för rådgivning och tidsbokning",
            "Clinic advice and appointment line",
        ),
        "description": (
            "Terveydenhoitaja neuvoo raskauteen, vauvaan ja lapsen terveyteen liittyvissä "
            "asioissa ja varaa ajan. Jätä soittopyyntö, jos linja on varattu.",
            "Hälsovårdaren ger råd om graviditet, baby och barnets hälsa och bokar tid. Lämna "
            "en återuppringningsbegäran om linjen är upptagen.",
            "A public health nurse answers questions about pregnancy, babies and children's "
            "health and books appointments. Leave a call-back request if the line is busy.",
        ),
        "phone_number": "040 000 2100",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, THU, "8", "15"), (FRI, None, "8", "13")), *holidays()],
    },
    "perheneuvola-puhelin": {
        "type": "phone",
        "name": (
            "Perheneuvolan ajanvarauspuhelin",
            "Familjerådgivningens tidsbokning",
            "Family counselling appointment line",
        ),
        "description": (
            "Soita, kun haluat varata ajan tai kysyä, voisiko perheneuvolasta olla apua.",
            "Ring när du vill boka tid eller fråga om familjerådgivningen kan hjälpa.",
            "Call to book an appointment or to ask whether family counselling could help.",
        ),
        "phone_number": "040 000 2200",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "9", "11")), *holidays(None)],
    },
    "sosiaalipaivystys-puhelin": {
        "type": "phone",
        "name": (
            "Sosiaali- ja kriisipäivystys",
            "Social- och krisjouren",
            "Social and crisis emergency service",
        ),
        "description": (
            "Kiireellinen apu lapsiperheen kriisissä ympäri vuorokauden, myös "
            "lastensuojeluilmoitukset virka-ajan ulkopuolella. Hätätilanteessa soita 112.",
            "Akut hjälp dygnet runt när en barnfamilj är i kris, också barnskyddsanmälningar "
            "utanför tjänstetid. I en nödsituation ring 112.",
            "Urgent help day and night when a family is in crisis, including child welfare "
            "reports outside office hours. In an emergency call 112.",
        ),
        "phone_number": "040 000 0100",
        "charge_note": CALL_CHARGE,
        "hours": [always_open()],
    },
    "kela-puhelin": {
        "type": "phone",
        "name": (
            "Kelan perheetuuksien puhelin",
            "FPA:s telefon för familjeförmåner",
            "Kela family benefits line",
        ),
        "description": (
            "Neuvontaa äitiysavustuksesta, vanhempainpäivärahoista, lapsilisästä ja "
            "kotihoidon tuesta. Ruuhkaisinta on maanantaisin.",
            "Rådgivning om moderskapsunderstöd, föräldradagpenningar, barnbidrag och stöd för "
            "hemvård. Mest rusning är det på måndagar.",
            "Advice on the maternity grant, parental allowances, child benefit and child home "
            "care allowance. Mondays are the busiest.",
        ),
        "phone_number": "040 000 3300",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "9", "16")), *holidays(("9", "12"))],
    },
    "nuorten-puhelin": {
        "type": "phone",
        "name": ("Nuorten neuvontapuhelin", "Rådgivningstelefon för unga", "Youth advice line"),
        "description": (
            "Nuorisotyöntekijä vastaa puhelimeen, tekstiviesteihin ja WhatsAppiin. Voit kysyä "
            "mitä vain nimettömänä.",
            "En ungdomsarbetare svarar i telefon, på sms och WhatsApp. Du kan fråga vad som "
            "helst anonymt.",
            "A youth worker answers calls, texts and WhatsApp messages. You can ask anything, "
            "anonymously.",
        ),
        "phone_number": "040 000 4400",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, THU, "12", "20"), (FRI, None, "12", "16")), *holidays(None)],
    },
    "mll-puhelin": {
        "type": "phone",
        "name": (
            "MLL:n lastenhoitoavun välitys",
            "MLL:s förmedling av barnvårdshjälp",
            "MLL childminding bookings",
        ),
        "description": (
            "Tilaa lastenhoitaja puhelimitse, jos verkkotilaus ei sovi sinulle.",
            "Beställ en barnvakt per telefon om webbeställningen inte passar dig.",
            "Book a childminder by phone if ordering online does not suit you.",
        ),
        "phone_number": "040 000 5500",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "9", "12")), *holidays(None)],
    },
    "tassu-puhelin": {
        "type": "phone",
        "name": (
            "Perhepalvelu Tassun asiakaspalvelu",
            "Familjeservice Tassus kundtjänst",
            "Perhepalvelu Tassu customer service",
        ),
        "description": (
            "Kysy vapaita aikoja kotiapuun, doulapalveluun ja vauvahierontakursseille.",
            "Fråga efter lediga tider för hemhjälp, doulatjänst och babymassagekurser.",
            "Ask about free times for home help, doula support and baby massage courses.",
        ),
        "phone_number": "040 000 7700",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "8", "17")), *holidays(None)],
    },
    # Web pages, e-services and forms
    "kela-asiointi": {
        "type": "e_service",
        "name": ("Kelan asiointipalvelu", "FPA:s e-tjänst", "Kela online service"),
        "description": (
            "Hae etuuksia, lähetä liitteitä ja seuraa hakemuksesi käsittelyä.",
            "Ansök om förmåner, skicka bilagor och följ behandlingen av din ansökan.",
            "Apply for benefits, send attachments and follow how your application is going.",
        ),
        "url": (
            "https://www.example.fi/kela/asiointi",
            "https://www.example.fi/kela/sv/etjanst",
            "https://www.example.fi/kela/en/eservice",
        ),
        "requires_strong_auth": True,
    },
    "varhaiskasvatus-haku": {
        "type": "e_service",
        "name": (
            "Varhaiskasvatuksen ja esiopetuksen sähköinen haku",
            "Elektronisk ansökan till småbarnspedagogik och förskola",
            "Online application for early childhood and pre-primary education",
        ),
        "description": (
            "Hae päiväkoti- tai perhepäivähoitopaikkaa, ilmoita lapsi esiopetukseen ja "
            "ilmoita tulosi asiakasmaksua varten.",
            "Ansök om plats på daghem eller i familjedagvård, anmäl barnet till "
            "förskoleundervisning och meddela dina inkomster för avgiften.",
            "Apply for a place at a day-care centre or in family day care, enrol your child in "
            "pre-school and report your income for the fee.",
        ),
        "url": "https://kuusilahti.example.fi/asiointi/varhaiskasvatus",
        "requires_strong_auth": True,
    },
    "hyvinvointialue-verkko": {
        "type": "web_page",
        "name": (
            "Kuusijärven hyvinvointialueen perhepalvelut",
            "Kuusijärvi välfärdsområdes familjetjänster",
            "Kuusijärvi wellbeing services county: family services",
        ),
        "description": (
            "Neuvolat, perheneuvola, perhetyö ja muut hyvinvointialueen palvelut perheille.",
            "Rådgivningen, familjerådgivningen, familjearbetet och välfärdsområdets andra "
            "tjänster för familjer.",
            "Clinics, family counselling, family work and the county's other services for "
            "families.",
        ),
        "url": (
            "https://www.example.fi/kuusijarvi/perheet",
            "https://www.example.fi/kuusijarvi/sv/familjer",
            "https://www.example.fi/kuusijarvi/en/families",
        ),
    },
    "kuusilahti-verkko": {
        "type": "web_page",
        "name": (
            "Kuusilahden kaupungin verkkosivut",
            "Granviks stads webbplats",
            "City of Kuusilahti website",
        ),
        "description": (
            "Varhaiskasvatus, koulut, nuorisopalvelut, liikunta ja kulttuuri.",
            "Småbarnspedagogik, skolor, ungdomstjänster, motion och kultur.",
            "Early childhood education, schools, youth services, sport and culture.",
        ),
        "url": (
            "https://kuusilahti.example.fi/fi/",
            "https://kuusilahti.example.fi/sv/",
            "https://kuusilahti.example.fi/en/",
        ),
    },
    "ajanvaraus": {
        "type": "e_service",
        "name": (
            "Hyvinvointialueen sähköinen ajanvaraus",
            "Välfärdsområdets elektroniska tidsbokning",
            "Wellbeing services county online booking",
        ),
        "description": (
            "Varaa, siirrä tai peru neuvolan ja nuorten vastaanoton aikoja. Saat "
            "vahvistuksen tekstiviestinä.",
            "Boka, flytta eller avboka tider till rådgivningen och ungdomsmottagningen. Du "
            "får en bekräftelse per sms.",
            "Book, move or cancel clinic and youth clinic appointments. You get a confirmation "
            "by text message.",
        ),
        "url": (
            "https://www.example.fi/kuusijarvi/ajanvaraus",
            "https://www.example.fi/kuusijarvi/sv/tidsbokning",
            "https://www.example.fi/kuusijarvi/en/booking",
        ),
        "requires_strong_auth": False,
    },
    "ip-hakulomake": {
        "type": "printable_form",
        "name": (
            "Aamu- ja iltapäivätoiminnan hakulomake (PDF)",
            "Ansökningsblankett för morgon- och eftermiddagsverksamhet (PDF)",
            "Application form for before- and after-school care (PDF)",
        ),
        "description": (
            "Tulosta ja palauta lomake koulun kansliaan, jos et voi hakea verkossa.",
            "Skriv ut blanketten och lämna den till skolans kansli om du inte kan ansöka på nätet.",
            "Print the form and return it to the school office if you cannot apply online.",
        ),
        "url": (
            "https://kuusilahti.example.fi/lomakkeet/ip-toiminta-hakemus.pdf",
            "https://kuusilahti.example.fi/blanketter/eftermiddagsverksamhet-ansokan.pdf",
            "https://kuusilahti.example.fi/forms/after-school-care-application.pdf",
        ),
    },
    "kesatyoseteli-haku": {
        "type": "e_service",
        "name": (
            "Kesätyösetelin haku",
            "Ansökan om sommarjobbssedel",
            "Summer job voucher application",
        ),
        "description": (
            "Hae seteliä sähköpostiosoitteellasi. Seteli tulee sähköpostiin tulostettavana.",
            "Ansök om sedeln med din e-postadress. Sedeln skickas till din e-post för utskrift.",
            "Apply with your e-mail address. The voucher arrives by e-mail, ready to print.",
        ),
        "url": "https://kuusilahti.example.fi/asiointi/kesatyoseteli",
        "requires_strong_auth": False,
    },
    "mll-lastenhoitoapu-tilaus": {
        "type": "e_service",
        "name": (
            "MLL:n lastenhoitoavun tilaus",
            "Beställning av MLL:s barnvårdshjälp",
            "Order MLL childminding online",
        ),
        "description": (
            "Tilaa koulutettu lastenhoitaja kotiisi. Tilaa viimeistään edellisenä arkipäivänä.",
            "Beställ en utbildad barnvakt hem till dig. Beställ senast föregående vardag.",
            "Order a trained childminder to your home, at the latest on the previous weekday.",
        ),
        "url": "https://www.example.fi/mll-kuusilahti/lastenhoitoapu",
        "requires_strong_auth": False,
    },
    "monikkoperheet-verkko": {
        "type": "web_page",
        "name": (
            "Kuusilahden monikkoperheiden verkkosivut",
            "Flerlingsfamiljernas webbplats",
            "Kuusilahti Multiple Birth Families website",
        ),
        "description": (
            "Tapaamisten kalenteri, vertaistukihenkilöt ja jäseneksi liittyminen.",
            "Kalender över träffarna, kamratstödspersoner och hur man blir medlem.",
            "The meeting calendar, peer supporters and how to join.",
        ),
        "url": "https://www.example.fi/kuusilahden-monikkoperheet/",
    },
    "seurakunta-ilmoittautuminen": {
        "type": "e_service",
        "name": (
            "Seurakunnan ilmoittautumiset",
            "Församlingens anmälningar",
            "Parish registrations",
        ),
        "description": (
            "Ilmoittaudu kerhoihin, muskareihin, leireille ja rippikouluun.",
            "Anmäl dig till klubbar, musiklekis, läger och skriftskola.",
            "Sign up for clubs, music groups, camps and confirmation school.",
        ),
        "url": (
            "https://www.example.fi/kuusilahdenseurakunta/ilmoittaudu",
            "https://www.example.fi/granviksforsamling/anmalan",
            "https://www.example.fi/kuusilahdenseurakunta/en/sign-up",
        ),
        "requires_strong_auth": False,
    },
}
