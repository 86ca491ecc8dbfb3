"""
Demo content of the services app: the accessibility statement, the privacy notice and
the service catalogue with its palvelupuu.
"""

import datetime

from django.utils import timezone

from perhekeskus.demo import sync_object

from . import demo_catalogue
from .models import AccessibilityStatement, PrivacyNotice


def statement_values(today):
    return {
        "site_scope_fi": (
            "Tämä saavutettavuusseloste koskee Kuusilahden perhekeskuksen verkkopalvelua "
            "osoitteessa perhekeskus.kuusilahti.example.fi. Kuusilahden kaupunki pyrkii "
            "takaamaan palvelun saavutettavuuden digitaalisten palvelujen tarjoamisesta "
            "annetun lain (306/2019) mukaisesti."
        ),
        "site_scope_sv": (
            "Detta tillgänglighetsutlåtande gäller webbtjänsten Familjecentret i Granvik på "
            "adressen perhekeskus.kuusilahti.example.fi. Granviks stad strävar efter att "
            "tjänsten ska vara tillgänglig enligt lagen om tillhandahållande av digitala "
            "tjänster (306/2019)."
        ),
        "site_scope_en": (
            "This accessibility statement covers the Kuusilahti Family Centre website at "
            "perhekeskus.kuusilahti.example.fi. The City of Kuusilahti aims to make the "
            "service accessible in line with the Act on the Provision of Digital Services "
            "(306/2019)."
        ),
        "compliance": AccessibilityStatement.Compliance.PARTIAL,
        "non_accessible_content_fi": (
            "Ilmoitustaululle ladatuissa vanhoissa PDF-liitteissä voi olla puutteita: "
            "otsikoita ei ole merkitty eikä lukujärjestys aina ole oikea (WCAG 1.3.1 ja "
            "1.3.2). Korjaamme liitteet sitä mukaa kuin niitä päivitetään, viimeistään "
            "kesäkuussa 2027.\n\n"
            "Osa kumppaniemme kuvista puuttuu vielä kuvaus (WCAG 1.1.1). Lisäämme kuvaukset "
            "seuraavan tarkistuksen yhteydessä."
        ),
        "non_accessible_content_sv": (
            "Äldre PDF-bilagor på anslagstavlorna kan ha brister: rubrikerna är inte märkta "
            "och läsordningen är inte alltid rätt (WCAG 1.3.1 och 1.3.2). Vi rättar "
            "bilagorna när de uppdateras, senast i juni 2027.\n\n"
            "En del bilder från våra samarbetspartner saknar ännu beskrivning (WCAG 1.1.1). "
            "Vi lägger till beskrivningarna vid nästa granskning."
        ),
        "non_accessible_content_en": (
            "Older PDF attachments on the bulletin boards may have shortcomings: headings are "
            "not tagged and the reading order is not always right (WCAG 1.3.1 and 1.3.2). We "
            "fix each attachment when it is updated, at the latest by June 2027.\n\n"
            "Some images from our partners still lack a text alternative (WCAG 1.1.1). We "
            "will add them at the next review."
        ),
        "outside_scope_fi": (
            "Ennen 23.9.2018 julkaistut tiedostot eivät kuulu lain piiriin, ellei niitä "
            "tarvita palvelun käyttämiseen."
        ),
        "outside_scope_sv": (
            "Filer som publicerats före den 23 september 2018 omfattas inte av lagen, om de "
            "inte behövs för att använda tjänsten."
        ),
        "outside_scope_en": (
            "Files published before 23 September 2018 fall outside the law unless they are "
            "needed to use the service."
        ),
        "alternatives_fi": (
            "Jos et saa liitteen tietoja selville, soita perhekeskuksen neuvontaan "
            "040 000 1000 (ma–pe klo 9–15). Kerromme tiedot puhelimessa tai lähetämme ne "
            "sinulle saavutettavassa muodossa."
        ),
        "alternatives_sv": (
            "Om du inte kan ta del av en bilaga, ring familjecentrets rådgivning "
            "040 000 1000 (mån–fre kl. 9–15). Vi berättar innehållet i telefon eller skickar "
            "det till dig i tillgänglig form."
        ),
        "alternatives_en": (
            "If you cannot read an attachment, call the family centre advice line "
            "040 000 1000 (Mon–Fri 9 am – 3 pm). We will tell you what it says or send it "
            "to you in an accessible format."
        ),
        "prepared_on": datetime.date(2026, 9, 1),
        "reviewed_on": today - datetime.timedelta(days=30),
        "method": AccessibilityStatement.Method.SELF,
        "assessor_fi": "",
        "feedback_unit_fi": "Kuusilahden kaupungin viestintä",
        "feedback_unit_sv": "Granviks stads kommunikation",
        "feedback_unit_en": "City of Kuusilahti communications",
        "feedback_email": "saavutettavuus@kuusilahti.example.fi",
        "feedback_phone": "040 000 1001",
        "supervisory_authority_fi": (
            "Liikenne- ja viestintävirasto Traficom\n"
            "Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö\n"
            "saavutettavuus.fi\n"
            "saavutettavuus@traficom.fi\n"
            "puhelinvaihde 029 534 5000"
        ),
        "supervisory_authority_sv": (
            "Transport- och kommunikationsverket Traficom\n"
            "Enheten för tillsyn över tillgänglighet\n"
            "webbtillganglighet.fi\n"
            "webbtillganglighet@traficom.fi\n"
            "telefonväxel 029 534 5000"
        ),
        "supervisory_authority_en": (
            "Finnish Transport and Communications Agency Traficom\n"
            "Digital Accessibility Supervision Unit\n"
            "webaccessibility.fi\n"
            "saavutettavuus@traficom.fi\n"
            "switchboard +358 29 534 5000"
        ),
    }


