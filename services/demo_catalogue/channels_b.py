"""
Service channels used only by the demo services of life situations 6–10 (services_b.py):
crisis lines, shelters, separation and disability services, leisure venues. The format and
the helpers for opening hours are those of channels.py. Keys start with "b-" so that they
never clash with the shared keys there.
"""

from .channels import (
    CALL_CHARGE,
    CHRISTMAS,
    FRI,
    KUUSILAHTI,
    MON,
    SAT,
    SUN,
    THU,
    TUE,
    WED,
    always_open,
    by_appointment,
    closed,
    date,
    holidays,
    school_holidays,
    weekly,
)

JARVELA = ("Järvelä", "Järvelä", "Järvelä")
FREE_CALL = (
    "Puhelu on maksuton, eikä se näy puhelinlaskussa.",
    "Samtalet är avgiftsfritt och syns inte på telefonräkningen.",
    "Calls are free and do not show on your phone bill.",
)

CHANNELS = {
    # Places to visit
    "b-ensi-ja-turvakoti": {
        "type": "location",
        "name": (
            "Kuusijärven ensi- ja turvakodin avopalvelut",
            "Kuusijärvi mödra- och skyddshems öppenvård",
            "Kuusijärvi Mother and Child Home and Shelter: outpatient services",
        ),
        "description": (
            "Avopalvelujen tapaamiset, ryhmät ja kurssit. Ovikello on vihreän oven vieressä; "
            "odotustilassa on leluja lapsille.",
            "Öppenvårdens träffar, grupper och kurser. Dörrklockan finns bredvid den gröna "
            "dörren; i väntrummet finns leksaker för barnen.",
            "Outpatient meetings, groups and courses. The doorbell is next to the green door, "
            "and there are toys for children in the waiting room.",
        ),
        "street_address": ("Koivukuja 3", "Björkgränden 3", "Koivukuja 3"),
        "postal_code": "99120",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.500610", "23.760870"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
            "play_area",
        ),
        "hours": [weekly((MON, FRI, "8", "16"), appointment=True), *holidays(None)],
    },
    "b-tapaamispaikka": {
        "type": "location",
        "name": ("Tapaamispaikka Silta", "Mötesplatsen Silta", "Silta Contact Centre"),
        "description": (
            "Valvottujen ja tuettujen tapaamisten sekä vaihtojen paikka. Vanhemmilla on omat "
            "sisäänkäynnit, jotta heidän ei tarvitse kohdata.",
            "Plats för övervakade och stödda umgängen och överlämningar. Föräldrarna har egna "
            "ingångar så att de inte behöver mötas.",
            "A place for supervised and supported contact and handovers. Parents have separate "
            "entrances so that they do not have to meet.",
        ),
        "street_address": ("Ratakatu 14", "Bangatan 14", "Ratakatu 14"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.495310", "23.788640"),
        "facilities": ("step_free_access", "accessible_toilet", "changing_table", "play_area"),
        "hours": [
            weekly((WED, None, "16", "19"), (SAT, SUN, "10", "18"), appointment=True),
            *holidays(None, weekends=True),
        ],
    },
    "b-nuorisoasema": {
        "type": "location",
        "name": ("Nuorisoasema Kompassi", "Ungdomsstationen Kompassi", "Kompassi Youth Clinic"),
        "description": (
            "Nuorten mielenterveys- ja päihdepalvelut torin laidalla, toisessa kerroksessa. "
            "Tiistaisin voi tulla ilman ajanvarausta.",
            "Mentalvårds- och missbrukstjänster för unga vid torget, på andra våningen. På "
            "tisdagar kan man komma utan tidsbokning.",
            "Mental health and substance use services for young people by the market square, "
            "on the first floor. Drop in without an appointment on Tuesdays.",
        ),
        "street_address": ("Torikatu 9", "Torggatan 9", "Torikatu 9"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.496880", "23.785120"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [weekly((MON, THU, "8", "16"), (FRI, None, "8", "14")), *holidays(None)],
    },
    "b-a-kilta": {
        "type": "location",
        "name": (
            "A-killan kohtaamispaikka Majakka",
            "A-gillets mötesplats Majakka",
            "A-kilta Majakka meeting place",
        ),
        "description": (
            "Päihteetön olohuone, jossa on kahvia, lehtiä ja seuraa. Ryhmät kokoontuvat iltaisin.",
            "Ett drogfritt vardagsrum med kaffe, tidningar och sällskap. Grupperna träffas på "
            "kvällarna.",
            "A substance-free living room with coffee, newspapers and company. Groups meet in "
            "the evenings.",
        ),
        "street_address": ("Satamakatu 7", "Hamngatan 7", "Satamakatu 7"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.492910", "23.784460"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [
            weekly((MON, None, "10", "15"), (TUE, None, "10", "20"), (WED, FRI, "10", "15")),
            *holidays(None),
        ],
    },
    "b-erokeskus": {
        "type": "location",
        "name": (
            "Erokeskus Kuusilahti",
            "Skilsmässocentret i Granvik",
            "Kuusilahti Separation Centre",
        ),
        "description": (
            "Kuusilahden yhden vanhemman perheet ry:n Erokeskus kauppakeskuksen yläkerrassa. "
            "Keskiviikkoiltaisin voi tulla ilman ajanvarausta.",
            "Skilsmässocentret vid Kuusilahden yhden vanhemman perheet ry på övre våningen i "
            "köpcentret. På onsdagskvällar kan man komma utan tidsbokning.",
            "The Separation Centre of the Kuusilahti single-parent families association, "
            "upstairs in the shopping centre. Drop in on Wednesday evenings.",
        ),
        "street_address": ("Kauppakatu 11 B", "Handelsgatan 11 B", "Kauppakatu 11 B"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.497650", "23.786210"),
        "facilities": ("step_free_access", "accessible_toilet", "play_area"),
        "hours": [
            weekly((MON, TUE, "10", "16"), (WED, None, "10", "19"), (THU, None, "10", "16")),
            *holidays(None),
        ],
    },
    "b-perheasiain-neuvottelukeskus": {
        "type": "location",
        "name": (
            "Perheasiain neuvottelukeskus",
            "Familjerådgivningscentralen",
            "Parish Family Counselling Centre",
        ),
        "description": (
            "Seurakuntakeskuksen B-siivessä, oma sisäänkäynti puiston puolelta. Odotustila on "
            "rauhallinen, eikä siellä kysytä nimeä.",
            "I församlingscentrets B-flygel, egen ingång från parken. Väntrummet är lugnt och "
            "ingen frågar efter ditt namn.",
            "In wing B of the parish centre, with its own entrance from the park. The waiting "
            "room is quiet and nobody asks your name.",
        ),
        "street_address": ("Kirkkotie 4 B", "Kyrkvägen 4 B", "Kirkkotie 4 B"),
        "postal_code": "99120",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.501920", "23.771560"),
        "facilities": ("step_free_access", "accessible_toilet"),
        "hours": [
            by_appointment(),
            closed(date("2026-12-24"), date("2026-12-26"), note=CHRISTMAS),
        ],
    },
    "b-kela-palvelupiste": {
        "type": "location",
        "name": (
            "Kelan palvelupiste Kuusilahti",
            "FPA:s serviceställe i Granvik",
            "Kela service point, Kuusilahti",
        ),
        "description": (
            "Neuvontaa kaikissa Kelan etuuksissa. Voit varata ajan tai tulla jonottamaan. "
            "Asiointipisteessä on tietokone OmaKelan käyttöön.",
            "Rådgivning om alla FPA:s förmåner. Du kan boka tid eller ta en kölapp. På "
            "servicestället finns en dator för MittFPA.",
            "Advice on all Kela benefits. Book an appointment or take a queue number. There is "
            "a computer for using OmaKela.",
        ),
        "street_address": ("Kauppakatu 7", "Handelsgatan 7", "Kauppakatu 7"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.497120", "23.782830"),
        "facilities": ("step_free_access", "accessible_toilet", "stroller_parking"),
        "hours": [weekly((MON, FRI, "9", "16")), *holidays(None)],
    },
    "b-tilapaishoitokoti": {
        "type": "location",
        "name": ("Tilapäishoitokoti Pihlaja", "Avlastningshemmet Pihlaja", "Pihlaja Respite Home"),
        "description": (
            "Vammaisten lasten ja nuorten tilapäishoitokoti. Kaikki tilat ovat esteettömiä, "
            "ja pihalla on aistipolku ja keinu pyörätuolille.",
            "Avlastningshem för barn och unga med funktionsnedsättning. Alla utrymmen är "
            "tillgängliga, och på gården finns en sinnesstig och en gunga för rullstol.",
            "A respite home for disabled children and young people. Everything is step-free, "
            "and the garden has a sensory path and a wheelchair swing.",
        ),
        "street_address": ("Pihlajatie 5", "Rönnvägen 5", "Pihlajatie 5"),
        "postal_code": "99140",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.505240", "23.821760"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "changing_table",
            "play_area",
        ),
        "hours": [
            by_appointment(
                note=(
                    "Hoitojaksot ja tutustumiskäynnit sovitaan etukäteen.",
                    "Vårdperioder och bekantningsbesök avtalas i förväg.",
                    "Care periods and visits are arranged in advance.",
                )
            )
        ],
    },
    "b-liikuntahalli": {
        "type": "location",
        "name": ("Kuusilahden liikuntahalli", "Granviks idrottshall", "Kuusilahti Sports Hall"),
        "description": (
            "Kolme salia, kuntosali ja kiipeilyseinä. Pieni sali on soveltavan liikunnan "
            "käytössä arki-iltaisin.",
            "Tre salar, gym och klättervägg. Den lilla salen används för anpassad motion på "
            "vardagskvällar.",
            "Three halls, a gym and a climbing wall. The small hall is used for adapted sports "
            "on weekday evenings.",
        ),
        "street_address": ("Urheilutie 2", "Idrottsvägen 2", "Urheilutie 2"),
        "postal_code": "99130",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.488570", "23.797940"),
        "facilities": ("step_free_access", "accessible_toilet", "stroller_parking"),
        "hours": [
            weekly((MON, FRI, "7", "22"), (SAT, SUN, "9", "20")),
            *holidays(("9", "14"), weekends=True),
        ],
    },
    "b-museo": {
        "type": "location",
        "name": ("Kuusilahden museo", "Granviks museum", "Kuusilahti Museum"),
        "description": (
            "Kaupunginmuseo vanhassa tullikamarissa. Lasten työpajatila on pohjakerroksessa, "
            "ja vaunut voi jättää aulaan.",
            "Stadsmuseet i den gamla tullkammaren. Barnens verkstadsrum finns i bottenvåningen, "
            "och barnvagnarna kan lämnas i entréhallen.",
            "The city museum in the old customs house. The children's workshop room is on the "
            "ground floor, and prams can be left in the lobby.",
        ),
        "street_address": ("Linnankatu 1", "Slottsgatan 1", "Linnankatu 1"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.493850", "23.779620"),
        "facilities": (
            "step_free_access",
            "accessible_toilet",
            "stroller_parking",
            "changing_table",
            "feeding_room",
        ),
        "hours": [
            weekly((TUE, None, "11", "17"), (WED, None, "11", "19"), (THU, SUN, "11", "17")),
            *holidays(None, weekends=True),
        ],
    },
    "b-musiikkiopisto": {
        "type": "location",
        "name": (
            "Kuusilahden musiikkiopisto",
            "Granviks musikinstitut",
            "Kuusilahti Music Institute",
        ),
        "description": (
            "Musiikkileikkikoulun luokat ovat ensimmäisessä kerroksessa. Vaunuille on katos "
            "pihalla.",
            "Musiklekskolans klassrum finns på första våningen. Det finns ett tak för "
            "barnvagnar på gården.",
            "The music play school rooms are on the ground floor. There is a shelter for prams "
            "in the yard.",
        ),
        "street_address": ("Soittajankuja 2", "Spelmansgränden 2", "Soittajankuja 2"),
        "postal_code": "99100",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.498740", "23.774190"),
        "facilities": ("step_free_access", "accessible_toilet", "stroller_parking"),
        "hours": [
            weekly((MON, FRI, "13", "20"), (SAT, None, "9", "14")),
            *school_holidays(),
        ],
    },
    "b-leirikeskus": {
        "type": "location",
        "name": (
            "Kuusirannan leirikeskus",
            "Lägergården Kuusiranta",
            "Kuusiranta Camp Centre",
        ),
        "description": (
            "Seurakuntien leirikeskus järven rannalla, 12 kilometriä keskustasta. Leireille on "
            "yhteiskuljetus seurakuntakeskukselta.",
            "Församlingarnas lägergård vid sjön, 12 kilometer från centrum. Till lägren går "
            "gemensam transport från församlingscentret.",
            "The parishes' camp centre on the lakeshore, 12 kilometres from the town centre. "
            "Shared transport to camps leaves from the parish centre.",
        ),
        "street_address": ("Kuusirannantie 40", "Kuusirantavägen 40", "Kuusirannantie 40"),
        "postal_code": "99170",
        "post_office": KUUSILAHTI,
        "municipality": KUUSILAHTI,
        "coordinates": ("61.534920", "23.702480"),
        "facilities": ("step_free_access", "accessible_toilet", "play_area"),
        "hours": [
            by_appointment(
                note=(
                    "Avoinna vain leirien ja varattujen tilaisuuksien aikana.",
                    "Öppet endast under läger och bokade evenemang.",
                    "Open only during camps and booked events.",
                )
            )
        ],
    },
    "b-jarvelan-koulu": {
        "type": "location",
        "name": ("Järvelän koulu", "Järvelä skola", "Järvelä School"),
        "description": (
            "Kunnan vapaa-ajan toiminta ja perheliikunta kokoontuvat koulun liikuntasalissa. "
            "Sisäänkäynti liikuntasalin ovesta urheilukentän puolelta.",
            "Kommunens fritidsverksamhet och familjemotion träffas i skolans gymnastiksal. "
            "Ingång genom gymnastiksalens dörr från idrottsplanen.",
            "The municipality's leisure activities and family exercise meet in the school gym. "
            "Use the gym door on the sports field side.",
        ),
        "street_address": ("Koulukuja 4", "Skolgränden 4", "Koulukuja 4"),
        "postal_code": "99190",
        "post_office": JARVELA,
        "municipality": JARVELA,
        "coordinates": ("61.561370", "23.884910"),
        "facilities": ("step_free_access", "accessible_toilet", "stroller_parking"),
        "hours": [
            weekly((MON, FRI, "8", "16"), (SAT, SUN, "9", "12")),
            *holidays(None, weekends=True),
        ],
    },
    # Phone lines
    "b-turvakoti-puhelin": {
        "type": "phone",
        "name": ("Kuusijärven turvakoti", "Kuusijärvi skyddshem", "Kuusijärvi shelter"),
        "description": (
            "Turvakoti vastaa ympäri vuorokauden. Voit soittaa myös kysyäksesi neuvoa tai "
            "jos olet huolissasi läheisestäsi. Hätätilanteessa soita 112.",
            "Skyddshemmet svarar dygnet runt. Du kan också ringa för att få råd eller om du är "
            "orolig för en närstående. I en nödsituation ring 112.",
            "The shelter answers day and night. You can also call for advice or if you are "
            "worried about someone close to you. In an emergency call 112.",
        ),
        "phone_number": "040 000 6100",
        "charge_note": CALL_CHARGE,
        "hours": [always_open()],
    },
    "b-kriisipuhelin": {
        "type": "phone",
        "name": ("Kriisipuhelin", "Kristelefonen", "Crisis helpline"),
        "description": (
            "Keskusteluapua kriisissä ympäri vuorokauden. Ruotsiksi päivystetään iltaisin. "
            "Hätätilanteessa soita 112.",
            "Samtalsstöd i kris dygnet runt. På svenska har vi jour på kvällarna. I en "
            "nödsituation ring 112.",
            "Someone to talk to in a crisis, day and night; in Swedish in the evenings. In an "
            "emergency call 112.",
        ),
        "phone_number": "040 000 6200",
        "charge_note": CALL_CHARGE,
        "hours": [always_open()],
    },
    "b-lasten-ja-nuorten-puhelin": {
        "type": "phone",
        "name": (
            "Lasten ja nuorten puhelin",
            "Telefonen för barn och unga",
            "Helpline for children and young people",
        ),
        "description": (
            "Maksuton ja nimetön puhelin alle 21-vuotiaille. Numero 116 111 on sama kaikkialla "
            "Euroopassa.",
            "Kostnadsfri och anonym telefon för dem under 21 år. Numret 116 111 är detsamma i "
            "hela Europa.",
            "A free, anonymous helpline for anyone under 21. The number 116 111 is the same "
            "across Europe.",
        ),
        "phone_number": "116 111",
        "charge_note": FREE_CALL,
        "hours": [weekly((MON, FRI, "14", "20"), (SAT, SUN, "17", "20"))],
    },
    "b-ensi-ja-turvakoti-puhelin": {
        "type": "phone",
        "name": (
            "Ensi- ja turvakodin avopalvelut",
            "Mödra- och skyddshemmets öppenvård",
            "Mother and child home and shelter: outpatient services",
        ),
        "description": (
            "Ajanvaraus ja neuvonta avopalveluihin, tapaamispaikkaan ja ryhmiin. Jätä "
            "soittopyyntö, jos emme vastaa.",
            "Tidsbokning och rådgivning för öppenvården, mötesplatsen och grupperna. Lämna en "
            "begäran om återuppringning om vi inte svarar.",
            "Bookings and advice for outpatient services, the contact centre and groups. Leave "
            "a call-back request if we do not answer.",
        ),
        "phone_number": "040 000 6300",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "9", "15")), *holidays(None)],
    },
    "b-lastenvalvoja-puhelin": {
        "type": "phone",
        "name": (
            "Lastenvalvojien puhelinaika",
            "Barnatillsyningsmännens telefontid",
            "Child welfare supervisors' phone line",
        ),
        "description": (
            "Ajanvaraus sopimuksiin ja isyyden tai äitiyden tunnustamiseen sekä neuvontaa "
            "elatusavusta ja sovittelusta.",
            "Tidsbokning för avtal och erkännande av faderskap eller moderskap samt "
            "rådgivning om underhållsbidrag och medling.",
            "Appointments for agreements and acknowledging paternity or maternity, and advice "
            "on child maintenance and mediation.",
        ),
        "phone_number": "040 000 6400",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, THU, "9", "11")), *holidays(None)],
    },
    "b-sosiaaliohjaus-puhelin": {
        "type": "phone",
        "name": (
            "Lapsiperheiden sosiaaliohjauksen neuvonta",
            "Rådgivning inom socialhandledningen för barnfamiljer",
            "Social guidance for families: advice line",
        ),
        "description": (
            "Sosiaaliohjaaja neuvoo perhetyöstä, kotipalvelusta, tukiperheistä ja "
            "toimeentulotuesta ja sopii tarvittaessa tapaamisen.",
            "Socialhandledaren ger råd om familjearbete, hemservice, stödfamiljer och "
            "utkomststöd och bokar vid behov ett möte.",
            "A social counsellor gives advice on family work, home help, support families and "
            "social assistance, and arranges a meeting if needed.",
        ),
        "phone_number": "040 000 6500",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "9", "12")), *holidays(None)],
    },
    "b-mielenterveysneuvonta-puhelin": {
        "type": "phone",
        "name": (
            "Mielenterveys- ja päihdeneuvonta",
            "Rådgivning om mental hälsa och missbruk",
            "Mental health and substance use advice line",
        ),
        "description": (
            "Sairaanhoitaja arvioi tilanteesi ja sopii jatkosta. Akuutissa hädässä soita "
            "sosiaali- ja kriisipäivystykseen tai 112.",
            "En sjukskötare bedömer din situation och kommer överens om fortsättningen. I akut "
            "nöd, ring social- och krisjouren eller 112.",
            "A nurse assesses your situation and agrees the next steps with you. In acute "
            "distress, call the social and crisis emergency service or 112.",
        ),
        "phone_number": "040 000 6600",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "8", "15")), *holidays(None)],
    },
    "b-nepsy-perheet-puhelin": {
        "type": "phone",
        "name": (
            "Nepsy-perheiden neuvontapuhelin",
            "Nepsy-familjernas rådgivningstelefon",
            "Nepsy families' advice line",
        ),
        "description": (
            "Vertaisneuvojat, jotka ovat itse nepsy-lasten vanhempia, vastaavat kahtena "
            "iltana viikossa.",
            "Kamratrådgivare som själva är föräldrar till barn med neuropsykiatriska "
            "svårigheter svarar två kvällar i veckan.",
            "Peer advisers who are themselves parents of neurodivergent children answer two "
            "evenings a week.",
        ),
        "phone_number": "040 000 6700",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((TUE, None, "17", "19"), (THU, None, "17", "19"))],
    },
    "b-vammaispalvelut-puhelin": {
        "type": "phone",
        "name": (
            "Vammaispalvelujen neuvonta",
            "Rådgivning inom handikappservicen",
            "Disability services advice line",
        ),
        "description": (
            "Neuvontaa omaishoidon tuesta, tilapäishoidosta, kuljetuspalvelusta ja "
            "kuntoutusohjauksesta. Puhelimeen vastaa sosiaaliohjaaja.",
            "Rådgivning om stöd för närståendevård, tillfällig vård, färdtjänst och "
            "rehabiliteringshandledning. En socialhandledare svarar.",
            "Advice on carer's allowance, short-term care, transport services and "
            "rehabilitation guidance. A social counsellor answers.",
        ),
        "phone_number": "040 000 6800",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, FRI, "9", "11")), *holidays(None)],
    },
    "b-talousneuvonta-puhelin": {
        "type": "phone",
        "name": (
            "Talous- ja velkaneuvonnan puhelin",
            "Telefon för ekonomi- och skuldrådgivning",
            "Money and debt advice line",
        ),
        "description": (
            "Neuvontaa laskuista, perinnästä ja veloista sekä ajanvaraus talousneuvojalle.",
            "Rådgivning om räkningar, indrivning och skulder samt tidsbokning till en "
            "ekonomisk rådgivare.",
            "Advice on bills, debt collection and debts, and appointments with a money adviser.",
        ),
        "phone_number": "040 000 6900",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, THU, "9", "12")), *holidays(None)],
    },
    "b-diakonia-puhelin": {
        "type": "phone",
        "name": (
            "Diakoniatyön puhelinaika",
            "Diakoniarbetets telefontid",
            "Diaconal work phone line",
        ),
        "description": (
            "Diakoniatyöntekijä vastaa ja sopii tapaamisen. Ruoka-apuun ei tarvitse soittaa "
            "etukäteen.",
            "Diakoniarbetaren svarar och bokar en träff. Till mathjälpen behöver du inte ringa "
            "i förväg.",
            "A deacon answers and arranges a meeting. You do not need to call ahead for food aid.",
        ),
        "phone_number": "040 000 8100",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, None, "9", "11"), (WED, THU, "9", "11")), *holidays(None)],
    },
    "b-erokeskus-puhelin": {
        "type": "phone",
        "name": (
            "Erokeskuksen puhelin",
            "Skilsmässocentrets telefon",
            "Separation Centre phone line",
        ),
        "description": (
            "Eroauttaja vastaa ja sopii ajan. Voit myös keskustella puhelimessa nimettömänä.",
            "En skilsmässohjälpare svarar och bokar tid. Du kan också prata anonymt i telefon.",
            "A separation counsellor answers and books appointments. You can also talk "
            "anonymously on the phone.",
        ),
        "phone_number": "040 000 8200",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, THU, "10", "14")), *holidays(None)],
    },
    "b-perheasiain-puhelin": {
        "type": "phone",
        "name": (
            "Perheasiain neuvottelukeskuksen ajanvaraus",
            "Familjerådgivningscentralens tidsbokning",
            "Parish family counselling bookings",
        ),
        "description": (
            "Varaa aika itsellesi tai yhdessä puolison kanssa. Jos emme vastaa, jätä viesti, "
            "niin soitamme takaisin.",
            "Boka tid för dig själv eller tillsammans med din partner. Om vi inte svarar, lämna "
            "ett meddelande så ringer vi upp.",
            "Book for yourself or with your partner. If we do not answer, leave a message and "
            "we will call you back.",
        ),
        "phone_number": "040 000 8300",
        "charge_note": CALL_CHARGE,
        "hours": [weekly((MON, THU, "9", "12")), *holidays(None)],
    },
    "b-vanhempainpuhelin": {
        "type": "phone",
        "name": ("MLL:n vanhempainpuhelin", "MLL:s föräldratelefon", "MLL parents' helpline"),
        "description": (
            "Nimetön ja maksuton puhelin vanhemmille ja muille lasten kanssa eläville aikuisille.",
            "En anonym och avgiftsfri telefon för föräldrar och andra vuxna som lever med barn.",
            "An anonymous, free helpline for parents and other adults who live with children.",
        ),
        "phone_number": "040 000 8400",
        "charge_note": FREE_CALL,
        "hours": [weekly((MON, TUE, "10", "13"), (WED, THU, "17", "20")), *holidays(None)],
    },
    # Web pages, e-services and forms
    "b-lastensuojeluilmoitus": {
        "type": "e_service",
        "name": (
            "Sähköinen lastensuojeluilmoitus",
            "Elektronisk barnskyddsanmälan",
            "Online child welfare report",
        ),
        "description": (
            "Ilmoituksen voi tehdä nimellä tai nimettömänä. Ilmoitukset käsitellään virka-"
            "aikana; kiireellisissä asioissa soita sosiaali- ja kriisipäivystykseen.",
            "Anmälan kan göras med namn eller anonymt. Anmälningarna behandlas under "
            "tjänstetid; i brådskande fall ring social- och krisjouren.",
            "You can report with your name or anonymously. Reports are handled during office "
            "hours; for urgent concerns call the social and crisis emergency service.",
        ),
        "url": (
            "https://www.example.fi/kuusijarvi/lastensuojeluilmoitus",
            "https://www.example.fi/kuusijarvi/sv/barnskyddsanmalan",
            "https://www.example.fi/kuusijarvi/en/child-welfare-report",
        ),
        "requires_strong_auth": False,
    },
    "b-tukinet-chat": {
        "type": "e_service",
        "name": ("Tukinetin kriisichat", "Tukinets krischatt", "Tukinet crisis chat"),
        "description": (
            "Kahdenkeskinen chat koulutetun kriisityöntekijän kanssa joka ilta. Jonossa voi "
            "joutua odottamaan.",
            "Chatt i enrum med en utbildad krisarbetare varje kväll. Du kan behöva vänta i kö.",
            "A one-to-one chat with a trained crisis worker every evening. You may have to "
            "wait in a queue.",
        ),
        "url": (
            "https://www.example.fi/tukinet/chat",
            "https://www.example.fi/tukinet/sv/chatt",
            "https://www.example.fi/tukinet/en/chat",
        ),
        "requires_strong_auth": False,
        # The chat runs past midnight every night.
        "hours": [weekly((MON, SUN, "18", "1"))],
    },
    "b-mielenterveystalo-verkko": {
        "type": "web_page",
        "name": ("Mielenterveystalo.fi", "Mentalhub.fi", "Mentalhub.fi"),
        "description": (
            "Omahoito-ohjelmat, oirenavigaattori ja tietoa mielenterveydestä.",
            "Egenvårdsprogram, symtomnavigator och information om mental hälsa.",
            "Self-help programmes, a symptom navigator and information on mental health.",
        ),
        "url": (
            "https://www.example.fi/mielenterveystalo/omahoito",
            "https://www.example.fi/mielenterveystalo/sv/egenvard",
            "https://www.example.fi/mielenterveystalo/en/self-help",
        ),
    },
    "b-mll-verkko": {
        "type": "web_page",
        "name": (
            "MLL:n Kuusilahden yhdistyksen verkkosivut",
            "MLL:s förening i Granvik, webbplats",
            "MLL Kuusilahti association website",
        ),
        "description": (
            "Ryhmät, vapaaehtoistoiminta ja ilmoittautumiset.",
            "Grupper, frivilligverksamhet och anmälningar.",
            "Groups, volunteering and sign-ups.",
        ),
        "url": "https://www.example.fi/mll-kuusilahti/",
    },
    "b-ensi-ja-turvakoti-verkko": {
        "type": "web_page",
        "name": (
            "Ensi- ja turvakodin kurssit ja ryhmät",
            "Mödra- och skyddshemmets kurser och grupper",
            "Mother and child home: courses and groups",
        ),
        "description": (
            "Tulevat kurssit ja ryhmät sekä ilmoittautumislomake.",
            "Kommande kurser och grupper samt anmälningsformulär.",
            "Upcoming courses and groups, and the sign-up form.",
        ),
        "url": "https://www.example.fi/kuusijarven-ensikoti/kurssit",
    },
    "b-nepsy-perheet-verkko": {
        "type": "web_page",
        "name": (
            "Nepsy-perheet Kuusilahti ry:n verkkosivut",
            "Nepsy-perheet Kuusilahti ry, webbplats",
            "Nepsy-perheet Kuusilahti website",
        ),
        "description": (
            "Ryhmät, leirit, vertaistuki ja jäseneksi liittyminen.",
            "Grupper, läger, kamratstöd och hur man blir medlem.",
            "Groups, camps, peer support and how to join.",
        ),
        "url": "https://www.example.fi/nepsy-perheet/",
    },
    "b-svenska-forsamlingen-verkko": {
        "type": "web_page",
        "name": (
            "Ruotsalaisen seurakunnan lapsi- ja perhetyö",
            "Svenska församlingens barn- och familjearbete",
            "Swedish-speaking parish: children and families",
        ),
        "description": (
            "Läger, klubbar och anmälningar på svenska.",
            "Läger, klubbar och anmälningar på svenska.",
            "Camps, clubs and sign-ups, in Swedish.",
        ),
        "url": "https://www.example.fi/granviksforsamling/barn-och-familj",
    },
    "b-uimakoulu-varaus": {
        "type": "e_service",
        "name": (
            "Uimakoulu Kuusen ilmoittautuminen",
            "Anmälan till Simskolan Kuusi",
            "Uimakoulu Kuusi sign-up",
        ),
        "description": (
            "Valitse kurssi, ryhmä ja maksa verkossa. Peruutus maksutta viikkoa ennen alkua.",
            "Välj kurs och grupp och betala på nätet. Avbokning utan kostnad en vecka före start.",
            "Choose a course and group and pay online. Free cancellation up to a week before "
            "the start.",
        ),
        "url": "https://www.example.fi/uimakoulu-kuusi/ilmoittaudu",
        "requires_strong_auth": False,
    },
    "b-tassu-varaus": {
        "type": "e_service",
        "name": (
            "Perhepalvelu Tassun lastenhoidon varaus",
            "Bokning av barnpassning hos Familjeservice Tassu",
            "Book childcare from Perhepalvelu Tassu",
        ),
        "description": (
            "Varaa lastenhoitaja kotiin ja näe varauksesi ja laskusi.",
            "Boka en barnskötare hem och se dina bokningar och fakturor.",
            "Book a childminder at home and see your bookings and invoices.",
        ),
        "url": "https://www.example.fi/perhepalvelu-tassu/lastenhoito",
        "requires_strong_auth": False,
    },
    "b-ilmoittautuminen": {
        "type": "e_service",
        "name": (
            "Kuusilahden ilmoittautumispalvelu",
            "Granviks anmälningstjänst",
            "Kuusilahti registration service",
        ),
        "description": (
            "Ilmoittaudu liikunta- ja kulttuuriryhmiin, musiikkiopistoon ja leireille. "
            "Kirjautuminen sähköpostilla.",
            "Anmäl dig till motions- och kulturgrupper, musikinstitutet och läger. "
            "Inloggning med e-post.",
            "Sign up for sports and culture groups, the music institute and camps. Log in with "
            "your e-mail address.",
        ),
        "url": (
            "https://kuusilahti.example.fi/ilmoittautuminen",
            "https://kuusilahti.example.fi/sv/anmalan",
            "https://kuusilahti.example.fi/en/registration",
        ),
        "requires_strong_auth": False,
    },
    "b-jarvela-verkko": {
        "type": "e_service",
        "name": (
            "Järvelän kunnan vapaa-ajan ilmoittautumiset",
            "Järvelä kommuns fritidsanmälningar",
            "Järvelä leisure sign-ups",
        ),
        "description": (
            "Ilmoittaudu kunnan kerhoihin, kesätoimintaan ja kursseille.",
            "Anmäl dig till kommunens klubbar, sommarverksamhet och kurser.",
            "Sign up for the municipality's clubs, summer activities and courses.",
        ),
        "url": "https://jarvela.example.fi/vapaa-aika/ilmoittautuminen",
        "requires_strong_auth": False,
    },
    "b-omaishoito-lomake": {
        "type": "printable_form",
        "name": (
            "Omaishoidon tuen hakemus (PDF)",
            "Ansökan om stöd för närståendevård (PDF)",
            "Carer's allowance application (PDF)",
        ),
        "description": (
            "Tulosta, täytä ja postita vammaispalveluihin. Liitä mukaan lääkärinlausunto.",
            "Skriv ut, fyll i och posta till handikappservicen. Bifoga ett läkarutlåtande.",
            "Print, fill in and post to disability services, with a medical statement.",
        ),
        "url": (
            "https://www.example.fi/kuusijarvi/lomakkeet/omaishoidon-tuki.pdf",
            "https://www.example.fi/kuusijarvi/blanketter/narstaendevard.pdf",
            "https://www.example.fi/kuusijarvi/forms/carers-allowance.pdf",
        ),
    },
    "b-kuljetuspalvelu-lomake": {
        "type": "printable_form",
        "name": (
            "Kuljetuspalveluhakemus (PDF)",
            "Ansökan om färdtjänst (PDF)",
            "Transport service application (PDF)",
        ),
        "description": (
            "Tulosta, täytä ja postita vammaispalveluihin. Liitä mukaan lääkärin tai "
            "terapeutin lausunto.",
            "Skriv ut, fyll i och posta till handikappservicen. Bifoga ett utlåtande av läkare "
            "eller terapeut.",
            "Print, fill in and post to disability services, with a statement from a doctor or "
            "therapist.",
        ),
        "url": (
            "https://www.example.fi/kuusijarvi/lomakkeet/kuljetuspalvelu.pdf",
            "https://www.example.fi/kuusijarvi/blanketter/fardtjanst.pdf",
            "https://www.example.fi/kuusijarvi/forms/transport-service.pdf",
        ),
    },
}
