"""
The demo palvelupuu: ten life situations with three categories each. Parents find
services by what is going on in their family, not by who provides the service.
"""


def life_situation(slug, order, name, intro, categories):
    """One life situation and its categories, parents first so the loader can link them."""
    nodes = [{"slug": slug, "parent": None, "order": order, "name": name, "intro": intro}]
    for position, (child_slug, child_name, child_intro) in enumerate(categories, start=1):
        nodes.append(
            {
                "slug": child_slug,
                "parent": slug,
                "order": position,
                "name": child_name,
                "intro": child_intro,
            }
        )
    return nodes


NODES = [
    *life_situation(
        "odotus-ja-synnytys",
        1,
        ("Odotus ja synnytys", "Väntan och förlossning", "Pregnancy and birth"),
        (
            "Kun perheeseen on tulossa vauva. Täältä löydät neuvolan, valmennukset ja tuen "
            "raskauden ajaksi.",
            "När ni väntar barn. Här hittar du rådgivningen, förberedelsekurser och stöd under "
            "graviditeten.",
            "When you are expecting a baby. Here you find the maternity clinic, antenatal "
            "classes and support during pregnancy.",
        ),
        [
            (
                "raskauden-seuranta",
                ("Raskauden seuranta", "Uppföljning av graviditeten", "Pregnancy check-ups"),
                (
                    "Neuvolakäynnit, seulonnat ja tarkastukset, joilla sinun ja vauvan "
                    "vointia seurataan.",
                    "Besök på rådgivningen, screeningar och kontroller som följer upp hur du "
                    "och babyn mår.",
                    "Clinic visits, screenings and check-ups that follow how you and the baby "
                    "are doing.",
                ),
            ),
            (
                "synnytykseen-valmistautuminen",
                (
                    "Synnytykseen valmistautuminen",
                    "Förberedelse inför förlossningen",
                    "Getting ready for the birth",
                ),
                (
                    "Valmennukset ja tieto synnytyksestä. Apua myös, jos synnytys jännittää "
                    "tai pelottaa.",
                    "Kurser och information om förlossningen. Hjälp också om förlossningen "
                    "känns nervös eller skrämmande.",
                    "Classes and information about giving birth. Help too if the birth makes "
                    "you nervous or afraid.",
                ),
            ),
            (
                "tuki-raskausaikana",
                ("Tuki raskausaikana", "Stöd under graviditeten", "Support during pregnancy"),
                (
                    "Raha-asiat, vertaistuki ja apu, kun odotusaika on raskas. Kysyä saa aina.",
                    "Ekonomi, kamratstöd och hjälp när väntetiden känns tung. Du får alltid fråga.",
                    "Money matters, peer support and help when pregnancy feels hard. You can "
                    "always ask.",
                ),
            ),
        ],
    ),
    *life_situation(
        "vauvaperhe",
        2,
        ("Vauvaperhe", "Babyfamilj", "Family with a baby"),
        (
            "Vauvan ensimmäinen vuosi. Neuvola, arjen apu ja muiden vauvaperheiden seura.",
            "Babyns första år. Rådgivningen, hjälp i vardagen och sällskap med andra babyfamiljer.",
            "Your baby's first year. The child health clinic, help at home and the company "
            "of other families with babies.",
        ),
        [
            (
                "vauvan-terveys",
                ("Vauvan terveys", "Babyns hälsa", "Your baby's health"),
                (
                    "Neuvolan tarkastukset, rokotukset, imetys ja kotikäynnit.",
                    "Kontroller på rådgivningen, vaccinationer, amning och hembesök.",
                    "Clinic check-ups, vaccinations, breastfeeding and home visits.",
                ),
            ),
            (
                "arki-vauvan-kanssa",
                ("Arki vauvan kanssa", "Vardagen med baby", "Everyday life with a baby"),
                (
                    "Kun väsyttää tai arki ei suju: perhetyö, kotipalvelu ja lastenhoitoapu.",
                    "När du är trött eller vardagen inte fungerar: familjearbete, hemservice "
                    "och barnvårdshjälp.",
                    "When you are worn out or everyday life is not working: family work, home "
                    "help and childminding.",
                ),
            ),
            (
                "vauvaperheiden-ryhmat",
                ("Vauvaperheiden ryhmät", "Grupper för babyfamiljer", "Groups for baby families"),
                (
                    "Vauvaryhmät, muskarit ja vertaisryhmät. Tule tutustumaan muihin vanhempiin.",
                    "Babygrupper, musiklekis och kamratgrupper. Kom och träffa andra föräldrar.",
                    "Baby groups, music groups and peer groups. Come and meet other parents.",
                ),
            ),
        ],
    ),
    *life_situation(
        "leikki-ikainen",
        3,
        ("Leikki-ikäinen", "Barn i lekåldern", "Young children"),
        (
            "Noin 1–6-vuotiaan lapsen perheelle: varhaiskasvatus, kerhot ja tuki kasvuun.",
            "För familjer med barn i åldern 1–6: småbarnspedagogik, klubbar och stöd för "
            "utvecklingen.",
            "For families with children aged about 1 to 6: early childhood education, clubs "
            "and support for growing up.",
        ),
        [
            (
                "varhaiskasvatus",
                ("Varhaiskasvatus", "Småbarnspedagogik", "Early childhood education"),
                (
                    "Päiväkodit, perhepäivähoito ja vuorohoito. Näin haet paikkaa ja mitä se "
                    "maksaa.",
                    "Daghem, familjedagvård och skiftvård. Så ansöker du om plats och så "
                    "mycket kostar den.",
                    "Day-care centres, family day care and round-the-clock care. How to apply "
                    "and what it costs.",
                ),
            ),
            (
                "kerhot-ja-avoin-toiminta",
                (
                    "Kerhot ja avoin toiminta",
                    "Klubbar och öppen verksamhet",
                    "Clubs and drop-in activities",
                ),
                (
                    "Avoin päiväkoti, perhekahvilat ja kerhot kotona hoidettaville lapsille.",
                    "Öppet daghem, familjecaféer och klubbar för barn som sköts hemma.",
                    "Open day care, family cafés and clubs for children cared for at home.",
                ),
            ),
            (
                "kasvu-ja-kehitys",
                ("Kasvu ja kehitys", "Växande och utveckling", "Growth and development"),
                (
                    "Kun puhe, liikkuminen tai leikki mietityttää. Terapiat ja tuki lapsen "
                    "kehitykseen.",
                    "När talet, rörelserna eller leken väcker frågor. Terapier och stöd för "
                    "barnets utveckling.",
                    "When speech, movement or play worries you. Therapies and support for your "
                    "child's development.",
                ),
            ),
        ],
    ),
    *life_situation(
        "kouluikainen",
        4,
        ("Kouluikäinen", "Skolbarn", "School-age children"),
        (
            "Esikoulusta yläkouluun: koulu, tuki koulunkäyntiin ja tekemistä koulupäivän jälkeen.",
            "Från förskolan till högstadiet: skolan, stöd i skolgången och sysselsättning "
            "efter skoldagen.",
            "From pre-school to the end of comprehensive school: school, support with "
            "schoolwork and things to do after school.",
        ),
        [
            (
                "esi-ja-perusopetus",
                (
                    "Esi- ja perusopetus",
                    "Förskola och grundläggande utbildning",
                    "Pre-school and basic education",
                ),
                (
                    "Esiopetus, kouluun ilmoittautuminen ja koulut suomeksi ja ruotsiksi.",
                    "Förskoleundervisning, skolanmälan och skolor på finska och svenska.",
                    "Pre-primary education, school enrolment and schools in Finnish and Swedish.",
                ),
            ),
            (
                "tuki-koulussa",
                ("Tuki koulussa", "Stöd i skolan", "Support at school"),
                (
                    "Terveydenhoitaja, kuraattori, psykologi ja oppimisen tuki. Apua saa "
                    "koulun kautta.",
                    "Hälsovårdare, kurator, psykolog och stöd för lärandet. Hjälpen får du "
                    "via skolan.",
                    "School nurse, social worker, psychologist and learning support, all "
                    "through the school.",
                ),
            ),
            (
                "aamu-ja-iltapaivatoiminta",
                (
                    "Aamu- ja iltapäivätoiminta",
                    "Morgon- och eftermiddagsverksamhet",
                    "Before- and after-school care",
                ),
                (
                    "Turvallinen paikka pienille koululaisille ennen ja jälkeen koulupäivän, "
                    "ja koulujen kerhot.",
                    "En trygg plats för små skolelever före och efter skoldagen, och skolornas "
                    "klubbar.",
                    "A safe place for young pupils before and after the school day, and "
                    "school clubs.",
                ),
            ),
        ],
    ),
    *life_situation(
        "nuoret",
        5,
        ("Nuoret", "Unga", "Young people"),
        (
            "13–29-vuotiaille ja heidän vanhemmilleen: terveys, nuorisotyö, opiskelu ja työ.",
            "För unga i åldern 13–29 och deras föräldrar: hälsa, ungdomsarbete, studier och "
            "arbete.",
            "For young people aged 13 to 29 and their parents: health, youth work, studies "
            "and work.",
        ),
        [
            (
                "nuorten-hyvinvointi",
                ("Nuorten hyvinvointi", "Ungas välmående", "Young people's wellbeing"),
                (
                    "Nuorten vastaanotto, ehkäisy ja opiskeluterveydenhuolto. Voit tulla "
                    "myös ilman vanhempia.",
                    "Ungdomsmottagning, preventivmedel och studerandehälsovård. Du kan komma "
                    "utan dina föräldrar.",
                    "Youth clinic, contraception and student health care. You can come "
                    "without your parents.",
                ),
            ),
            (
                "nuorisotyo",
                ("Nuorisotyö", "Ungdomsarbete", "Youth work"),
                (
                    "Nuorisotalot, etsivä nuorisotyö ja seurakunnan nuortenillat. Tule "
                    "sellaisena kuin olet.",
                    "Ungdomsgårdar, uppsökande ungdomsarbete och församlingens ungdomskvällar. "
                    "Kom som du är.",
                    "Youth centres, outreach youth work and parish youth evenings. Come as you "
                    "are.",
                ),
            ),
            (
                "opiskelu-ja-tyo",
                ("Opiskelu ja työ", "Studier och arbete", "Studies and work"),
                (
                    "Opinto-ohjaus, kesätyöt ja Ohjaamo, kun mietit mitä tehdä seuraavaksi.",
                    "Studiehandledning, sommarjobb och Navigatorn när du funderar på vad du "
                    "ska göra härnäst.",
                    "Study guidance, summer jobs and the Ohjaamo centre when you are working "
                    "out what to do next.",
                ),
            ),
        ],
    ),
    *life_situation(
        "vanhemmuus-ja-parisuhde",
        6,
        ("Vanhemmuus ja parisuhde", "Föräldraskap och parrelation", "Parenting and relationships"),
        (
            "Tukea kasvatukseen, parisuhteeseen ja eroon. Jokainen vanhempi tarvitsee joskus apua.",
            "Stöd i fostran, parrelationen och vid skilsmässa. Alla föräldrar behöver ibland "
            "hjälp.",
            "Support with bringing up children, your relationship and separation. Every "
            "parent needs help sometimes.",
        ),
        [
            (
                "kasvatus-ja-vanhemmuus",
                ("Kasvatus ja vanhemmuus", "Fostran och föräldraskap", "Parenting"),
                (
                    "Perheneuvola, vanhempainryhmät ja neuvoja arjen kasvatuspulmiin.",
                    "Familjerådgivning, föräldragrupper och råd i vardagens fostringsfrågor.",
                    "Family counselling, parents' groups and advice on everyday parenting "
                    "questions.",
                ),
            ),
            (
                "parisuhde",
                ("Parisuhde", "Parrelation", "Your relationship"),
                (
                    "Keskusteluapua ja kursseja pareille, ennen kuin ongelmat kasvavat isoiksi.",
                    "Samtalsstöd och kurser för par, innan problemen växer sig stora.",
                    "Counselling and courses for couples, before small problems grow big.",
                ),
            ),
            (
                "ero",
                ("Ero", "Skilsmässa", "Separation"),
                (
                    "Kun vanhemmat eroavat: sovittelu, lapsen asiat ja tuki koko perheelle.",
                    "När föräldrarna skiljer sig: medling, barnets ärenden och stöd för hela "
                    "familjen.",
                    "When parents separate: mediation, arrangements for the children and "
                    "support for the whole family.",
                ),
            ),
        ],
    ),
    *life_situation(
        "kriisit-ja-vakivalta",
        7,
        ("Kriisit ja väkivalta", "Kriser och våld", "Crisis and violence"),
        (
            "Apua heti, kun perheessä on hätä. Hätätilanteessa soita 112.",
            "Hjälp genast när familjen är i nöd. I en nödsituation ring 112.",
            "Help straight away when your family is in trouble. In an emergency call 112.",
        ),
        [
            (
                "kriisi-nyt",
                ("Kriisi nyt", "Kris just nu", "Crisis now"),
                (
                    "Päivystävät puhelimet ja chatit, jotka vastaavat myös iltaisin ja "
                    "viikonloppuisin.",
                    "Jourtelefoner och chattar som svarar också på kvällar och veckoslut.",
                    "Emergency phone lines and chats that answer in the evenings and at "
                    "weekends too.",
                ),
            ),
            (
                "lahisuhdevakivalta",
                ("Lähisuhdeväkivalta", "Våld i nära relationer", "Domestic violence"),
                (
                    "Turvakoti ja apua väkivaltaa kokeneille, sen tekijöille ja lapsille.",
                    "Skyddshem och hjälp för dem som utsatts för våld, dem som utövar det och "
                    "barnen.",
                    "Shelter and help for people who experience violence, those who use it and "
                    "the children.",
                ),
            ),
            (
                "mielenterveys-ja-paihteet",
                (
                    "Mielenterveys ja päihteet",
                    "Psykisk hälsa och missbruk",
                    "Mental health and substance use",
                ),
                (
                    "Kun mieli on maassa tai päihteet huolettavat, omasta tai läheisen puolesta.",
                    "När du mår psykiskt dåligt eller oroar dig för alkohol eller droger, "
                    "för egen eller en närståendes del.",
                    "When you feel low or are worried about alcohol or drugs, your own use or "
                    "someone close to you.",
                ),
            ),
        ],
    ),
    *life_situation(
        "nepsy-ja-erityinen-tuki",
        8,
        (
            "Nepsy ja erityinen tuki",
            "Neuropsykiatri och särskilt stöd",
            "Neurodiversity and special support",
        ),
        (
            "Kun lapsella on ADHD, autismi, vamma tai muu erityinen tarve. Tukea lapselle ja "
            "vanhemmille.",
            "När barnet har adhd, autism, en funktionsnedsättning eller andra särskilda behov. "
            "Stöd för barnet och föräldrarna.",
            "When a child has ADHD, autism, a disability or other special needs. Support for "
            "the child and the parents.",
        ),
        [
            (
                "nepsy",
                ("Nepsy", "Neuropsykiatri", "ADHD, autism and similar"),
                (
                    "Nepsy-valmennus, vertaistuki ja arviointi, kun keskittyminen tai tunteet "
                    "kuormittavat.",
                    "Neuropsykiatrisk coachning, kamratstöd och utredning när koncentrationen "
                    "eller känslorna belastar.",
                    "Neurodiversity coaching, peer support and assessment when concentration "
                    "or emotions are a strain.",
                ),
            ),
            (
                "erityinen-tuki",
                ("Erityinen tuki", "Särskilt stöd", "Special support"),
                (
                    "Tuki varhaiskasvatuksessa ja koulussa sekä terapiat.",
                    "Stöd inom småbarnspedagogiken och i skolan samt terapier.",
                    "Support in early childhood education and at school, and therapies.",
                ),
            ),
            (
                "vammaispalvelut",
                ("Vammaispalvelut", "Handikappservice", "Disability services"),
                (
                    "Apuvälineet, omaishoito, henkilökohtainen apu ja kuljetukset.",
                    "Hjälpmedel, närståendevård, personlig assistans och färdtjänst.",
                    "Aids and equipment, informal care support, personal assistance and transport.",
                ),
            ),
        ],
    ),
    *life_situation(
        "talous-ja-arki",
        9,
        ("Talous ja arki", "Ekonomi och vardag", "Money and everyday life"),
        (
            "Kelan tuet, talousneuvonta ja apu kotiin, kun rahat tai voimat eivät riitä.",
            "FPA:s stöd, ekonomisk rådgivning och hjälp hem när pengarna eller krafterna "
            "inte räcker till.",
            "Kela benefits, debt advice and help at home when money or energy runs short.",
        ),
        [
            (
                "kelan-etuudet",
                ("Kelan etuudet", "FPA:s förmåner", "Kela benefits"),
                (
                    "Lapsilisä, vanhempainpäivärahat, kotihoidon tuki ja muut lapsiperheen tuet.",
                    "Barnbidrag, föräldradagpenningar, stöd för hemvård och andra stöd för "
                    "barnfamiljer.",
                    "Child benefit, parental allowances, child home care allowance and other "
                    "support for families.",
                ),
            ),
            (
                "toimeentulo-ja-talousneuvonta",
                (
                    "Toimeentulo ja talousneuvonta",
                    "Utkomst och ekonomisk rådgivning",
                    "Income support and debt advice",
                ),
                (
                    "Toimeentulotuki, velkaneuvonta ja apua laskujen kanssa.",
                    "Utkomststöd, skuldrådgivning och hjälp med räkningarna.",
                    "Social assistance, debt advice and help with bills.",
                ),
            ),
            (
                "apu-kotiin",
                ("Apu kotiin", "Hjälp hem", "Help at home"),
                (
                    "Kotipalvelu, lastenhoitoapu ja siivousapu lapsiperheille.",
                    "Hemservice, barnvårdshjälp och städhjälp för barnfamiljer.",
                    "Home help, childminding and cleaning help for families.",
                ),
            ),
        ],
    ),
    *life_situation(
        "vapaa-aika",
        10,
        ("Vapaa-aika", "Fritid", "Free time"),
        (
            "Tekemistä koko perheelle: liikuntaa, kirjasto, kulttuuria ja lomia.",
            "Sysselsättning för hela familjen: motion, bibliotek, kultur och lov.",
            "Things to do for the whole family: sport, the library, culture and holidays.",
        ),
        [
            (
                "liikunta",
                ("Liikunta", "Motion", "Sport and exercise"),
                (
                    "Uimakoulut, perheliikunta ja harrastukset lapsille ja nuorille.",
                    "Simskolor, familjemotion och hobbyer för barn och unga.",
                    "Swimming lessons, family exercise and sports for children and young people.",
                ),
            ),
            (
                "kulttuuri-ja-kirjasto",
                ("Kulttuuri ja kirjasto", "Kultur och bibliotek", "Culture and the library"),
                (
                    "Satutunnit, kirjaston palvelut, musiikki ja taide lapsille.",
                    "Sagostunder, bibliotekets tjänster, musik och konst för barn.",
                    "Story times, library services, music and art for children.",
                ),
            ),
            (
                "leirit-ja-lomat",
                ("Leirit ja lomat", "Läger och lov", "Camps and holidays"),
                (
                    "Kesäleirit, lomatoiminta ja tuetut perhelomat.",
                    "Sommarläger, lovverksamhet och understödda familjesemestrar.",
                    "Summer camps, school-holiday activities and subsidised family holidays.",
                ),
            ),
        ],
    ),
]