PRIVACY = {
    "controller_fi": "Kuusilahden kaupunki, hyvinvointi- ja perhepalvelut, Veturitie 5, 99100 Kuusilahti.",
    "controller_sv": "Granviks stad, välfärds- och familjetjänster, Veturitie 5, 99100 Granvik.",
    "controller_en": "City of Kuusilahti, wellbeing and family services, Veturitie 5, 99100 Kuusilahti.",
    "contact_fi": (
        "Yhteyshenkilö: perhekeskuksen koordinaattori, perhekeskus@kuusilahti.example.fi.\n"
        "Tietosuojavastaava: tietosuoja@kuusilahti.example.fi."
    ),
    "contact_sv": (
        "Kontaktperson: familjecentrets koordinator, perhekeskus@kuusilahti.example.fi.\n"
        "Dataskyddsombud: tietosuoja@kuusilahti.example.fi."
    ),
    "contact_en": (
        "Contact person: the family centre coordinator, perhekeskus@kuusilahti.example.fi.\n"
        "Data protection officer: tietosuoja@kuusilahti.example.fi."
    ),
    "purposes_fi": (
        "Voit käyttää palvelua kertomatta kuka olet. Henkilötietoja käsitellään vain, kun "
        "pyydät yhteydenottoa, tilaat ilmoitustaulun tiedotteet sähköpostiisi tai annat "
        "palautetta ja jätät yhteystietosi. Käsittelyn peruste on yleisen edun mukainen "
        "tehtävä (tietosuoja-asetus 6 art. 1 e) ja sähköpostitilauksessa suostumuksesi "
        "(6 art. 1 a)."
    ),
    "purposes_sv": (
        "Du kan använda tjänsten utan att berätta vem du är. Personuppgifter behandlas bara "
        "när du ber om att bli kontaktad, beställer anslagstavlans meddelanden per e-post "
        "eller ger respons och lämnar dina kontaktuppgifter. Grunden är en uppgift av "
        "allmänt intresse (dataskyddsförordningen art. 6.1 e) och för e-postbeställningar "
        "ditt samtycke (art. 6.1 a)."
    ),
    "purposes_en": (
        "You can use the service without telling us who you are. Personal data is processed "
        "only when you ask to be contacted, subscribe to a bulletin board by e-mail, or give "
        "feedback and leave your contact details. The legal basis is a task carried out in "
        "the public interest (GDPR Article 6(1)(e)) and, for e-mail subscriptions, your "
        "consent (Article 6(1)(a))."
    ),
    "data_categories_fi": (
        "Nimi, puhelinnumero tai sähköpostiosoite ja viesti, jonka itse kirjoitat. "
        "Sähköpostitilauksesta vain osoite, valitsemasi tiheys ja kieli sekä tilaus- ja "
        "vahvistusaika; emme seuraa, avaatko viestejä."
    ),
    "data_categories_sv": (
        "Namn, telefonnummer eller e-postadress och meddelandet som du själv skriver. För en "
        "e-postbeställning bara adressen, hur ofta och på vilket språk du vill ha meddelanden "
        "och när du beställde och bekräftade; vi följer inte om du öppnar meddelandena."
    ),
    "data_categories_en": (
        "Your name, phone number or e-mail address, and the message you write. For an e-mail "
        "subscription only the address, how often and in which language you want messages, "
        "and when you subscribed and confirmed; we do not track whether you open them."
    ),
    "recipients_fi": (
        "Tietoja ei luovuteta eteenpäin. Yhteydenottopyynnön näkevät vain sen tiimin "
        "työntekijät, jolle pyyntö on osoitettu. Tietoja ei siirretä EU:n tai ETA:n "
        "ulkopuolelle."
    ),
    "recipients_sv": (
        "Uppgifterna lämnas inte ut. En kontaktbegäran ses bara av personalen i det team som "
        "den riktas till. Uppgifterna förs inte över till länder utanför EU eller EES."
    ),
    "recipients_en": (
        "The data is not disclosed to anyone. A contact request is seen only by the staff of "
        "the team it is sent to. No data is transferred outside the EU or EEA."
    ),
    "retention_fi": (
        "Yhteydenottopyynnöt poistetaan 90 päivän kuluttua siitä, kun asia on hoidettu. "
        "Sähköpostitilaus on voimassa, kunnes perut sen viestin lopussa olevasta linkistä. "
        "Vahvistamaton tilaus poistetaan seitsemän päivän kuluttua."
    ),
    "retention_sv": (
        "Kontaktbegäranden raderas 90 dagar efter att ärendet har skötts. En "
        "e-postbeställning gäller tills du avbeställer den via länken i slutet av meddelandet. "
        "En obekräftad beställning raderas efter sju dagar."
    ),
    "retention_en": (
        "Contact requests are deleted 90 days after they have been dealt with. An e-mail "
        "subscription lasts until you cancel it with the link at the end of every message. "
        "A subscription that is never confirmed is deleted after seven days."
    ),
    "cookies_fi": (
        "Emme käytä seuranta- tai mainosevästeitä emmekä kävijäanalytiikkaa. Selaimesi "
        "muistaa itse, milloin kävit viimeksi, jotta uudet ilmoitukset voidaan merkitä; tieto "
        "ei lähde palvelimelle. Henkilökunnan kirjautuminen käyttää istuntoevästettä."
    ),
    "cookies_sv": (
        "Vi använder inga spårnings- eller reklamkakor och ingen besöksanalys. Din webbläsare "
        "kommer själv ihåg när du senast var här, så att nya meddelanden kan märkas; uppgiften "
        "skickas inte till servern. Personalens inloggning använder en sessionskaka."
    ),
    "cookies_en": (
        "We use no tracking or advertising cookies and no visitor analytics. Your browser "
        "itself remembers when you last visited so that new posts can be marked; this is "
        "never sent to the server. Staff sign-in uses a session cookie."
    ),
    "rights_fi": (
        "Sinulla on oikeus saada tietää, mitä tietoja sinusta on tallennettu, pyytää niiden "
        "korjaamista tai poistamista ja peruuttaa suostumuksesi. Lähetä pyyntö "
        "tietosuojavastaavalle."
    ),
    "rights_sv": (
        "Du har rätt att få veta vilka uppgifter om dig som har sparats, att begära rättelse "
        "eller radering och att återkalla ditt samtycke. Skicka din begäran till "
        "dataskyddsombudet."
    ),
    "rights_en": (
        "You have the right to know what data about you is stored, to ask for it to be "
        "corrected or deleted, and to withdraw your consent. Send your request to the data "
        "protection officer."
    ),
    "complaints_fi": (
        "Voit tehdä valituksen tietosuojavaltuutetun toimistoon, jos katsot, että "
        "henkilötietojesi käsittely rikkoo tietosuojalainsäädäntöä: tietosuoja.fi, "
        "tietosuoja@om.fi, puhelinvaihde 029 566 6700."
    ),
    "complaints_sv": (
        "Du kan lämna in ett klagomål till dataombudsmannens byrå om du anser att "
        "behandlingen av dina personuppgifter bryter mot dataskyddslagstiftningen: "
        "tietosuoja.fi/sv, tietosuoja@om.fi, telefonväxel 029 566 6700."
    ),
    "complaints_en": (
        "You can lodge a complaint with the Office of the Data Protection Ombudsman if you "
        "think the processing of your personal data breaks data protection law: "
        "tietosuoja.fi/en, tietosuoja@om.fi, switchboard +358 29 566 6700."
    ),
    "updated_on": datetime.date(2026, 10, 1),
}


def load(*, users):
    """users: the demo users by username, as perhekeskus.demo.load() returns them."""
    today = timezone.localdate()
    statement = AccessibilityStatement.objects.filter(pk=1).first()
    values = statement_values(today)
    # Keep a review date that staff have already set, so that reruns change nothing.
    if statement and statement.reviewed_on:
        values["reviewed_on"] = statement.reviewed_on
    sync_object(AccessibilityStatement, {"pk": 1}, values)
    sync_object(PrivacyNotice, {"pk": 1}, PRIVACY)
    demo_catalogue.load(users=users)
