"""
Demo services for the first five life situations of the palvelupuu: pregnancy and
birth, babies, young children, school-age children and young people. The format is
described in the shared contract; keys of providers, nodes and channels refer to
organisations.py, tree.py and channels.py.
"""

FAMILIES = "KR1.2"
YOUNG_PEOPLE = "KR1.3"
HAVING_A_CHILD = "KE1"

BOOK_BY_PHONE = (
    "Ajanvaraus puhelimitse.",
    "Tidsbokning per telefon.",
    "Book by phone.",
)
BOOK_ONLINE = (
    "Varaa, siirrä tai peru aika verkossa.",
    "Boka, flytta eller avboka tiden på nätet.",
    "Book, move or cancel your appointment online.",
)

PREGNANCY = [
    {
        "slug": "aitiysneuvola",
        "name": ("Äitiysneuvola", "Mödrarådgivning", "Maternity clinic"),
        "summary": (
            "Raskauden seuranta ja tuki koko perheelle. Neuvola on maksuton, ja sinne voi "
            "tulla heti, kun raskaustesti näyttää plussaa.",
            "Uppföljning av graviditeten och stöd för hela familjen. Rådgivningen är "
            "avgiftsfri och du kan komma så fort graviditetstestet är positivt.",
            "Pregnancy check-ups and support for the whole family. The clinic is free, and "
            "you can come as soon as your pregnancy test is positive.",
        ),
        "description": (
            "Äitiysneuvolassa terveydenhoitaja seuraa raskauden etenemistä, sinun vointiasi "
            "ja vauvan kasvua. Käyntejä on raskauden aikana noin 10–15, ja osa niistä on "
            "lääkärin tai kätilön vastaanotolla.\n\n"
            "Neuvolassa voi puhua kaikesta, mikä odotusaikana mietityttää: mielialasta, "
            "parisuhteesta, raha-asioista tai siitä, miten vauvan tulo muuttaa arkea. Myös "
            "toinen vanhempi on tervetullut jokaiselle käynnille.",
            "På mödrarådgivningen följer hälsovårdaren hur graviditeten framskrider, hur du "
            "mår och hur babyn växer. Under graviditeten blir det cirka 10–15 besök, en del "
            "av dem hos läkare eller barnmorska.\n\n"
            "På rådgivningen kan du prata om allt som väcker frågor under väntetiden: "
            "humöret, parrelationen, ekonomin eller hur babyn förändrar vardagen. Också den "
            "andra föräldern är välkommen på alla besök.",
            "At the maternity clinic a public health nurse follows your pregnancy, your "
            "wellbeing and your baby's growth. There are about 10 to 15 visits during "
            "pregnancy, some of them with a doctor or midwife.\n\n"
            "You can talk about anything on your mind: your mood, your relationship, money, "
            "or how the baby will change everyday life. Your partner is welcome at every "
            "visit.",
        ),
        "user_instructions": (
            "Soita neuvolan ajanvarauspuhelimeen, kun raskaus on todettu. Ensimmäinen käynti "
            "on yleensä raskausviikoilla 8–10. Ota mukaan Kela-kortti.",
            "Ring rådgivningens tidsbokning när graviditeten har konstaterats. Det första "
            "besöket är oftast i graviditetsvecka 8–10. Ta med FPA-kortet.",
            "Call the clinic's appointment line once your pregnancy is confirmed. The first "
            "visit is usually in weeks 8 to 10. Bring your Kela card.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "so", "ar"],
        "ages": (-1, -1),
        "nodes": ["raskauden-seuranta"],
        "keywords": (
            ["neuvola", "raskaus", "odotus", "terveydenhoitaja", "raskaana"],
            ["rådgivning", "mödrarådgivning", "gravid", "graviditet"],
            ["antenatal care", "pregnant", "midwife", "maternity"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [
            ("terveysasema", None),
            ("neuvola-puhelin", BOOK_BY_PHONE),
            ("ajanvaraus", BOOK_ONLINE),
        ],
        "verified_days_ago": 35,
    },
    {
        "slug": "sikioseulonnat",
        "name": ("Sikiöseulonnat", "Fosterscreening", "Prenatal screening"),
        "summary": (
            "Vapaaehtoiset ultraäänitutkimukset ja verikoe, joilla selvitetään vauvan "
            "kehitystä raskauden aikana.",
            "Frivilliga ultraljudsundersökningar och blodprov som visar hur babyn utvecklas "
            "under graviditeten.",
            "Voluntary ultrasound scans and a blood test that show how your baby is "
            "developing during pregnancy.",
        ),
        "description": (
            "Sikiöseulontoja tarjotaan kaikille raskaana oleville. Alkuraskauden "
            "ultraäänitutkimus tehdään raskausviikoilla 10–13 ja rakenneultra viikoilla "
            "18–21. Alkuraskauden yhdistelmäseulontaan kuuluu myös verikoe.\n\n"
            "Seulontoihin osallistuminen on vapaaehtoista. Neuvolassa kerrotaan etukäteen, "
            "mitä tutkimukset voivat kertoa ja mitä ne eivät kerro, jotta voit päättää rauhassa.",
            "Fosterscreening erbjuds alla gravida. Det tidiga ultraljudet görs i "
            "graviditetsvecka 10–13 och strukturultraljudet i vecka 18–21. Den tidiga "
            "kombinerade screeningen omfattar också ett blodprov.\n\n"
            "Det är frivilligt att delta. På rådgivningen får du på förhand veta vad "
            "undersökningarna kan och inte kan visa, så att du kan bestämma i lugn och ro.",
            "Prenatal screening is offered to everyone who is pregnant. The early scan is "
            "done in weeks 10 to 13 and the anomaly scan in weeks 18 to 21. Early combined "
            "screening also includes a blood test.\n\n"
            "Taking part is voluntary. The clinic explains beforehand what the tests can and "
            "cannot tell you, so you can decide calmly.",
        ),
        "user_instructions": (
            "Neuvola varaa ajat seulontoihin puolestasi ensimmäisen käynnin jälkeen.",
            "Rådgivningen bokar tiderna till screeningarna åt dig efter det första besöket.",
            "The clinic books your screening appointments for you after your first visit.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, -1),
        "nodes": ["raskauden-seuranta"],
        "keywords": (
            ["ultraääni", "ultra", "rakenneultra", "niskaturvotus", "seulonta"],
            ["ultraljud", "screening", "strukturultraljud"],
            ["ultrasound", "scan", "anomaly scan", "screening"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("keskussairaala", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 120,
    },
    {
        "slug": "raskausajan-suun-terveys",
        "name": (
            "Suun terveystarkastus raskausaikana",
            "Munhälsokontroll under graviditeten",
            "Dental check-up during pregnancy",
        ),
        "summary": (
            "Suuhygienistin tarkastus odottavalle perheelle. Samalla saat neuvoja vauvan "
            "hampaiden hoitoon.",
            "Munhygienistens kontroll för den väntande familjen. Samtidigt får du råd om "
            "skötseln av babyns tänder.",
            "A check-up with a dental hygienist for expectant families, with advice on "
            "caring for your baby's teeth.",
        ),
        "description": (
            "Raskaus voi herkistää ikeniä, ja vanhempien suun bakteerit siirtyvät helposti "
            "vauvalle. Siksi ensimmäistä lastaan odottavalle perheelle tarjotaan maksuton "
            "suun terveystarkastus.\n\n"
            "Tarkastukseen voivat tulla molemmat vanhemmat.",
            "Graviditeten kan göra tandköttet känsligt, och föräldrarnas munbakterier förs "
            "lätt över till babyn. Därför erbjuds familjer som väntar sitt första barn en "
            "avgiftsfri munhälsokontroll.\n\n"
            "Båda föräldrarna kan komma på kontrollen.",
            "Pregnancy can make your gums sensitive, and parents' mouth bacteria pass easily "
            "to the baby. That is why families expecting their first child are offered a "
            "free dental check-up.\n\n"
            "Both parents can come.",
        ),
        "user_instructions": (
            "Neuvola antaa lähetteen. Varaa aika suun terveydenhuollon ajanvarauksesta.",
            "Rådgivningen ger en remiss. Boka tid via munhälsovårdens tidsbokning.",
            "The clinic refers you. Book a time through the dental care booking service.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (-1, -1),
        "nodes": ["raskauden-seuranta"],
        "keywords": (
            ["hammashoito", "hammaslääkäri", "suuhygienisti", "hampaat"],
            ["tandvård", "tandläkare", "munhygienist"],
            ["dentist", "teeth", "dental care"],
        ),
        "ptv": {
            "service_classes": ["P5.4"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("terveysasema", None), ("ajanvaraus", BOOK_ONLINE)],
        "verified_days_ago": 430,
    },
    {
        "slug": "perhevalmennus",
        "name": ("Perhevalmennus", "Familjeförberedelse", "Antenatal classes for parents"),
        "alternative_name": ("Vanhempainryhmä", "Föräldragrupp", "Parents' group"),
        "summary": (
            "Ryhmätapaamisia ensimmäistä lastaan odottaville: vauvan hoito, vanhemmuus ja "
            "arki. Tapaat samassa vaiheessa olevia perheitä.",
            "Gruppträffar för dem som väntar sitt första barn: babyvård, föräldraskap och "
            "vardag. Du träffar familjer i samma skede.",
            "Group sessions for first-time parents-to-be on baby care, parenthood and daily "
            "life. You meet families at the same stage.",
        ),
        "description": (
            "Perhevalmennus kokoontuu neljä kertaa raskauden aikana ja kerran vauvan "
            "syntymän jälkeen. Aiheina ovat vauvan hoito, imetys, uni, parisuhde ja "
            "vanhemmaksi kasvaminen.\n\n"
            "Ryhmää ohjaavat terveydenhoitaja ja perheohjaaja. Moni perhe löytää ryhmästä "
            "ystäviä, joiden kanssa jatketaan tapaamisia vauva-aikana.",
            "Familjeförberedelsen träffas fyra gånger under graviditeten och en gång efter "
            "att babyn har fötts. Teman är babyvård, amning, sömn, parrelationen och att "
            "växa in i föräldraskapet.\n\n"
            "Gruppen leds av en hälsovårdare och en familjehandledare. Många familjer hittar "
            "vänner i gruppen och fortsätter att träffas under babytiden.",
            "The group meets four times during pregnancy and once after the baby is born. "
            "Topics include baby care, breastfeeding, sleep, your relationship and growing "
            "into parenthood.\n\n"
            "A public health nurse and a family worker lead the group. Many families make "
            "friends here and keep meeting once the babies arrive.",
        ),
        "user_instructions": (
            "Terveydenhoitaja ilmoittaa sinut ryhmään neuvolakäynnillä noin raskausviikolla "
            "20. Tapaamiset ovat arki-iltaisin, jotta molemmat vanhemmat pääsevät mukaan.",
            "Hälsovårdaren anmäler dig till gruppen vid ett besök kring graviditetsvecka 20. "
            "Träffarna är på vardagskvällar så att båda föräldrarna kan delta.",
            "Your nurse signs you up at a clinic visit around week 20. Sessions are on "
            "weekday evenings so that both parents can come.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (-1, 0),
        "nodes": ["synnytykseen-valmistautuminen", "vauvaperheiden-ryhmat"],
        "keywords": (
            ["perhevalmennus", "vanhempainvalmennus", "esikoinen", "ryhmä"],
            ["familjeförberedelse", "föräldragrupp", "förstfödd"],
            ["antenatal class", "parenting class", "first baby"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("pikku-veturi", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 60,
    },
    {
        "slug": "synnytysvalmennus",
        "name": ("Synnytysvalmennus", "Förlossningsförberedelse", "Childbirth preparation class"),
        "summary": (
            "Kätilön pitämä valmennus synnytyksen kulusta, kivunlievityksestä ja "
            "ensipäivistä vauvan kanssa. Myös verkossa.",
            "En barnmorska går igenom förlossningens förlopp, smärtlindring och de första "
            "dagarna med babyn. Också på nätet.",
            "A midwife explains how labour goes, pain relief and the first days with your "
            "baby. Also online.",
        ),
        "description": (
            "Synnytysvalmennuksessa kätilö kertoo, miten synnytys käynnistyy, milloin "
            "sairaalaan lähdetään ja millaisia kivunlievityksen keinoja on. Lopuksi "
            "tutustutaan synnytyssairaalan tiloihin.\n\n"
            "Valmennus järjestetään kerran kuussa synnytyssairaalassa ja joka viikko "
            "verkossa. Tukihenkilö on tervetullut mukaan.",
            "På förlossningsförberedelsen berättar en barnmorska hur förlossningen sätter "
            "igång, när man ska åka till sjukhuset och vilka sätt det finns att lindra "
            "smärtan. Till sist bekantar man sig med förlossningssjukhuset.\n\n"
            "Förberedelsen ordnas en gång i månaden på sjukhuset och varje vecka på nätet. "
            "Stödpersonen är välkommen med.",
            "A midwife explains how labour starts, when to leave for hospital and what kinds "
            "of pain relief there are. The class ends with a tour of the maternity unit.\n\n"
            "Classes are held once a month at the hospital and weekly online. Your birth "
            "partner is welcome.",
        ),
        "user_instructions": (
            "Ilmoittaudu sähköisessä ajanvarauksessa raskausviikoilla 30–36.",
            "Anmäl dig via den elektroniska tidsbokningen i graviditetsvecka 30–36.",
            "Sign up through online booking in weeks 30 to 36.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, -1),
        "nodes": ["synnytykseen-valmistautuminen"],
        "keywords": (
            ["synnytys", "kätilö", "kivunlievitys", "synnytyssairaala"],
            ["förlossning", "barnmorska", "smärtlindring"],
            ["labour", "giving birth", "midwife", "pain relief"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [
            ("keskussairaala", None),
            (
                "ajanvaraus",
                (
                    "Ilmoittaudu valmennukseen verkossa.",
                    "Anmäl dig till förberedelsen på nätet.",
                    "Sign up for the class online.",
                ),
            ),
        ],
        "verified_days_ago": 75,
    },
    {
        "slug": "synnytyspelon-hoito",
        "name": (
            "Synnytyspelon hoito",
            "Vård vid förlossningsrädsla",
            "Help with fear of childbirth",
        ),
        "alternative_name": ("Pelkopoli", "Rädslopoliklinik", "Fear of childbirth clinic"),
        "summary": (
            "Keskusteluapua kätilöltä tai psykologilta, kun synnytys pelottaa. Yhdessä "
            "tehdään suunnitelma, joka tuntuu turvalliselta.",
            "Samtalsstöd hos barnmorska eller psykolog när förlossningen skrämmer. Ni gör "
            "tillsammans upp en plan som känns trygg.",
            "Talks with a midwife or psychologist when giving birth frightens you. Together "
            "you make a plan that feels safe.",
        ),
        "description": (
            "Synnytyksen jännittäminen on tavallista, mutta joskus pelko vie yöunet tai "
            "varjostaa koko odotusajan. Pelkopoliklinikalla pelosta voi puhua kätilön tai "
            "psykologin kanssa 1–4 kertaa.\n\n"
            "Tapaamisissa käydään läpi, mikä synnytyksessä pelottaa, ja laaditaan "
            "synnytyssuunnitelma. Myös aiempi vaikea synnytyskokemus on hyvä syy hakea apua.",
            "Det är vanligt att vara nervös inför förlossningen, men ibland tar rädslan "
            "nattsömnen eller skuggar hela väntetiden. På rädslopolikliniken kan du prata om "
            "rädslan med en barnmorska eller psykolog 1–4 gånger.\n\n"
            "Ni går igenom vad som skrämmer och gör upp en förlossningsplan. Också en "
            "tidigare svår förlossning är ett bra skäl att söka hjälp.",
            "Feeling nervous about giving birth is common, but sometimes fear keeps you "
            "awake or overshadows the whole pregnancy. At the clinic you can talk about it "
            "with a midwife or psychologist one to four times.\n\n"
            "Together you go through what frightens you and make a birth plan. A difficult "
            "earlier birth is also a good reason to ask for help.",
        ),
        "user_instructions": (
            "Kerro pelosta neuvolassa. Terveydenhoitaja tai lääkäri tekee lähetteen.",
            "Berätta om rädslan på rådgivningen. Hälsovårdaren eller läkaren skriver en remiss.",
            "Tell your clinic about your fear. The nurse or doctor will refer you.",
        ),
        "requirements": (
            "Lähete neuvolasta.",
            "Remiss från rådgivningen.",
            "A referral from the maternity clinic.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, -1),
        "nodes": ["synnytykseen-valmistautuminen", "tuki-raskausaikana"],
        "keywords": (
            ["synnytyspelko", "pelkopoli", "pelottaa", "ahdistus"],
            ["förlossningsrädsla", "rädsla", "ångest"],
            ["fear of childbirth", "tokophobia", "anxiety"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("keskussairaala", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 150,
    },
    {
        "slug": "doula-tuki",
        "name": ("Doula synnytykseen", "Doula vid förlossningen", "Birth doula"),
        "summary": (
            "Koulutettu doula tukee sinua raskauden lopulla, synnytyksessä ja ensimmäisinä "
            "viikkoina kotona. Maksullinen palvelu.",
            "En utbildad doula stöder dig i slutet av graviditeten, under förlossningen och "
            "de första veckorna hemma. Avgiftsbelagd tjänst.",
            "A trained doula supports you late in pregnancy, during the birth and in the "
            "first weeks at home. A paid service.",
        ),
        "description": (
            "Doula on synnytyksen tukihenkilö, joka ei ole terveydenhuollon ammattilainen "
            "vaan rauhallinen kulkija rinnallasi. Tapaatte kaksi kertaa ennen synnytystä, "
            "doula on mukana synnytyksessä ja käy kerran kotona vauvan synnyttyä.\n\n"
            "Doula voi olla ainoa tukihenkilö tai toisen vanhemman rinnalla.",
            "En doula är en stödperson vid förlossningen, inte vårdpersonal utan ett lugnt "
            "sällskap vid din sida. Ni träffas två gånger före förlossningen, doulan är med "
            "under förlossningen och gör ett hembesök efter att babyn har fötts.\n\n"
            "Doulan kan vara din enda stödperson eller stödja tillsammans med den andra "
            "föräldern.",
            "A doula is a birth companion: not a health professional but a calm presence at "
            "your side. You meet twice before the birth, the doula is with you during labour "
            "and visits once at home after the baby is born.\n\n"
            "A doula can be your only birth partner or support you alongside your partner.",
        ),
        "user_instructions": (
            "Soita tai lähetä viesti viimeistään raskausviikolla 32, niin sovitaan "
            "tutustumistapaaminen.",
            "Ring eller skicka ett meddelande senast i graviditetsvecka 32 så avtalar vi "
            "ett första möte.",
            "Call or send a message by week 32 at the latest to arrange a first meeting.",
        ),
        "provider": "perhepalvelu-tassu",
        "charge_type": "chargeable",
        "charge_note": (
            "Doulapaketti 490 €. Kysy alennusta, jos perheen tulot ovat pienet.",
            "Doulapaket 490 €. Fråga om rabatt om familjens inkomster är små.",
            "The doula package costs €490. Ask about a discount if your family's income is low.",
        ),
        "languages": ["fi", "en", "ru"],
        "ages": (-1, 0),
        "nodes": ["synnytykseen-valmistautuminen"],
        "keywords": (
            ["doula", "tukihenkilö", "synnytys"],
            ["doula", "stödperson", "förlossning"],
            ["doula", "birth partner", "birth support"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("tassu-puhelin", None)],
        "verified_days_ago": 210,
    },
    {
        "slug": "aitiysavustus",
        "name": ("Äitiysavustus", "Moderskapsunderstöd", "Maternity grant"),
        "alternative_name": ("Äitiyspakkaus", "Moderskapsförpackning", "Baby box"),
        "summary": (
            "Kelan äitiyspakkaus tai 170 euron rahasumma. Haettava viimeistään kaksi "
            "kuukautta ennen laskettua aikaa.",
            "FPA:s moderskapsförpackning eller 170 euro i pengar. Ansök senast två månader "
            "före det beräknade datumet.",
            "Kela's baby box or €170 in cash. Apply at least two months before your due date.",
        ),
        "description": (
            "Äitiysavustuksen voi saada, kun raskaus on kestänyt vähintään 154 päivää ja "
            "olet käynyt neuvolassa ennen neljännen raskauskuukauden loppua. Useimmat "
            "valitsevat äitiyspakkauksen, jossa on vauvan vaatteita ja hoitotarvikkeita.\n\n"
            "Kaksosia tai kolmosia odottaville avustus on suurempi.",
            "Du kan få moderskapsunderstöd när graviditeten har varat minst 154 dagar och du "
            "har besökt rådgivningen före slutet av fjärde graviditetsmånaden. De flesta "
            "väljer moderskapsförpackningen med babykläder och vårdartiklar.\n\n"
            "Den som väntar tvillingar eller trillingar får ett större understöd.",
            "You can get the grant once you have been pregnant for at least 154 days and "
            "have visited a maternity clinic before the end of the fourth month. Most "
            "families choose the baby box of clothes and care products.\n\n"
            "The grant is larger if you are expecting twins or triplets.",
        ),
        "user_instructions": (
            "Hae Kelan asiointipalvelussa. Neuvolasta saat raskaustodistuksen, jonka Kela "
            "saa myös suoraan sähköisesti.",
            "Ansök i FPA:s e-tjänst. Rådgivningen ger ett graviditetsintyg, som FPA också "
            "får direkt elektroniskt.",
            "Apply in Kela's online service. The clinic gives you a pregnancy certificate, "
            "which Kela also receives electronically.",
        ),
        "requirements": (
            "Raskaus on kestänyt vähintään 154 päivää ja olet käynyt neuvolassa.",
            "Graviditeten har varat minst 154 dagar och du har besökt rådgivningen.",
            "You have been pregnant for at least 154 days and have visited a clinic.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, -1),
        "nodes": ["tuki-raskausaikana", "kelan-etuudet"],
        "keywords": (
            ["äitiyspakkaus", "vauvapakkaus", "kela", "äitiysavustus"],
            ["moderskapsförpackning", "babylåda", "fpa"],
            ["baby box", "maternity package", "kela"],
        ),
        "ptv": {
            "service_classes": ["P3.4"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("kela-asiointi", None), ("kela-puhelin", None)],
        "verified_days_ago": 20,
        "owner": "paakayttaja",
    },
    {
        "slug": "odottavan-perheen-paihdetyo",
        "name": (
            "Päihdetyö odottaville perheille",
            "Missbruksvård för väntande familjer",
            "Substance use support for expectant families",
        ),
        "summary": (
            "Luottamuksellista tukea, kun alkoholi, lääkkeet tai huumeet huolettavat "
            "raskauden aikana. Voit ottaa yhteyttä nimettömänä.",
            "Konfidentiellt stöd när alkohol, läkemedel eller droger oroar under "
            "graviditeten. Du kan kontakta oss anonymt.",
            "Confidential support when alcohol, medicines or drugs worry you during "
            "pregnancy. You can contact us anonymously.",
        ),
        "description": (
            "Avopalvelussa tapaat työntekijän, jolle voit kertoa tilanteestasi ilman "
            "pelkoa tuomitsemisesta. Tavoitteena on turvallinen raskaus ja hyvä alku "
            "vauvan kanssa.\n\n"
            "Tukea saa koko raskauden ajan ja vauvan ensimmäiset vuodet. Tarvittaessa "
            "perhe voi asua ensikodissa.",
            "I öppenvården träffar du en medarbetare som du kan berätta om din situation "
            "för utan rädsla för att bli dömd. Målet är en trygg graviditet och en god start "
            "med babyn.\n\n"
            "Stöd får du under hela graviditeten och babyns första år. Vid behov kan "
            "familjen bo på ett mödrahem.",
            "In the outpatient service you meet a worker you can talk to about your "
            "situation without fear of being judged. The aim is a safe pregnancy and a good "
            "start with your baby.\n\n"
            "Support lasts throughout pregnancy and the baby's first years. If needed, the "
            "family can live at the mother and child home.",
        ),
        "user_instructions": (
            "Soita tai tule käymään. Myös neuvola voi ohjata sinut palveluun, jos haluat.",
            "Ring eller kom förbi. Också rådgivningen kan hänvisa dig hit om du vill.",
            "Call or drop in. Your clinic can also refer you if you wish.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "free",
        "languages": ["fi", "en"],
        "ages": (-1, 3),
        "nodes": ["tuki-raskausaikana", "mielenterveys-ja-paihteet"],
        "keywords": (
            ["päihteet", "alkoholi", "huumeet", "ensikoti", "raskaus"],
            ["missbruk", "alkohol", "droger", "mödrahem"],
            ["substance use", "alcohol", "drugs", "pregnancy"],
        ),
        "ptv": {
            "service_classes": ["P3.1", "P5.7"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("sosiaalitoimisto", None), ("sosiaalipaivystys-puhelin", None)],
        "verified_days_ago": 260,
    },
    {
        "slug": "odottavien-vertaisryhma",
        "name": (
            "Odottavien perheiden vertaisryhmä",
            "Kamratgrupp för väntande familjer",
            "Peer group for parents-to-be",
        ),
        "summary": (
            "Iltakahvit vauvaa odottaville kerran kuussa. Jutellaan raskaudesta, "
            "vauvatarvikkeista ja kaikesta, mikä mietityttää.",
            "Kvällskaffe för dem som väntar barn en gång i månaden. Vi pratar om "
            "graviditeten, babysaker och allt som väcker frågor.",
            "An evening coffee for parents-to-be once a month, to chat about pregnancy, "
            "baby kit and anything on your mind.",
        ),
        "description": (
            "Ryhmä on tarkoitettu kaikille vauvaa odottaville, myös yksin odottaville ja "
            "sateenkaariperheille. Ohjaajina ovat koulutetut vapaaehtoiset.\n\n"
            "Kerran syksyllä ja keväällä vieraana on kätilö tai imetystukija.",
            "Gruppen är för alla som väntar barn, också för dem som väntar ensamma och för "
            "regnbågsfamiljer. Ledarna är utbildade frivilliga.\n\n"
            "En gång på hösten och en gång på våren är en barnmorska eller amningsstödjare "
            "gäst.",
            "The group is for everyone expecting a baby, including single parents-to-be "
            "and rainbow families. Trained volunteers lead it.\n\n"
            "A midwife or breastfeeding supporter visits once each autumn and spring.",
        ),
        "user_instructions": (
            "Tule paikalle, ilmoittautumista ei tarvita. Ryhmä kokoontuu kuun ensimmäisenä "
            "tiistaina klo 17.30–19.",
            "Kom bara, ingen anmälan behövs. Gruppen träffas den första tisdagen i månaden "
            "kl. 17.30–19.",
            "Just come along, no need to sign up. The group meets on the first Tuesday of "
            "the month, 5.30–7 pm.",
        ),
        "provider": "mll",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (-1, -1),
        "nodes": ["tuki-raskausaikana"],
        "keywords": (
            ["vertaistuki", "odottajat", "raskaus", "ryhmä"],
            ["kamratstöd", "väntande", "grupp"],
            ["peer support", "expecting", "group"],
        ),
        "ptv": {
            "service_classes": ["P3.1"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("kuusikko", None)],
        "verified_days_ago": 510,
    },
    {
        "slug": "neuvolapsykologi",
        "name": ("Neuvolapsykologi", "Rådgivningspsykolog", "Clinic psychologist"),
        "summary": (
            "Psykologin tukea odotusaikana ja lapsen ollessa alle kouluikäinen: mieliala, "
            "jaksaminen, uni ja lapsen kehitys.",
            "Psykologens stöd under väntetiden och tills barnet börjar skolan: humör, ork, "
            "sömn och barnets utveckling.",
            "Support from a psychologist in pregnancy and until your child starts school: "
            "mood, coping, sleep and development.",
        ),
        "description": (
            "Neuvolapsykologin kanssa voit puhua, jos mieliala on matalalla raskauden "
            "aikana tai vauvan synnyttyä, jos vanhemmuus tuntuu raskaalta tai jos lapsen "
            "käytös tai kehitys mietityttää.\n\n"
            "Käyntejä on yleensä 1–5. Psykologi voi myös arvioida lapsen kehitystä yhdessä "
            "neuvolan ja varhaiskasvatuksen kanssa.",
            "Med rådgivningspsykologen kan du prata om ditt humör är lågt under graviditeten "
            "eller efter förlossningen, om föräldraskapet känns tungt eller om barnets "
            "beteende eller utveckling väcker frågor.\n\n"
            "Det blir oftast 1–5 besök. Psykologen kan också bedöma barnets utveckling "
            "tillsammans med rådgivningen och småbarnspedagogiken.",
            "Talk to the clinic psychologist if your mood is low during pregnancy or after "
            "the birth, if parenting feels heavy, or if your child's behaviour or "
            "development worries you.\n\n"
            "There are usually one to five visits. The psychologist can also assess your "
            "child's development together with the clinic and early childhood education.",
        ),
        "user_instructions": (
            "Pyydä aikaa terveydenhoitajalta tai soita neuvolan puhelimeen. Lähetettä ei tarvita.",
            "Be hälsovårdaren om en tid eller ring rådgivningens telefon. Ingen remiss behövs.",
            "Ask your nurse for an appointment or call the clinic line. No referral needed.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, 6),
        "nodes": ["tuki-raskausaikana", "kasvu-ja-kehitys"],
        "keywords": (
            [
                "psykologi",
                "masennus",
                "synnytysmasennus",
                "jaksaminen",
                "mieliala",
                "uupumus",
                "uni",
            ],
            ["psykolog", "depression", "förlossningsdepression", "ork"],
            ["psychologist", "postnatal depression", "low mood", "coping"],
        ),
        "ptv": {
            "service_classes": ["P5.2", "P5.7"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("pikku-veturi", None), ("neuvola-puhelin", BOOK_BY_PHONE)],
        "verified_days_ago": 90,
    },
]

BABY = [
    {
        "slug": "lastenneuvola",
        "name": ("Lastenneuvola", "Barnrådgivning", "Child health clinic"),
        "summary": (
            "Lapsen kasvun, kehityksen ja terveyden seuranta syntymästä kouluikään. "
            "Neuvolassa saat tukea myös omaan jaksamiseesi.",
            "Uppföljning av barnets växande, utveckling och hälsa från födseln till "
            "skolåldern. Du får också stöd för din egen ork.",
            "Check-ups on your child's growth, development and health from birth to school "
            "age, and support for you as a parent.",
        ),
        "description": (
            "Lastenneuvolassa terveydenhoitaja ja lääkäri seuraavat lapsen kasvua ja "
            "kehitystä. Ensimmäisenä vuonna käyntejä on noin kerran kuussa, sen jälkeen "
            "harvemmin. Laajoissa terveystarkastuksissa 4 kuukauden, 18 kuukauden ja 4 vuoden "
            "iässä keskustellaan koko perheen hyvinvoinnista.\n\n"
            "Neuvolaan voi ottaa yhteyttä aina, kun lapsen syöminen, uni, kasvu tai oma "
            "jaksaminen mietityttää.",
            "På barnrådgivningen följer hälsovårdaren och läkaren barnets växande och "
            "utveckling. Första året blir det besök ungefär en gång i månaden, sedan mer "
            "sällan. Vid de omfattande hälsoundersökningarna vid 4 månader, 18 månader och 4 "
            "år pratar man om hela familjens välmående.\n\n"
            "Du kan alltid kontakta rådgivningen när barnets ätande, sömn eller växande "
            "eller din egen ork väcker frågor.",
            "At the child health clinic a nurse and a doctor follow your child's growth and "
            "development. In the first year there are visits about once a month, then less "
            "often. The extended check-ups at 4 months, 18 months and 4 years cover the "
            "wellbeing of the whole family.\n\n"
            "Contact the clinic whenever your child's eating, sleep or growth, or your own "
            "coping, is on your mind.",
        ),
        "user_instructions": (
            "Neuvola ottaa yhteyttä, kun vauva on syntynyt, ja sopii ensimmäisen "
            "kotikäynnin. Seuraavat ajat sovitaan aina käynnin lopuksi.",
            "Rådgivningen kontaktar er när babyn har fötts och avtalar det första "
            "hembesöket. Följande tider avtalas alltid i slutet av besöket.",
            "The clinic contacts you after the birth to arrange the first home visit. Each "
            "next appointment is agreed at the end of a visit.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "so", "ar", "ru", "uk"],
        "ages": (0, 6),
        "nodes": ["vauvan-terveys", "kasvu-ja-kehitys"],
        "keywords": (
            [
                "neuvola",
                "terveydenhoitaja",
                "kasvu",
                "punnitus",
                "lastenlääkäri",
                "uni",
                "nukkuminen",
                "itku",
                "koliikki",
                "valvominen",
            ],
            ["rådgivning", "barnrådgivning", "hälsovårdare", "vägning"],
            ["child health clinic", "health visitor", "baby check-up", "well-baby clinic"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [
            ("pikku-veturi", None),
            ("terveysasema", None),
            ("neuvola-puhelin", None),
            ("ajanvaraus", BOOK_ONLINE),
        ],
        "verified_days_ago": 14,
    },
    {
        "slug": "imetystuki",
        "name": ("Imetystuki", "Amningsstöd", "Breastfeeding support"),
        "summary": (
            "Apua, kun imetys ei suju tai sattuu. Imetysohjaaja neuvoo vastaanotolla, "
            "puhelimessa ja avoimessa imetyskahvilassa.",
            "Hjälp när amningen inte går eller gör ont. Amningshandledaren ger råd på "
            "mottagningen, i telefon och på det öppna amningscaféet.",
            "Help when breastfeeding is difficult or hurts, from a breastfeeding adviser at "
            "the clinic, by phone and at a drop-in café.",
        ),
        "description": (
            "Imetyksen alku voi olla vaikeaa: rinnat arkuvat, maito ei tunnu riittävän tai "
            "vauva ei tartu rintaan. Neuvolan imetysohjaajat auttavat löytämään hyvän "
            "imetysasennon ja ratkaisemaan pulmia.\n\n"
            "Imetyskahvila kokoontuu torstaisin Pikku-Veturissa. Tukea saat myös, jos "
            "lopetat imetyksen tai ruokit vauvaa pullosta.",
            "Början av amningen kan vara svår: brösten ömmar, mjölken verkar inte räcka till "
            "eller babyn tar inte bröstet. Rådgivningens amningshandledare hjälper dig att "
            "hitta en bra amningsställning och lösa problemen.\n\n"
            "Amningscaféet träffas på torsdagar i Lilla Loket. Du får också stöd om du "
            "slutar amma eller ger babyn flaska.",
            "Breastfeeding can be hard at first: sore breasts, worry that there is not "
            "enough milk, or a baby who will not latch. The clinic's breastfeeding advisers "
            "help you find a good position and solve problems.\n\n"
            "The breastfeeding café meets on Thursdays at Pikku-Veturi. You also get support "
            "if you stop breastfeeding or bottle-feed.",
        ),
        "user_instructions": (
            "Soita neuvolaan tai tule imetyskahvilaan torstaisin klo 10–11.30.",
            "Ring rådgivningen eller kom till amningscaféet på torsdagar kl. 10–11.30.",
            "Call the clinic or come to the café on Thursdays, 10–11.30 am.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 1),
        "nodes": ["vauvan-terveys"],
        "keywords": (
            ["imetys", "rintaruokinta", "maito", "imetyskahvila"],
            ["amning", "bröstmjölk", "amningscafé"],
            ["breastfeeding", "nursing", "latch"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("pikku-veturi", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 45,
    },
    {
        "slug": "vauvaperheen-kotikaynti",
        "name": (
            "Kotikäynnit vauvaperheisiin",
            "Hembesök till babyfamiljer",
            "Home visits to families with a new baby",
        ),
        "summary": (
            "Terveydenhoitaja tulee kotiin pian vauvan syntymän jälkeen. Tarvittaessa "
            "perheohjaaja käy useammin.",
            "Hälsovårdaren kommer hem till er strax efter att babyn har fötts. Vid behov "
            "kommer en familjehandledare oftare.",
            "A nurse visits you at home soon after the birth. If needed, a family worker can "
            "come more often.",
        ),
        "description": (
            "Ensimmäinen kotikäynti tehdään yleensä viikon sisällä kotiutumisesta. "
            "Terveydenhoitaja punnitsee vauvan, katsoo napaa ja ihoa ja kysyy, miten "
            "imetys, uni ja palautuminen sujuvat.\n\n"
            "Jos arki tuntuu raskaalta, perheohjaaja voi käydä kotona muutaman kerran "
            "ilman erillistä hakemusta.",
            "Det första hembesöket görs oftast inom en vecka efter hemkomsten. Hälsovårdaren "
            "väger babyn, tittar på naveln och huden och frågar hur amningen, sömnen och "
            "återhämtningen går.\n\n"
            "Om vardagen känns tung kan en familjehandledare komma hem några gånger utan "
            "separat ansökan.",
            "The first home visit is usually within a week of coming home. The nurse weighs "
            "the baby, checks the navel and skin, and asks how feeding, sleep and recovery "
            "are going.\n\n"
            "If things feel hard, a family worker can visit a few times without a separate "
            "application.",
        ),
        "user_instructions": (
            "Synnytyssairaala ilmoittaa neuvolaan, ja neuvola soittaa sinulle. Jos soittoa "
            "ei kuulu kolmessa päivässä, soita itse.",
            "Förlossningssjukhuset meddelar rådgivningen, som ringer dig. Ring själv om du "
            "inte har hört något inom tre dagar.",
            "The hospital lets the clinic know, and the clinic calls you. If you have not "
            "heard within three days, call them.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 0),
        "nodes": ["vauvan-terveys", "arki-vauvan-kanssa"],
        "keywords": (
            ["kotikäynti", "vastasyntynyt", "neuvola"],
            ["hembesök", "nyfödd", "rådgivning"],
            ["home visit", "newborn", "health visitor"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("neuvola-puhelin", None)],
        "verified_days_ago": 100,
    },
    {
        "slug": "lasten-rokotukset",
        "name": ("Lasten rokotukset", "Vaccinationer för barn", "Childhood vaccinations"),
        "summary": (
            "Kansallisen rokotusohjelman maksuttomat rokotukset neuvolassa ja koulussa. "
            "Rokotukset suojaavat vakavilta taudeilta.",
            "Avgiftsfria vaccinationer enligt det nationella vaccinationsprogrammet på "
            "rådgivningen och i skolan. De skyddar mot allvarliga sjukdomar.",
            "Free vaccinations under the national programme at the clinic and at school, "
            "protecting against serious diseases.",
        ),
        "description": (
            "Lapsi saa rokotukset neuvolakäyntien yhteydessä kahden kuukauden iästä alkaen "
            "ja myöhemmin kouluterveydenhuollossa. Terveydenhoitaja kertoo jokaisesta "
            "rokotteesta ja vastaa kysymyksiisi.\n\n"
            "Jos rokotus on jäänyt väliin tai perhe on muuttanut ulkomailta, rokotukset "
            "voidaan täydentää.",
            "Barnet vaccineras vid besöken på rådgivningen från två månaders ålder och "
            "senare inom skolhälsovården. Hälsovårdaren berättar om varje vaccin och svarar "
            "på dina frågor.\n\n"
            "Om en vaccination har blivit ogjord eller familjen har flyttat från utlandet "
            "kan vaccinationerna kompletteras.",
            "Your child is vaccinated at clinic visits from two months of age and later by "
            "the school nurse. The nurse explains each vaccine and answers your questions.\n\n"
            "Missed vaccinations can be caught up, also if your family has moved from "
            "abroad.",
        ),
        "user_instructions": (
            "Rokotukset annetaan sovituilla neuvola- ja koulukäynneillä. Ota mukaan "
            "ulkomailla saatujen rokotusten tiedot.",
            "Vaccinationerna ges vid avtalade besök på rådgivningen och i skolan. Ta med "
            "uppgifter om vaccinationer från utlandet.",
            "Vaccinations are given at your booked clinic and school visits. Bring records "
            "of any vaccinations given abroad.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "ar", "so", "uk"],
        "ages": (0, 15),
        "nodes": ["vauvan-terveys"],
        "keywords": (
            ["rokotus", "rokote", "rokotusohjelma", "piikki"],
            ["vaccination", "vaccin", "vaccinationsprogram"],
            ["vaccination", "immunisation", "jab"],
        ),
        "ptv": {"service_classes": ["P5.2", "P5.9"], "target_groups": [FAMILIES]},
        "channels": [("terveysasema", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 55,
    },
    {
        "slug": "synnytyksen-jalkitarkastus",
        "name": (
            "Synnytyksen jälkitarkastus",
            "Efterkontroll efter förlossningen",
            "Postnatal check-up",
        ),
        "summary": (
            "Synnyttäneen terveystarkastus 5–12 viikkoa synnytyksen jälkeen: palautuminen, "
            "mieliala ja ehkäisy.",
            "Hälsokontroll 5–12 veckor efter förlossningen: återhämtning, humör och "
            "preventivmedel.",
            "A health check 5 to 12 weeks after giving birth, covering recovery, mood and "
            "contraception.",
        ),
        "description": (
            "Jälkitarkastuksessa lääkäri tai kätilö tarkistaa, miten keho on palautunut "
            "synnytyksestä, ja kysyy mielialasta. Samalla voit puhua ehkäisystä, "
            "lantionpohjan lihaksista ja seksuaalisuudesta.\n\n"
            "Vauvan voi ottaa mukaan.",
            "Vid efterkontrollen kontrollerar läkaren eller barnmorskan hur kroppen har "
            "återhämtat sig och frågar om humöret. Du kan också prata om preventivmedel, "
            "bäckenbottenmusklerna och sexualitet.\n\n"
            "Du kan ta med babyn.",
            "A doctor or midwife checks how your body has recovered and asks about your "
            "mood. You can also talk about contraception, pelvic floor muscles and sex.\n\n"
            "You can bring your baby.",
        ),
        "user_instructions": (
            "Varaa aika neuvolasta tai verkossa, kun vauva on noin kuukauden ikäinen.",
            "Boka tid på rådgivningen eller på nätet när babyn är ungefär en månad.",
            "Book through the clinic or online when your baby is about a month old.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 0),
        "nodes": ["vauvan-terveys"],
        "keywords": (
            ["jälkitarkastus", "synnytys", "palautuminen", "ehkäisy"],
            ["efterkontroll", "förlossning", "återhämtning"],
            ["postnatal check", "recovery", "contraception"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("terveysasema", None), ("ajanvaraus", BOOK_ONLINE)],
        "verified_days_ago": 180,
    },
    {
        "slug": "perhetyo",
        "name": ("Perhetyö", "Familjearbete", "Family work"),
        "summary": (
            "Perhetyöntekijä tukee arjessa, kun voimat ovat vähissä tai perhe elää "
            "muutosta. Tapaamiset ovat usein kotona.",
            "En familjearbetare stöder i vardagen när krafterna tryter eller familjen går "
            "igenom en förändring. Träffarna är ofta hemma.",
            "A family worker supports you in everyday life when you are running low or "
            "going through change, often at home.",
        ),
        "description": (
            "Perhetyössä mietitään yhdessä, miten arki saataisiin sujumaan: unirytmit, "
            "ruokailut, lasten riidat tai vanhempien väsymys. Perhetyöntekijä tulee kotiin "
            "tai tapaatte perhekeskuksessa, yleensä kerran viikossa muutaman kuukauden "
            "ajan.\n\n"
            "Perhetyö on sosiaalihuoltolain mukaista ennaltaehkäisevää tukea, eikä se "
            "tarkoita lastensuojelun asiakkuutta.",
            "I familjearbetet funderar ni tillsammans på hur vardagen kunde fungera: "
            "sömnrytmer, måltider, syskonbråk eller föräldrarnas trötthet. "
            "Familjearbetaren kommer hem eller ni träffas på familjecentret, oftast en gång "
            "i veckan under några månader.\n\n"
            "Familjearbete är förebyggande stöd enligt socialvårdslagen och innebär inte att "
            "familjen blir klient inom barnskyddet.",
            "Together you work out how to make everyday life run more smoothly: sleep "
            "routines, mealtimes, squabbling siblings or tired parents. The family worker "
            "visits your home or you meet at the family centre, usually weekly for a few "
            "months.\n\n"
            "Family work is preventive support under the Social Welfare Act and does not "
            "make you a child welfare client.",
        ),
        "user_instructions": (
            "Pyydä perhetyötä neuvolasta, varhaiskasvatuksesta tai soita lapsiperheiden "
            "sosiaaliohjaukseen. Voit tulla myös avoimelle vastaanotolle.",
            "Be om familjearbete via rådgivningen eller småbarnspedagogiken eller ring "
            "socialhandledningen för barnfamiljer. Du kan också komma till den öppna "
            "mottagningen.",
            "Ask for family work through the clinic or your child's day care, or call "
            "social services for families. You can also use the drop-in hours.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "ar"],
        "ages": (-1, 17),
        "nodes": ["arki-vauvan-kanssa", "kasvatus-ja-vanhemmuus"],
        "keywords": (
            ["perhetyö", "perheohjaus", "väsymys", "arjen tuki", "uupumus", "jaksaminen"],
            ["familjearbete", "familjehandledning", "trötthet"],
            ["family work", "family support", "exhausted parents"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("sosiaalitoimisto", None), ("pikku-veturi", None)],
        "verified_days_ago": 130,
    },
    {
        "slug": "lapsiperheiden-kotipalvelu",
        "name": (
            "Lapsiperheiden kotipalvelu",
            "Hemservice för barnfamiljer",
            "Home help for families with children",
        ),
        "summary": (
            "Kodinhoitaja auttaa lastenhoidossa ja kotitöissä esimerkiksi sairauden, "
            "uupumuksen tai kaksosten syntymän jälkeen.",
            "En hemvårdare hjälper med barnen och hemsysslorna till exempel vid sjukdom, "
            "utmattning eller efter att tvillingar har fötts.",
            "A home help worker helps with the children and housework, for example during "
            "illness, exhaustion or after twins are born.",
        ),
        "description": (
            "Kotipalvelu on tilapäistä apua, kun vanhemman omat voimat eivät riitä. "
            "Kodinhoitaja voi hoitaa lapsia, laittaa ruokaa tai auttaa arjen "
            "järjestämisessä muutaman tunnin kerrallaan.\n\n"
            "Avun määrästä sovitaan palvelutarpeen arvioinnissa.",
            "Hemservice är tillfällig hjälp när förälderns egna krafter inte räcker till. "
            "Hemvårdaren kan sköta barnen, laga mat eller hjälpa till att organisera "
            "vardagen några timmar åt gången.\n\n"
            "Hur mycket hjälp ni får avtalas vid bedömningen av servicebehovet.",
            "Home help is short-term help when a parent's own strength is not enough. The "
            "worker can look after the children, cook or help organise daily life for a "
            "few hours at a time.\n\n"
            "The amount of help is agreed in a service needs assessment.",
        ),
        "user_instructions": (
            "Soita lapsiperheiden sosiaaliohjaukseen. Työntekijä arvioi kanssasi avun "
            "tarpeen, yleensä kotikäynnillä.",
            "Ring socialhandledningen för barnfamiljer. En medarbetare bedömer "
            "hjälpbehovet tillsammans med dig, oftast vid ett hembesök.",
            "Call social services for families. A worker assesses your needs with you, "
            "usually at a home visit.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "chargeable",
        "charge_note": (
            "Maksu määräytyy perheen koon ja tulojen mukaan. Pienituloisille palvelu on maksuton.",
            "Avgiften beror på familjens storlek och inkomster. För familjer med små "
            "inkomster är tjänsten avgiftsfri.",
            "The fee depends on your family's size and income. It is free for families on a "
            "low income.",
        ),
        "languages": ["fi", "sv"],
        "ages": (-1, 12),
        "nodes": ["arki-vauvan-kanssa", "apu-kotiin"],
        "keywords": (
            [
                "kotipalvelu",
                "kodinhoitaja",
                "lastenhoito",
                "kotiapu",
                "uupumus",
                "väsymys",
                "jaksaminen",
            ],
            ["hemservice", "hemvårdare", "barnvård"],
            ["home help", "home care", "childcare"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("sosiaalitoimisto", None), ("hyvinvointialue-verkko", None)],
        "verified_days_ago": 420,
    },
    {
        "slug": "mll-lastenhoitoapu",
        "name": ("MLL:n lastenhoitoapu", "MLL:s barnvårdshjälp", "MLL childminding service"),
        "summary": (
            "Koulutettu lastenhoitaja tulee kotiisi muutamaksi tunniksi, kun tarvitset "
            "hengähdystauon tai menoa on.",
            "En utbildad barnvakt kommer hem till dig några timmar när du behöver andrum "
            "eller har ett ärende.",
            "A trained childminder comes to your home for a few hours when you need a break "
            "or have somewhere to be.",
        ),
        "description": (
            "MLL:n lastenhoitajat ovat käyneet yhdistyksen koulutuksen, ja heidän "
            "rikostaustansa on tarkistettu. Hoitajan voi tilata arkipäiville, iltaan tai "
            "viikonloppuun.\n\n"
            "Palvelu sopii myös silloin, kun lapsi on lievästi sairas ja vanhemman pitää "
            "päästä töihin.",
            "MLL:s barnvakter har gått föreningens utbildning och deras brottsregister har "
            "kontrollerats. Du kan beställa en barnvakt för vardagar, kvällar eller "
            "veckoslut.\n\n"
            "Tjänsten passar också när barnet är lindrigt sjukt och föräldern måste till "
            "jobbet.",
            "MLL childminders are trained by the association and have a criminal record "
            "check. You can book one for weekdays, evenings or weekends.\n\n"
            "The service also helps when your child is mildly ill and you need to get to "
            "work.",
        ),
        "user_instructions": (
            "Tilaa verkossa tai puhelimitse viimeistään edellisenä arkipäivänä klo 12.",
            "Beställ på nätet eller per telefon senast föregående vardag kl. 12.",
            "Order online or by phone by noon on the previous weekday.",
        ),
        "provider": "mll",
        "charge_type": "chargeable",
        "charge_note": (
            "9,50 €/tunti arkisin, 12 €/tunti iltaisin ja viikonloppuisin. Vähintään kaksi "
            "tuntia kerrallaan.",
            "9,50 €/timme på vardagar, 12 €/timme på kvällar och veckoslut. Minst två "
            "timmar åt gången.",
            "€9.50 an hour on weekdays, €12 an hour evenings and weekends. At least two "
            "hours at a time.",
        ),
        "languages": ["fi", "sv", "en"],
        "ages": (0, 12),
        "nodes": ["arki-vauvan-kanssa", "apu-kotiin"],
        "keywords": (
            ["lastenhoitaja", "lapsenvahti", "mll", "hoitoapu"],
            ["barnvakt", "barnvårdshjälp", "mll"],
            ["babysitter", "childminder", "mll"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("mll-lastenhoitoapu-tilaus", None), ("mll-puhelin", None)],
        "verified_days_ago": 95,
    },
    {
        "slug": "synnytyksen-jalkeinen-kotiapu",
        "name": (
            "Kotiapu synnytyksen jälkeen",
            "Hemhjälp efter förlossningen",
            "Home help after the birth",
        ),
        "summary": (
            "Kotiapua ensimmäisille viikoille vauvan syntymän jälkeen, jotta voit levätä. "
            "Voit maksaa hyvinvointialueen palvelusetelillä.",
            "Hemhjälp under de första veckorna efter att babyn har fötts, så att du kan vila. "
            "Du kan betala med välfärdsområdets servicesedel.",
            "Help at home in the first weeks after your baby is born, so that you can rest. "
            "You can pay with the county's service voucher.",
        ),
        "description": (
            "Kotiavustaja tulee kotiin muutamaksi tunniksi kerrallaan: laittaa ruokaa, "
            "pyykkää, siivoaa ja leikkii vauvan isompien sisarusten kanssa. Apu on tarkoitettu "
            "erityisesti perheille, joilla on vähän tukiverkkoa, keisarileikkauksesta "
            "toipuville ja monikkoperheille.\n\n"
            "Jos hyvinvointialue on myöntänyt perheelle palvelusetelin, maksat vain "
            "omavastuuosuuden.",
            "Hemhjälpen kommer hem några timmar åt gången: lagar mat, tvättar, städar och "
            "leker med babyns äldre syskon. Hjälpen är särskilt avsedd för familjer med litet "
            "stödnätverk, för dem som återhämtar sig efter kejsarsnitt och för "
            "flerlingsfamiljer.\n\n"
            "Om välfärdsområdet har beviljat familjen en servicesedel betalar du bara "
            "självriskandelen.",
            "A home helper comes for a few hours at a time to cook, do the laundry, clean and "
            "play with the baby's older brothers and sisters. The help is meant especially "
            "for families with little support around them, parents recovering from a "
            "caesarean and families with twins or more.\n\n"
            "If the county has granted your family a service voucher, you pay only your own "
            "share.",
        ),
        "user_instructions": (
            "Kysy palveluseteliä neuvolasta tai sosiaaliohjauksesta ja soita sitten Tassun "
            "asiakaspalveluun.",
            "Fråga efter servicesedeln på rådgivningen eller socialhandledningen och ring "
            "sedan Tassus kundtjänst.",
            "Ask the clinic or social services about a voucher, then call Tassu's customer "
            "service.",
        ),
        "provider": "perhepalvelu-tassu",
        "charge_type": "chargeable",
        "charge_note": (
            "39 €/tunti. Kotitalousvähennys koskee palvelua. Palvelusetelillä maksat vain "
            "omavastuuosuuden.",
            "39 €/timme. Hushållsavdraget gäller tjänsten. Med servicesedel betalar du bara "
            "självriskandelen.",
            "€39 an hour. The tax credit for household expenses applies. With a service "
            "voucher you pay only your own share.",
        ),
        "languages": ["fi", "en", "ru"],
        "ages": (0, 0),
        "nodes": ["arki-vauvan-kanssa"],
        "keywords": (
            ["kotiapu", "synnytyksen jälkeen", "palveluseteli", "siivous"],
            ["hemhjälp", "efter förlossningen", "servicesedel"],
            ["home help", "postnatal help", "service voucher"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("tassu-puhelin", None)],
        "verified_days_ago": 470,
    },
    {
        "slug": "ensimmaisen-vauvan-ryhma",
        "name": (
            "Ensimmäisen vauvan perheiden ryhmä",
            "Grupp för förstagångsföräldrar",
            "Group for first-time parents",
        ),
        "summary": (
            "Neuvolan vauvaryhmä 2–6 kuukauden ikäisten esikoisten vanhemmille. Kuusi "
            "tapaamista vauvan kanssa.",
            "Rådgivningens babygrupp för föräldrar till förstfödda som är 2–6 månader. Sex "
            "träffar tillsammans med babyn.",
            "The clinic's baby group for parents of first babies aged 2 to 6 months. Six "
            "sessions with your baby.",
        ),
        "description": (
            "Ryhmässä puhutaan vauvan unesta, leikistä, kiinteiden ruokien aloittamisesta "
            "ja siitä, miltä vanhemmuus nyt tuntuu. Vauvat saavat olla lattialla "
            "matoilla, ja kahvi keitetään valmiiksi.\n\n"
            "Ryhmä kokoontuu Kuusikossa keskiviikkoaamuisin.",
            "I gruppen pratar vi om babyns sömn, lek, hur man börjar med fast föda och hur "
            "föräldraskapet känns just nu. Babyerna får vara på mattor på golvet, och "
            "kaffet är färdigt.\n\n"
            "Gruppen träffas i Granskogen på onsdagsförmiddagar.",
            "The group talks about sleep, play, starting solid food and how being a parent "
            "feels right now. Babies lie on mats on the floor and the coffee is ready.\n\n"
            "The group meets at Kuusikko on Wednesday mornings.",
        ),
        "user_instructions": (
            "Terveydenhoitaja kutsuu ryhmään. Voit myös kysyä paikkaa neuvolan puhelimesta.",
            "Hälsovårdaren bjuder in till gruppen. Du kan också fråga efter en plats via "
            "rådgivningens telefon.",
            "Your nurse invites you. You can also ask for a place on the clinic line.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "en"],
        "ages": (0, 0),
        "nodes": ["vauvaperheiden-ryhmat"],
        "keywords": (
            ["vauvaryhmä", "esikoinen", "vertaistuki", "neuvola"],
            ["babygrupp", "förstfödd", "kamratstöd"],
            ["baby group", "first baby", "new parents"],
        ),
        "ptv": {
            "service_classes": ["P5.2"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("kuusikko", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 70,
    },
    {
        "slug": "vauvamuskari",
        "name": ("Vauvamuskari", "Babymusiklekis", "Baby music group"),
        "summary": (
            "Laulua, loruja ja liikettä alle 1-vuotiaille ja heidän aikuisilleen "
            "seurakuntakeskuksessa. Maksuton.",
            "Sång, ramsor och rörelse för barn under 1 år och deras vuxna i "
            "församlingscentret. Avgiftsfritt.",
            "Songs, rhymes and movement for babies under one and their grown-ups at the "
            "parish centre. Free.",
        ),
        "description": (
            "Vauvamuskarissa lauletaan tuttuja lastenlauluja, soitetaan helistimiä ja "
            "lopuksi rauhoitutaan tuutulauluun. Kokemusta musiikista ei tarvita.\n\n"
            "Muskari on avoin kaikille, myös niille, jotka eivät kuulu kirkkoon. Ryhmä "
            "kokoontuu maanantaisin klo 10.",
            "På babymusiklekis sjunger vi kända barnvisor, spelar på skallror och lugnar "
            "ner oss med en vaggvisa till slut. Du behöver ingen erfarenhet av musik.\n\n"
            "Musiklekis är öppet för alla, också för dem som inte hör till kyrkan. Gruppen "
            "träffas på måndagar kl. 10.",
            "We sing familiar children's songs, play shakers and end with a lullaby. No "
            "musical experience needed.\n\n"
            "The group is open to everyone, whether or not you belong to the church. It "
            "meets on Mondays at 10 am.",
        ),
        "user_instructions": (
            "Ilmoittaudu seurakunnan verkkosivuilla. Syksyn ryhmiin ilmoittaudutaan "
            "elokuussa ja kevään ryhmiin joulukuussa.",
            "Anmäl dig på församlingens webbplats. Till höstens grupper anmäler man sig i "
            "augusti och till vårens i december.",
            "Sign up on the parish website: in August for autumn groups and in December for "
            "spring groups.",
        ),
        "provider": "seurakunta",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (0, 0),
        "nodes": ["vauvaperheiden-ryhmat"],
        "keywords": (
            ["muskari", "vauvamuskari", "laulu", "seurakunta"],
            ["musiklekis", "sång", "församling"],
            ["baby music", "singing", "parish"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("seurakuntakeskus", None), ("seurakunta-ilmoittautuminen", None)],
        "verified_days_ago": 240,
    },
    {
        "slug": "isa-vauva-ryhma",
        "name": ("Isä–vauva-ryhmä", "Pappa–babygrupp", "Dads and babies group"),
        "summary": (
            "Lauantaiaamujen ryhmä isille ja vauvoille. Leikitään, vaihdetaan kuulumisia ja "
            "syödään aamupalaa yhdessä.",
            "En grupp på lördagsförmiddagar för pappor och babyer. Vi leker, byter tankar "
            "och äter frukost tillsammans.",
            "A Saturday-morning group for dads and babies: play, a chat and breakfast together.",
        ),
        "description": (
            "Ryhmä on tarkoitettu isille ja muille vanhemmille, jotka haluavat jutella "
            "vauva-arjesta toisten miesten kanssa. Ohjaajana on isätyöntekijä.\n\n"
            "Ryhmä kokoontuu joka toinen lauantai klo 10–12 Pikku-Veturissa.",
            "Gruppen är för pappor och andra föräldrar som vill prata om babyvardagen med "
            "andra män. Ledaren är pappaarbetare.\n\n"
            "Gruppen träffas varannan lördag kl. 10–12 i Lilla Loket.",
            "The group is for dads and other parents who want to talk about life with a "
            "baby with other men. A worker specialising in fathers leads it.\n\n"
            "It meets every other Saturday, 10 am to noon, at Pikku-Veturi.",
        ),
        "user_instructions": (
            "Tule mukaan, ilmoittautumista ei tarvita.",
            "Kom med, ingen anmälan behövs.",
            "Just come along, no need to sign up.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "free",
        "languages": ["fi", "en"],
        "ages": (0, 1),
        "nodes": ["vauvaperheiden-ryhmat", "kasvatus-ja-vanhemmuus"],
        "keywords": (
            ["isä", "isyys", "vauvaryhmä", "vertaistuki"],
            ["pappa", "faderskap", "babygrupp"],
            ["dad", "father", "baby group"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("pikku-veturi", None)],
        "verified_days_ago": 310,
    },
    {
        "slug": "vauvahierontakurssi",
        "name": ("Vauvahierontakurssi", "Babymassagekurs", "Baby massage course"),
        "summary": (
            "Neljän kerran kurssi, jolla opit rauhoittavan hieronnan vauvallesi. Sopii "
            "1–6 kuukauden ikäisille.",
            "En kurs på fyra gånger där du lär dig lugnande massage för din baby. Passar "
            "babyer som är 1–6 månader.",
            "A four-session course where you learn calming massage for your baby, for "
            "babies aged 1 to 6 months.",
        ),
        "description": (
            "Vauvahieronta voi helpottaa ilmavaivoja ja rauhoittaa unta, ja se on mukava "
            "tapa olla lähellä vauvaa. Kurssin ohjaaja on koulutettu vauvahierontaohjaaja.\n\n"
            "Kurssit pidetään Kuusikon perhekeskuksessa. Ota mukaan pyyhe ja vauvan "
            "vaihtovaipat.",
            "Babymassage kan lindra gaser och lugna sömnen, och det är ett fint sätt att "
            "vara nära babyn. Kursledaren är utbildad babymassageinstruktör.\n\n"
            "Kurserna hålls på familjecentret Granskogen. Ta med en handduk och blöjor.",
            "Baby massage can ease wind and help sleep, and it is a lovely way to be close "
            "to your baby. The course is led by a trained baby massage instructor.\n\n"
            "Courses are held at Kuusikko Family Centre. Bring a towel and spare nappies.",
        ),
        "user_instructions": (
            "Varaa paikka puhelimitse. Ryhmässä on enintään kahdeksan vauvaa.",
            "Boka en plats per telefon. I gruppen ryms högst åtta babyer.",
            "Book a place by phone. There are at most eight babies in a group.",
        ),
        "provider": "perhepalvelu-tassu",
        "charge_type": "chargeable",
        "charge_note": ("Kurssi 85 €.", "Kursen kostar 85 €.", "The course costs €85."),
        "languages": ["fi", "en"],
        "ages": (0, 0),
        "nodes": ["vauvaperheiden-ryhmat"],
        "keywords": (
            ["vauvahieronta", "koliikki", "ilmavaivat", "kurssi", "itku"],
            ["babymassage", "kolik", "kurs"],
            ["baby massage", "colic", "course"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("kuusikko", None), ("tassu-puhelin", BOOK_BY_PHONE)],
        "verified_days_ago": 150,
    },
    {
        "slug": "familjeklubben",
        "name": ("Ruotsinkielinen perhekerho", "Familjeklubben", "Swedish-language family club"),
        "summary": (
            "Ruotsinkielinen perhekerho vauvoille ja leikki-ikäisille aikuisineen. Leikkiä, "
            "laulua ja kahvia torstaiaamuisin.",
            "Svenskspråkig familjeklubb för babyer och barn i lekåldern med sina vuxna. Lek, "
            "sång och kaffe på torsdagsförmiddagar.",
            "A Swedish-language family club for babies and young children with their "
            "grown-ups: play, songs and coffee on Thursday mornings.",
        ),
        "description": (
            "Familjeklubben on kohtaamispaikka ruotsinkielisille ja kaksikielisille "
            "perheille. Kerhossa leikitään, askarrellaan ja lauletaan, ja aikuiset saavat "
            "vaihtaa kuulumisia.\n\n"
            "Kaikki ovat tervetulleita, myös ne, jotka vasta opettelevat ruotsia.",
            "Familjeklubben är en mötesplats för svenskspråkiga och tvåspråkiga familjer. "
            "Vi leker, pysslar och sjunger, och de vuxna kan byta tankar.\n\n"
            "Alla är välkomna, också de som håller på att lära sig svenska.",
            "The family club is a meeting place for Swedish-speaking and bilingual "
            "families. We play, do crafts and sing, and the grown-ups get to chat.\n\n"
            "Everyone is welcome, including those still learning Swedish.",
        ),
        "user_instructions": (
            "Tule paikalle torstaisin klo 9.30–11.30. Ilmoittautumista ei tarvita.",
            "Kom på torsdagar kl. 9.30–11.30. Ingen anmälan behövs.",
            "Come on Thursdays, 9.30–11.30 am. No need to sign up.",
        ),
        "provider": "svenska-forsamlingen",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 6),
        "nodes": ["vauvaperheiden-ryhmat", "kerhot-ja-avoin-toiminta"],
        "keywords": (
            ["perhekerho", "ruotsi", "kaksikielinen", "seurakunta"],
            ["familjeklubb", "svenska", "tvåspråkig", "församling"],
            ["family club", "swedish", "bilingual"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("forsamlingshemmet", None), ("seurakunta-ilmoittautuminen", None)],
        "verified_days_ago": 85,
    },
    {
        "slug": "monikkoperheiden-vertaisryhma",
        "name": (
            "Monikkoperheiden vertaisryhmä",
            "Kamratgrupp för flerlingsfamiljer",
            "Peer group for twin and multiple-birth families",
        ),
        "alternative_name": ("Kaksosperheiden ryhmä", "Tvillingfamiljernas grupp", "Twins group"),
        "summary": (
            "Kaksosia tai kolmosia odottavien ja kasvattavien perheiden tapaamiset ja "
            "vertaistukihenkilöt.",
            "Träffar och kamratstödspersoner för familjer som väntar eller uppfostrar "
            "tvillingar eller trillingar.",
            "Meet-ups and peer supporters for families expecting or raising twins or triplets.",
        ),
        "description": (
            "Monikkoperheen arjessa kaikki tapahtuu kahteen tai kolmeen kertaan. "
            "Vertaisryhmässä kuulet, miten muut ovat selvinneet imetyksestä, unista ja "
            "rattaiden kanssa liikkumisesta.\n\n"
            "Yhdistys lainaa myös kaksosrattaita ja -turvakaukaloita. Odottavat perheet "
            "voivat pyytää vertaistukihenkilön kotikäynnille.",
            "I en flerlingsfamiljs vardag händer allt två eller tre gånger. I kamratgruppen "
            "får du höra hur andra har klarat amningen, sömnen och att ta sig fram med "
            "vagnen.\n\n"
            "Föreningen lånar också ut tvillingvagnar och bilbarnstolar. Väntande familjer "
            "kan be en kamratstödsperson om ett hembesök.",
            "With multiples, everything happens twice or three times over. In the peer group "
            "you hear how others have managed feeding, sleep and getting around with a "
            "double buggy.\n\n"
            "The association also lends twin buggies and car seats. Expecting families can "
            "ask a peer supporter to visit them at home.",
        ),
        "user_instructions": (
            "Katso tapaamisten aikataulu yhdistyksen verkkosivuilta. Ensimmäistä kertaa "
            "voit tulla ilman jäsenyyttä.",
            "Se schemat för träffarna på föreningens webbplats. Första gången kan du komma "
            "utan att vara medlem.",
            "Find the meeting schedule on the association's website. You can come the first "
            "time without joining.",
        ),
        "provider": "monikkoperheet",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (-1, 6),
        "nodes": ["vauvaperheiden-ryhmat", "tuki-raskausaikana"],
        "keywords": (
            ["kaksoset", "kolmoset", "monikot", "vertaistuki"],
            ["tvillingar", "trillingar", "flerlingar"],
            ["twins", "triplets", "multiples"],
        ),
        "ptv": {
            "service_classes": ["P3.1"],
            "target_groups": [FAMILIES],
            "life_events": [HAVING_A_CHILD],
        },
        "channels": [("kuusikko", None), ("monikkoperheet-verkko", None)],
        "verified_days_ago": 200,
    },
]

EARLY_EDUCATION_FEE = (
    "Asiakasmaksu määräytyy perheen koon, tulojen ja hoitoajan mukaan, enintään 311 € "
    "kuukaudessa. Sisaralennus 40 %.",
    "Avgiften beror på familjens storlek, inkomster och vårdtid, högst 311 € i månaden. "
    "Syskonrabatt 40 %.",
    "The fee depends on your family's size, income and hours of care, up to €311 a month. "
    "Siblings get 40% off.",
)
APPLY_FOUR_MONTHS_AHEAD = (
    "Hae paikkaa neljä kuukautta ennen kuin tarvitset sitä, tai kaksi viikkoa ennen, jos "
    "tarve johtuu äkillisesti alkavasta työstä tai opiskelusta.",
    "Ansök om plats fyra månader innan du behöver den, eller två veckor innan om behovet "
    "beror på arbete eller studier som börjar plötsligt.",
    "Apply four months before you need a place, or two weeks before if you start work or "
    "studies at short notice.",
)

YOUNG_CHILDREN = [
    {
        "slug": "paivakodit",
        "name": ("Päiväkodit", "Daghem", "Day-care centres"),
        "alternative_name": ("Päivähoito, tarha", "Dagis", "Nursery, kindergarten"),
        "summary": (
            "Kunnallinen varhaiskasvatus päiväkodissa 9 kuukauden iästä esiopetukseen. "
            "Hae paikkaa verkossa neljä kuukautta etukäteen.",
            "Kommunal småbarnspedagogik på daghem från 9 månader till förskolan. Ansök om "
            "plats på nätet fyra månader i förväg.",
            "Municipal early childhood education at a day-care centre from 9 months to "
            "pre-school. Apply online four months ahead.",
        ),
        "description": (
            "Päiväkodissa lapsi leikkii, liikkuu, tutkii ja oppii ryhmässä "
            "varhaiskasvatuksen opettajien ja lastenhoitajien kanssa. Jokaiselle lapselle "
            "tehdään yhdessä vanhempien kanssa oma varhaiskasvatussuunnitelma.\n\n"
            "Kuusilahdessa on 14 kunnallista päiväkotia. Voit toivoa paikkaa kolmesta "
            "päiväkodista, ja sisarukset sijoitetaan mahdollisuuksien mukaan samaan "
            "paikkaan.",
            "På daghemmet leker, rör sig, utforskar och lär sig barnet i grupp tillsammans "
            "med lärare och barnskötare inom småbarnspedagogiken. För varje barn görs en "
            "egen plan för småbarnspedagogik tillsammans med föräldrarna.\n\n"
            "I Granvik finns 14 kommunala daghem. Du kan önska plats på tre daghem, och "
            "syskon placeras om möjligt på samma ställe.",
            "At a day-care centre your child plays, moves, explores and learns in a group "
            "with early childhood teachers and nursery nurses. Each child has their own "
            "early education plan, made together with the parents.\n\n"
            "Kuusilahti has 14 municipal day-care centres. You can list three preferences, "
            "and siblings are placed together whenever possible.",
        ),
        "user_instructions": APPLY_FOUR_MONTHS_AHEAD,
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": EARLY_EDUCATION_FEE,
        "languages": ["fi", "en"],
        "ages": (0, 6),
        "nodes": ["varhaiskasvatus"],
        "keywords": (
            ["päiväkoti", "tarha", "päivähoito", "hoitopaikka", "vaka"],
            ["daghem", "dagis", "dagvård", "småbarnspedagogik"],
            ["daycare", "nursery", "kindergarten", "childcare"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [
            ("varhaiskasvatus-haku", None),
            ("paivakoti-kapy", None),
            ("kuusilahti-verkko", None),
        ],
        "verified_days_ago": 30,
    },
    {
        "slug": "perhepaivahoito",
        "name": ("Perhepäivähoito", "Familjedagvård", "Family day care"),
        "summary": (
            "Pienen ryhmän varhaiskasvatusta perhepäivähoitajan kotona. Sopii erityisesti "
            "alle 3-vuotiaille.",
            "Småbarnspedagogik i liten grupp hemma hos en familjedagvårdare. Passar "
            "särskilt barn under 3 år.",
            "Early childhood education in a small group at a childminder's home, "
            "especially suited to under-threes.",
        ),
        "description": (
            "Perhepäivähoitaja hoitaa omassa kodissaan enintään neljää lasta. Päivä "
            "rytmittyy kodinomaisesti: ulkoillaan, leikitään, syödään ja nukutaan "
            "päiväunet samassa tutussa paikassa.\n\n"
            "Hoitajan lomien ajaksi lapselle järjestetään varahoito tutussa "
            "varahoitopaikassa.",
            "En familjedagvårdare vårdar högst fyra barn i sitt eget hem. Dagen har en "
            "hemlik rytm: man är ute, leker, äter och sover middag på samma bekanta "
            "ställe.\n\n"
            "När vårdaren har semester får barnet reservvård på ett bekant ställe.",
            "A family day carer looks after up to four children in their own home. The day "
            "has a homely rhythm: outdoor play, games, meals and naps in one familiar "
            "place.\n\n"
            "When the carer is on holiday, your child goes to a familiar back-up carer.",
        ),
        "user_instructions": APPLY_FOUR_MONTHS_AHEAD,
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": EARLY_EDUCATION_FEE,
        "languages": ["fi"],
        "ages": (0, 5),
        "nodes": ["varhaiskasvatus"],
        "keywords": (
            ["perhepäivähoito", "perhepäivähoitaja", "hoitaja", "pph"],
            ["familjedagvård", "dagmamma"],
            ["childminder", "family day care"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("varhaiskasvatus-haku", None), ("kuusilahti-verkko", None)],
        "verified_days_ago": 380,
    },
    {
        "slug": "ruotsinkielinen-varhaiskasvatus",
        "name": (
            "Ruotsinkielinen varhaiskasvatus",
            "Svenskspråkig småbarnspedagogik",
            "Swedish-language early childhood education",
        ),
        "summary": (
            "Varhaiskasvatusta ruotsiksi päiväkoti Fyrenissä. Sopii ruotsinkielisille ja "
            "kaksikielisille perheille.",
            "Småbarnspedagogik på svenska på daghemmet Fyren. Passar svenskspråkiga och "
            "tvåspråkiga familjer.",
            "Early childhood education in Swedish at Fyren day-care centre, for "
            "Swedish-speaking and bilingual families.",
        ),
        "description": (
            "Fyrenissä kaikki toiminta on ruotsiksi: leikit, laulut, lorut ja arjen "
            "keskustelut. Päiväkodista jatketaan luontevasti ruotsinkieliseen esiopetukseen "
            "ja kouluun.\n\n"
            "Vanhempien kanssa voidaan asioida myös suomeksi.",
            "På Fyren sker all verksamhet på svenska: lekar, sånger, ramsor och vardagens "
            "samtal. Från daghemmet fortsätter barnet naturligt till svenskspråkig förskola "
            "och skola.\n\n"
            "Med föräldrarna kan man också sköta ärenden på finska.",
            "At Fyren everything happens in Swedish: play, songs, rhymes and everyday talk. "
            "Children move on naturally to Swedish-language pre-school and school.\n\n"
            "Staff can also deal with parents in Finnish.",
        ),
        "user_instructions": APPLY_FOUR_MONTHS_AHEAD,
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": EARLY_EDUCATION_FEE,
        "languages": ["fi", "sv"],
        "ages": (0, 6),
        "nodes": ["varhaiskasvatus"],
        "keywords": (
            ["ruotsinkielinen päiväkoti", "kielikylpy", "kaksikielinen"],
            ["svenskt dagis", "svenskspråkig", "tvåspråkig", "dagis"],
            ["swedish daycare", "bilingual"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("daghemmet-fyren", None), ("varhaiskasvatus-haku", None)],
        "verified_days_ago": 110,
    },
    {
        "slug": "varhaiskasvatuksen-palveluseteli",
        "name": (
            "Yksityisen varhaiskasvatuksen palveluseteli",
            "Servicesedel för privat småbarnspedagogik",
            "Service voucher for private early childhood education",
        ),
        "summary": (
            "Palvelusetelillä lapsi voi käydä yksityistä päiväkotia kunnallisen päiväkodin "
            "hinnalla tai vähän sitä kalliimmin.",
            "Med servicesedeln kan barnet gå på ett privat daghem till samma pris som ett "
            "kommunalt daghem eller lite dyrare.",
            "With a service voucher your child can attend a private day-care centre for "
            "about the price of a municipal one.",
        ),
        "description": (
            "Kaupunki maksaa setelin arvon suoraan yksityiselle päiväkodille, ja perhe "
            "maksaa omavastuuosuuden. Setelin arvo riippuu perheen tuloista ja lapsen "
            "iästä.\n\n"
            "Kuusilahdessa setelin hyväksyy kuusi yksityistä päiväkotia, muun muassa "
            "liikunta- ja luontopäiväkoteja.",
            "Staden betalar sedelns värde direkt till det privata daghemmet, och familjen "
            "betalar självriskandelen. Sedelns värde beror på familjens inkomster och "
            "barnets ålder.\n\n"
            "I Granvik tar sex privata daghem emot sedeln, bland annat idrotts- och "
            "naturdaghem.",
            "The city pays the voucher's value directly to the private day-care centre and "
            "the family pays its own share. The value depends on your income and your "
            "child's age.\n\n"
            "Six private day-care centres in Kuusilahti accept the voucher, including sports "
            "and nature day-care centres.",
        ),
        "user_instructions": (
            "Sovi paikasta ensin yksityisen päiväkodin kanssa. Hae sitten seteliä "
            "varhaiskasvatuksen sähköisessä haussa.",
            "Kom först överens om platsen med det privata daghemmet. Ansök sedan om sedeln "
            "i den elektroniska ansökan till småbarnspedagogik.",
            "First agree on a place with the private day-care centre, then apply for the "
            "voucher in the online application.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": (
            "Omavastuu on kunnallisen maksun suuruinen, ja päiväkoti voi periä enintään 50 € "
            "lisähinnan kuukaudessa.",
            "Självrisken motsvarar den kommunala avgiften, och daghemmet kan ta ut högst "
            "50 € extra i månaden.",
            "Your share equals the municipal fee, and the day-care centre may charge up to "
            "€50 a month extra.",
        ),
        "languages": ["fi", "sv", "en"],
        "ages": (0, 6),
        "nodes": ["varhaiskasvatus"],
        "keywords": (
            ["palveluseteli", "yksityinen päiväkoti", "seteli"],
            ["servicesedel", "privat daghem"],
            ["service voucher", "private daycare"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("varhaiskasvatus-haku", None), ("kuusilahti-verkko", None)],
        "verified_days_ago": 160,
    },
    {
        "slug": "vuorohoito",
        "name": ("Vuorohoito", "Skiftvård", "Round-the-clock early childhood education"),
        "summary": (
            "Varhaiskasvatusta iltaisin, öisin ja viikonloppuisin vuorotyötä tekeville "
            "vanhemmille. Tähtitaivas on auki ympäri vuorokauden.",
            "Småbarnspedagogik på kvällar, nätter och veckoslut för föräldrar i skiftarbete. "
            "Stjärnhimlen är öppet dygnet runt.",
            "Early childhood education in the evenings, at night and at weekends for parents "
            "who work shifts. Open round the clock.",
        ),
        "description": (
            "Vuorohoitoon voi saada paikan, jos molemmat vanhemmat tai yksinhuoltaja "
            "tekevät vuorotyötä tai opiskelevat iltaisin. Hoitoajat ilmoitetaan "
            "työvuorojen mukaan viikko kerrallaan.\n\n"
            "Yöhoidossa lapsilla on omat sängyt ja tutut iltarutiinit.",
            "Du kan få plats i skiftvården om båda föräldrarna eller den ensamstående "
            "föräldern arbetar i skift eller studerar på kvällar. Vårdtiderna meddelas "
            "enligt arbetsturerna en vecka i taget.\n\n"
            "I nattvården har barnen egna sängar och bekanta kvällsrutiner.",
            "You can get a place if both parents, or a single parent, work shifts or study "
            "in the evenings. Care times are booked a week at a time to match your shifts.\n\n"
            "At night the children have their own beds and familiar bedtime routines.",
        ),
        "user_instructions": (
            "Hae paikkaa sähköisessä haussa ja liitä mukaan todistus vuorotyöstä tai opiskelusta.",
            "Ansök om plats elektroniskt och bifoga ett intyg över skiftarbete eller studier.",
            "Apply online and attach proof of your shift work or studies.",
        ),
        "requirements": (
            "Vanhempien vuorotyö tai iltaopiskelu.",
            "Föräldrarnas skiftarbete eller kvällsstudier.",
            "Parents' shift work or evening studies.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": EARLY_EDUCATION_FEE,
        "languages": ["fi", "en"],
        "ages": (0, 10),
        "nodes": ["varhaiskasvatus"],
        "keywords": (
            ["vuorohoito", "yöhoito", "iltahoito", "vuorotyö"],
            ["skiftvård", "nattvård", "skiftarbete"],
            ["shift care", "night care", "evening care"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("paivakoti-tahtitaivas", None), ("varhaiskasvatus-haku", None)],
        "verified_days_ago": 280,
    },
    {
        "slug": "avoin-paivakoti",
        "name": ("Avoin päiväkoti", "Öppet daghem", "Open day care"),
        "summary": (
            "Maksuton kohtaamispaikka kotona oleville lapsille ja aikuisille. Tule leikkimään "
            "ilman ilmoittautumista.",
            "En avgiftsfri mötesplats för barn som är hemma och deras vuxna. Kom och lek "
            "utan att anmäla dig.",
            "A free meeting place for children at home and their grown-ups. Come and play, "
            "no need to sign up.",
        ),
        "description": (
            "Avoimessa päiväkodissa lapsi ja aikuinen leikkivät yhdessä. Ohjaajat "
            "järjestävät laulu- ja lorutuokioita, askartelua ja liikuntaa. Aikuiset "
            "saavat seuraa ja voivat kysyä ohjaajilta arjen asioista.\n\n"
            "Eväät saa syödä, ja kahvia on tarjolla.",
            "På det öppna daghemmet leker barn och vuxna tillsammans. Ledarna ordnar sång- och "
            "ramsstunder, pyssel och motion. De vuxna får sällskap och kan fråga ledarna "
            "om vardagen.\n\n"
            "Ni får äta egen matsäck, och det bjuds på kaffe.",
            "At open day care children and adults play together. Staff run singing and "
            "rhyme times, crafts and movement games. Adults get company and can ask staff "
            "about everyday things.\n\n"
            "Bring your own snacks; coffee is provided.",
        ),
        "user_instructions": (
            "Tule maanantaisin, keskiviikkoisin tai perjantaisin klo 9–12.",
            "Kom på måndagar, onsdagar eller fredagar kl. 9–12.",
            "Come on Mondays, Wednesdays or Fridays, 9 am to noon.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 6),
        "nodes": ["kerhot-ja-avoin-toiminta", "vauvaperheiden-ryhmat"],
        "keywords": (
            ["avoin päiväkoti", "leikkitoiminta", "kotiäiti", "kotona hoidettava"],
            ["öppet daghem", "lek", "hemma med barn"],
            ["drop-in", "playgroup", "stay-at-home parent"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("pikku-veturi", None)],
        "verified_days_ago": 25,
    },
    {
        "slug": "seurakunnan-paivakerho",
        "name": ("Seurakunnan päiväkerho", "Församlingens dagklubb", "Parish day club"),
        "summary": (
            "Kerho 3–5-vuotiaille kahtena aamupäivänä viikossa. Leikkiä, askartelua ja "
            "kristillisiä juhlia.",
            "Klubb för 3–5-åringar två förmiddagar i veckan. Lek, pyssel och kristna högtider.",
            "A club for 3 to 5-year-olds two mornings a week, with play, crafts and "
            "Christian festivals.",
        ),
        "description": (
            "Päiväkerho sopii lapselle, joka on kotihoidossa tai osapäiväisesti "
            "varhaiskasvatuksessa. Kerhossa harjoitellaan ryhmässä olemista ennen "
            "esikoulua.\n\n"
            "Kerho on avoin kaikille perheille vakaumuksesta riippumatta.",
            "Dagklubben passar barn som sköts hemma eller går i småbarnspedagogik på "
            "deltid. I klubben övar barnen på att vara i grupp före förskolan.\n\n"
            "Klubben är öppen för alla familjer oberoende av övertygelse.",
            "The day club suits children cared for at home or in part-time early "
            "education. They practise being in a group before pre-school.\n\n"
            "The club is open to all families, whatever their beliefs.",
        ),
        "user_instructions": (
            "Ilmoittaudu seurakunnan verkkosivuilla. Vapaita paikkoja voi kysyä kesken kauden.",
            "Anmäl dig på församlingens webbplats. Du kan fråga efter lediga platser mitt i "
            "terminen.",
            "Sign up on the parish website. You can ask about free places during the term.",
        ),
        "provider": "seurakunta",
        "charge_type": "chargeable",
        "charge_note": (
            "Kerhomaksu 40 € lukukaudelta. Maksusta voi saada vapautuksen.",
            "Klubbavgift 40 € per termin. Man kan bli befriad från avgiften.",
            "€40 a term. You can ask to be let off the fee.",
        ),
        "languages": ["fi"],
        "ages": (3, 5),
        "nodes": ["kerhot-ja-avoin-toiminta"],
        "keywords": (
            ["kerho", "päiväkerho", "seurakunta", "pyhäkoulu"],
            ["klubb", "dagklubb", "församling"],
            ["club", "day club", "parish"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("seurakuntakeskus", None), ("seurakunta-ilmoittautuminen", None)],
        "verified_days_ago": 190,
    },
    {
        "slug": "mll-perhekahvila",
        "name": ("MLL:n perhekahvila", "MLL:s familjecafé", "MLL family café"),
        "summary": (
            "Vapaaehtoisten pitämä perhekahvila Kuusikossa tiistaisin ja torstaisin. Tule "
            "vauvan tai leikki-ikäisen kanssa.",
            "Familjecafé som drivs av frivilliga i Granskogen på tisdagar och torsdagar. "
            "Kom med din baby eller ditt barn i lekåldern.",
            "A family café run by volunteers at Kuusikko on Tuesdays and Thursdays. Come "
            "with your baby or toddler.",
        ),
        "description": (
            "Perhekahvilassa lapset leikkivät ja aikuiset juttelevat kahvikupin ääressä. "
            "Kerran kuussa vieraana on asiantuntija, esimerkiksi neuvolan terveydenhoitaja "
            "tai hammashoitaja.\n\n"
            "Kahvilaan ovat tervetulleita myös isovanhemmat ja muut lapsen läheiset "
            "aikuiset.",
            "På familjecaféet leker barnen och de vuxna pratar över en kopp kaffe. En gång "
            "i månaden kommer en sakkunnig på besök, till exempel en hälsovårdare eller "
            "tandskötare.\n\n"
            "Också far- och morföräldrar och andra vuxna som står barnet nära är välkomna.",
            "Children play while grown-ups chat over coffee. Once a month an expert visits, "
            "such as a clinic nurse or dental nurse.\n\n"
            "Grandparents and other adults close to the child are welcome too.",
        ),
        "user_instructions": (
            "Tule tiistaisin tai torstaisin klo 9.30–11.30.",
            "Kom på tisdagar eller torsdagar kl. 9.30–11.30.",
            "Come on Tuesdays or Thursdays, 9.30–11.30 am.",
        ),
        "provider": "mll",
        "charge_type": "free",
        "languages": ["fi", "en", "uk"],
        "ages": (0, 6),
        "nodes": ["kerhot-ja-avoin-toiminta", "vauvaperheiden-ryhmat"],
        "keywords": (
            ["perhekahvila", "mll", "vertaistuki", "kahvila"],
            ["familjecafé", "mll", "kamratstöd"],
            ["family café", "playgroup", "mll"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": [FAMILIES]},
        "channels": [("kuusikko", None)],
        "verified_days_ago": 480,
    },
    {
        "slug": "leikkipuistotoiminta",
        "name": ("Leikkipuisto Onni", "Lekparken Onni", "Onni playground activities"),
        "summary": (
            "Ohjattua ulkoleikkiä, laulua ja pelejä koko perheelle arkisin. Koululaisille "
            "maksuton välipala kesälomalla.",
            "Lekledda utelekar, sång och spel för hela familjen på vardagar. Gratis "
            "mellanmål för skolbarn under sommarlovet.",
            "Supervised outdoor play, songs and games for the whole family on weekdays, "
            "with a free summer snack for schoolchildren.",
        ),
        "description": (
            "Leikkipuiston ohjaajat järjestävät leikkejä, retkiä ja tapahtumia. Vanhempi tai "
            "muu aikuinen on aina lapsen mukana, joten leikkipuisto on myös hyvä paikka "
            "tutustua naapuruston perheisiin.\n\n"
            "Sadepäivinä toimitaan sisätiloissa.",
            "Lekparkens ledare ordnar lekar, utflykter och evenemang. En förälder eller "
            "annan vuxen är alltid med barnet, så lekparken är också ett bra ställe att "
            "lära känna familjerna i grannskapet.\n\n"
            "På regniga dagar är vi inomhus.",
            "The play leaders organise games, outings and events. A parent or other adult "
            "always stays with the child, so it is also a good place to meet families in "
            "the neighbourhood.\n\n"
            "On rainy days we go indoors.",
        ),
        "user_instructions": (
            "Tule paikalle arkisin klo 9–15.",
            "Kom på vardagar kl. 9–15.",
            "Drop in on weekdays, 9 am to 3 pm.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 12),
        "nodes": ["kerhot-ja-avoin-toiminta", "liikunta"],
        "keywords": (
            ["leikkipuisto", "puistotäti", "ulkoilu", "puistoruoka"],
            ["lekpark", "parktant", "utelek"],
            ["playground", "play park", "outdoor play"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("leikkipuisto", None)],
        "verified_days_ago": 140,
    },
    {
        "slug": "varhaiskasvatuksen-kerhot",
        "name": (
            "Varhaiskasvatuksen leikkikerhot",
            "Lekklubbar inom småbarnspedagogiken",
            "Play clubs for children at home",
        ),
        "summary": (
            "Maksuttomat kerhot 2–5-vuotiaille, jotka eivät ole päiväkodissa. Kolme tuntia "
            "kerrallaan, 2–3 kertaa viikossa.",
            "Avgiftsfria klubbar för 2–5-åringar som inte går på daghem. Tre timmar åt "
            "gången, 2–3 gånger i veckan.",
            "Free clubs for children aged 2 to 5 who are not in day care: three hours at a "
            "time, two or three times a week.",
        ),
        "description": (
            "Kerhoissa lapsi leikkii muiden lasten kanssa ilman vanhempaa. Ohjaajina ovat "
            "varhaiskasvatuksen opettajat, ja toiminta seuraa varhaiskasvatussuunnitelmaa.\n\n"
            "Kerho on hyvä väylä tutustua päiväkodin tiloihin ennen esiopetusta.",
            "I klubben leker barnet med andra barn utan förälder. Ledarna är lärare inom "
            "småbarnspedagogiken, och verksamheten följer planen för "
            "småbarnspedagogik.\n\n"
            "Klubben är ett bra sätt att bekanta sig med daghemmet före förskolan.",
            "In a play club your child plays with other children without a parent. "
            "Early childhood teachers lead the clubs, which follow the early education "
            "curriculum.\n\n"
            "It is a good way to get to know the day-care centre before pre-school.",
        ),
        "user_instructions": (
            "Hae paikkaa varhaiskasvatuksen sähköisessä haussa. Haku syksyn kerhoihin on "
            "maaliskuussa.",
            "Ansök om plats i den elektroniska ansökan. Ansökan till höstens klubbar är i mars.",
            "Apply in the online application. Applications for the autumn clubs open in March.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (2, 5),
        "nodes": ["kerhot-ja-avoin-toiminta"],
        "keywords": (
            ["kerho", "leikkikerho", "kotihoito", "avoin varhaiskasvatus"],
            ["lekklubb", "klubb", "hemvård"],
            ["play club", "playgroup", "preschool club"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("paivakoti-kapy", None), ("varhaiskasvatus-haku", None)],
        "verified_days_ago": 65,
    },
    {
        "slug": "puheterapia",
        "name": ("Puheterapia", "Talterapi", "Speech therapy"),
        "summary": (
            "Puheterapeutin arvio ja kuntoutus, kun lapsen puhe, kieli tai "
            "vuorovaikutus kehittyy odotettua hitaammin.",
            "Talterapeutens bedömning och rehabilitering när barnets tal, språk eller "
            "samspel utvecklas långsammare än väntat.",
            "Assessment and therapy when a child's speech, language or communication "
            "develops more slowly than expected.",
        ),
        "description": (
            "Puheterapeutti arvioi lapsen puheen ja kielen kehitystä ja antaa perheelle ja "
            "varhaiskasvatukselle keinoja tukea sitä arjessa. Tarvittaessa lapsi saa "
            "puheterapiajakson.\n\n"
            "Monikielisen lapsen kehitystä arvioidaan kaikilla hänen kielillään, tarvittaessa "
            "tulkin avulla.",
            "Talterapeuten bedömer barnets tal- och språkutveckling och ger familjen och "
            "småbarnspedagogiken sätt att stödja den i vardagen. Vid behov får barnet en "
            "period med talterapi.\n\n"
            "Ett flerspråkigt barns utveckling bedöms på alla barnets språk, vid behov med "
            "tolk.",
            "The speech therapist assesses your child's speech and language and gives the "
            "family and day care ways to support them day to day. If needed, your child gets "
            "a course of therapy.\n\n"
            "A multilingual child is assessed in all their languages, with an interpreter "
            "if needed.",
        ),
        "user_instructions": (
            "Neuvola tai kouluterveydenhoitaja tekee lähetteen. Kerro huolestasi "
            "seuraavalla käynnillä tai soita neuvolaan.",
            "Rådgivningen eller skolhälsovårdaren skriver en remiss. Berätta om din oro vid "
            "nästa besök eller ring rådgivningen.",
            "The clinic or school nurse refers you. Mention your concern at the next visit "
            "or call the clinic.",
        ),
        "requirements": (
            "Lähete neuvolasta tai kouluterveydenhuollosta.",
            "Remiss från rådgivningen eller skolhälsovården.",
            "A referral from the child health clinic or school health care.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "ar", "so"],
        "ages": (0, 17),
        "nodes": ["kasvu-ja-kehitys", "erityinen-tuki"],
        "keywords": (
            ["puheterapia", "puhe", "änkytys", "kielen kehitys", "ei puhu"],
            ["talterapi", "tal", "stamning", "språkutveckling"],
            ["speech therapy", "speech delay", "stammer", "language"],
        ),
        "ptv": {"service_classes": ["P5.6"], "target_groups": [FAMILIES]},
        "channels": [("terveysasema", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 230,
    },
    {
        "slug": "toimintaterapia",
        "name": ("Toimintaterapia", "Ergoterapi", "Occupational therapy"),
        "summary": (
            "Tukea, kun lapsella on vaikeuksia esimerkiksi pukeutumisessa, kynän "
            "käytössä tai aistien säätelyssä.",
            "Stöd när barnet har svårt till exempel att klä på sig, hålla i pennan eller "
            "reglera sina sinnesintryck.",
            "Support when a child finds things like dressing, holding a pencil or handling "
            "sensory input hard.",
        ),
        "description": (
            "Toimintaterapeutti arvioi lapsen hienomotoriikkaa, kehon hahmottamista ja "
            "aistitiedon käsittelyä. Terapia on leikinomaista, ja vanhemmat saavat "
            "harjoituksia kotiin.\n\n"
            "Yhteistyötä tehdään päiväkodin tai koulun kanssa, jotta keinot toimivat "
            "kaikkialla lapsen arjessa.",
            "Ergoterapeuten bedömer barnets finmotorik, kroppsuppfattning och hur barnet "
            "bearbetar sinnesintryck. Terapin är lekfull, och föräldrarna får övningar att "
            "göra hemma.\n\n"
            "Vi samarbetar med daghemmet eller skolan, så att metoderna fungerar överallt i "
            "barnets vardag.",
            "The occupational therapist assesses fine motor skills, body awareness and "
            "sensory processing. Therapy is play-based, and parents get exercises to do at "
            "home.\n\n"
            "We work with the day-care centre or school so that the strategies work "
            "everywhere in your child's life.",
        ),
        "user_instructions": (
            "Lähetteen tekee neuvola, kouluterveydenhuolto tai lääkäri.",
            "Remissen skrivs av rådgivningen, skolhälsovården eller en läkare.",
            "You need a referral from the clinic, the school nurse or a doctor.",
        ),
        "requirements": (
            "Lähete neuvolasta, kouluterveydenhuollosta tai lääkäriltä.",
            "Remiss från rådgivningen, skolhälsovården eller läkare.",
            "A referral from the clinic, school health care or a doctor.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (1, 17),
        "nodes": ["kasvu-ja-kehitys", "nepsy"],
        "keywords": (
            ["toimintaterapia", "hienomotoriikka", "aistiyliherkkyys", "kynäote"],
            ["ergoterapi", "finmotorik", "sensorisk"],
            ["occupational therapy", "fine motor skills", "sensory"],
        ),
        "ptv": {"service_classes": ["P5.6"], "target_groups": [FAMILIES]},
        "channels": [("terveysasema", None), ("hyvinvointialue-verkko", None)],
        "verified_days_ago": 445,
    },
    {
        "slug": "lasten-fysioterapia",
        "name": ("Lasten fysioterapia", "Fysioterapi för barn", "Physiotherapy for children"),
        "summary": (
            "Fysioterapeutin apu, kun vauvan tai lapsen liikkuminen, asento tai "
            "tasapaino herättää kysymyksiä.",
            "Hjälp av en fysioterapeut när babyns eller barnets rörelser, hållning eller "
            "balans väcker frågor.",
            "Help from a physiotherapist when a baby's or child's movement, posture or "
            "balance raises questions.",
        ),
        "description": (
            "Fysioterapeutti tutkii lapsen liikkumista ja ohjaa vanhempia tukemaan sitä "
            "leikin ja arjen keinoin. Vauvoilla syynä voi olla esimerkiksi vinot "
            "asennot tai myöhään alkava konttaaminen.\n\n"
            "Käyntejä on yleensä 1–3, tarvittaessa pidempi jakso.",
            "Fysioterapeuten undersöker barnets rörelser och visar föräldrarna hur de kan "
            "stödja dem i lek och vardag. Hos babyer kan orsaken till exempel vara sneda "
            "ställningar eller att krypandet kommer sent.\n\n"
            "Det blir oftast 1–3 besök, vid behov en längre period.",
            "The physiotherapist examines how your child moves and shows you how to support "
            "it through play and daily routines. With babies the reason may be, for example, "
            "a lopsided posture or late crawling.\n\n"
            "There are usually one to three visits, or a longer course if needed.",
        ),
        "user_instructions": (
            "Neuvolan terveydenhoitaja tai lääkäri ohjaa fysioterapeutille.",
            "Rådgivningens hälsovårdare eller läkare hänvisar till fysioterapeuten.",
            "Your clinic nurse or doctor refers you to the physiotherapist.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 17),
        "nodes": ["kasvu-ja-kehitys"],
        "keywords": (
            ["fysioterapia", "liikkuminen", "motoriikka", "konttaus"],
            ["fysioterapi", "motorik", "rörelse"],
            ["physiotherapy", "motor skills", "crawling"],
        ),
        "ptv": {"service_classes": ["P5.6"], "target_groups": [FAMILIES]},
        "channels": [("terveysasema", None), ("neuvola-puhelin", None)],
        "verified_days_ago": 175,
    },
    {
        "slug": "varhaiskasvatuksen-erityisopettaja",
        "name": (
            "Varhaiskasvatuksen erityisopettaja",
            "Speciallärare inom småbarnspedagogiken",
            "Special needs teacher in early childhood education",
        ),
        "alternative_name": ("Veo", "Specialbarnträdgårdslärare", "SEN teacher"),
        "summary": (
            "Erityisopettaja tukee lasta, perhettä ja päiväkodin henkilökuntaa, kun lapsi "
            "tarvitsee tukea kehitykseen tai oppimiseen.",
            "Specialläraren stöder barnet, familjen och daghemmets personal när barnet "
            "behöver stöd i utvecklingen eller lärandet.",
            "The special needs teacher supports the child, family and day-care staff when a "
            "child needs help with development or learning.",
        ),
        "description": (
            "Kiertävä erityisopettaja käy päiväkodeissa ja perhepäivähoidossa. Hän "
            "havainnoi lasta ryhmässä, suunnittelee tuen yhdessä henkilökunnan ja "
            "vanhempien kanssa ja tekee yhteistyötä terapeuttien kanssa.\n\n"
            "Tuki annetaan lapsen omassa ryhmässä aina, kun se on mahdollista.",
            "Den ambulerande specialläraren besöker daghem och familjedagvård. Hen "
            "observerar barnet i gruppen, planerar stödet tillsammans med personalen och "
            "föräldrarna och samarbetar med terapeuterna.\n\n"
            "Stödet ges i barnets egen grupp alltid när det är möjligt.",
            "The visiting special needs teacher works in day-care centres and family day "
            "care. They observe the child in the group, plan support with staff and parents, "
            "and work with therapists.\n\n"
            "Support is given in the child's own group whenever possible.",
        ),
        "user_instructions": (
            "Kerro huolestasi lapsen omalle varhaiskasvatuksen opettajalle, joka pyytää "
            "erityisopettajan mukaan.",
            "Berätta om din oro för barnets egen lärare inom småbarnspedagogiken, som ber "
            "specialläraren att komma med.",
            "Tell your child's own early childhood teacher, who will bring in the special "
            "needs teacher.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (1, 6),
        "nodes": ["kasvu-ja-kehitys", "varhaiskasvatus"],
        "keywords": (
            ["erityisopettaja", "veo", "tuen tarve", "erityinen tuki"],
            ["speciallärare", "särskilt stöd", "stödbehov"],
            ["special needs", "sen", "learning support"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [("kuusilahti-verkko", None)],
        "verified_days_ago": 300,
    },
]

SCHOOL = [
    {
        "slug": "esiopetus",
        "name": ("Esiopetus", "Förskoleundervisning", "Pre-primary education"),
        "alternative_name": ("Eskari", "Förskola", "Pre-school"),
        "summary": (
            "Maksuton esiopetus vuotta ennen koulun alkua, neljä tuntia päivässä. "
            "Ilmoittautuminen tammikuussa.",
            "Avgiftsfri förskoleundervisning året före skolstarten, fyra timmar om dagen. "
            "Anmälan i januari.",
            "Free pre-primary education in the year before school starts, four hours a day. "
            "Enrolment in January.",
        ),
        "description": (
            "Esiopetus on velvoittavaa, ja se alkaa elokuussa sinä vuonna, kun lapsi "
            "täyttää kuusi. Esiopetuksessa harjoitellaan leikin kautta taitoja, joita "
            "koulussa tarvitaan: kuuntelemista, vuorottelua, kirjaimia ja lukuja.\n\n"
            "Esiopetusta järjestetään päiväkodeissa ja koulujen yhteydessä suomeksi ja "
            "ruotsiksi. Lisäksi lapsi voi saada maksullista varhaiskasvatusta aamuisin ja "
            "iltapäivisin.",
            "Förskoleundervisningen är obligatorisk och börjar i augusti det år barnet fyller "
            "sex. I förskolan övar barnen genom lek på färdigheter som behövs i skolan: att "
            "lyssna, turas om, bokstäver och siffror.\n\n"
            "Förskoleundervisning ordnas på daghem och i anslutning till skolor på finska och "
            "svenska. Dessutom kan barnet få avgiftsbelagd småbarnspedagogik på morgonen och "
            "eftermiddagen.",
            "Pre-primary education is compulsory and starts in August of the year your "
            "child turns six. Through play, children practise what they will need at school: "
            "listening, taking turns, letters and numbers.\n\n"
            "It is offered at day-care centres and schools in Finnish and Swedish. Your "
            "child can also have paid early childhood education before and after.",
        ),
        "user_instructions": (
            "Ilmoita lapsi esiopetukseen sähköisessä haussa tammikuussa. Kaupunki lähettää "
            "kirjeen kaikille esiopetusikäisten perheille.",
            "Anmäl barnet till förskoleundervisningen i den elektroniska ansökan i januari. "
            "Staden skickar ett brev till alla familjer med barn i förskoleåldern.",
            "Enrol your child online in January. The city writes to every family with a "
            "child of pre-school age.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (5, 6),
        "nodes": ["esi-ja-perusopetus", "varhaiskasvatus"],
        "keywords": (
            ["esikoulu", "eskari", "esiopetus", "kouluvalmius"],
            ["förskola", "förskoleundervisning", "eskari"],
            ["pre-school", "preschool", "pre-primary"],
        ),
        "ptv": {"service_classes": ["P6.1"], "target_groups": [FAMILIES]},
        "channels": [
            ("varhaiskasvatus-haku", None),
            ("paivakoti-kapy", None),
            ("daghemmet-fyren", None),
        ],
        "verified_days_ago": 40,
    },
    {
        "slug": "perusopetus",
        "name": (
            "Perusopetus ja kouluun ilmoittautuminen",
            "Grundläggande utbildning och skolanmälan",
            "Basic education and school enrolment",
        ),
        "summary": (
            "Koulu alkaa elokuussa sinä vuonna, kun lapsi täyttää seitsemän. Kaupunki "
            "osoittaa lähikoulun, ja toissijaista koulua voi hakea.",
            "Skolan börjar i augusti det år barnet fyller sju. Staden anvisar en närskola, "
            "och man kan söka till en annan skola.",
            "School starts in August of the year your child turns seven. The city assigns "
            "a local school, and you can apply for another.",
        ),
        "description": (
            "Perusopetus kestää yhdeksän vuotta ja on maksutonta. Koulupäivään kuuluu "
            "lämmin ateria, ja oppikirjat ja -välineet saa koululta.\n\n"
            "Kaupunki lähettää tammikuussa kirjeen, jossa kerrotaan lapsen lähikoulu. "
            "Painotettuun opetukseen, kuten musiikkiluokalle, haetaan erikseen.",
            "Den grundläggande utbildningen pågår i nio år och är avgiftsfri. I skoldagen "
            "ingår en varm måltid, och läroböcker och material får man av skolan.\n\n"
            "Staden skickar i januari ett brev med barnets närskola. Till undervisning med "
            "tyngdpunkt, till exempel musikklass, söker man separat.",
            "Basic education lasts nine years and is free. A hot meal is served every "
            "school day, and books and materials are provided.\n\n"
            "In January the city writes to tell you your child's local school. Classes with "
            "a special emphasis, such as music, have a separate application.",
        ),
        "user_instructions": (
            "Vahvista koulupaikka tai hae toissijaista koulua tammi–helmikuussa kaupungin "
            "verkkosivujen kautta.",
            "Bekräfta skolplatsen eller ansök till en annan skola i januari–februari via "
            "stadens webbplats.",
            "Confirm the school place or apply for another school in January and February "
            "through the city website.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (7, 16),
        "nodes": ["esi-ja-perusopetus"],
        "keywords": (
            [
                "koulu",
                "ekaluokka",
                "kouluun ilmoittautuminen",
                "lähikoulu",
                "koulupaikka",
                "koulun aloitus",
            ],
            ["skola", "skolanmälan", "närskola", "ettan"],
            ["school", "school place", "enrolment", "first grade"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("koulukeskus", None), ("kuusilahti-verkko", None)],
        "verified_days_ago": 50,
    },
    {
        "slug": "ruotsinkielinen-perusopetus",
        "name": (
            "Ruotsinkielinen perusopetus",
            "Svenskspråkig grundläggande utbildning",
            "Swedish-language basic education",
        ),
        "summary": (
            "Granviks svenska skola opettaa luokat 1–9 ruotsiksi. Koulu sopii myös "
            "kaksikielisille perheille.",
            "Granviks svenska skola undervisar årskurs 1–9 på svenska. Skolan passar också "
            "tvåspråkiga familjer.",
            "Granvik Swedish School teaches years 1 to 9 in Swedish, and suits bilingual "
            "families too.",
        ),
        "description": (
            "Koulussa on noin 240 oppilasta. Opetus, koulun kerhot ja iltapäivätoiminta ovat "
            "ruotsiksi, ja suomea opiskellaan ensimmäiseltä luokalta alkaen.\n\n"
            "Kouluun ilmoittaudutaan samalla tavalla kuin suomenkielisiin kouluihin.",
            "Skolan har cirka 240 elever. Undervisningen, klubbarna och "
            "eftermiddagsverksamheten är på svenska, och finska läser man från första "
            "klass.\n\n"
            "Till skolan anmäler man sig på samma sätt som till de finskspråkiga skolorna.",
            "The school has about 240 pupils. Lessons, clubs and after-school care are in "
            "Swedish, and pupils study Finnish from year 1.\n\n"
            "You enrol in the same way as for the Finnish-language schools.",
        ),
        "user_instructions": (
            "Valitse kouluun ilmoittautuessa opetuskieleksi ruotsi.",
            "Välj svenska som undervisningsspråk när du anmäler barnet till skolan.",
            "Choose Swedish as the language of teaching when you enrol your child.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (7, 16),
        "nodes": ["esi-ja-perusopetus"],
        "keywords": (
            ["ruotsinkielinen koulu", "kaksikielinen", "kielikylpy"],
            ["svensk skola", "svenskspråkig", "tvåspråkig"],
            ["swedish school", "bilingual"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("granviks-skola", None), ("kuusilahti-verkko", None)],
        "verified_days_ago": 260,
    },
    {
        "slug": "valmistava-opetus",
        "name": (
            "Perusopetukseen valmistava opetus",
            "Undervisning som förbereder för den grundläggande utbildningen",
            "Preparatory education for newly arrived pupils",
        ),
        "summary": (
            "Suomeen muuttaneille 6–16-vuotiaille: suomen kieltä ja koulunkäynnin taitoja "
            "noin vuoden ajan ennen siirtymistä omaan luokkaan.",
            "För 6–16-åringar som flyttat till Finland: finska och skolfärdigheter i cirka "
            "ett år innan eleven börjar i en vanlig klass.",
            "For 6 to 16-year-olds who have moved to Finland: Finnish and school skills for "
            "about a year before joining a regular class.",
        ),
        "description": (
            "Valmistavassa opetuksessa opiskellaan suomea ja muita kouluaineita pienessä "
            "ryhmässä. Oppilas osallistuu jo alusta alkaen joillekin tunneille oman "
            "ikäistensä kanssa.\n\n"
            "Kotiin saa tietoa tarvittaessa tulkin välityksellä. Oppilas voi opiskella myös "
            "omaa äidinkieltään.",
            "I den förberedande undervisningen studerar eleverna finska och andra ämnen i en "
            "liten grupp. Redan från början deltar eleven i en del lektioner med jämnåriga.\n\n"
            "Hemmet får information vid behov via tolk. Eleven kan också studera sitt eget "
            "modersmål.",
            "Pupils study Finnish and other subjects in a small group, and join some lessons "
            "with their own age group from the start.\n\n"
            "Parents get information through an interpreter when needed. Pupils can also "
            "study their own mother tongue.",
        ),
        "user_instructions": (
            "Ota yhteyttä koulukeskuksen kansliaan, kun perhe on muuttanut Kuusilahteen.",
            "Kontakta skolcentrets kansli när familjen har flyttat till Granvik.",
            "Contact the school centre office once your family has moved to Kuusilahti.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "en", "ar", "so", "uk", "ru"],
        "ages": (6, 16),
        "nodes": ["esi-ja-perusopetus"],
        "keywords": (
            ["valmistava opetus", "maahanmuuttaja", "suomen kieli", "s2"],
            ["förberedande undervisning", "invandrare", "finska"],
            ["preparatory class", "newly arrived", "learning finnish"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("koulukeskus", None)],
        "verified_days_ago": 125,
    },
    {
        "slug": "koulukuljetus",
        "name": ("Koulukuljetus", "Skolskjuts", "School transport"),
        "summary": (
            "Maksuton kuljetus tai bussikortti, jos koulumatka on pitkä tai vaarallinen.",
            "Avgiftsfri skjuts eller busskort om skolvägen är lång eller farlig.",
            "Free transport or a bus card if the journey to school is long or dangerous.",
        ),
        "description": (
            "Kuljetukseen on oikeus, jos koulumatka on esiopetuksessa ja luokilla 1–6 yli "
            "3 kilometriä ja luokilla 7–9 yli 5 kilometriä. Kuljetuksen voi saada myös "
            "vaarallisen tien tai terveydellisen syyn vuoksi.\n\n"
            "Useimmat oppilaat saavat bussikortin, ja haja-asutusalueella kulkee "
            "koulutaksi.",
            "Rätt till skjuts har man om skolvägen är över 3 kilometer i förskolan och "
            "årskurs 1–6 och över 5 kilometer i årskurs 7–9. Skjuts kan också beviljas på "
            "grund av en farlig väg eller av hälsoskäl.\n\n"
            "De flesta elever får ett busskort, och på glesbygden kör en skoltaxi.",
            "Pupils are entitled to transport if the journey is over 3 km in pre-school and "
            "years 1 to 6, or over 5 km in years 7 to 9. Transport can also be granted for "
            "a dangerous road or health reasons.\n\n"
            "Most pupils get a bus card; a school taxi runs in rural areas.",
        ),
        "user_instructions": (
            "Hae kuljetusta kaupungin verkkosivuilla toukokuun loppuun mennessä.",
            "Ansök om skjuts på stadens webbplats senast i slutet av maj.",
            "Apply on the city website by the end of May.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (6, 16),
        "nodes": ["esi-ja-perusopetus"],
        "keywords": (
            ["koulukyyti", "koulutaksi", "bussikortti", "koulumatka"],
            ["skolskjuts", "skoltaxi", "busskort"],
            ["school bus", "school taxi", "bus card"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("kuusilahti-verkko", None)],
        "verified_days_ago": 610,
    },
    {
        "slug": "kouluterveydenhuolto",
        "name": ("Kouluterveydenhuolto", "Skolhälsovård", "School health care"),
        "summary": (
            "Kouluterveydenhoitaja ja -lääkäri seuraavat oppilaan terveyttä ja kasvua. "
            "Terveydenhoitajan luo voi mennä ilman ajanvarausta.",
            "Skolhälsovårdaren och skolläkaren följer elevens hälsa och växande. Till "
            "hälsovårdaren kan man gå utan tidsbokning.",
            "The school nurse and doctor follow pupils' health and growth. Pupils can see "
            "the nurse without an appointment.",
        ),
        "description": (
            "Jokainen oppilas käy terveystarkastuksessa vuosittain. Laajoissa "
            "tarkastuksissa 1., 5. ja 8. luokalla mukaan kutsutaan myös vanhemmat.\n\n"
            "Terveydenhoitajalle voi tulla juttelemaan mistä tahansa: unesta, "
            "kiusaamisesta, murrosiästä tai siitä, että koulussa on paha olla.",
            "Varje elev går på hälsoundersökning varje år. Till de omfattande "
            "undersökningarna i årskurs 1, 5 och 8 bjuds också föräldrarna in.\n\n"
            "Till hälsovårdaren kan man komma och prata om vad som helst: sömn, mobbning, "
            "puberteten eller att man mår dåligt i skolan.",
            "Every pupil has a yearly health check. Parents are invited to the extended "
            "checks in years 1, 5 and 8.\n\n"
            "Pupils can talk to the nurse about anything: sleep, bullying, puberty or "
            "feeling bad at school.",
        ),
        "user_instructions": (
            "Terveydenhoitajan avoin vastaanotto on koulupäivinä klo 8–9. Vanhemmat voivat "
            "soittaa tai lähettää viestin Wilmassa.",
            "Hälsovårdarens öppna mottagning är på skoldagar kl. 8–9. Föräldrar kan ringa "
            "eller skicka meddelande i Wilma.",
            "The nurse has drop-in hours on school days from 8 to 9 am. Parents can call or "
            "send a message in Wilma.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (7, 16),
        "nodes": ["tuki-koulussa", "nuorten-hyvinvointi"],
        "keywords": (
            ["terveydenhoitaja", "kouluterkkari", "terkkari", "terveystarkastus"],
            ["skolhälsovårdare", "hälsokontroll", "skolsyster"],
            ["school nurse", "health check", "school doctor"],
        ),
        "ptv": {"service_classes": ["P5.9"], "target_groups": [FAMILIES, YOUNG_PEOPLE]},
        "channels": [("koulukeskus", None), ("granviks-skola", None)],
        "verified_days_ago": 80,
    },
    {
        "slug": "koulukuraattori",
        "name": ("Koulukuraattori", "Skolkurator", "School social worker"),
        "summary": (
            "Kuraattori auttaa, kun kaverisuhteet, kiusaaminen, poissaolot tai kodin "
            "tilanne painavat. Keskustelut ovat luottamuksellisia.",
            "Kuratorn hjälper när kompisrelationer, mobbning, frånvaro eller situationen "
            "hemma tynger. Samtalen är konfidentiella.",
            "The school social worker helps with friendships, bullying, absences or worries "
            "at home. Talks are confidential.",
        ),
        "description": (
            "Kuraattori tukee oppilaan hyvinvointia ja koulunkäyntiä. Kuraattorin kanssa "
            "voi puhua yksin, kaverin kanssa tai yhdessä vanhempien kanssa.\n\n"
            "Kuraattori tekee yhteistyötä opettajien, terveydenhoitajan ja tarvittaessa "
            "perheen muiden palveluiden kanssa.",
            "Kuratorn stöder elevens välmående och skolgång. Man kan prata med kuratorn "
            "ensam, med en kompis eller tillsammans med föräldrarna.\n\n"
            "Kuratorn samarbetar med lärarna, hälsovårdaren och vid behov med familjens "
            "andra tjänster.",
            "The social worker supports pupils' wellbeing and schooling. Pupils can talk to "
            "them alone, with a friend or with their parents.\n\n"
            "The social worker works with teachers, the school nurse and, if needed, the "
            "family's other services.",
        ),
        "user_instructions": (
            "Oppilas voi mennä kuraattorin ovelle tai pyytää aikaa Wilmassa. Vanhemmat "
            "voivat soittaa kuraattorille suoraan.",
            "Eleven kan knacka på kuratorns dörr eller be om en tid i Wilma. Föräldrar kan "
            "ringa kuratorn direkt.",
            "Pupils can knock on the door or ask for a time in Wilma. Parents can call the "
            "social worker directly.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (6, 18),
        "nodes": ["tuki-koulussa", "nuorten-hyvinvointi"],
        "keywords": (
            ["kuraattori", "kiusaaminen", "poissaolot", "koulukiusaaminen"],
            ["kurator", "mobbning", "frånvaro"],
            ["school counsellor", "bullying", "absences"],
        ),
        "ptv": {"service_classes": ["P5.9"], "target_groups": [FAMILIES, YOUNG_PEOPLE]},
        "channels": [("koulukeskus", None), ("granviks-skola", None)],
        "verified_days_ago": 115,
    },
    {
        "slug": "koulupsykologi",
        "name": ("Koulupsykologi", "Skolpsykolog", "School psychologist"),
        "summary": (
            "Psykologin tukea, kun oppilaalla on huolia, pelkoja tai vaikeuksia oppimisessa "
            "tai keskittymisessä.",
            "Psykologens stöd när eleven har bekymmer, rädslor eller svårigheter med "
            "lärandet eller koncentrationen.",
            "Support from a psychologist when a pupil has worries, fears or difficulties "
            "with learning or concentration.",
        ),
        "description": (
            "Koulupsykologi tapaa oppilaita koululla. Hän voi myös tehdä "
            "oppimisvaikeuksien tutkimuksia ja auttaa koulua löytämään oppilaalle sopivat "
            "tukikeinot.\n\n"
            "Tapaamisia on tavallisesti muutamasta kerrasta pidempään jaksoon.",
            "Skolpsykologen träffar elever i skolan. Psykologen kan också utreda "
            "inlärningssvårigheter och hjälpa skolan att hitta lämpligt stöd för eleven.\n\n"
            "Det blir vanligtvis från några träffar till en längre period.",
            "The school psychologist meets pupils at school. They can also assess learning "
            "difficulties and help the school find the right support.\n\n"
            "There are usually a few meetings, sometimes a longer series.",
        ),
        "user_instructions": (
            "Pyydä aikaa Wilman kautta tai opettajan, terveydenhoitajan tai kuraattorin avulla.",
            "Be om tid via Wilma eller genom läraren, hälsovårdaren eller kuratorn.",
            "Ask for a time through Wilma or through a teacher, the nurse or the social worker.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (6, 18),
        "nodes": ["tuki-koulussa"],
        "keywords": (
            ["koulupsykologi", "psykologi", "oppimisvaikeus", "ahdistus"],
            ["skolpsykolog", "psykolog", "inlärningssvårigheter"],
            ["school psychologist", "anxiety", "learning difficulties"],
        ),
        "ptv": {"service_classes": ["P5.9"], "target_groups": [FAMILIES, YOUNG_PEOPLE]},
        "channels": [("koulukeskus", None)],
        "verified_days_ago": 205,
    },
    {
        "slug": "oppimisen-tuki",
        "name": (
            "Oppimisen ja koulunkäynnin tuki",
            "Stöd för lärande och skolgång",
            "Learning support at school",
        ),
        "summary": (
            "Tukiopetusta, erityisopettajan apua ja koulunkäyntiavustaja, kun oppiminen "
            "tökkii. Tuki alkaa heti, kun tarve huomataan.",
            "Stödundervisning, speciallärarens hjälp och skolgångsbiträde när lärandet "
            "går trögt. Stödet börjar så fort behovet märks.",
            "Extra teaching, help from a special needs teacher and a classroom assistant "
            "when learning is hard, starting as soon as the need is seen.",
        ),
        "description": (
            "Koulussa tukea annetaan kolmella tasolla: yleinen tuki, tehostettu tuki ja "
            "erityinen tuki. Tuki voi olla esimerkiksi tukiopetusta, osa-aikaista "
            "erityisopetusta tai pienryhmää.\n\n"
            "Vanhemmat ovat aina mukana suunnittelemassa tukea.",
            "I skolan ges stöd på tre nivåer: allmänt stöd, intensifierat stöd och särskilt "
            "stöd. Stödet kan vara till exempel stödundervisning, specialundervisning på "
            "deltid eller en liten grupp.\n\n"
            "Föräldrarna är alltid med och planerar stödet.",
            "Schools give support at three levels: general, intensified and special. It can "
            "be extra lessons, part-time special needs teaching or a small group.\n\n"
            "Parents always take part in planning the support.",
        ),
        "user_instructions": (
            "Ota yhteyttä lapsen opettajaan. Opettaja kutsuu tarvittaessa koolle palaverin "
            "erityisopettajan kanssa.",
            "Kontakta barnets lärare. Läraren kallar vid behov till ett möte med specialläraren.",
            "Contact your child's teacher, who will call a meeting with the special needs "
            "teacher if needed.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (6, 16),
        "nodes": ["tuki-koulussa", "erityinen-tuki"],
        "keywords": (
            ["tukiopetus", "erityisopetus", "lukivaikeus", "pienryhmä"],
            ["stödundervisning", "specialundervisning", "läs- och skrivsvårigheter"],
            ["extra tuition", "special education", "dyslexia"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("koulukeskus", None), ("granviks-skola", None)],
        "verified_days_ago": 355,
    },
    {
        "slug": "laksykerho",
        "name": (
            "Läksykerho kirjastossa",
            "Läxklubb på biblioteket",
            "Homework club at the library",
        ),
        "summary": (
            "Vapaaehtoiset auttavat läksyissä kirjaston lastenosastolla tiistaisin ja "
            "torstaisin. Ei ilmoittautumista.",
            "Frivilliga hjälper med läxorna på bibliotekets barnavdelning på tisdagar och "
            "torsdagar. Ingen anmälan.",
            "Volunteers help with homework in the library's children's section on Tuesdays "
            "and Thursdays. No sign-up.",
        ),
        "description": (
            "Läksykerhossa apua saa matematiikkaan, kieliin ja esitelmiin. Ohjaajina on "
            "eläkkeellä olevia opettajia ja opiskelijoita.\n\n"
            "Kerho sopii myös vanhemmille, jotka haluavat oppia tukemaan lapsen "
            "koulunkäyntiä.",
            "I läxklubben får man hjälp med matematik, språk och föredrag. Ledarna är "
            "pensionerade lärare och studerande.\n\n"
            "Klubben passar också föräldrar som vill lära sig att stödja barnets skolgång.",
            "The club helps with maths, languages and presentations. Retired teachers and "
            "students lead it.\n\n"
            "It also suits parents who want to learn how to support their child's "
            "schoolwork.",
        ),
        "user_instructions": (
            "Tule tiistaisin tai torstaisin klo 14–16.",
            "Kom på tisdagar eller torsdagar kl. 14–16.",
            "Come on Tuesdays or Thursdays, 2 to 4 pm.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "en", "ar", "uk"],
        "ages": (7, 15),
        "nodes": ["tuki-koulussa", "kulttuuri-ja-kirjasto"],
        "keywords": (
            ["läksyt", "läksyapu", "kirjasto", "kotitehtävät"],
            ["läxor", "läxhjälp", "bibliotek"],
            ["homework", "homework help", "library"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("kirjasto", None)],
        "verified_days_ago": 530,
    },
    {
        "slug": "aamu-ja-iltapaivatoiminta",
        "name": (
            "Koululaisten aamu- ja iltapäivätoiminta",
            "Morgon- och eftermiddagsverksamhet för skolelever",
            "Before- and after-school care",
        ),
        "alternative_name": ("Ip-kerho, iltis", "Eftis", "After-school club"),
        "summary": (
            "Ohjattua toimintaa 1.–2.-luokkalaisille ennen ja jälkeen koulupäivän. Haku keväällä.",
            "Ledd verksamhet för elever i årskurs 1–2 före och efter skoldagen. Ansökan på våren.",
            "Supervised activities for pupils in years 1 and 2 before and after school. "
            "Apply in spring.",
        ),
        "description": (
            "Iltapäivätoiminnassa leikitään, ulkoillaan, askarrellaan ja syödään välipala. "
            "Läksyjä voi tehdä rauhassa. Toiminta on koulupäivinä klo 7–8 ja koulun "
            "päättymisestä klo 17:ään.\n\n"
            "Erityistä tukea tarvitsevat oppilaat voivat osallistua toimintaan myös "
            "ylemmillä luokilla.",
            "På eftermiddagsverksamheten leker man, är ute, pysslar och äter mellanmål. "
            "Läxorna kan göras i lugn och ro. Verksamheten pågår på skoldagar kl. 7–8 och "
            "från skoldagens slut till kl. 17.\n\n"
            "Elever som behöver särskilt stöd kan delta också i de högre årskurserna.",
            "Children play, go outside, do crafts and have a snack, and can do homework in "
            "peace. It runs on school days from 7 to 8 am and from the end of school until "
            "5 pm.\n\n"
            "Pupils who need special support can also take part in later years.",
        ),
        "user_instructions": (
            "Hae paikkaa kaupungin verkkosivuilla huhtikuussa. Jos et voi hakea verkossa, "
            "tulosta lomake.",
            "Ansök om plats på stadens webbplats i april. Om du inte kan ansöka på nätet, "
            "skriv ut blanketten.",
            "Apply on the city website in April. If you cannot apply online, print the form.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": (
            "Iltapäivätoiminta 120 € ja aamutoiminta 60 € kuukaudessa. Maksun voi saada "
            "alennettua pienillä tuloilla.",
            "Eftermiddagsverksamheten 120 € och morgonverksamheten 60 € i månaden. Avgiften "
            "kan sänkas vid små inkomster.",
            "After-school care costs €120 and morning care €60 a month. The fee can be "
            "reduced for low incomes.",
        ),
        "languages": ["fi", "sv"],
        "ages": (7, 8),
        "nodes": ["aamu-ja-iltapaivatoiminta"],
        "keywords": (
            ["iltapäiväkerho", "ip-kerho", "iltis", "aamukerho", "ekaluokkalainen", "yksin kotona"],
            ["eftis", "eftermiddagsklubb", "morgonklubb"],
            ["after-school club", "afterschool", "before-school care"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [
            ("koulukeskus", None),
            ("kuusilahti-verkko", None),
            ("ip-hakulomake", None),
        ],
        "verified_days_ago": 90,
    },
    {
        "slug": "seurakunnan-iltapaivakerho",
        "name": (
            "Seurakunnan iltapäiväkerho",
            "Församlingens eftermiddagsklubb",
            "Parish after-school club",
        ),
        "summary": (
            "Iltapäiväkerho 1.–2.-luokkalaisille seurakuntakeskuksessa. Ohjaaja hakee "
            "lapset koululta.",
            "Eftermiddagsklubb för elever i årskurs 1–2 i församlingscentret. Ledaren "
            "hämtar barnen från skolan.",
            "An after-school club for pupils in years 1 and 2 at the parish centre. Staff "
            "collect the children from school.",
        ),
        "description": (
            "Seurakunnan kerho on osa kaupungin iltapäivätoimintaa, ja siihen haetaan "
            "samalla hakemuksella. Kerhossa on välipala, ulkoilua, pelejä ja "
            "hiljentymishetki.\n\n"
            "Kerho on avoin kaikille vakaumuksesta riippumatta.",
            "Församlingens klubb är en del av stadens eftermiddagsverksamhet, och man söker "
            "med samma ansökan. I klubben finns mellanmål, utelek, spel och en stund av "
            "stillhet.\n\n"
            "Klubben är öppen för alla oberoende av övertygelse.",
            "The parish club is part of the city's after-school care and you apply with the "
            "same form. There is a snack, outdoor play, games and a quiet moment.\n\n"
            "The club is open to all, whatever their beliefs.",
        ),
        "user_instructions": (
            "Valitse seurakunnan kerho hakulomakkeella, kun haet iltapäivätoimintaan.",
            "Välj församlingens klubb på ansökningsblanketten när du söker till "
            "eftermiddagsverksamheten.",
            "Choose the parish club on the form when you apply for after-school care.",
        ),
        "provider": "seurakunta",
        "charge_type": "chargeable",
        "charge_note": (
            "Sama maksu kuin kaupungin iltapäivätoiminnassa, 120 € kuukaudessa.",
            "Samma avgift som i stadens eftermiddagsverksamhet, 120 € i månaden.",
            "The same fee as the city's after-school care, €120 a month.",
        ),
        "languages": ["fi"],
        "ages": (7, 8),
        "nodes": ["aamu-ja-iltapaivatoiminta"],
        "keywords": (
            ["iltapäiväkerho", "seurakunta", "ip-kerho"],
            ["eftermiddagsklubb", "församling"],
            ["after-school club", "parish"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("seurakuntakeskus", None), ("ip-hakulomake", None)],
        "verified_days_ago": 330,
    },
    {
        "slug": "koulujen-kerhot",
        "name": ("Koulujen kerhot", "Skolornas klubbar", "School clubs"),
        "summary": (
            "Maksuttomia kerhoja koulupäivän jälkeen: liikuntaa, koodausta, kokkausta, "
            "bändiä ja taidetta.",
            "Avgiftsfria klubbar efter skoldagen: idrott, kodning, matlagning, band och konst.",
            "Free clubs after school: sport, coding, cooking, band and art.",
        ),
        "description": (
            "Kerhot kokoontuvat kerran viikossa koulun tiloissa heti koulupäivän jälkeen. "
            "Ohjaajina ovat opettajat ja paikallisten seurojen valmentajat.\n\n"
            "Kerhotarjonta julkaistaan Wilmassa elokuussa ja tammikuussa.",
            "Klubbarna träffas en gång i veckan i skolans lokaler direkt efter skoldagen. "
            "Ledarna är lärare och tränare från lokala föreningar.\n\n"
            "Klubbutbudet publiceras i Wilma i augusti och januari.",
            "Clubs meet once a week at school straight after lessons, led by teachers and "
            "coaches from local clubs.\n\n"
            "The club list is published in Wilma in August and January.",
        ),
        "user_instructions": (
            "Ilmoittaudu Wilmassa. Paikat täytetään ilmoittautumisjärjestyksessä.",
            "Anmäl dig i Wilma. Platserna fylls i anmälningsordning.",
            "Sign up in Wilma. Places go on a first-come, first-served basis.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (7, 15),
        "nodes": ["aamu-ja-iltapaivatoiminta", "liikunta"],
        "keywords": (
            ["kerho", "harrastus", "koulun kerho", "harrastamisen suomen malli"],
            ["klubb", "hobby", "skolklubb"],
            ["club", "hobby", "after school"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [FAMILIES]},
        "channels": [("koulukeskus", None), ("granviks-skola", None)],
        "verified_days_ago": 45,
    },
]

YOUTH = [
    {
        "slug": "nuorten-vastaanotto",
        "name": ("Nuorten vastaanotto", "Ungdomsmottagningen", "Youth clinic"),
        "summary": (
            "13–24-vuotiaiden oma vastaanotto: seksuaaliterveys, mieliala, päihteet ja "
            "ihmissuhteet. Voit tulla yksin.",
            "En egen mottagning för 13–24-åringar: sexuell hälsa, humör, rusmedel och "
            "relationer. Du kan komma ensam.",
            "A clinic just for 13 to 24-year-olds: sexual health, mood, substances and "
            "relationships. You can come on your own.",
        ),
        "description": (
            "Nuorten vastaanotolla on terveydenhoitaja, lääkäri, psykiatrinen sairaanhoitaja "
            "ja psykologi. Täällä voi puhua asioista, joita ei halua ottaa puheeksi kotona "
            "tai koulussa.\n\n"
            "Asiasi ovat luottamuksellisia. Vanhemmille ei kerrota käynnistä ilman lupaasi, "
            "ellei turvallisuutesi ole vaarassa.",
            "På ungdomsmottagningen finns hälsovårdare, läkare, psykiatrisk sjukskötare och "
            "psykolog. Här kan du prata om saker som du inte vill ta upp hemma eller i "
            "skolan.\n\n"
            "Dina ärenden är konfidentiella. Dina föräldrar får inte veta om besöket utan "
            "ditt lov, om inte din säkerhet är i fara.",
            "The youth clinic has a nurse, a doctor, a psychiatric nurse and a "
            "psychologist. You can talk about things you would rather not raise at home or "
            "school.\n\n"
            "Your visit is confidential. Your parents are not told without your permission "
            "unless your safety is at risk.",
        ),
        "user_instructions": (
            "Varaa aika verkossa tai soita nuorten puhelimeen. Avoin vastaanotto on "
            "keskiviikkoisin klo 14–17.",
            "Boka tid på nätet eller ring telefonen för unga. Öppen mottagning på onsdagar "
            "kl. 14–17.",
            "Book online or call the youth line. Drop-in hours are on Wednesdays, 2 to 5 pm.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (13, 24),
        "nodes": ["nuorten-hyvinvointi"],
        "keywords": (
            ["nuorisoneuvola", "seksuaaliterveys", "mielenterveys", "nuoret", "ahdistus"],
            ["ungdomsmottagning", "sexuell hälsa", "psykisk hälsa"],
            ["youth clinic", "sexual health", "mental health"],
        ),
        "ptv": {"service_classes": ["P5.9"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [
            ("terveysasema", None),
            ("ajanvaraus", BOOK_ONLINE),
            ("nuorten-puhelin", None),
        ],
        "verified_days_ago": 60,
    },
    {
        "slug": "ehkaisyneuvola",
        "name": ("Ehkäisyneuvola", "Preventivrådgivning", "Contraception clinic"),
        "summary": (
            "Ehkäisyneuvontaa ja -välineitä. Alle 25-vuotiaat saavat ensimmäisen vuoden "
            "ehkäisyn maksutta.",
            "Rådgivning om preventivmedel och preventivmedel. Den som är under 25 år får "
            "det första årets preventivmedel gratis.",
            "Advice on contraception and contraceptives. Under-25s get their first year of "
            "contraception free.",
        ),
        "description": (
            "Ehkäisyneuvolassa terveydenhoitaja auttaa löytämään sinulle sopivan "
            "ehkäisyn. Saat myös jälkiehkäisyä, raskaustestin ja testit "
            "sukupuolitauteihin.\n\n"
            "Kondomeja saa mukaan ilmaiseksi ilman ajanvarausta.",
            "På preventivrådgivningen hjälper hälsovårdaren dig att hitta ett "
            "preventivmedel som passar dig. Du får också akut-p-piller, graviditetstest och "
            "test för könssjukdomar.\n\n"
            "Kondomer får du gratis utan tidsbokning.",
            "A nurse helps you find contraception that suits you. You can also get "
            "emergency contraception, a pregnancy test and tests for sexually transmitted "
            "infections.\n\n"
            "Free condoms are available without an appointment.",
        ),
        "user_instructions": (
            "Varaa aika verkossa. Jälkiehkäisyä saa samana päivänä soittamalla neuvolan "
            "puhelimeen.",
            "Boka tid på nätet. Akut-p-piller får du samma dag genom att ringa "
            "rådgivningens telefon.",
            "Book online. For emergency contraception the same day, call the clinic line.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "other",
        "charge_note": (
            "Käynnit ovat maksuttomia. Ehkäisyvälineet ovat maksuttomia alle 25-vuotiaille "
            "ensimmäisen vuoden ajan.",
            "Besöken är avgiftsfria. Preventivmedlen är gratis för dem under 25 år under "
            "det första året.",
            "Visits are free. Contraceptives are free for under-25s for the first year.",
        ),
        "languages": ["fi", "sv", "en", "so", "ar"],
        "ages": (13, 29),
        "nodes": ["nuorten-hyvinvointi"],
        "keywords": (
            ["ehkäisy", "e-pillerit", "kierukka", "jälkiehkäisy", "kondomi"],
            ["preventivmedel", "p-piller", "spiral", "akut-p-piller"],
            ["contraception", "the pill", "coil", "morning-after pill"],
        ),
        "ptv": {"service_classes": ["P5.2"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("terveysasema", None), ("ajanvaraus", BOOK_ONLINE)],
        "verified_days_ago": 170,
    },
    {
        "slug": "opiskeluterveydenhuolto",
        "name": ("Opiskeluterveydenhuolto", "Studerandehälsovård", "Student health care"),
        "summary": (
            "Lukion ja ammattikoulun opiskelijoiden terveydenhoitaja, lääkäri ja "
            "psykologi. Terveystarkastus ensimmäisenä opiskeluvuonna.",
            "Hälsovårdare, läkare och psykolog för studerande i gymnasiet och "
            "yrkesutbildningen. Hälsokontroll det första studieåret.",
            "Nurse, doctor and psychologist for students at upper secondary and vocational "
            "schools, with a health check in the first year.",
        ),
        "description": (
            "Opiskeluterveydenhuolto palvelee opiskelijoita oppilaitoksen tiloissa. "
            "Terveydenhoitajan kanssa voi puhua jaksamisesta, unesta, seksuaaliterveydestä "
            "ja opiskelun kuormittavuudesta.\n\n"
            "Yli 18-vuotiaiden korkeakouluopiskelijoiden palvelut järjestää YTHS.",
            "Studerandehälsovården betjänar studerande i läroanstaltens lokaler. Med "
            "hälsovårdaren kan du prata om ork, sömn, sexuell hälsa och hur tunga studierna "
            "känns.\n\n"
            "För högskolestuderande ordnar SHVS tjänsterna.",
            "Student health care serves students on their school's premises. You can talk "
            "to the nurse about coping, sleep, sexual health and study stress.\n\n"
            "University and college students use the Finnish Student Health Service (FSHS).",
        ),
        "user_instructions": (
            "Varaa aika oppilaitoksen terveydenhoitajalta Wilmassa tai verkossa.",
            "Boka tid hos läroanstaltens hälsovårdare i Wilma eller på nätet.",
            "Book with your school's nurse in Wilma or online.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (15, 29),
        "nodes": ["nuorten-hyvinvointi", "opiskelu-ja-tyo"],
        "keywords": (
            ["opiskelijaterveydenhoito", "lukio", "ammattikoulu", "terveydenhoitaja"],
            ["studerandehälsovård", "gymnasium", "yrkesskola"],
            ["student health", "upper secondary", "vocational school"],
        ),
        "ptv": {"service_classes": ["P5.9"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("ajanvaraus", BOOK_ONLINE), ("hyvinvointialue-verkko", None)],
        "verified_days_ago": 220,
    },
    {
        "slug": "nuorisotalo",
        "name": ("Nuorisotalo Väylä", "Ungdomsgården Farleden", "Väylä youth centre"),
        "alternative_name": ("Nuokkari", "Ungdomsgård", "Youth club"),
        "summary": (
            "Paikka viettää aikaa kavereiden kanssa: pelejä, bänditila, kokkausta ja "
            "aikuisia, joille voi jutella. Perjantaisin auki yöhön.",
            "En plats att hänga med kompisar: spel, bandlokal, matlagning och vuxna att "
            "prata med. På fredagar öppet till sent.",
            "A place to hang out with friends: games, a band room, cooking and adults to "
            "talk to. Open late on Fridays.",
        ),
        "description": (
            "Nuorisotalo on avoin 10–17-vuotiaille. Nuoret suunnittelevat itse osan "
            "toiminnasta, kuten leffaillat, turnaukset ja retket. Perjantain myöhäisillat "
            "ovat yläkoululaisille ja sitä vanhemmille.\n\n"
            "Nuorisotalossa on päihteetön ja turvallinen tila. Ohjaajat auttavat myös, jos "
            "mieltä painaa jokin.",
            "Ungdomsgården är öppen för 10–17-åringar. De unga planerar själva en del av "
            "verksamheten, som filmkvällar, turneringar och utflykter. Fredagarnas sena "
            "kvällar är för högstadieelever och äldre.\n\n"
            "Ungdomsgården är en drogfri och trygg plats. Ledarna hjälper också om något "
            "tynger.",
            "The youth centre is open to 10 to 17-year-olds. Young people plan part of what "
            "happens, like film nights, tournaments and trips. Late Friday nights are for "
            "secondary-school age and older.\n\n"
            "It is a safe, substance-free space, and youth workers are there if something "
            "is on your mind.",
        ),
        "user_instructions": (
            "Tule paikalle aukioloaikana. Jäsenkortin saat ensimmäisellä käynnillä.",
            "Kom under öppettiderna. Medlemskortet får du vid första besöket.",
            "Drop in during opening hours. You get a membership card on your first visit.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (10, 17),
        "nodes": ["nuorisotyo"],
        "keywords": (
            ["nuokkari", "nuorisotalo", "nuorisotila", "harrastus"],
            ["ungdomsgård", "ungdomslokal", "hänga"],
            ["youth club", "youth centre", "hang out"],
        ),
        "ptv": {"service_classes": ["P8.1"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("nuorisotalo", None), ("nuorten-puhelin", None)],
        "verified_days_ago": 30,
    },
    {
        "slug": "etsiva-nuorisotyo",
        "name": ("Etsivä nuorisotyö", "Uppsökande ungdomsarbete", "Outreach youth work"),
        "summary": (
            "Tukea alle 29-vuotiaalle, joka on jäänyt ilman opiskelu- tai työpaikkaa tai "
            "jonka arki on jumissa. Työntekijä tulee sinne, missä olet.",
            "Stöd för dig under 29 som står utan studie- eller arbetsplats eller vars "
            "vardag har kört fast. Medarbetaren kommer dit du är.",
            "Support for under-29s without a place to study or work, or whose life feels "
            "stuck. The youth worker comes to you.",
        ),
        "description": (
            "Etsivä nuorisotyöntekijä auttaa esimerkiksi hakemaan opiskelupaikkaa, "
            "hoitamaan Kelan tai TE-palvelujen asioita ja löytämään oikeat palvelut. "
            "Tapaamiset voivat olla kahvilassa, kävelyllä tai kotona.\n\n"
            "Palvelu on vapaaehtoista ja luottamuksellista. Myös huolestunut vanhempi voi "
            "ottaa yhteyttä.",
            "Den uppsökande ungdomsarbetaren hjälper till exempel med att söka studieplats, "
            "sköta ärenden med FPA eller arbets- och näringstjänsterna och hitta rätt "
            "tjänster. Ni kan träffas på ett café, under en promenad eller hemma.\n\n"
            "Tjänsten är frivillig och konfidentiell. Också en orolig förälder kan ta "
            "kontakt.",
            "Outreach youth workers help with things like applying for a study place, "
            "dealing with Kela or employment services, and finding the right services. You "
            "can meet at a café, on a walk or at home.\n\n"
            "It is voluntary and confidential. Worried parents can get in touch too.",
        ),
        "user_instructions": (
            "Soita tai lähetä viesti nuorten puhelimeen. Voit myös tulla Ohjaamoon.",
            "Ring eller skicka meddelande till telefonen för unga. Du kan också komma till "
            "Navigatorn.",
            "Call or text the youth line, or come to Ohjaamo.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "ru"],
        "ages": (15, 28),
        "nodes": ["nuorisotyo", "opiskelu-ja-tyo"],
        "keywords": (
            ["etsivä", "etsivä nuorisotyö", "syrjäytyminen", "ei opiskelupaikkaa"],
            ["uppsökande", "utanförskap", "studieplats"],
            ["outreach", "neet", "youth worker"],
        ),
        "ptv": {"service_classes": ["P8.1"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("nuorten-puhelin", None), ("ohjaamo", None)],
        "verified_days_ago": 105,
    },
    {
        "slug": "nuorten-tyopaja",
        "name": ("Nuorten työpaja", "Ungdomsverkstad", "Youth workshop"),
        "summary": (
            "Seudullinen työpaja 16–28-vuotiaille: kokeile töitä puusepänverstaalla, "
            "keittiössä tai mediapajalla ja saa valmentajan tuki.",
            "Regional verkstad för 16–28-åringar: prova på arbete i snickeriet, köket eller "
            "medieverkstaden med stöd av en coach.",
            "A regional workshop for 16 to 28-year-olds: try work in carpentry, the kitchen "
            "or media with a coach's support.",
        ),
        "description": (
            "Työpajalla harjoitellaan työelämän taitoja oikeissa töissä ja mietitään "
            "valmentajan kanssa seuraavaa askelta: opiskelua, työtä tai kuntoutusta. "
            "Jakso kestää yleensä 3–6 kuukautta.\n\n"
            "Työpajaa ylläpitää Järvelän kunta, ja se palvelee myös kuusilahtelaisia "
            "nuoria.",
            "I verkstaden övar man arbetslivsfärdigheter i riktiga arbeten och funderar med "
            "en coach på nästa steg: studier, arbete eller rehabilitering. En period varar "
            "oftast 3–6 månader.\n\n"
            "Verkstaden drivs av Järvelä kommun och betjänar också unga från Granvik.",
            "At the workshop you practise working-life skills in real jobs and plan your "
            "next step with a coach: studies, work or rehabilitation. A placement usually "
            "lasts three to six months.\n\n"
            "The Municipality of Järvelä runs the workshop, which also serves young people "
            "from Kuusilahti.",
        ),
        "user_instructions": (
            "Ohjaamo, etsivä nuorisotyö tai TE-palvelut ohjaavat työpajalle. Voit myös "
            "soittaa ja kysyä tutustumiskäyntiä.",
            "Navigatorn, det uppsökande ungdomsarbetet eller arbets- och näringstjänsterna "
            "hänvisar till verkstaden. Du kan också ringa och fråga om ett besök.",
            "Ohjaamo, outreach youth work or employment services can refer you. You can "
            "also call and ask for a visit.",
        ),
        "provider": "jarvela",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (16, 28),
        "nodes": ["opiskelu-ja-tyo"],
        "keywords": (
            ["työpaja", "työkokeilu", "valmennus", "kuntouttava työtoiminta"],
            ["verkstad", "arbetsprövning", "coachning"],
            ["workshop", "work trial", "coaching"],
        ),
        "ptv": {"service_classes": ["P8.1", "P10.1"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("ohjaamo", None), ("nuorten-puhelin", None)],
        "verified_days_ago": 640,
    },
    {
        "slug": "seurakunnan-nuorisotyo",
        "name": (
            "Seurakunnan nuorisotyö ja rippikoulu",
            "Församlingens ungdomsarbete och skriftskola",
            "Parish youth work and confirmation school",
        ),
        "summary": (
            "Nuortenillat, isoskoulutus ja rippikoulu leireineen 15-vuotiaille. "
            "Nuortenillat ovat avoimia kaikille.",
            "Ungdomskvällar, hjälpledarutbildning och skriftskola med läger för 15-åringar. "
            "Ungdomskvällarna är öppna för alla.",
            "Youth evenings, training as a camp helper and confirmation school with camps "
            "for 15-year-olds. Youth evenings are open to all.",
        ),
        "description": (
            "Nuortenillat ovat torstaisin seurakuntakeskuksen nuorisotilassa: pelejä, "
            "musiikkia, iltapala ja keskustelua. Rippikoulu käydään sinä vuonna, kun nuori "
            "täyttää 15, ja siihen kuuluu kesäleiri.\n\n"
            "Rippikoulun jälkeen voi kouluttautua isoseksi ja ohjata leirejä.",
            "Ungdomskvällarna är på torsdagar i församlingscentrets ungdomslokal: spel, "
            "musik, kvällsmål och samtal. Skriftskolan går man det år man fyller 15, och "
            "till den hör ett sommarläger.\n\n"
            "Efter skriftskolan kan man utbilda sig till hjälpledare och leda läger.",
            "Youth evenings are on Thursdays in the parish centre's youth room: games, "
            "music, supper and conversation. Confirmation school is in the year you turn 15 "
            "and includes a summer camp.\n\n"
            "Afterwards you can train as a camp helper.",
        ),
        "user_instructions": (
            "Rippikouluun ilmoittaudutaan seurakunnan verkkosivuilla lokakuussa. "
            "Nuortenilloissa ei tarvitse ilmoittautua.",
            "Till skriftskolan anmäler man sig på församlingens webbplats i oktober. Till "
            "ungdomskvällarna behövs ingen anmälan.",
            "Sign up for confirmation school on the parish website in October. No sign-up "
            "for youth evenings.",
        ),
        "provider": "seurakunta",
        "charge_type": "chargeable",
        "charge_note": (
            "Rippikoululeiri 120 €. Maksusta voi hakea vapautusta.",
            "Skriftskolläger 120 €. Man kan ansöka om befrielse från avgiften.",
            "Confirmation camp costs €120. You can apply to be let off the fee.",
        ),
        "languages": ["fi", "sv"],
        "ages": (13, 17),
        "nodes": ["nuorisotyo", "leirit-ja-lomat"],
        "keywords": (
            ["rippikoulu", "riparit", "isonen", "nuortenilta", "seurakunta"],
            ["skriftskola", "hjälpledare", "ungdomskväll"],
            ["confirmation", "confirmation camp", "youth evening"],
        ),
        "ptv": {"service_classes": ["P8.1"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("seurakuntakeskus", None), ("seurakunta-ilmoittautuminen", None)],
        "verified_days_ago": 290,
    },
    {
        "slug": "opinto-ohjaus",
        "name": (
            "Opinto-ohjaus ja yhteishaku",
            "Studiehandledning och gemensam ansökan",
            "Study guidance and the joint application",
        ),
        "summary": (
            "Opinto-ohjaaja auttaa yläkoululaista valitsemaan jatko-opinnot ja tekemään "
            "yhteishaun. Myös vanhemmille infoilta.",
            "Studiehandledaren hjälper högstadieeleven att välja fortsatta studier och göra "
            "den gemensamma ansökan. Även infokväll för föräldrar.",
            "The guidance counsellor helps secondary pupils choose further studies and make "
            "the joint application. Info evening for parents too.",
        ),
        "description": (
            "Opinto-ohjaaja tapaa jokaisen 9.-luokkalaisen henkilökohtaisesti ennen "
            "yhteishakua. Yhdessä mietitään, sopiiko lukio, ammatillinen koulutus vai "
            "esimerkiksi tutkintoon valmentava koulutus.\n\n"
            "Oppivelvollisuus jatkuu 18 vuoden ikään, joten jokaiselle löydetään "
            "opiskelupaikka.",
            "Studiehandledaren träffar varje niondeklassare personligen före den "
            "gemensamma ansökan. Tillsammans funderar ni på om gymnasiet, en "
            "yrkesutbildning eller till exempel handledande utbildning passar.\n\n"
            "Läroplikten fortsätter tills man fyller 18, så alla får en studieplats.",
            "The counsellor meets every year 9 pupil before the joint application to talk "
            "about upper secondary school, vocational education or a preparatory "
            "programme.\n\n"
            "Compulsory education lasts until 18, so everyone is found a place to study.",
        ),
        "user_instructions": (
            "Varaa aika Wilmassa. Vanhempien infoilta on tammikuussa.",
            "Boka tid i Wilma. Infokvällen för föräldrar är i januari.",
            "Book a time in Wilma. The parents' information evening is in January.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (13, 17),
        "nodes": ["opiskelu-ja-tyo"],
        "keywords": (
            ["opo", "yhteishaku", "jatko-opinnot", "lukio", "amis"],
            ["studiehandledare", "gemensam ansökan", "gymnasium"],
            ["career guidance", "joint application", "upper secondary"],
        ),
        "ptv": {"service_classes": ["P6.2"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("koulukeskus", None), ("granviks-skola", None)],
        "verified_days_ago": 85,
    },
    {
        "slug": "kesatyoseteli",
        "name": ("Kesätyöseteli", "Sommarjobbssedel", "Summer job voucher"),
        "summary": (
            "15–17-vuotias saa setelin, jonka arvon kaupunki maksaa työnantajalle. Seteli "
            "auttaa saamaan ensimmäisen kesätyön.",
            "15–17-åringar får en sedel vars värde staden betalar till arbetsgivaren. "
            "Sedeln hjälper dig att få ditt första sommarjobb.",
            "15 to 17-year-olds get a voucher that the city pays to the employer, making it "
            "easier to land a first summer job.",
        ),
        "description": (
            "Kesätyösetelin arvo on 400 euroa. Työnantajana voi olla yritys, yhdistys tai "
            "seurakunta, ja työsuhteen pitää kestää vähintään kaksi viikkoa.\n\n"
            "Seteleitä on rajattu määrä, ja ne jaetaan hakujärjestyksessä.",
            "Sommarjobbssedeln är värd 400 euro. Arbetsgivaren kan vara ett företag, en "
            "förening eller en församling, och anställningen ska vara minst två veckor.\n\n"
            "Antalet sedlar är begränsat, och de delas ut i ansökningsordning.",
            "The voucher is worth €400. The employer can be a company, association or "
            "parish, and the job must last at least two weeks.\n\n"
            "There is a limited number of vouchers, given out in order of application.",
        ),
        "user_instructions": (
            "Hae seteliä verkossa maaliskuusta alkaen. Tulosta seteli ja vie se työnantajalle.",
            "Ansök om sedeln på nätet från och med mars. Skriv ut sedeln och ge den till "
            "arbetsgivaren.",
            "Apply online from March. Print the voucher and give it to your employer.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (15, 17),
        "nodes": ["opiskelu-ja-tyo"],
        "keywords": (
            ["kesätyö", "kesäduuni", "seteli", "ensimmäinen työpaikka"],
            ["sommarjobb", "sedel", "första jobbet"],
            ["summer job", "voucher", "first job"],
        ),
        "ptv": {"service_classes": ["P10.1"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("kesatyoseteli-haku", None), ("nuorten-puhelin", None)],
        "verified_days_ago": 365,
    },
    {
        "slug": "ohjaamo",
        "name": ("Ohjaamo", "Navigatorn", "Ohjaamo one-stop guidance centre"),
        "summary": (
            "Alle 30-vuotiaiden maksuton paikka saada apua opiskeluun, työhön, asumiseen ja "
            "raha-asioihin. Tule ilman ajanvarausta.",
            "En avgiftsfri plats för unga under 30 att få hjälp med studier, arbete, boende "
            "och ekonomi. Kom utan tidsbokning.",
            "A free place for under-30s to get help with studies, work, housing and money. "
            "No appointment needed.",
        ),
        "description": (
            "Ohjaamossa saman katon alla työskentelevät nuorisotyöntekijät, "
            "TE-palvelujen asiantuntija, sosiaaliohjaaja ja Kelan edustaja. Voit tulla "
            "kysymään mitä vain: CV:n tekemisestä vuokrarästeihin.\n\n"
            "Keskiviikkoisin Ohjaamo on auki iltaan asti.",
            "På Navigatorn arbetar ungdomsarbetare, en expert från arbets- och "
            "näringstjänsterna, en socialhandledare och en representant för FPA under samma "
            "tak. Du kan komma och fråga vad som helst: från cv till hyresskulder.\n\n"
            "På onsdagar är Navigatorn öppen till kvällen.",
            "At Ohjaamo, youth workers, an employment services adviser, a social counsellor "
            "and a Kela representative work under one roof. Ask anything, from writing a CV "
            "to rent arrears.\n\n"
            "On Wednesdays Ohjaamo is open into the evening.",
        ),
        "user_instructions": (
            "Tule käymään aukioloaikana tai soita nuorten puhelimeen.",
            "Kom förbi under öppettiderna eller ring telefonen för unga.",
            "Drop in during opening hours or call the youth line.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "ar", "ru", "uk"],
        "ages": (15, 29),
        "nodes": ["opiskelu-ja-tyo", "toimeentulo-ja-talousneuvonta"],
        "keywords": (
            ["ohjaamo", "työnhaku", "cv", "asunto", "opiskelu"],
            ["navigatorn", "jobbsökning", "cv", "bostad"],
            ["ohjaamo", "job search", "cv", "housing"],
        ),
        "ptv": {"service_classes": ["P8.1", "P10.1"], "target_groups": [YOUNG_PEOPLE]},
        "channels": [("ohjaamo", None), ("nuorten-puhelin", None)],
        "verified_days_ago": 20,
    },
]

SERVICES = [*PREGNANCY, *BABY, *YOUNG_CHILDREN, *SCHOOL, *YOUTH]
