"""
Demo services for life situations 6–10 of the palvelupuu: parenthood and relationships,
crises and violence, neurodevelopmental and special support, money and everyday life, and
leisure. The format is described in the shared contract; provider, node and channel keys
refer to organisations.py, tree.py, channels.py and channels_b.py (keys starting "b-").

Crisis and violence services always say what to do in an emergency (112). Phone numbers
and addresses are made up, except the national numbers 112 and 116 111.
"""

SERVICES = [
    # Vanhemmuus ja parisuhde
    {
        "slug": "kasvatus-ja-perheneuvonta",
        "name": (
            "Kasvatus- ja perheneuvonta (perheneuvola)",
            "Uppfostrings- och familjerådgivning (familjerådgivningen)",
            "Family counselling clinic (perheneuvola)",
        ),
        "alternative_name": ("Perheneuvola", "Familjerådgivningen", "Family guidance clinic"),
        "summary": (
            "Keskusteluapua, kun lapsen kasvu, käytös, tunteet tai perheen arki huolettaa. Ilman "
            "lähetettä, maksutta.",
            "Samtalsstöd när barnets utveckling, beteende, känslor eller familjens vardag oroar. "
            "Utan remiss och avgiftsfritt.",
            "Someone to talk to when your child's development, behaviour or feelings, or family "
            "life, worry you. Free, no referral.",
        ),
        "description": (
            "Perheneuvolassa psykologit ja sosiaalityöntekijät auttavat, kun arki lapsen kanssa "
            "tuntuu raskaalta: uhmaa, pelkoja, riitoja, unipulmia tai huolta lapsen kehityksestä. "
            "Tapaamme vanhempia, lapsia ja koko perhettä sen mukaan, mikä tilanteeseen sopii.\n\n"
            "Voimme myös tehdä lapsen psykologisen tutkimuksen ja ohjata tarvittaessa muihin "
            "palveluihin. Asiat käsitellään luottamuksellisesti.",
            "På familjerådgivningen hjälper psykologer och socialarbetare när vardagen med barnet "
            "känns tung: trots, rädslor, gräl, sömnproblem eller oro för barnets utveckling. Vi "
            "träffar föräldrar, barn och hela familjen, beroende på vad som passar "
            "situationen.\n\n"
            "Vi kan också göra en psykologisk undersökning av barnet och vid behov hänvisa till "
            "andra tjänster. Allt behandlas konfidentiellt.",
            "At the family counselling clinic, psychologists and social workers help when "
            "everyday life with your child feels hard: tantrums, fears, arguments, sleep problems "
            "or worries about development. We meet parents, children or the whole family, "
            "whatever suits the situation.\n\n"
            "We can also do a psychological assessment of your child and refer you to other "
            "services if needed. Everything is confidential.",
        ),
        "user_instructions": (
            "Soita perheneuvolan ajanvaraukseen. Kerro lyhyesti, mikä huolettaa, niin sovimme "
            "ensimmäisen tapaamisen. Lähetettä ei tarvita.",
            "Ring familjerådgivningens tidsbokning. Berätta kort vad som oroar, så kommer vi "
            "överens om den första träffen. Ingen remiss behövs.",
            "Call the clinic's booking line. Tell us briefly what worries you and we will agree "
            "on a first meeting. You do not need a referral.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 17),
        "nodes": ["kasvatus-ja-vanhemmuus", "kasvu-ja-kehitys"],
        "keywords": (
            [
                "perheneuvola",
                "kasvatus",
                "uhmaikä",
                "käytöspulmat",
                "psykologi",
                "huoli lapsesta",
                "raivokohtaus",
                "kiukku",
            ],
            ["familjerådgivning", "uppfostran", "trotsålder", "psykolog"],
            ["family counselling", "parenting", "behaviour", "tantrums", "psychologist"],
        ),
        "ptv": {"service_classes": ["P3.7"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            (
                "perheneuvola-puhelin",
                (
                    "Ajanvaraus ja neuvonta puhelimitse.",
                    "Tidsbokning och rådgivning per telefon.",
                    "Bookings and advice by phone.",
                ),
            ),
            (
                "perheneuvola",
                (
                    "Tapaamiset ajanvarauksella.",
                    "Besök enligt tidsbokning.",
                    "Visits by appointment.",
                ),
            ),
        ],
        "verified_days_ago": 35,
    },
    {
        "slug": "vahvuutta-vanhemmuuteen-ryhma",
        "name": (
            "Vahvuutta vanhemmuuteen -ryhmä",
            "Gruppen Styrka i föräldraskapet",
            "Strength in Parenthood group",
        ),
        "summary": (
            "Ryhmä esikoisen vanhemmille: jutellaan vauva-arjesta, parisuhteesta ja jaksamisesta "
            "ohjaajien kanssa.",
            "Grupp för föräldrar med sitt första barn: vi pratar om babyvardagen, parrelationen "
            "och orken med ledarna.",
            "A group for first-time parents: talk about life with a baby, your relationship and "
            "coping, with trained leaders.",
        ),
        "description": (
            "Vahvuutta vanhemmuuteen on esikoisperheiden ryhmä, joka kokoontuu noin 12 kertaa "
            "vauvan ollessa 2–12 kuukauden ikäinen. Ryhmässä pohditaan vauvan tarpeita, omaa "
            "vanhemmuutta ja parisuhteen muutosta yhdessä muiden samassa tilanteessa olevien "
            "kanssa.\n\n"
            "Vauvat ovat mukana tapaamisissa. Ryhmää ohjaavat koulutettu MLL:n vapaaehtoinen ja "
            "neuvolan terveydenhoitaja.",
            "Styrka i föräldraskapet är en grupp för familjer med sitt första barn. Den träffas "
            "ungefär 12 gånger när babyn är 2–12 månader. I gruppen funderar ni på babyns behov, "
            "ert eget föräldraskap och hur parrelationen förändras, tillsammans med andra i samma "
            "situation.\n\n"
            "Babyerna är med på träffarna. Gruppen leds av en utbildad frivillig från MLL och en "
            "hälsovårdare från rådgivningen.",
            "Strength in Parenthood is a group for families with their first baby. It meets about "
            "12 times while the baby is 2–12 months old. You talk about your baby's needs, being "
            "a parent and how your relationship changes, with others in the same situation.\n\n"
            "Babies come along to the meetings. The group is led by a trained MLL volunteer and a "
            "public health nurse from the child health clinic.",
        ),
        "user_instructions": (
            "Ilmoittaudu MLL:n verkkosivulla tai kysy neuvolan terveydenhoitajalta. Uudet ryhmät "
            "alkavat syyskuussa ja tammikuussa.",
            "Anmäl dig på MLL:s webbplats eller fråga hälsovårdaren på rådgivningen. Nya grupper "
            "börjar i september och januari.",
            "Sign up on MLL's website or ask your public health nurse. New groups start in "
            "September and January.",
        ),
        "provider": "mll",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (0, 1),
        "nodes": ["kasvatus-ja-vanhemmuus", "vauvaperheiden-ryhmat"],
        "keywords": (
            ["vauvaryhmä", "esikoinen", "vertaistuki", "vanhemmuus", "mll"],
            ["babygrupp", "första barnet", "kamratstöd", "föräldraskap"],
            ["baby group", "first baby", "peer support", "new parents"],
        ),
        "ptv": {
            "service_classes": ["P3.6", "P4.12"],
            "target_groups": ["KR1.2"],
            "life_events": ["KE1"],
        },
        "channels": [
            (
                "b-mll-verkko",
                ("Ilmoittautuminen ryhmiin.", "Anmälan till grupperna.", "Sign up for the groups."),
            ),
            (
                "kuusikko",
                (
                    "Ryhmä kokoontuu torstaisin klo 10–11.30.",
                    "Gruppen träffas på torsdagar kl. 10–11.30.",
                    "The group meets on Thursdays 10–11.30 am.",
                ),
            ),
        ],
        "verified_days_ago": 120,
    },
    {
        "slug": "ihmeelliset-vuodet-vanhempainryhma",
        "name": (
            "Ihmeelliset vuodet -vanhempainryhmä",
            "Föräldragruppen De otroliga åren",
            "Incredible Years parenting group",
        ),
        "summary": (
            "Ryhmä 3–8-vuotiaiden vanhemmille, kun uhma, kiukku tai tottelemattomuus kuormittaa. "
            "Tutkitusti toimivia keinoja.",
            "Grupp för föräldrar till 3–8-åringar när trots, ilska eller olydnad tar på "
            "krafterna. Metoder som bevisat fungerar.",
            "A group for parents of 3 to 8-year-olds when defiance, tantrums or not listening "
            "wear you down. Proven methods.",
        ),
        "description": (
            "Ihmeelliset vuodet on tutkittu vanhemmuuden ohjelma. Ryhmässä harjoitellaan leikkiä "
            "lapsen ehdoilla, kehumista, selkeitä ohjeita ja rauhallisia keinoja rajojen "
            "asettamiseen. Kotona kokeillaan joka viikko jotakin uutta.\n\n"
            "Ryhmä kokoontuu 14 kertaa kerran viikossa, ja lastenhoito on järjestetty. Ryhmää "
            "ohjaavat perheneuvolan psykologi ja perhetyöntekijä.",
            "De otroliga åren är ett forskningsbaserat föräldraprogram. I gruppen övar ni att "
            "leka på barnets villkor, att berömma, att ge tydliga instruktioner och lugna sätt "
            "att sätta gränser. Varje vecka prövar ni något nytt hemma.\n\n"
            "Gruppen träffas 14 gånger, en gång i veckan, och barnpassning ordnas. Gruppen leds "
            "av familjerådgivningens psykolog och en familjearbetare.",
            "Incredible Years is a research-based parenting programme. In the group you practise "
            "child-led play, praise, clear instructions and calm ways of setting limits, and try "
            "something new at home each week.\n\n"
            "The group meets once a week for 14 weeks, with childcare provided. It is led by a "
            "psychologist from the family counselling clinic and a family worker.",
        ),
        "user_instructions": (
            "Ilmoittaudu perheneuvolan ajanvarauksessa. Ennen ryhmää tapaamme sinut kerran, ja "
            "mielellään molemmat vanhemmat tulevat mukaan.",
            "Anmäl dig via familjerådgivningens tidsbokning. Före gruppen träffar vi dig en gång, "
            "och gärna kommer båda föräldrarna med.",
            "Sign up through the family counselling clinic's booking line. We meet you once "
            "before the group starts; ideally both parents take part.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (3, 8),
        "nodes": ["kasvatus-ja-vanhemmuus"],
        "keywords": (
            [
                "vanhempainryhmä",
                "uhmaikä",
                "kiukku",
                "rajat",
                "kasvatus",
                "käytöspulmat",
                "uhma",
                "raivokohtaus",
            ],
            ["föräldragrupp", "trots", "gränser", "uppfostran"],
            ["parenting group", "tantrums", "behaviour", "setting limits"],
        ),
        "ptv": {"service_classes": ["P3.7"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            (
                "perheneuvola-puhelin",
                ("Ilmoittautuminen ryhmään.", "Anmälan till gruppen.", "Sign-up for the group."),
            ),
            (
                "perheneuvola",
                (
                    "Ryhmä keskiviikkoisin klo 17–19.",
                    "Gruppen på onsdagar kl. 17–19.",
                    "The group meets on Wednesdays, 5–7 pm.",
                ),
            ),
        ],
        "verified_days_ago": 52,
    },
    {
        "slug": "vanhempainpuhelin",
        "name": (
            "MLL:n vanhempainpuhelin ja -chat",
            "MLL:s föräldratelefon och föräldrachatt",
            "MLL parents' helpline and chat",
        ),
        "summary": (
            "Soita tai kirjoita nimettömänä, kun kasvatus, lapsen käytös tai oma jaksaminen "
            "mietityttää. Kuuntelija on koulutettu vapaaehtoinen.",
            "Ring eller skriv anonymt när uppfostran, barnets beteende eller din egen ork oroar. "
            "Den som lyssnar är en utbildad frivillig.",
            "Call or write anonymously when parenting, your child's behaviour or how you are "
            "coping is on your mind. A trained volunteer listens.",
        ),
        "description": (
            "Vanhempainpuhelimeen voi soittaa pienestä tai isosta asiasta: lapsen uniongelmista, "
            "teinin kotiintuloajoista, sisarusriidoista tai siitä, että oma jaksaminen on "
            "koetuksella. Vapaaehtoiset päivystäjät ovat itsekin vanhempia.\n\n"
            "Voit myös kirjoittaa kirjeen verkossa, jolloin saat vastauksen muutaman päivän "
            "kuluessa.",
            "Till föräldratelefonen kan du ringa om små och stora saker: barnets sömnproblem, "
            "tonåringens hemkomsttider, syskongräl eller att din egen ork sätts på prov. De "
            "frivilliga som svarar är själva föräldrar.\n\n"
            "Du kan också skriva ett brev på webben och får då svar inom några dagar.",
            "You can call the parents' helpline about anything, big or small: your child's sleep, "
            "your teenager's curfew, sibling fights, or feeling at the end of your rope. The "
            "volunteers who answer are parents themselves.\n\n"
            "You can also write a letter online and get a reply within a few days.",
        ),
        "user_instructions": (
            "Soita puhelinaikana tai avaa chat verkkosivulla. Nimeä ei kysytä.",
            "Ring under telefontiden eller öppna chatten på webbplatsen. Ingen frågar efter ditt "
            "namn.",
            "Call during the helpline's hours or open the chat on the website. Nobody asks your "
            "name.",
        ),
        "provider": "mll",
        "charge_type": "free",
        "charge_note": ("Puhelu on maksuton.", "Samtalet är avgiftsfritt.", "Calls are free."),
        "languages": ["fi", "sv"],
        "ages": (0, 17),
        "nodes": ["kasvatus-ja-vanhemmuus"],
        "keywords": (
            [
                "vanhempainpuhelin",
                "kasvatus",
                "jaksaminen",
                "teini",
                "mll",
                "neuvoa vanhemmille",
                "uni",
                "uhma",
            ],
            ["föräldratelefon", "uppfostran", "ork", "tonåring"],
            ["parents' helpline", "parenting advice", "teenagers", "coping"],
        ),
        "ptv": {
            "service_classes": ["P3.7", "P4.12"],
            "target_groups": ["KR1.2"],
            "life_events": [],
        },
        "channels": [
            ("b-vanhempainpuhelin", None),
            (
                "b-mll-verkko",
                (
                    "Vanhempainchat ja kirjepalvelu.",
                    "Föräldrachatt och brevtjänst.",
                    "Parents' chat and letter service.",
                ),
            ),
        ],
        "verified_days_ago": 118,
    },
    {
        "slug": "perheasiain-neuvottelukeskus",
        "name": (
            "Perheasiain neuvottelukeskus",
            "Familjerådgivningscentralen",
            "Family counselling centre of the parish",
        ),
        "summary": (
            "Keskusteluapua parisuhteen kriiseihin, riitoihin ja eroon. Seurakunnan palvelu, "
            "avoin kaikille vakaumuksesta riippumatta.",
            "Samtalsstöd vid kriser och gräl i parrelationen och vid skilsmässa. Församlingens "
            "tjänst, öppen för alla oavsett tro.",
            "Counselling for couples in crisis, in conflict or thinking of separating. Run by the "
            "parish, open to all, whatever your beliefs.",
        ),
        "description": (
            "Perheasiain neuvottelukeskuksessa perheneuvojat, joilla on pari- ja perheterapeutin "
            "koulutus, auttavat parisuhteen ja perheen pulmissa. Voit tulla yksin tai yhdessä "
            "puolison kanssa, myös silloin kun harkitsette eroa.\n\n"
            "Käynnit ovat maksuttomia ja luottamuksellisia. Neuvottelukeskus on avoin kaikille, "
            "etkä tarvitse kirkon jäsenyyttä.",
            "På familjerådgivningscentralen hjälper familjerådgivare med utbildning i par- och "
            "familjeterapi vid problem i parrelationen och familjen. Du kan komma ensam eller "
            "tillsammans med din partner, också när ni funderar på att skiljas.\n\n"
            "Besöken är avgiftsfria och konfidentiella. Centralen är öppen för alla, och du "
            "behöver inte vara medlem i kyrkan.",
            "At the family counselling centre, counsellors trained in couples and family therapy "
            "help with problems in your relationship and family. You can come alone or with your "
            "partner, including when you are thinking about separating.\n\n"
            "Visits are free and confidential. The centre is open to everyone; you do not need to "
            "be a church member.",
        ),
        "user_instructions": (
            "Varaa aika puhelimitse. Jonotilanne vaihtelee, kerromme sen soittaessasi.",
            "Boka tid per telefon. Kötiden varierar, vi berättar den när du ringer.",
            "Book by phone. Waiting times vary; we will tell you the current wait when you call.",
        ),
        "provider": "seurakunta",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["parisuhde", "ero"],
        "keywords": (
            [
                "pariterapia",
                "parisuhde",
                "riidat",
                "ero",
                "perheneuvoja",
                "kriisi",
                "riita",
                "riitely",
            ],
            ["parterapi", "parrelation", "gräl", "skilsmässa", "familjerådgivning"],
            ["couples therapy", "relationship", "marriage counselling", "separation"],
        ),
        "ptv": {
            "service_classes": ["P3.1", "P3.7"],
            "target_groups": ["KR1.2", "KR1"],
            "life_events": ["KE7"],
        },
        "channels": [
            ("b-perheasiain-puhelin", ("Ajanvaraus.", "Tidsbokning.", "Bookings.")),
            (
                "b-perheasiain-neuvottelukeskus",
                (
                    "Vastaanotto ajanvarauksella.",
                    "Mottagning enligt tidsbokning.",
                    "Appointments only.",
                ),
            ),
        ],
        "verified_days_ago": 88,
    },
    {
        "slug": "parisuhdekurssi-vauvaperheille",
        "name": (
            "Kaksi plus vauva – parisuhdekurssi",
            "Två plus baby – parrelationskurs",
            "Two plus baby – a course for couples",
        ),
        "summary": (
            "Neljän illan kurssi pareille, joiden perheeseen on tullut vauva. Lastenhoito "
            "järjestetty kurssin ajaksi.",
            "En kurs på fyra kvällar för par som har fått en baby. Barnpassning ordnas under "
            "kursen.",
            "A four-evening course for couples who have just had a baby. Childcare is arranged "
            "during the sessions.",
        ),
        "description": (
            "Vauvan tulo muuttaa parisuhdetta: aikaa ja unta on vähemmän, ja riitoja voi tulla "
            "uusista asioista. Kurssilla harjoitellaan kuuntelemista, riitojen ratkomista ja "
            "yhteisen ajan löytämistä.\n\n"
            "Illat ovat keskustelevia, eikä kenenkään tarvitse kertoa omista asioistaan enempää "
            "kuin haluaa. Vauvat ja sisarukset hoidetaan viereisessä tilassa.",
            "När en baby kommer förändras parrelationen: det finns mindre tid och sömn, och gräl "
            "kan uppstå kring nya saker. På kursen övar ni att lyssna, lösa konflikter och hitta "
            "tid för varandra.\n\n"
            "Kvällarna bygger på samtal, och ingen behöver berätta mer om sig själv än hen vill. "
            "Babyer och syskon tas om hand i rummet bredvid.",
            "A new baby changes a relationship: there is less time and sleep, and new things to "
            "argue about. On the course you practise listening, solving disagreements and finding "
            "time for each other.\n\n"
            "The evenings are based on discussion, and nobody has to share more than they want "
            "to. Babies and siblings are looked after in the room next door.",
        ),
        "user_instructions": (
            "Ilmoittautukaa yhdessä verkkolomakkeella. Kurssille mahtuu kahdeksan paria.",
            "Anmäl er tillsammans med webbformuläret. Kursen har plats för åtta par.",
            "Sign up together using the online form. There is room for eight couples.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "chargeable",
        "charge_note": (
            "20 € pariskunnalta, sisältää iltapalan. Maksusta voi pyytää vapautusta.",
            "20 € per par, inklusive kvällsmål. Man kan be om befrielse från avgiften.",
            "€20 per couple, including an evening snack. Ask us if the fee is a problem.",
        ),
        "languages": ["fi"],
        "ages": (0, 2),
        "nodes": ["parisuhde"],
        "keywords": (
            [
                "parisuhde",
                "parisuhdekurssi",
                "vauva",
                "riidat",
                "yhteinen aika",
                "riita",
                "riitely",
            ],
            ["parrelation", "kurs för par", "baby"],
            ["relationship course", "couples", "new baby"],
        ),
        "ptv": {"service_classes": ["P3.1"], "target_groups": ["KR1.2"], "life_events": ["KE1"]},
        "channels": [
            (
                "b-ensi-ja-turvakoti",
                (
                    "Kurssi-illat tiistaisin klo 17.30–19.30.",
                    "Kurskvällar på tisdagar kl. 17.30–19.30.",
                    "Course evenings on Tuesdays, 5.30–7.30 pm.",
                ),
            ),
            (
                "b-ensi-ja-turvakoti-verkko",
                ("Ilmoittautumislomake.", "Anmälningsformulär.", "Sign-up form."),
            ),
        ],
        "verified_days_ago": 140,
    },
    {
        "slug": "parisuhteen-omahoito",
        "name": (
            "Parisuhteen omahoito-ohjelma",
            "Egenvårdsprogram för parrelationen",
            "Self-help programme for relationships",
        ),
        "summary": (
            "Maksuton verkko-ohjelma, jonka harjoituksilla voit pohtia parisuhdettasi omaan "
            "tahtiin, yksin tai yhdessä.",
            "Ett avgiftsfritt webbprogram med övningar där du kan fundera på er relation i egen "
            "takt, ensam eller tillsammans.",
            "A free online programme with exercises to think about your relationship at your own "
            "pace, alone or together.",
        ),
        "description": (
            "Omahoito-ohjelma auttaa tunnistamaan parisuhteen vahvuuksia ja kuormittavia asioita. "
            "Ohjelmassa on tietoa, tehtäviä ja keskustelukysymyksiä esimerkiksi riitelystä, "
            "läheisyydestä ja arjen työnjaosta.\n\n"
            "Ohjelmaa käytetään nimettömästi eikä se vaadi kirjautumista. Jos tilanne tuntuu "
            "raskaalta, ohjelma kertoo, mistä saa henkilökohtaista apua.",
            "Egenvårdsprogrammet hjälper dig att se styrkor och påfrestningar i er relation. Det "
            "innehåller information, uppgifter och samtalsfrågor om till exempel gräl, närhet och "
            "arbetsfördelningen i vardagen.\n\n"
            "Programmet används anonymt och kräver ingen inloggning. Om situationen känns tung "
            "berättar programmet var du får personlig hjälp.",
            "The self-help programme helps you recognise the strengths and the strains in your "
            "relationship. It has information, exercises and questions to talk about, such as "
            "arguing, closeness and sharing chores.\n\n"
            "You use it anonymously and without logging in. If things feel heavy, the programme "
            "tells you where to get personal help.",
        ),
        "user_instructions": (
            "Avaa ohjelma verkossa ja etene omaan tahtiisi. Voit tehdä harjoituksia myös yhdessä "
            "kumppanin kanssa.",
            "Öppna programmet på webben och gå framåt i din egen takt. Du kan också göra "
            "övningarna tillsammans med din partner.",
            "Open the programme online and go at your own pace. You can also do the exercises "
            "together with your partner.",
        ),
        "provider": "mielenterveystalo",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["parisuhde"],
        "keywords": (
            ["parisuhde", "omahoito", "verkko-ohjelma", "riitely", "läheisyys", "riita"],
            ["parrelation", "egenvård", "webbprogram"],
            ["relationship", "self-help", "online programme"],
        ),
        "ptv": {"service_classes": ["P3.1", "P5.11"], "target_groups": ["KR1"], "life_events": []},
        "channels": [
            (
                "b-mielenterveystalo-verkko",
                (
                    "Ohjelma löytyy kohdasta Omahoito.",
                    "Programmet finns under Egenvård.",
                    "Find the programme under Self-help.",
                ),
            ),
        ],
        "verified_days_ago": 260,
    },
    {
        "slug": "seksuaali-ja-parisuhdeneuvonta",
        "name": (
            "Seksuaali- ja parisuhdeneuvonta",
            "Sexual- och samlevnadsrådgivning",
            "Sexual health and relationship counselling",
        ),
        "summary": (
            "Seksuaalineuvoja auttaa, kun seksuaalisuus, halut tai läheisyys mietityttävät "
            "esimerkiksi synnytyksen jälkeen.",
            "En sexualrådgivare hjälper när sexualitet, lust eller närhet känns svåra, till "
            "exempel efter en förlossning.",
            "A sexual health counsellor helps when sexuality, desire or intimacy are on your "
            "mind, for example after giving birth.",
        ),
        "description": (
            "Seksuaalineuvonnassa voit puhua luottamuksellisesti seksuaalisuuteen, "
            "haluttomuuteen, kipuun, ehkäisyyn tai seksuaaliseen identiteettiin liittyvistä "
            "kysymyksistä. Tule yksin tai kumppanin kanssa.\n\n"
            "Neuvojana on seksuaalineuvojaksi kouluttautunut terveydenhoitaja. Tarvittaessa hän "
            "ohjaa lääkärille tai seksuaaliterapeutille.",
            "Hos sexualrådgivningen kan du konfidentiellt prata om frågor kring sexualitet, "
            "bristande lust, smärta, preventivmedel eller sexuell identitet. Kom ensam eller med "
            "din partner.\n\n"
            "Rådgivaren är en hälsovårdare med utbildning i sexualrådgivning. Vid behov hänvisar "
            "hen till läkare eller sexualterapeut.",
            "In counselling you can talk in confidence about sexuality, low desire, pain, "
            "contraception or sexual identity. Come alone or with your partner.\n\n"
            "The counsellor is a public health nurse trained in sexual counselling, who can refer "
            "you to a doctor or sex therapist if needed.",
        ),
        "user_instructions": (
            "Varaa aika sähköisessä ajanvarauksessa tai neuvolan puhelinnumerosta.",
            "Boka tid i den elektroniska tidsbokningen eller via rådgivningens telefonnummer.",
            "Book online or through the child health clinic's phone line.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (15, None),
        "nodes": ["parisuhde"],
        "keywords": (
            ["seksuaalineuvonta", "seksi", "haluttomuus", "ehkäisy", "parisuhde"],
            ["sexualrådgivning", "sex", "preventivmedel", "lust"],
            ["sexual health", "intimacy", "contraception", "desire"],
        ),
        "ptv": {
            "service_classes": ["P3.1", "P5.1"],
            "target_groups": ["KR1", "KR1.3"],
            "life_events": [],
        },
        "channels": [
            ("ajanvaraus", None),
            (
                "terveysasema",
                (
                    "Vastaanotto terveysaseman 2. kerroksessa.",
                    "Mottagning på hälsostationens andra våning.",
                    "Appointments on the health centre's 2nd floor.",
                ),
            ),
        ],
        "verified_days_ago": 170,
    },
    {
        "slug": "lastenvalvoja",
        "name": (
            "Lastenvalvoja: huolto-, asumis-, tapaamis- ja elatussopimukset",
            "Barnatillsyningsman: avtal om vårdnad, boende, umgänge och underhåll",
            "Child welfare supervisor: custody, residence, contact and maintenance agreements",
        ),
        "alternative_name": ("Lastenvalvoja", "Barnatillsyningsman", "Child welfare supervisor"),
        "summary": (
            "Lastenvalvojan luona vanhemmat sopivat lapsen huollosta, asumisesta, tapaamisista ja "
            "elatusavusta. Sopimus on maksuton.",
            "Hos barnatillsyningsmannen avtalar föräldrarna om barnets vårdnad, boende, umgänge "
            "och underhållsbidrag. Avgiftsfritt.",
            "With the child welfare supervisor, parents agree on custody, where the child lives, "
            "contact and child maintenance. Free.",
        ),
        "description": (
            "Kun vanhemmat eroavat tai eivät asu yhdessä, lastenvalvoja auttaa tekemään lapsen "
            "asioista sopimuksen. Lastenvalvojan vahvistama sopimus on yhtä pätevä kuin "
            "tuomioistuimen päätös.\n\n"
            "Lastenvalvoja myös vahvistaa isyyden tai äitiyden tunnustamisen ja neuvoo elatusavun "
            "laskemisessa. Tapaamisella keskitytään siihen, mikä on lapselle parasta.",
            "När föräldrar skiljer sig eller inte bor tillsammans hjälper barnatillsyningsmannen "
            "till med att göra upp ett avtal om barnets ärenden. Ett avtal som "
            "barnatillsyningsmannen fastställt gäller som ett domstolsbeslut.\n\n"
            "Barnatillsyningsmannen fastställer också erkännande av faderskap eller moderskap och "
            "ger råd om hur underhållsbidraget räknas ut. Vid mötet utgår man från vad som är "
            "bäst för barnet.",
            "When parents separate or do not live together, the child welfare supervisor helps "
            "them make an agreement about the child. An agreement confirmed by the supervisor is "
            "as binding as a court decision.\n\n"
            "The supervisor also confirms acknowledgements of paternity or maternity and advises "
            "on calculating child maintenance. The meeting focuses on what is best for the child.",
        ),
        "user_instructions": (
            "Varatkaa aika puhelinaikana. Tulkaa tapaamiseen molemmat vanhemmat, ja ottakaa "
            "mukaan tiedot tuloista ja menoista, jos sovitte elatusavusta.",
            "Boka tid under telefontiden. Båda föräldrarna kommer till mötet. Ta med uppgifter om "
            "inkomster och utgifter om ni ska avtala om underhållsbidrag.",
            "Book an appointment during phone hours. Both parents come to the meeting; bring "
            "details of your income and expenses if you are agreeing on maintenance.",
        ),
        "requirements": (
            "Molempien vanhempien on oltava samaa mieltä sopimuksen sisällöstä. Jos ette pääse "
            "sopuun, lastenvalvoja kertoo sovittelusta ja tuomioistuinkäsittelystä.",
            "Båda föräldrarna måste vara överens om avtalets innehåll. Om ni inte är överens "
            "berättar barnatillsyningsmannen om medling och domstolsbehandling.",
            "Both parents must agree on what the agreement says. If you cannot agree, the "
            "supervisor will tell you about mediation and taking the matter to court.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, 17),
        "nodes": ["ero"],
        "keywords": (
            [
                "lastenvalvoja",
                "huoltajuus",
                "huoltosopimus",
                "tapaamisoikeus",
                "elatusapu",
                "isyyden tunnustaminen",
                "ero",
                "vuoroasuminen",
            ],
            [
                "barnatillsyningsman",
                "vårdnad",
                "umgängesrätt",
                "underhållsbidrag",
                "skilsmässa",
                "faderskap",
            ],
            [
                "custody",
                "child maintenance",
                "contact arrangements",
                "divorce",
                "paternity",
                "separation",
            ],
        ),
        "ptv": {
            "service_classes": ["P3.5", "P3.9", "P3.3"],
            "target_groups": ["KR1.2"],
            "life_events": ["KE7", "KE1"],
        },
        "channels": [
            (
                "b-lastenvalvoja-puhelin",
                (
                    "Ajanvaraus vain puhelinaikana.",
                    "Tidsbokning endast under telefontiden.",
                    "Bookings during phone hours only.",
                ),
            ),
            (
                "sosiaalitoimisto",
                (
                    "Tapaamiset ajanvarauksella.",
                    "Möten enligt tidsbokning.",
                    "Meetings by appointment.",
                ),
            ),
        ],
        "verified_days_ago": 21,
    },
    {
        "slug": "eron-ensiapu",
        "name": ("Eron ensiapu", "Första hjälpen vid skilsmässa", "First aid for separation"),
        "summary": (
            "Nopeaa keskusteluapua eron keskellä oleville vanhemmille. Yksi tai muutama "
            "tapaaminen, myös puhelimessa.",
            "Snabbt samtalsstöd för föräldrar mitt i en skilsmässa. En eller några träffar, också "
            "per telefon.",
            "Quick support for parents in the middle of a separation. One or a few sessions, in "
            "person or by phone.",
        ),
        "description": (
            "Ero herättää paljon tunteita ja kysymyksiä: miten kerron lapsille, missä lapset "
            "asuvat, miten jaksan. Eron ensiavussa saat tilaa omille tunteillesi ja tietoa siitä, "
            "mitä erossa pitää hoitaa ja missä järjestyksessä.\n\n"
            "Palvelun tarjoaa Kuusilahden yhden vanhemman perheet ry:n Erokeskus. Työntekijät "
            "ovat koulutettuja eroauttajia, ja keskustelut ovat luottamuksellisia.",
            "En skilsmässa väcker många känslor och frågor: hur berättar jag för barnen, var ska "
            "barnen bo, hur orkar jag. Hos Första hjälpen vid skilsmässa får du utrymme för dina "
            "känslor och information om vad som ska ordnas och i vilken ordning.\n\n"
            "Tjänsten ordnas av Skilsmässocentret vid Kuusilahden yhden vanhemman perheet ry. "
            "Medarbetarna är utbildade skilsmässohjälpare och samtalen är konfidentiella.",
            "A separation brings up many feelings and questions: how do I tell the children, "
            "where will they live, how will I cope. At First aid for separation you get space for "
            "your feelings and clear information on what needs sorting out, and in what order.\n\n"
            "The service is run by the Separation Centre of the Kuusilahti single-parent families "
            "association. Staff are trained separation counsellors and all talks are confidential.",
        ),
        "user_instructions": (
            "Soita tai tule Erokeskukseen. Pyrimme järjestämään ensimmäisen tapaamisen viikon "
            "sisällä.",
            "Ring eller kom till Skilsmässocentret. Vi försöker ordna den första träffen inom en "
            "vecka.",
            "Call or drop by the Separation Centre. We aim to offer a first session within a week.",
        ),
        "provider": "yhden-vanhemman",
        "charge_type": "free",
        "languages": ["fi", "en"],
        "ages": (0, 17),
        "nodes": ["ero"],
        "keywords": (
            ["ero", "avioero", "eroauttaminen", "erokeskus", "yksinhuoltaja"],
            ["skilsmässa", "separation", "ensamstående förälder"],
            ["divorce", "separation", "break-up", "single parent"],
        ),
        "ptv": {
            "service_classes": ["P3.1", "P4.12"],
            "target_groups": ["KR1.2"],
            "life_events": ["KE7"],
        },
        "channels": [
            ("b-erokeskus-puhelin", None),
            (
                "b-erokeskus",
                (
                    "Ilman ajanvarausta keskiviikkoisin klo 16–19.",
                    "Utan tidsbokning på onsdagar kl. 16–19.",
                    "Drop in on Wednesdays 4–7 pm.",
                ),
            ),
        ],
        "verified_days_ago": 75,
    },
    {
        "slug": "perheasioiden-sovittelu",
        "name": ("Perheasioiden sovittelu", "Medling i familjeärenden", "Family mediation"),
        "summary": (
            "Puolueeton sovittelija auttaa eroavia vanhempia sopimaan lasten asioista, kun "
            "keskustelu on jumittunut.",
            "En opartisk medlare hjälper föräldrar som skiljer sig att komma överens om barnen "
            "när samtalen har kört fast.",
            "An impartial mediator helps separating parents agree about the children when talks "
            "have got stuck.",
        ),
        "description": (
            "Sovittelussa vanhemmat etsivät yhdessä ratkaisuja lapsen asumiseen, tapaamisiin ja "
            "elatukseen. Sovittelija ei tee päätöksiä puolestanne, vaan auttaa keskustelemaan "
            "niin, että lapsen etu pysyy keskiössä.\n\n"
            "Sovittelu on vapaaehtoista ja luottamuksellista. Syntyneen sopimuksen voi vahvistaa "
            "lastenvalvojalla.",
            "Vid medlingen söker föräldrarna tillsammans lösningar om barnets boende, umgänge och "
            "underhåll. Medlaren fattar inga beslut åt er, utan hjälper er att samtala så att "
            "barnets bästa står i centrum.\n\n"
            "Medlingen är frivillig och konfidentiell. Avtalet ni kommer fram till kan "
            "fastställas hos barnatillsyningsmannen.",
            "In mediation, parents work out together where the child lives, contact and "
            "maintenance. The mediator does not decide for you, but helps you talk so that the "
            "child's best interests stay at the centre.\n\n"
            "Mediation is voluntary and confidential. Any agreement you reach can be confirmed by "
            "the child welfare supervisor.",
        ),
        "user_instructions": (
            "Kumpi tahansa vanhemmista voi pyytää sovittelua soittamalla lastenvalvojien "
            "puhelinaikaan.",
            "Vilken som helst av föräldrarna kan begära medling genom att ringa "
            "barnatillsyningsmännens telefontid.",
            "Either parent can ask for mediation by calling the child welfare supervisors' phone "
            "line.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 17),
        "nodes": ["ero"],
        "keywords": (
            ["sovittelu", "ero", "riita", "huoltoriita", "tapaamiset"],
            ["medling", "skilsmässa", "vårdnadstvist"],
            ["mediation", "divorce", "custody dispute"],
        ),
        "ptv": {"service_classes": ["P3.5"], "target_groups": ["KR1.2"], "life_events": ["KE7"]},
        "channels": [
            (
                "b-lastenvalvoja-puhelin",
                (
                    "Pyydä sovittelua puhelinaikana.",
                    "Begär medling under telefontiden.",
                    "Ask for mediation during phone hours.",
                ),
            ),
            ("sosiaalitoimisto", None),
        ],
        "verified_days_ago": 430,
    },
    {
        "slug": "valvotut-tapaamiset",
        "name": (
            "Valvotut ja tuetut tapaamiset",
            "Övervakade och stödda umgängen",
            "Supervised and supported contact",
        ),
        "summary": (
            "Turvallinen paikka, jossa lapsi voi tavata vanhempaansa työntekijän läsnä ollessa. "
            "Myös valvotut vaihdot.",
            "En trygg plats där barnet kan träffa sin förälder med en medarbetare närvarande. "
            "Också övervakade överlämningar.",
            "A safe place where a child can meet a parent with a worker present. Supervised "
            "handovers too.",
        ),
        "description": (
            "Tapaamispaikka Sillassa lapsi tapaa vanhempaa, jonka kanssa hän ei asu, kun "
            "tapaamiset on sovittu tai määrätty tuettaviksi tai valvottaviksi. Työntekijä on "
            "paikalla koko ajan ja huolehtii lapsen turvallisuudesta.\n\n"
            "Valvotussa vaihdossa vanhempien ei tarvitse kohdata: lapsi siirtyy vanhemmalta "
            "toiselle tapaamispaikan kautta.",
            "På mötesplatsen Silta träffar barnet den förälder som hen inte bor med, när umgänget "
            "har avtalats eller bestämts som stött eller övervakat. En medarbetare finns på plats "
            "hela tiden och ser till barnets säkerhet.\n\n"
            "Vid övervakade överlämningar behöver föräldrarna inte mötas: barnet går från den ena "
            "föräldern till den andra via mötesplatsen.",
            "At the Silta meeting place, a child meets the parent they do not live with when "
            "contact has been agreed or ordered as supported or supervised. A worker is present "
            "throughout and keeps the child safe.\n\n"
            "With supervised handovers, parents do not have to meet: the child moves from one "
            "parent to the other through the meeting place.",
        ),
        "user_instructions": (
            "Tapaamiset perustuvat lastenvalvojan vahvistamaan sopimukseen tai tuomioistuimen "
            "päätökseen. Toimita sopimus meille, niin sovimme aloitustapaamiset kummankin "
            "vanhemman kanssa erikseen.",
            "Umgänget bygger på ett avtal som barnatillsyningsmannen fastställt eller på ett "
            "domstolsbeslut. Skicka avtalet till oss, så bokar vi inledande möten med båda "
            "föräldrarna var för sig.",
            "Contact is based on an agreement confirmed by the child welfare supervisor or on a "
            "court decision. Send us the agreement and we will arrange a first meeting with each "
            "parent separately.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "free",
        "charge_note": (
            "Hyvinvointialue maksaa tapaamiset, kun ne perustuvat vahvistettuun sopimukseen tai "
            "päätökseen.",
            "Välfärdsområdet betalar umgänget när det bygger på ett fastställt avtal eller beslut.",
            "The wellbeing services county pays for contact based on a confirmed agreement or "
            "decision.",
        ),
        "languages": ["fi", "sv", "en"],
        "ages": (0, 17),
        "nodes": ["ero"],
        "keywords": (
            ["valvotut tapaamiset", "tapaamispaikka", "valvottu vaihto", "tapaamisoikeus", "ero"],
            ["övervakat umgänge", "mötesplats", "umgängesrätt"],
            ["supervised contact", "contact centre", "handover", "visitation"],
        ),
        "ptv": {
            "service_classes": ["P3.5", "P3.6"],
            "target_groups": ["KR1.2"],
            "life_events": ["KE7"],
        },
        "channels": [
            (
                "b-tapaamispaikka",
                (
                    "Tapaamiset sovitaan etukäteen.",
                    "Umgänget avtalas i förväg.",
                    "All contact is agreed in advance.",
                ),
            ),
            ("b-ensi-ja-turvakoti-puhelin", None),
        ],
        "verified_days_ago": 190,
    },
    {
        "slug": "lasten-eroryhma",
        "name": (
            "Lasten eroryhmä",
            "Skilsmässogrupp för barn",
            "Group for children whose parents have separated",
        ),
        "summary": (
            "7–12-vuotiaiden ryhmä, jossa lapset käsittelevät vanhempien eroa leikin, piirtämisen "
            "ja keskustelun avulla.",
            "En grupp för barn i åldern 7–12 där barnen bearbetar föräldrarnas skilsmässa genom "
            "lek, teckning och samtal.",
            "A group for 7 to 12-year-olds where children work through their parents' separation "
            "by playing, drawing and talking.",
        ),
        "description": (
            "Ryhmässä lapsi huomaa, ettei ole ainoa, jonka vanhemmat ovat eronneet. Kahdeksan "
            "tapaamisen aikana puhutaan tunteista, kahdesta kodista ja siitä, ettei ero ole "
            "koskaan lapsen syy.\n\n"
            "Vanhemmille järjestetään kaksi omaa iltaa, joissa kerrotaan, miten lasta voi tukea "
            "kotona.",
            "I gruppen märker barnet att hen inte är den enda vars föräldrar har skilt sig. Under "
            "åtta träffar pratar vi om känslor, om två hem och om att en skilsmässa aldrig är "
            "barnets fel.\n\n"
            "Föräldrarna får två egna kvällar där vi berättar hur man kan stöda barnet hemma.",
            "In the group, children find out they are not the only ones whose parents have split "
            "up. Over eight sessions we talk about feelings, having two homes, and how a "
            "separation is never the child's fault.\n\n"
            "Parents have two evenings of their own about how to support their child at home.",
        ),
        "user_instructions": (
            "Ilmoita lapsi perheneuvolaan. Ennen ryhmän alkua tapaamme lapsen ja vanhemman.",
            "Anmäl barnet till familjerådgivningen. Innan gruppen börjar träffar vi barnet och "
            "föräldern.",
            "Sign your child up through the family counselling clinic. We meet the child and a "
            "parent before the group starts.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (7, 12),
        "nodes": ["ero", "tuki-koulussa"],
        "keywords": (
            ["eroryhmä", "lapsi ja ero", "kaksi kotia", "vertaisryhmä"],
            ["skilsmässogrupp", "barn och skilsmässa", "två hem"],
            ["children and divorce", "support group", "two homes"],
        ),
        "ptv": {"service_classes": ["P3.7"], "target_groups": ["KR1.2"], "life_events": ["KE7"]},
        "channels": [
            (
                "perheneuvola-puhelin",
                ("Ilmoittautuminen ryhmään.", "Anmälan till gruppen.", "Sign-up for the group."),
            ),
            (
                "perheneuvola",
                (
                    "Ryhmä kokoontuu keskiviikkoisin klo 14.30–16.",
                    "Gruppen träffas på onsdagar kl. 14.30–16.",
                    "The group meets on Wednesdays 2.30–4 pm.",
                ),
            ),
        ],
        "verified_days_ago": 95,
    },
    {
        "slug": "eronneiden-isien-ryhma",
        "name": (
            "Eronneiden isien ryhmä",
            "Grupp för frånskilda pappor",
            "Group for separated dads",
        ),
        "summary": (
            "Vertaisryhmä isille eron jälkeen: tapaamiset, kahden kodin arki ja omat tunteet. "
            "Kuusi iltaa, vetäjänä isä, joka on itse eronnut.",
            "Kamratgrupp för pappor efter skilsmässan: umgänge, vardag i två hem och egna "
            "känslor. Sex kvällar med en pappa som själv har skilt sig.",
            "A peer group for dads after separation: contact, life in two homes and your own "
            "feelings. Six evenings, led by a dad who has been through it.",
        ),
        "description": (
            "Ero voi viedä isältä arjen lasten kanssa, ja moni jää miettimään asioita yksin. "
            "Ryhmässä puhutaan tapaamisista, yhteistyöstä toisen vanhemman kanssa, vihasta ja "
            "surusta sekä siitä, miten olla läsnä lapselle, vaikka tämä asuu osan ajasta "
            "muualla.\n\nRyhmässä on enintään kymmenen isää. Siellä sanottu jää ryhmään.",
            "En skilsmässa kan ta ifrån pappan vardagen med barnen, och många blir ensamma med "
            "sina tankar. I gruppen pratar vi om umgänge, samarbete med den andra föräldern, "
            "ilska och sorg, och om hur man är närvarande för barnet fast hen bor en del av tiden "
            "på annat håll.\n\nGruppen har högst tio pappor. Det som sägs i gruppen stannar där.",
            "Separation can take away a dad's everyday life with his children, and many are left "
            "thinking things through alone. The group talks about contact, working with the other "
            "parent, anger and grief, and how to be there for your child when they live elsewhere "
            "part of the time.\n\n"
            "There are at most ten dads in the group, and what is said there stays there.",
        ),
        "user_instructions": (
            "Ilmoittaudu Erokeskukseen puhelimitse. Uusi ryhmä alkaa syys- ja tammikuussa.",
            "Anmäl dig till Skilsmässocentret per telefon. En ny grupp börjar i september och "
            "januari.",
            "Sign up with the Separation Centre by phone. New groups start in September and "
            "January.",
        ),
        "provider": "yhden-vanhemman",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (0, 17),
        "nodes": ["ero"],
        "keywords": (
            ["ero", "isät", "eroisä", "vertaisryhmä", "tapaamiset", "vuoroasuminen"],
            ["skilsmässa", "pappor", "kamratgrupp", "umgänge"],
            ["divorce", "separated dads", "fathers", "peer group"],
        ),
        "ptv": {"service_classes": ["P4.12"], "target_groups": ["KR1.2"], "life_events": ["KE7"]},
        "channels": [
            (
                "b-erokeskus-puhelin",
                ("Ilmoittautuminen ryhmään.", "Anmälan till gruppen.", "Sign-up for the group."),
            ),
            (
                "b-erokeskus",
                (
                    "Ryhmä torstaisin klo 18–20.",
                    "Gruppen på torsdagar kl. 18–20.",
                    "The group meets on Thursdays, 6–8 pm.",
                ),
            ),
        ],
        "verified_days_ago": 440,
    },
    # Kriisit ja väkivalta
    {
        "slug": "sosiaali-ja-kriisipaivystys",
        "name": (
            "Sosiaali- ja kriisipäivystys",
            "Social- och krisjouren",
            "Social and crisis emergency service",
        ),
        "summary": (
            "Kiireellistä apua ympäri vuorokauden, kun perheessä on akuutti kriisi tai lapsen "
            "turvallisuus on uhattuna.",
            "Akut hjälp dygnet runt när familjen är i akut kris eller ett barns säkerhet är hotad.",
            "Urgent help day and night when a family is in acute crisis or a child's safety is at "
            "risk.",
        ),
        "description": (
            "Sosiaali- ja kriisipäivystys auttaa kiireellisissä tilanteissa, joita ei voi siirtää "
            "seuraavaan arkipäivään: esimerkiksi kun vanhempi ei pysty huolehtimaan lapsesta, "
            "kotona on väkivaltaa tai perhettä on kohdannut äkillinen järkyttävä tapahtuma, kuten "
            "läheisen kuolema.\n\n"
            "Päivystyksen sosiaalityöntekijät arvioivat tilanteen puhelimessa ja tulevat "
            "tarvittaessa paikalle yhdessä poliisin tai ensihoidon kanssa. Kaikkeen ei tarvitse "
            "keksiä sanoja valmiiksi: kerro, mitä on tapahtunut, niin autamme eteenpäin.",
            "Social- och krisjouren hjälper i akuta situationer som inte kan vänta till nästa "
            "vardag: till exempel när en förälder inte kan ta hand om sitt barn, när det "
            "förekommer våld i hemmet eller när familjen har drabbats av en plötslig omskakande "
            "händelse, som en närståendes död.\n\n"
            "Jourens socialarbetare bedömer situationen per telefon och kommer vid behov på plats "
            "tillsammans med polisen eller akutvården. Du behöver inte ha färdiga ord: berätta "
            "vad som har hänt, så hjälper vi dig vidare.",
            "The social and crisis emergency service helps in urgent situations that cannot wait "
            "until the next working day: for example when a parent cannot look after their child, "
            "there is violence at home, or the family has been hit by a sudden shocking event "
            "such as the death of someone close.\n\n"
            "The duty social workers assess the situation by phone and, if needed, come out "
            "together with the police or paramedics. You do not need to find the right words "
            "first: tell us what has happened and we will help you from there.",
        ),
        "user_instructions": (
            "Soita päivystykseen, se vastaa aina. Jos henki tai terveys on välittömässä vaarassa, "
            "soita ensin hätänumeroon 112.",
            "Ring jouren, den svarar alltid. Om liv eller hälsa är i omedelbar fara, ring först "
            "nödnumret 112.",
            "Call the emergency line; it always answers. If someone's life or health is in "
            "immediate danger, call 112 first.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["kriisi-nyt"],
        "keywords": (
            ["sosiaalipäivystys", "kriisi", "hätä", "kriisiapu", "päivystys", "läheisen kuolema"],
            ["socialjour", "kris", "krishjälp", "akut hjälp"],
            ["social emergency", "crisis", "urgent help", "emergency social work"],
        ),
        "ptv": {
            "service_classes": ["P3.8", "P5.5"],
            "target_groups": ["KR1.2", "KR1"],
            "life_events": [],
        },
        "channels": [
            (
                "sosiaalipaivystys-puhelin",
                ("Vastaa ympäri vuorokauden.", "Svarar dygnet runt.", "Answers day and night."),
            ),
        ],
        "verified_days_ago": 12,
    },
    {
        "slug": "lastensuojeluilmoitus",
        "name": (
            "Huoli lapsesta – lastensuojeluilmoitus",
            "Oro för ett barn – barnskyddsanmälan",
            "Worried about a child – child welfare report",
        ),
        "summary": (
            "Jos olet huolissasi lapsen hyvinvoinnista tai turvallisuudesta, voit tehdä "
            "lastensuojeluilmoituksen, myös nimettömänä.",
            "Om du är orolig för ett barns välbefinnande eller säkerhet kan du göra en "
            "barnskyddsanmälan, också anonymt.",
            "If you are worried about a child's wellbeing or safety, you can make a child welfare "
            "report, anonymously if you wish.",
        ),
        "description": (
            "Lastensuojeluilmoitus on tapa pyytää apua lapselle. Ilmoituksen voi tehdä kuka "
            "tahansa, myös lapsi itse tai vanhempi omasta perheestään. Sosiaalityöntekijä arvioi "
            "tilanteen ja ottaa yhteyttä perheeseen, ja tavoitteena on löytää perheelle tukea.\n\n"
            "Virka-aikana ilmoituksen voi tehdä verkossa tai soittamalla. Iltaisin ja "
            "viikonloppuisin kiireellisistä huolista ilmoitetaan sosiaali- ja kriisipäivystykseen.",
            "En barnskyddsanmälan är ett sätt att be om hjälp för ett barn. Vem som helst kan "
            "göra en anmälan, också barnet självt eller en förälder om sin egen familj. En "
            "socialarbetare bedömer situationen och kontaktar familjen, och målet är att hitta "
            "stöd för familjen.\n\n"
            "Under tjänstetid kan du göra anmälan på webben eller per telefon. På kvällar och "
            "veckoslut anmäls akuta bekymmer till social- och krisjouren.",
            "A child welfare report is a way of asking for help for a child. Anyone can make one, "
            "including the child or a parent about their own family. A social worker assesses the "
            "situation and contacts the family, with the aim of finding the right support.\n\n"
            "During office hours you can report online or by phone. In the evenings and at "
            "weekends, report urgent concerns to the social and crisis emergency service.",
        ),
        "user_instructions": (
            "Täytä sähköinen ilmoitus tai soita sosiaalitoimistoon. Jos lapsi on välittömässä "
            "vaarassa, soita hätänumeroon 112.",
            "Fyll i den elektroniska anmälan eller ring socialbyrån. Om barnet är i omedelbar "
            "fara, ring nödnumret 112.",
            "Fill in the online report or call the social services office. If the child is in "
            "immediate danger, call 112.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, 17),
        "nodes": ["kriisi-nyt", "lahisuhdevakivalta"],
        "keywords": (
            [
                "lastensuojeluilmoitus",
                "lastensuojelu",
                "huoli lapsesta",
                "kaltoinkohtelu",
                "ilmoitus",
            ],
            ["barnskyddsanmälan", "barnskydd", "oro för barn"],
            ["child welfare report", "child protection", "worried about a child", "neglect"],
        ),
        "ptv": {"service_classes": ["P3.8"], "target_groups": ["KR1.2", "KR1"], "life_events": []},
        "channels": [
            (
                "b-lastensuojeluilmoitus",
                (
                    "Virka-aikana käsiteltävät ilmoitukset.",
                    "Anmälningar som behandlas under tjänstetid.",
                    "Reports handled during office hours.",
                ),
            ),
            (
                "sosiaalitoimisto",
                (
                    "Voit myös tulla käymään tai soittaa virka-aikana.",
                    "Du kan också komma på besök eller ringa under tjänstetid.",
                    "You can also visit or call during office hours.",
                ),
            ),
            (
                "sosiaalipaivystys-puhelin",
                (
                    "Kiireelliset ilmoitukset iltaisin, öisin ja viikonloppuisin.",
                    "Brådskande anmälningar kvällar, nätter och veckoslut.",
                    "Urgent reports in the evening, at night and at weekends.",
                ),
            ),
        ],
        "verified_days_ago": 30,
    },
    {
        "slug": "kriisipuhelin",
        "name": (
            "Valtakunnallinen kriisipuhelin",
            "Den riksomfattande kristelefonen",
            "National crisis helpline",
        ),
        "summary": (
            "Keskusteluapua puhelimessa ympäri vuorokauden, kun oma tai läheisen tilanne tuntuu "
            "ylivoimaiselta. Nimettömästi.",
            "Samtalsstöd per telefon dygnet runt när din egen eller en närståendes situation "
            "känns övermäktig. Anonymt.",
            "Someone to talk to by phone day and night when your situation, or someone close to "
            "you, feels overwhelming. Anonymous.",
        ),
        "description": (
            "Kriisipuhelimeen voi soittaa, kun elämässä on tapahtunut jotain järkyttävää, "
            "ajatukset pyörivät tai itsetuhoiset ajatukset pelottavat. Päivystäjät ovat "
            "koulutettuja ammattilaisia ja vapaaehtoisia, jotka kuuntelevat ja auttavat "
            "miettimään seuraavia askelia.\n\n"
            "Soittaa voi nimettömänä, eikä asiaa tarvitse osata selittää valmiiksi. Ruotsiksi "
            "päivystetään iltaisin. Jos olet välittömässä vaarassa, soita hätänumeroon 112.",
            "Du kan ringa kristelefonen när något omskakande har hänt, tankarna snurrar eller "
            "självdestruktiva tankar skrämmer dig. Jourhavande är utbildade yrkespersoner och "
            "frivilliga som lyssnar och hjälper dig att fundera på nästa steg.\n\n"
            "Du kan ringa anonymt och behöver inte kunna förklara allt i förväg. Samtalen förs på "
            "finska; på svenska får du hjälp på kvällarna. Om du är i omedelbar fara, ring "
            "nödnumret 112.",
            "You can call the crisis helpline when something shocking has happened, your thoughts "
            "keep going round, or thoughts of harming yourself frighten you. The people on the "
            "line are trained professionals and volunteers who listen and help you think about "
            "what to do next.\n\n"
            "You can call anonymously and do not need to explain everything first. Calls are in "
            "Finnish, with Swedish in the evenings. If you are in immediate danger, call 112.",
        ),
        "user_instructions": (
            "Soita milloin tahansa. Jos linja on varattu, soita hetken päästä uudelleen.",
            "Ring när som helst. Om linjen är upptagen, ring igen om en stund.",
            "Call at any time. If the line is busy, try again in a little while.",
        ),
        "provider": "mielenterveystalo",
        "charge_type": "free",
        "charge_note": (
            "Puhelu maksaa tavallisen puhelun hinnan.",
            "Samtalet kostar som ett vanligt samtal.",
            "Calls cost the same as an ordinary call.",
        ),
        "languages": ["fi", "sv"],
        "ages": (None, None),
        "nodes": ["kriisi-nyt", "mielenterveys-ja-paihteet"],
        "keywords": (
            ["kriisipuhelin", "kriisi", "itsetuhoisuus", "keskusteluapu", "ahdistus", "hätä"],
            ["kristelefon", "kris", "självmordstankar", "samtalsstöd"],
            ["crisis helpline", "suicidal thoughts", "someone to talk to", "crisis"],
        ),
        "ptv": {"service_classes": ["P5.7"], "target_groups": ["KR1"], "life_events": []},
        "channels": [("b-kriisipuhelin", None)],
        "verified_days_ago": 50,
    },
    {
        "slug": "tukinet-kriisichat",
        "name": ("Tukinet-kriisichat", "Tukinet-krischatten", "Tukinet crisis chat"),
        "summary": (
            "Kirjoita kriisityöntekijälle nimettömästi chatissa, jos puhuminen tuntuu vaikealta. "
            "Auki joka ilta myöhään.",
            "Skriv anonymt till en krisarbetare i chatten om det känns svårt att prata. Öppen "
            "varje kväll till sent.",
            "Write to a crisis worker anonymously in the chat if talking feels hard. Open every "
            "evening until late.",
        ),
        "description": (
            "Tukinetin kriisichatissa voit keskustella kahden kesken koulutetun kriisityöntekijän "
            "kanssa. Chat sopii esimerkiksi silloin, kun ääneen puhuminen tuntuu vaikealta tai "
            "kotona ei voi puhua rauhassa.\n\n"
            "Chat on auki joka päivä illasta yöhön. Sivustolla on myös vertaistukiryhmiä ja "
            "mahdollisuus lähettää kysymys kriisityöntekijälle, joka vastaa muutaman päivän "
            "kuluessa.",
            "I Tukinets krischatt kan du prata i enrum med en utbildad krisarbetare. Chatten "
            "passar till exempel när det känns svårt att prata högt eller när du inte kan prata "
            "ostört hemma.\n\n"
            "Chatten är öppen varje dag från kväll till natt. På webbplatsen finns också "
            "kamratstödsgrupper och möjlighet att skicka en fråga till en krisarbetare som svarar "
            "inom några dagar.",
            "In the Tukinet crisis chat you can talk one-to-one with a trained crisis worker. It "
            "suits times when speaking out loud feels hard, or when you cannot talk in private at "
            "home.\n\n"
            "The chat is open every day from evening until late at night. The site also has peer "
            "support groups, and you can send a question to a crisis worker who will reply within "
            "a few days.",
        ),
        "user_instructions": (
            "Avaa chat verkkosivulta ja odota vuoroasi. Rekisteröityminen ei ole pakollista. Jos "
            "olet välittömässä vaarassa, soita 112.",
            "Öppna chatten på webbplatsen och vänta på din tur. Du behöver inte registrera dig. "
            "Om du är i omedelbar fara, ring 112.",
            "Open the chat on the website and wait for your turn. You do not have to register. If "
            "you are in immediate danger, call 112.",
        ),
        "provider": "tukinet",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (13, None),
        "nodes": ["kriisi-nyt", "nuorten-hyvinvointi"],
        "keywords": (
            ["kriisichat", "chat", "tukinet", "kriisi", "nimetön", "ahdistus"],
            ["krischatt", "chatt", "kris", "anonym"],
            ["crisis chat", "online chat", "anonymous", "crisis support"],
        ),
        "ptv": {
            "service_classes": ["P5.7", "P4.12"],
            "target_groups": ["KR1", "KR1.3"],
            "life_events": [],
        },
        "channels": [("b-tukinet-chat", None)],
        "verified_days_ago": 145,
    },
    {
        "slug": "lasten-ja-nuorten-puhelin",
        "name": (
            "Lasten ja nuorten puhelin ja chat",
            "Telefonen och chatten för barn och unga",
            "Helpline and chat for children and young people",
        ),
        "summary": (
            "Maksuton ja nimetön puhelin ja chat alle 21-vuotiaille. Numero 116 111. Aikuinen "
            "kuuntelee, mistä vain.",
            "Avgiftsfri och anonym telefon och chatt för dem under 21 år. Nummer 116 111. En "
            "vuxen lyssnar, om vad som helst.",
            "A free, anonymous helpline and chat for anyone under 21. Call 116 111. An adult "
            "listens, whatever it is about.",
        ),
        "description": (
            "Lasten ja nuorten puhelimeen voi soittaa tai kirjoittaa mistä tahansa mieltä "
            "painavasta asiasta: kiusaamisesta, kavereista, kotiasioista, ihastumisesta tai "
            "pahasta olosta. Vastaajat ovat koulutettuja aikuisia vapaaehtoisia.\n\n"
            "Puhelu on maksuton eikä näy puhelinlaskussa. Jos olet vaarassa juuri nyt, soita "
            "hätänumeroon 112.",
            "Till telefonen för barn och unga kan du ringa eller skriva om vad som helst som "
            "tynger dig: mobbning, kompisar, saker hemma, förälskelse eller att du mår dåligt. De "
            "som svarar är utbildade vuxna frivilliga.\n\n"
            "Samtalet är gratis och syns inte på telefonräkningen. Om du är i fara just nu, ring "
            "nödnumret 112.",
            "Children and young people can call or write about anything that is on their mind: "
            "bullying, friends, things at home, crushes or feeling bad. The people who answer are "
            "trained adult volunteers.\n\n"
            "The call is free and does not show on the phone bill. If you are in danger right "
            "now, call 112.",
        ),
        "user_instructions": (
            "Soita numeroon 116 111 tai avaa chat verkossa. Nimeä ei tarvitse kertoa.",
            "Ring 116 111 eller öppna chatten på webben. Du behöver inte säga ditt namn.",
            "Call 116 111 or open the chat online. You do not have to give your name.",
        ),
        "provider": "mll",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (6, 20),
        "nodes": ["kriisi-nyt", "nuorten-hyvinvointi"],
        "keywords": (
            ["lasten ja nuorten puhelin", "116 111", "kiusaaminen", "paha olo", "nuoret", "chat"],
            ["barn- och ungdomstelefonen", "mobbning", "må dåligt", "unga"],
            ["helpline for young people", "bullying", "feeling down", "kids helpline"],
        ),
        "ptv": {
            "service_classes": ["P4.12", "P28.5"],
            "target_groups": ["KR1.2", "KR1.3"],
            "life_events": [],
        },
        "channels": [
            (
                "b-lasten-ja-nuorten-puhelin",
                (
                    "Ruotsiksi maanantaisin, keskiviikkoisin ja perjantaisin.",
                    "På svenska på måndagar, onsdagar och fredagar.",
                    "In Swedish on Mondays, Wednesdays and Fridays.",
                ),
            ),
        ],
        "verified_days_ago": 70,
    },
    {
        "slug": "kriisikeskusteluapu",
        "name": (
            "Kriisikeskusteluapu järkyttävän tapahtuman jälkeen",
            "Krissamtal efter en omskakande händelse",
            "Crisis counselling after a traumatic event",
        ),
        "summary": (
            "Maksuttomat keskustelut kriisityöntekijän kanssa onnettomuuden, läheisen kuoleman "
            "tai muun järkytyksen jälkeen.",
            "Avgiftsfria samtal med en krisarbetare efter en olycka, en närståendes död eller en "
            "annan omskakande händelse.",
            "Free sessions with a crisis worker after an accident, a death in the family or "
            "another shocking event.",
        ),
        "description": (
            "Järkyttävä tapahtuma voi näkyä univaikeuksina, pelkona tai muistikuvina, jotka "
            "palaavat mieleen. Ne ovat tavallisia reaktioita epätavalliseen tilanteeseen. "
            "Kriisityöntekijä auttaa ymmärtämään omia ja lasten reaktioita ja kertoo, miten lasta "
            "voi tukea.\n\n"
            "Tapaamisia on yleensä yhdestä viiteen, ja niihin voi tulla yksin, perheenä tai "
            "esimerkiksi koululuokan kanssa.",
            "En omskakande händelse kan märkas som sömnsvårigheter, rädsla eller minnesbilder som "
            "återkommer. Det är vanliga reaktioner på en ovanlig situation. Krisarbetaren hjälper "
            "dig att förstå dina och barnens reaktioner och berättar hur du kan stöda barnet.\n\n"
            "Det blir vanligen en till fem träffar, och du kan komma ensam, som familj eller till "
            "exempel med en skolklass.",
            "A shocking event can show up as trouble sleeping, fear or memories that keep coming "
            "back. These are normal reactions to an abnormal situation. A crisis worker helps you "
            "understand your own and your children's reactions and how to support your child.\n\n"
            "There are usually one to five sessions, and you can come alone, as a family or, for "
            "example, with a school class.",
        ),
        "user_instructions": (
            "Soita sosiaali- ja kriisipäivystykseen, niin kriisityöntekijä ottaa sinuun yhteyttä, "
            "yleensä vuorokauden sisällä. Jos joku on välittömässä vaarassa, soita hätänumeroon "
            "112.",
            "Ring social- och krisjouren, så kontaktar en krisarbetare dig, vanligen inom ett "
            "dygn. Om någon är i omedelbar fara, ring nödnumret 112.",
            "Call the social and crisis emergency service and a crisis worker will contact you, "
            "usually within 24 hours. If anyone is in immediate danger, call 112.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "uk"],
        "ages": (None, None),
        "nodes": ["kriisi-nyt"],
        "keywords": (
            ["kriisityö", "järkytys", "onnettomuus", "suru", "trauma", "läheisen kuolema"],
            ["krisarbete", "chock", "olycka", "sorg", "trauma"],
            ["crisis counselling", "trauma", "grief", "bereavement", "accident"],
        ),
        "ptv": {"service_classes": ["P5.7"], "target_groups": ["KR1", "KR1.2"], "life_events": []},
        "channels": [
            (
                "sosiaalipaivystys-puhelin",
                (
                    "Pyydä kriisityöntekijän yhteydenottoa.",
                    "Be att en krisarbetare kontaktar dig.",
                    "Ask for a crisis worker to contact you.",
                ),
            ),
            (
                "terveysasema",
                (
                    "Tapaamiset sovitaan puhelimessa.",
                    "Träffarna avtalas per telefon.",
                    "Sessions are arranged by phone.",
                ),
            ),
        ],
        "verified_days_ago": 160,
    },
    {
        "slug": "turvakoti",
        "name": ("Turvakoti", "Skyddshem", "Women's and family shelter (turvakoti)"),
        "summary": (
            "Turvallinen paikka ympäri vuorokauden, kun kotona on väkivaltaa tai sen uhkaa. Tule "
            "yksin tai lasten kanssa.",
            "En trygg plats dygnet runt när det finns våld eller hot om våld hemma. Kom ensam "
            "eller med barnen.",
            "A safe place day and night when there is violence or the threat of violence at home. "
            "Come alone or with your children.",
        ),
        "description": (
            "Turvakotiin voi tulla kuka tahansa lähisuhdeväkivaltaa tai sen uhkaa kokeva, "
            "kaikenikäisenä ja -sukupuolisena, omasta aloitteestaan. Saat turvallisen asumisen "
            "lisäksi keskusteluapua ja apua esimerkiksi rikosilmoituksen, lähestymiskiellon ja "
            "asumisen järjestelyissä. Lapsilla on omat työntekijänsä.\n\n"
            "Turvakodin osoite ei ole julkinen. Soita, niin kerromme, miten pääset perille "
            "turvallisesti.",
            "Vem som helst som utsätts för våld eller hot om våld i en nära relation kan komma "
            "till skyddshemmet på eget initiativ, oavsett ålder och kön. Förutom ett tryggt "
            "boende får du samtalsstöd och hjälp med till exempel polisanmälan, besöksförbud och "
            "boendet. Barnen har egna medarbetare.\n\n"
            "Skyddshemmets adress är inte offentlig. Ring, så berättar vi hur du kommer dit "
            "tryggt.",
            "Anyone experiencing violence or the threat of violence from someone close to them "
            "can come to the shelter on their own initiative, whatever their age or gender. As "
            "well as a safe place to stay, you get someone to talk to and help with things like "
            "reporting to the police, restraining orders and housing. Children have their own "
            "workers.\n\n"
            "The shelter's address is not public. Call us and we will tell you how to get here "
            "safely.",
        ),
        "user_instructions": (
            "Soita turvakotiin milloin tahansa. Et tarvitse lähetettä. Jos olet välittömässä "
            "vaarassa, soita hätänumeroon 112.",
            "Ring skyddshemmet när som helst. Du behöver ingen remiss. Om du är i omedelbar fara, "
            "ring nödnumret 112.",
            "Call the shelter at any time. You do not need a referral. If you are in immediate "
            "danger, call 112.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "free",
        "languages": ["fi", "sv", "en", "ru", "ar"],
        "ages": (None, None),
        "nodes": ["lahisuhdevakivalta", "kriisi-nyt"],
        "keywords": (
            [
                "turvakoti",
                "väkivalta",
                "lähisuhdeväkivalta",
                "perheväkivalta",
                "turvapaikka",
                "pelko",
            ],
            ["skyddshem", "våld", "våld i nära relationer", "familjevåld"],
            ["shelter", "domestic violence", "safe house", "abuse"],
        ),
        "ptv": {
            "service_classes": ["P3.6", "P4.1"],
            "target_groups": ["KR1", "KR1.2"],
            "life_events": [],
        },
        "channels": [
            (
                "b-turvakoti-puhelin",
                (
                    "Vastaa ympäri vuorokauden. Tulkkaus järjestetään tarvittaessa.",
                    "Svarar dygnet runt. Tolk ordnas vid behov.",
                    "Answers day and night. We arrange an interpreter if needed.",
                ),
            ),
        ],
        "verified_days_ago": 25,
    },
    {
        "slug": "lahisuhdevakivaltatyo",
        "name": (
            "Apua lähisuhdeväkivaltaan",
            "Hjälp vid våld i nära relationer",
            "Help with domestic violence",
        ),
        "summary": (
            "Keskusteluapua ja neuvoja, kun puoliso, entinen puoliso tai muu läheinen satuttaa, "
            "pelottaa tai kontrolloi.",
            "Samtalsstöd och råd när en partner, tidigare partner eller annan närstående skadar, "
            "skrämmer eller kontrollerar dig.",
            "Support and advice when a partner, ex-partner or other family member hurts, "
            "frightens or controls you.",
        ),
        "description": (
            "Väkivalta voi olla lyömistä, mutta myös uhkailua, nimittelyä, rahan käytön "
            "rajoittamista tai sitä, ettei saa tavata ystäviä. Lähisuhdeväkivaltatyöntekijä "
            "kuuntelee, auttaa arvioimaan turvallisuutta ja tekee kanssasi turvasuunnitelman.\n\n"
            "Saat tietoa myös rikosilmoituksesta, lähestymiskiellosta ja siitä, miten lapsia voi "
            "suojella. Tapaamiset ovat luottamuksellisia, eikä mitään tehdä ilman lupaasi, ellei "
            "lapsen turvallisuus sitä vaadi.",
            "Våld kan vara slag, men också hot, glåpord, att någon begränsar hur du använder "
            "pengar eller hindrar dig från att träffa vänner. Medarbetaren för arbete mot våld i "
            "nära relationer lyssnar, hjälper dig bedöma säkerheten och gör upp en säkerhetsplan "
            "med dig.\n\n"
            "Du får också information om polisanmälan, besöksförbud och hur du kan skydda barnen. "
            "Träffarna är konfidentiella och inget görs utan ditt tillstånd, om inte barnets "
            "säkerhet kräver det.",
            "Violence can mean hitting, but also threats, name-calling, controlling your money or "
            "stopping you from seeing friends. The domestic violence worker listens, helps you "
            "assess your safety and makes a safety plan with you.\n\n"
            "You also get information on reporting to the police, restraining orders and "
            "protecting your children. Meetings are confidential and nothing is done without your "
            "consent unless a child's safety requires it.",
        ),
        "user_instructions": (
            "Soita ajanvaraukseen arkisin. Voit pyytää tapaamista myös neuvolan, koulun tai "
            "terveysaseman työntekijän kautta. Hätätilanteessa soita 112.",
            "Ring tidsbokningen på vardagar. Du kan också be om en träff via rådgivningen, skolan "
            "eller hälsostationen. I en nödsituation, ring 112.",
            "Call the booking line on weekdays. You can also ask for a meeting through the child "
            "health clinic, school or health centre. In an emergency, call 112.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["lahisuhdevakivalta"],
        "keywords": (
            [
                "väkivalta",
                "lähisuhdeväkivalta",
                "perheväkivalta",
                "henkinen väkivalta",
                "lähestymiskielto",
                "turvasuunnitelma",
            ],
            ["våld", "våld i nära relationer", "psykiskt våld", "besöksförbud"],
            ["domestic violence", "abuse", "coercive control", "restraining order"],
        ),
        "ptv": {
            "service_classes": ["P3.6", "P4.13"],
            "target_groups": ["KR1", "KR1.2"],
            "life_events": [],
        },
        "channels": [
            (
                "b-sosiaaliohjaus-puhelin",
                (
                    "Pyydä lähisuhdeväkivaltatyöntekijää.",
                    "Be att få tala med medarbetaren för arbete mot våld i nära relationer.",
                    "Ask for the domestic violence worker.",
                ),
            ),
            (
                "sosiaalitoimisto",
                (
                    "Tapaamiset ajanvarauksella.",
                    "Träffar enligt tidsbokning.",
                    "Meetings by appointment.",
                ),
            ),
        ],
        "verified_days_ago": 110,
    },
    {
        "slug": "vakivallan-katkaisu",
        "name": (
            "Väkivallan katkaisu – apua väkivaltaa käyttäneelle",
            "Att bryta våldet – hjälp för den som har använt våld",
            "Stopping violence – help if you have been violent",
        ),
        "summary": (
            "Jos olet satuttanut läheistäsi tai pelkäät tekeväsi niin, voit muuttaa tapaasi "
            "toimia. Tule puhumaan.",
            "Om du har skadat en närstående eller är rädd att göra det kan du ändra hur du "
            "agerar. Kom och prata.",
            "If you have hurt someone close to you, or fear that you might, you can change how "
            "you act. Come and talk.",
        ),
        "description": (
            "Väkivallan katkaisutyössä opettelet tunnistamaan tilanteita, joissa suutut, ja "
            "keinoja toimia toisin. Työskentely on yksilötapaamisia ja myöhemmin ryhmä, ja sen "
            "tavoitteena on, että kotona on turvallista kaikille.\n\n"
            "Puhumme myös siitä, miten väkivalta vaikuttaa lapsiin. Tarjoamme tukea myös "
            "puolisolle, ja hänen turvallisuutensa on aina etusijalla.",
            "I arbetet med att bryta våldet lär du dig känna igen situationer där du blir arg och "
            "hitta sätt att agera annorlunda. Arbetet består av individuella träffar och senare "
            "en grupp, och målet är att hemmet ska vara tryggt för alla.\n\n"
            "Vi pratar också om hur våldet påverkar barnen. Vi erbjuder stöd också för partnern, "
            "och hens säkerhet går alltid först.",
            "In this work you learn to recognise the situations where you lose your temper and "
            "find other ways to act. It starts with one-to-one sessions and later a group, and "
            "the aim is a home that is safe for everyone.\n\n"
            "We also talk about how violence affects children. We offer support to your partner "
            "too, and their safety always comes first.",
        ),
        "user_instructions": (
            "Soita ja kerro, että haluat apua väkivallan katkaisuun. Ensimmäinen aika järjestyy "
            "yleensä kahden viikon sisällä. Jos tilanne kotona on juuri nyt vaarallinen, soita "
            "hätänumeroon 112.",
            "Ring och säg att du vill ha hjälp att bryta våldet. Den första tiden ordnas vanligen "
            "inom två veckor. Om situationen hemma är farlig just nu, ring nödnumret 112.",
            "Call and say you want help to stop being violent. A first appointment is usually "
            "available within two weeks. If things at home are dangerous right now, call 112.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "free",
        "languages": ["fi", "en"],
        "ages": (None, None),
        "nodes": ["lahisuhdevakivalta"],
        "keywords": (
            [
                "väkivallan katkaisu",
                "väkivalta",
                "suuttumus",
                "vihanhallinta",
                "lähisuhdeväkivalta",
            ],
            ["bryta våldet", "våld", "ilska"],
            ["stopping violence", "anger", "perpetrator programme", "domestic violence"],
        ),
        "ptv": {"service_classes": ["P3.6", "P4.13"], "target_groups": ["KR1"], "life_events": []},
        "channels": [
            ("b-ensi-ja-turvakoti-puhelin", None),
            (
                "b-ensi-ja-turvakoti",
                ("Tapaamiset ajanvarauksella.", "Träffar enligt tidsbokning.", "By appointment."),
            ),
        ],
        "verified_days_ago": 505,
    },
    {
        "slug": "lasten-tuki-vakivallan-jalkeen",
        "name": (
            "Lasten tuki väkivallan jälkeen",
            "Stöd för barn som upplevt våld",
            "Support for children who have experienced violence",
        ),
        "summary": (
            "Lapsi, joka on nähnyt tai kokenut väkivaltaa kotona, saa oman työntekijän ja "
            "tarvittaessa pienryhmän.",
            "Ett barn som har sett eller upplevt våld hemma får en egen medarbetare och vid behov "
            "en smågrupp.",
            "A child who has seen or experienced violence at home gets their own worker and, if "
            "needed, a small group.",
        ),
        "description": (
            "Väkivallan näkeminen on lapselle yhtä haitallista kuin sen kohteeksi joutuminen. "
            "Lapsen työntekijä auttaa lasta sanoittamaan kokemaansa leikin, piirtämisen ja "
            "keskustelun avulla ja kertomaan, ettei väkivalta ole hänen syytään.\n\n"
            "Vanhempi saa samalla tukea siihen, miten puhua lapsen kanssa ja miten arjesta "
            "tehdään turvallista ja ennakoitavaa.",
            "Att se våld är lika skadligt för ett barn som att själv bli utsatt. Barnets "
            "medarbetare hjälper barnet att sätta ord på det hen har upplevt genom lek, teckning "
            "och samtal, och att förstå att våldet inte är hens fel.\n\n"
            "Föräldern får samtidigt stöd i hur man pratar med barnet och hur vardagen blir trygg "
            "och förutsägbar.",
            "Witnessing violence harms a child as much as being its target. The child's worker "
            "helps them put what they have been through into words through play, drawing and "
            "talking, and helps them understand that the violence is not their fault.\n\n"
            "The parent gets support in how to talk with the child and how to make everyday life "
            "safe and predictable.",
        ),
        "user_instructions": (
            "Vanhempi tai lapsen kanssa työskentelevä ammattilainen voi ottaa yhteyttä "
            "puhelimitse. Jos lapsi on välittömässä vaarassa, soita hätänumeroon 112.",
            "En förälder eller en yrkesperson som arbetar med barnet kan ta kontakt per telefon. "
            "Om barnet är i omedelbar fara, ring nödnumret 112.",
            "A parent, or a professional working with the child, can contact us by phone. If a "
            "child is in immediate danger, call 112.",
        ),
        "provider": "ensi-ja-turvakoti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (3, 17),
        "nodes": ["lahisuhdevakivalta"],
        "keywords": (
            ["lapsi ja väkivalta", "väkivalta", "lasten tuki", "perheväkivalta", "trauma"],
            ["barn och våld", "familjevåld", "stöd för barn"],
            ["children and violence", "domestic violence", "child support"],
        ),
        "ptv": {"service_classes": ["P3.6"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [("b-ensi-ja-turvakoti-puhelin", None), ("b-ensi-ja-turvakoti", None)],
        "verified_days_ago": 230,
    },
    {
        "slug": "nuorisoasema",
        "name": (
            "Nuorisoasema: nuorten mielenterveys- ja päihdepalvelut",
            "Ungdomsstationen: mentalvårds- och missbrukstjänster för unga",
            "Youth mental health and substance use clinic (nuorisoasema)",
        ),
        "alternative_name": (
            "Nuorisoasema Kompassi",
            "Ungdomsstationen Kompassi",
            "Kompassi youth mental health clinic",
        ),
        "summary": (
            "13–22-vuotiaille apua ahdistukseen, masennukseen, päihteisiin ja pelaamiseen. Voit "
            "tulla yksin tai vanhemman kanssa.",
            "Hjälp för 13–22-åringar vid ångest, depression, rusmedel och spelande. Du kan komma "
            "ensam eller med en förälder.",
            "Help for 13 to 22-year-olds with anxiety, depression, drugs, alcohol or gaming. Come "
            "alone or with a parent.",
        ),
        "description": (
            "Nuorisoasemalla psykiatriset sairaanhoitajat, psykologi ja sosiaalityöntekijä "
            "auttavat nuoria, joilla on paha olla tai joita päihteet tai pelaaminen "
            "huolestuttavat. Myös vanhemmat voivat tulla kysymään neuvoa nuoren tilanteesta.\n\n"
            "Nuorisoasemalle voi tulla suoraan tai nuorten vastaanoton ohjaamana. Ensimmäinen "
            "aika järjestyy yleensä viikon sisällä, eikä lähetettä tarvita.",
            "På ungdomsstationen hjälper psykiatriska sjukskötare, en psykolog och en "
            "socialarbetare unga som mår dåligt eller som är oroade över rusmedel eller spelande. "
            "Också föräldrar kan komma och fråga om råd.\n\n"
            "Du kan komma direkt eller via ungdomsmottagningen. Den första tiden ordnas vanligen "
            "inom en vecka, och ingen remiss behövs.",
            "At the youth clinic, psychiatric nurses, a psychologist and a social worker help "
            "young people who feel bad, or who worry about drugs, alcohol or gaming. Parents can "
            "also come for advice about their young person.\n\n"
            "You can come directly or through the youth clinic. A first appointment is usually "
            "available within a week, and you do not need a referral.",
        ),
        "user_instructions": (
            "Soita nuorten puhelimeen tai tule paikan päälle. Voit myös laittaa tekstiviestin, "
            "niin soitamme takaisin.",
            "Ring ungdomstelefonen eller kom på plats. Du kan också skicka ett sms, så ringer vi "
            "upp.",
            "Call the youth line or drop in. You can also send a text and we will call you back.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (13, 22),
        "nodes": ["mielenterveys-ja-paihteet", "nuorten-hyvinvointi"],
        "keywords": (
            [
                "nuorisoasema",
                "masennus",
                "ahdistus",
                "päihteet",
                "pelaaminen",
                "nuoret",
                "mielenterveys",
                "kannabis",
                "pilvi",
                "huumeet",
            ],
            ["ungdomsstation", "depression", "ångest", "rusmedel", "spelande"],
            ["youth clinic", "depression", "anxiety", "drugs", "gaming", "teen mental health"],
        ),
        "ptv": {"service_classes": ["P5.7"], "target_groups": ["KR1.3"], "life_events": []},
        "channels": [
            ("nuorten-puhelin", None),
            (
                "b-nuorisoasema",
                (
                    "Ilman ajanvarausta tiistaisin klo 12–15.",
                    "Utan tidsbokning på tisdagar kl. 12–15.",
                    "Drop in on Tuesdays, noon to 3 pm.",
                ),
            ),
        ],
        "verified_days_ago": 45,
    },
    {
        "slug": "mielenterveystalo-omahoito",
        "name": (
            "Mielenterveystalo: omahoito ja nettiterapiat",
            "Mentalhub: egenvård och webbterapier",
            "Mental Hub: self-help and online therapy",
        ),
        "summary": (
            "Luotettavaa tietoa mielenterveydestä, omahoito-ohjelmia ja oirenavigaattori. "
            "Nettiterapiaan pääset lähetteellä.",
            "Pålitlig information om mental hälsa, egenvårdsprogram och symtomnavigator. "
            "Webbterapi får du med remiss.",
            "Reliable information on mental health, self-help programmes and a symptom navigator. "
            "Online therapy with a referral.",
        ),
        "description": (
            "Mielenterveystalossa on omahoito-ohjelmia esimerkiksi ahdistukseen, masennukseen, "
            "uniongelmiin ja vanhemmuuden kuormitukseen sekä oma osio nuorille. Oirenavigaattori "
            "auttaa löytämään sopivan avun.\n\n"
            "Lääkärin tai terveydenhoitajan lähetteellä voit aloittaa nettiterapian, jossa "
            "terapeutti tukee sinua viikoittain verkossa.",
            "På Mentalhub finns egenvårdsprogram för till exempel ångest, depression, sömnproblem "
            "och belastning i föräldraskapet, samt en egen del för unga. Symtomnavigatorn hjälper "
            "dig att hitta rätt hjälp.\n\n"
            "Med remiss av läkare eller hälsovårdare kan du börja en webbterapi där en terapeut "
            "stöder dig varje vecka på nätet.",
            "Mental Hub has self-help programmes for anxiety, depression, sleep problems and "
            "parenting stress, plus a section for young people. The symptom navigator helps you "
            "find the right help.\n\n"
            "With a referral from a doctor or nurse you can start online therapy, where a "
            "therapist supports you online every week.",
        ),
        "user_instructions": (
            "Aloita oirenavigaattorista tai valitse omahoito-ohjelma suoraan. Nettiterapiaan "
            "tarvitset lähetteen terveysasemalta.",
            "Börja med symtomnavigatorn eller välj ett egenvårdsprogram direkt. För webbterapi "
            "behöver du en remiss från hälsostationen.",
            "Start with the symptom navigator or choose a self-help programme directly. For "
            "online therapy you need a referral from the health centre.",
        ),
        "provider": "mielenterveystalo",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (13, None),
        "nodes": ["mielenterveys-ja-paihteet"],
        "keywords": (
            [
                "mielenterveystalo",
                "omahoito",
                "nettiterapia",
                "masennus",
                "ahdistus",
                "uniongelmat",
            ],
            ["mentalhub", "egenvård", "webbterapi", "depression", "ångest"],
            ["mental hub", "mental health", "self-help", "online therapy", "anxiety", "depression"],
        ),
        "ptv": {
            "service_classes": ["P5.7", "P5.11"],
            "target_groups": ["KR1", "KR1.3"],
            "life_events": [],
        },
        "channels": [("b-mielenterveystalo-verkko", None)],
        "verified_days_ago": 300,
    },
    {
        "slug": "mielenterveys-ja-paihdeneuvonta",
        "name": (
            "Mielenterveys- ja päihdeneuvonta aikuisille",
            "Rådgivning om mental hälsa och missbruk för vuxna",
            "Mental health and substance use advice for adults",
        ),
        "summary": (
            "Matalan kynnyksen apua vanhemmille, kun mieli on maassa, jaksaminen on lopussa tai "
            "alkoholia kuluu liikaa.",
            "Lågtröskelhjälp för föräldrar när humöret är lågt, orken är slut eller det blir för "
            "mycket alkohol.",
            "Easy-access help for parents when you feel low, are running on empty or drinking too "
            "much.",
        ),
        "description": (
            "Neuvonnan sairaanhoitajat arvioivat tilanteesi puhelimessa ja sopivat kanssasi "
            "jatkosta: lyhyet keskustelut terveysasemalla, ryhmä, nettiterapia tai tarvittaessa "
            "lähete psykiatriseen hoitoon.\n\n"
            "Vanhemman hyvinvointi on myös lapsen hyvinvointia. Jos sinulla on pieniä lapsia, "
            "kerro siitä, niin huomioimme sen hoidon järjestämisessä.",
            "Rådgivningens sjukskötare bedömer din situation per telefon och kommer överens med "
            "dig om fortsättningen: korta samtal på hälsostationen, en grupp, webbterapi eller "
            "vid behov remiss till psykiatrisk vård.\n\n"
            "Förälderns välbefinnande är också barnets välbefinnande. Berätta om du har små barn, "
            "så tar vi hänsyn till det när vården ordnas.",
            "The advice line nurses assess your situation by phone and agree the next steps with "
            "you: short sessions at the health centre, a group, online therapy or, if needed, a "
            "referral to psychiatric care.\n\n"
            "A parent's wellbeing is also the child's wellbeing. If you have young children, tell "
            "us so we can take it into account.",
        ),
        "user_instructions": (
            "Soita neuvontaan arkisin. Akuutissa hädässä soita sosiaali- ja kriisipäivystykseen "
            "tai hätänumeroon 112.",
            "Ring rådgivningen på vardagar. I akut nöd, ring social- och krisjouren eller "
            "nödnumret 112.",
            "Call the advice line on weekdays. In acute distress, call the social and crisis "
            "emergency service or 112.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (18, None),
        "nodes": ["mielenterveys-ja-paihteet"],
        "keywords": (
            ["mielenterveys", "masennus", "uupumus", "alkoholi", "päihteet", "jaksaminen"],
            ["mental hälsa", "depression", "utmattning", "alkohol", "missbruk"],
            ["mental health", "burnout", "alcohol", "depression", "substance use"],
        ),
        "ptv": {"service_classes": ["P5.7"], "target_groups": ["KR1"], "life_events": []},
        "channels": [
            ("b-mielenterveysneuvonta-puhelin", None),
            (
                "terveysasema",
                ("Tapaamiset ajanvarauksella.", "Besök enligt tidsbokning.", "Appointments only."),
            ),
        ],
        "verified_days_ago": 80,
    },
    {
        "slug": "a-killan-vertaistuki",
        "name": (
            "A-killan vertaistuki ja läheisryhmä",
            "A-gillets kamratstöd och anhöriggrupp",
            "A-kilta peer support and family group",
        ),
        "summary": (
            "Päihteetön kohtaamispaikka ja vertaisryhmät toipujille sekä oma ryhmä läheisille, "
            "joita toisen juominen kuormittaa.",
            "En drogfri mötesplats och kamratgrupper för dem som tillfrisknar, och en egen grupp "
            "för anhöriga som belastas av någons drickande.",
            "A substance-free meeting place and peer groups for people in recovery, plus a group "
            "for family members affected by someone's drinking.",
        ),
        "description": (
            "A-killan kohtaamispaikka Majakka on avoinna arkipäivisin: voit tulla juomaan kahvia, "
            "juttelemaan tai mukaan toimintaan. Vertaisryhmissä toipujat tukevat toisiaan.\n\n"
            "Läheisryhmä on tarkoitettu puolisoille, vanhemmille ja aikuisille lapsille. Ryhmässä "
            "saa puhua omasta jaksamisesta ja kuulla, miten muut ovat selvinneet.",
            "A-gillets mötesplats Majakka är öppen på vardagar: du kan komma och dricka kaffe, "
            "prata eller delta i verksamheten. I kamratgrupperna stöder de som tillfrisknar "
            "varandra.\n\n"
            "Anhöriggruppen är för partner, föräldrar och vuxna barn. Där får du prata om din "
            "egen ork och höra hur andra har klarat sig.",
            "A-kilta's Majakka meeting place is open on weekdays: drop in for coffee, a chat or "
            "an activity. In the peer groups, people in recovery support each other.\n\n"
            "The family group is for partners, parents and adult children. You can talk about how "
            "you are coping and hear how others have managed.",
        ),
        "user_instructions": (
            "Tule käymään aukioloaikana. Läheisryhmään ilmoittaudutaan puhelimitse.",
            "Kom på besök under öppettiderna. Till anhöriggruppen anmäler man sig per telefon.",
            "Drop in during opening hours. Sign up for the family group by phone.",
        ),
        "provider": "a-klinikka",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (18, None),
        "nodes": ["mielenterveys-ja-paihteet"],
        "keywords": (
            ["a-kilta", "vertaistuki", "alkoholi", "päihteet", "läheiset", "raittius"],
            ["a-gillet", "kamratstöd", "alkohol", "anhöriga"],
            ["peer support", "recovery", "alcohol", "family members"],
        ),
        "ptv": {"service_classes": ["P5.16", "P5.7"], "target_groups": ["KR1"], "life_events": []},
        "channels": [
            (
                "b-a-kilta",
                (
                    "Läheisryhmä tiistaisin klo 17.30–19.",
                    "Anhöriggruppen på tisdagar kl. 17.30–19.",
                    "Family group on Tuesdays 5.30–7 pm.",
                ),
            ),
        ],
        "verified_days_ago": 540,
    },
    {
        "slug": "paihdeperheiden-lapset",
        "name": (
            "Tukea lapsille, joiden vanhempi juo tai käyttää päihteitä",
            "Stöd för barn vars förälder dricker eller använder droger",
            "Support for children whose parent drinks or uses drugs",
        ),
        "summary": (
            "Lapsi saa puhua kotinsa päihdeasioista turvallisen aikuisen kanssa ja tavata muita "
            "samassa tilanteessa olevia lapsia.",
            "Barnet får prata om missbruket hemma med en trygg vuxen och träffa andra barn i "
            "samma situation.",
            "Children can talk about alcohol or drugs at home with a safe adult and meet other "
            "children in the same situation.",
        ),
        "description": (
            "Kun vanhempi juo liikaa tai käyttää päihteitä, lapsi kantaa usein huolta yksin ja "
            "pitää asian salassa. Lasten ryhmässä 7–12-vuotiaat saavat tietoa päihteistä "
            "ikätasolleen sopivasti ja kuulevat, etteivät ole syyllisiä vanhemman juomiseen.\n\n"
            "Päihteitä käyttävä vanhempi tai toinen vanhempi saa samalla omaa tukea. Myös nuoret "
            "voivat tulla yksilötapaamisiin.",
            "När en förälder dricker för mycket eller använder droger bär barnet ofta oron ensamt "
            "och håller saken hemlig. I barngruppen får 7–12-åringar kunskap om rusmedel anpassad "
            "till åldern och höra att det inte är deras fel att föräldern dricker.\n\n"
            "Den förälder som använder rusmedel eller den andra föräldern får samtidigt eget "
            "stöd. Också unga kan komma på individuella träffar.",
            "When a parent drinks too much or uses drugs, children often carry the worry alone "
            "and keep it secret. In the children's group, 7 to 12-year-olds learn about alcohol "
            "and drugs at a level that suits their age and hear that a parent's drinking is not "
            "their fault.\n\n"
            "The parent who uses, or the other parent, gets support of their own. Teenagers can "
            "come to one-to-one sessions.",
        ),
        "user_instructions": (
            "Vanhempi, läheinen tai lapsen kanssa työskentelevä ammattilainen voi soittaa ja "
            "kysyä ryhmästä. Nuori voi soittaa itse.",
            "En förälder, en närstående eller en yrkesperson som arbetar med barnet kan ringa och "
            "fråga om gruppen. En ung person kan ringa själv.",
            "A parent, relative or professional working with the child can call to ask about the "
            "group. Young people can call themselves.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (7, 17),
        "nodes": ["mielenterveys-ja-paihteet"],
        "keywords": (
            ["päihteet", "alkoholi", "vanhemman juominen", "lasten ryhmä", "päihdeperhe"],
            ["missbruk", "alkohol", "förälders drickande", "barngrupp"],
            ["parental drinking", "alcohol", "drugs", "children's group"],
        ),
        "ptv": {
            "service_classes": ["P5.7", "P3.6"],
            "target_groups": ["KR1.2", "KR1.3"],
            "life_events": [],
        },
        "channels": [
            (
                "b-mielenterveysneuvonta-puhelin",
                (
                    "Kysy lasten ryhmästä.",
                    "Fråga om barngruppen.",
                    "Ask about the children's group.",
                ),
            ),
            (
                "b-nuorisoasema",
                (
                    "Ryhmä kokoontuu maanantaisin klo 15–16.30.",
                    "Gruppen träffas på måndagar kl. 15–16.30.",
                    "The group meets on Mondays, 3–4.30 pm.",
                ),
            ),
        ],
        "verified_days_ago": 98,
    },
    # Nepsy ja erityinen tuki
    {
        "slug": "nepsy-valmennus",
        "name": (
            "Nepsy-valmennus",
            "Nepsy-coachning",
            "Neurodevelopmental coaching (nepsy coaching)",
        ),
        "summary": (
            "Käytännön keinoja arkeen, kun lapsella tai nuorella on ADHD, autismikirjon piirteitä "
            "tai muita nepsy-haasteita.",
            "Praktiska verktyg för vardagen när ett barn eller en ung har adhd, autistiska drag "
            "eller andra neuropsykiatriska svårigheter.",
            "Practical tools for everyday life when a child or young person has ADHD, autistic "
            "traits or other neurodevelopmental difficulties.",
        ),
        "description": (
            "Nepsy-valmentaja tapaa perhettä noin 8–10 kertaa kotona, koulussa tai vastaanotolla. "
            "Yhdessä etsitään keinoja esimerkiksi aamurutiineihin, läksyihin, tunteiden säätelyyn "
            "ja siirtymätilanteisiin.\n\n"
            "Diagnoosia ei tarvita: valmennukseen voi hakeutua jo silloin, kun arjen sujuminen "
            "huolettaa. Valmentaja tekee tarvittaessa yhteistyötä koulun tai päiväkodin kanssa.",
            "Nepsy-coachen träffar familjen cirka 8–10 gånger hemma, i skolan eller på "
            "mottagningen. Tillsammans söker ni metoder för till exempel morgonrutiner, läxor, "
            "känsloreglering och övergångar mellan aktiviteter.\n\n"
            "Det behövs ingen diagnos: ni kan söka till coachningen redan när vardagen oroar. "
            "Coachen samarbetar vid behov med skolan eller daghemmet.",
            "A nepsy coach meets the family about 8–10 times at home, at school or at the clinic. "
            "Together you find ways to handle morning routines, homework, managing emotions and "
            "moving from one activity to the next.\n\n"
            "No diagnosis is needed: you can apply as soon as everyday life is a worry. The coach "
            "works with the school or day care centre if needed.",
        ),
        "user_instructions": (
            "Pyydä valmennusta perheneuvolasta, neuvolasta tai kouluterveydenhoitajalta, tai "
            "soita itse perheneuvolaan.",
            "Be om coachning via familjerådgivningen, rådgivningen eller skolhälsovårdaren, eller "
            "ring själv till familjerådgivningen.",
            "Ask for coaching through the family counselling clinic, child health clinic or "
            "school nurse, or call the family counselling clinic yourself.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (3, 17),
        "nodes": ["nepsy"],
        "keywords": (
            [
                "nepsy",
                "adhd",
                "add",
                "autismi",
                "toiminnanohjaus",
                "nepsy-valmennus",
                "keskittyminen",
            ],
            ["nepsy", "adhd", "autism", "neuropsykiatrisk", "koncentration"],
            ["adhd", "autism", "neurodevelopmental", "coaching", "executive function"],
        ),
        "ptv": {
            "service_classes": ["P3.7", "P5.13"],
            "target_groups": ["KR1.2", "KR1.3"],
            "life_events": [],
        },
        "channels": [
            (
                "perheneuvola-puhelin",
                (
                    "Kysy nepsy-valmennuksesta.",
                    "Fråga om nepsy-coachning.",
                    "Ask about nepsy coaching.",
                ),
            ),
            ("perheneuvola", None),
        ],
        "verified_days_ago": 58,
    },
    {
        "slug": "adhd-vanhempainryhma",
        "name": (
            "ADHD- ja nepsy-vanhempien vertaisryhmä",
            "Kamratgrupp för föräldrar till barn med adhd och nepsy",
            "Peer group for parents of children with ADHD and other neurodevelopmental conditions",
        ),
        "summary": (
            "Vanhempien ilta kerran kuussa: kokemuksia, vinkkejä ja ymmärrystä muilta, joiden "
            "lapsella on ADHD tai autismi.",
            "Föräldrakväll en gång i månaden: erfarenheter, tips och förståelse från andra vars "
            "barn har adhd eller autism.",
            "A parents' evening once a month: experiences, tips and understanding from others "
            "whose child has ADHD or autism.",
        ),
        "description": (
            "Nepsy-perheet Kuusilahti ry:n vertaisryhmässä vanhemmat jakavat kokemuksia arjesta, "
            "koulusta, tukien hakemisesta ja omasta jaksamisesta. Illan aiheena on välillä "
            "asiantuntijan alustus, esimerkiksi lääkityksestä tai Kelan tuista.\n\n"
            "Yhdistyksen neuvontapuhelimesta saat apua myös yksittäisissä kysymyksissä, kuten "
            "siinä, mitä kouluun kannattaa kertoa.",
            "I kamratgruppen hos Nepsy-perheet Kuusilahti ry delar föräldrar erfarenheter av "
            "vardagen, skolan, att söka stöd och sin egen ork. Ibland inleder en sakkunnig "
            "kvällen, till exempel om medicinering eller FPA:s stöd.\n\n"
            "Via föreningens rådgivningstelefon får du också hjälp med enskilda frågor, som vad "
            "man ska berätta för skolan.",
            "In the Nepsy-perheet Kuusilahti peer group, parents share experiences of daily life, "
            "school, applying for support and coping. Some evenings start with a talk by an "
            "expert, for example on medication or Kela benefits.\n\n"
            "The association's advice line also helps with single questions, such as what to tell "
            "the school.",
        ),
        "user_instructions": (
            "Tule mukaan ilman ilmoittautumista. Diagnoosia ei tarvita.",
            "Kom med utan anmälan. Ingen diagnos behövs.",
            "Just come along, no need to sign up. No diagnosis needed.",
        ),
        "provider": "nepsy-perheet",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (3, 17),
        "nodes": ["nepsy"],
        "keywords": (
            ["adhd", "nepsy", "autismi", "vertaistuki", "vanhempainryhmä", "asperger"],
            ["adhd", "autism", "kamratstöd", "föräldragrupp"],
            ["adhd", "autism", "parent support group", "peer support"],
        ),
        "ptv": {"service_classes": ["P4.12"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            ("b-nepsy-perheet-puhelin", None),
            (
                "kirjasto",
                (
                    "Ryhmä kuukauden toisena torstaina klo 18–20, kirjaston kokoushuone.",
                    "Gruppen den andra torsdagen i månaden kl. 18–20, bibliotekets mötesrum.",
                    "Second Thursday of the month, 6–8 pm, library meeting room.",
                ),
            ),
        ],
        "verified_days_ago": 115,
    },
    {
        "slug": "neuropsykologiset-tutkimukset",
        "name": (
            "Lasten neuropsykologiset tutkimukset",
            "Neuropsykologiska undersökningar för barn",
            "Neuropsychological assessment for children",
        ),
        "summary": (
            "Psykologin tutkimus, kun epäillään ADHD:ta, autismikirjoa tai oppimisvaikeutta. "
            "Tulosten pohjalta suunnitellaan tuki.",
            "Psykologisk undersökning när man misstänker adhd, autism eller "
            "inlärningssvårigheter. Stödet planeras utifrån resultaten.",
            "An assessment by a psychologist when ADHD, autism or a learning difficulty is "
            "suspected. Support is planned from the results.",
        ),
        "description": (
            "Tutkimukseen kuuluu tapaamisia lapsen kanssa, vanhempien haastattelu ja tietoja "
            "päiväkodista tai koulusta. Tutkimus kertoo, missä lapsi on vahva ja missä hän "
            "tarvitsee tukea.\n\n"
            "Tulokset käydään läpi perheen kanssa, ja niiden pohjalta laaditaan suositukset "
            "kotiin, varhaiskasvatukseen tai kouluun. Tarvittaessa lapsi ohjataan "
            "lastenneurologille tai -psykiatrille.",
            "Undersökningen omfattar träffar med barnet, en intervju med föräldrarna och "
            "uppgifter från daghemmet eller skolan. Den visar var barnet är starkt och var hen "
            "behöver stöd.\n\n"
            "Resultaten gås igenom med familjen, och utifrån dem görs rekommendationer för "
            "hemmet, småbarnspedagogiken eller skolan. Vid behov hänvisas barnet till "
            "barnneurolog eller barnpsykiater.",
            "The assessment includes sessions with the child, an interview with the parents and "
            "information from day care or school. It shows where the child is strong and where "
            "they need support.\n\n"
            "The results are gone through with the family and used to make recommendations for "
            "home, early childhood education or school. If needed, the child is referred to a "
            "paediatric neurologist or psychiatrist.",
        ),
        "user_instructions": (
            "Kysy lähetettä neuvolasta, kouluterveydenhoitajalta tai perheneuvolasta. Saat kutsun "
            "tutkimukseen kotiin.",
            "Be om en remiss på rådgivningen, av skolhälsovårdaren eller på familjerådgivningen. "
            "Du får en kallelse till undersökningen hem.",
            "Ask for a referral at the child health clinic, from the school nurse or at the "
            "family counselling clinic. You will be sent an invitation.",
        ),
        "requirements": (
            "Tutkimukseen tarvitaan lähete neuvolasta, kouluterveydenhuollosta tai "
            "perheneuvolasta.",
            "För undersökningen behövs en remiss från rådgivningen, skolhälsovården eller "
            "familjerådgivningen.",
            "You need a referral from the child health clinic, school health service or family "
            "counselling clinic.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (3, 17),
        "nodes": ["nepsy", "erityinen-tuki"],
        "keywords": (
            [
                "neuropsykologinen tutkimus",
                "adhd-tutkimus",
                "autismi",
                "oppimisvaikeus",
                "psykologi",
                "diagnoosi",
            ],
            ["neuropsykologisk undersökning", "adhd", "autism", "inlärningssvårigheter"],
            [
                "neuropsychological assessment",
                "adhd assessment",
                "autism",
                "learning difficulties",
                "diagnosis",
            ],
        ),
        "ptv": {"service_classes": ["P5.6", "P3.7"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            (
                "perheneuvola",
                (
                    "Tutkimusajat sovitaan lähetteen saavuttua.",
                    "Undersökningstiderna bokas när remissen har kommit.",
                    "Appointments are arranged once the referral arrives.",
                ),
            ),
            ("perheneuvola-puhelin", None),
        ],
        "verified_days_ago": 200,
    },
    {
        "slug": "nepsy-perheleiri",
        "name": (
            "Nepsy-perheiden perheleiri",
            "Familjeläger för nepsy-familjer",
            "Family camp for neurodivergent families",
        ),
        "summary": (
            "Viikonloppuleiri koko perheelle: selkeä ohjelma, rauhallisia tiloja ja aikaa "
            "vanhemmille jutella keskenään.",
            "Veckoslutsläger för hela familjen: tydligt program, lugna utrymmen och tid för "
            "föräldrarna att prata med varandra.",
            "A weekend camp for the whole family: a clear programme, quiet spaces and time for "
            "parents to talk together.",
        ),
        "description": (
            "Leirillä ohjelma on suunniteltu nepsy-lasten tarpeisiin: päivärytmi on kuvitettu, "
            "ryhmät pieniä ja jokaisella on mahdollisuus vetäytyä rauhaan. Lapsilla on omat "
            "ohjaajat, ja vanhemmille on omaa keskusteluohjelmaa.\n\n"
            "Mukaan mahtuu 12 perhettä. Sisarukset ovat tervetulleita.",
            "På lägret är programmet planerat för barn med neuropsykiatriska behov: dagsrytmen är "
            "illustrerad, grupperna små och alla har möjlighet att dra sig undan i lugn och ro. "
            "Barnen har egna ledare och föräldrarna ett eget samtalsprogram.\n\n"
            "Lägret har plats för 12 familjer. Syskon är välkomna.",
            "The camp programme is planned around the needs of neurodivergent children: the daily "
            "schedule is shown in pictures, groups are small and everyone can take a quiet break. "
            "Children have their own leaders, and parents have their own discussion sessions.\n\n"
            "There is room for 12 families. Siblings are welcome.",
        ),
        "user_instructions": (
            "Hae leirille yhdistyksen verkkosivulla maaliskuun loppuun mennessä. Kerro "
            "hakemuksessa lapsen tuen tarpeista.",
            "Ansök till lägret på föreningens webbplats före slutet av mars. Berätta i ansökan om "
            "barnets stödbehov.",
            "Apply on the association's website by the end of March. Tell us about your child's "
            "support needs in the application.",
        ),
        "provider": "nepsy-perheet",
        "charge_type": "chargeable",
        "charge_note": (
            "60 € perheeltä, sisältää majoituksen ja ruoat.",
            "60 € per familj, inklusive logi och mat.",
            "€60 per family, including accommodation and meals.",
        ),
        "languages": ["fi"],
        "ages": (4, 15),
        "nodes": ["nepsy", "leirit-ja-lomat"],
        "keywords": (
            ["nepsy", "adhd", "autismi", "perheleiri", "leiri", "vertaistuki"],
            ["nepsy", "familjeläger", "läger", "adhd"],
            ["family camp", "adhd", "autism", "camp"],
        ),
        "ptv": {
            "service_classes": ["P4.12", "P25.5"],
            "target_groups": ["KR1.2", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            (
                "b-nepsy-perheet-verkko",
                ("Leirihaku.", "Ansökan till lägret.", "Camp applications."),
            ),
            (
                "b-leirikeskus",
                (
                    "Leiri toukokuun viimeisenä viikonloppuna.",
                    "Lägret hålls den sista veckoslutet i maj.",
                    "The camp is held on the last weekend of May.",
                ),
            ),
        ],
        "verified_days_ago": 330,
    },
    {
        "slug": "lasten-kuntoutusohjaus",
        "name": (
            "Lasten kuntoutusohjaus",
            "Rehabiliteringshandledning för barn",
            "Rehabilitation guidance for children",
        ),
        "summary": (
            "Kuntoutusohjaaja auttaa pitkäaikaissairaan tai vammaisen lapsen perhettä löytämään "
            "tuet, terapiat ja apuvälineet.",
            "Rehabiliteringshandledaren hjälper familjer med långtidssjuka barn eller barn med "
            "funktionsnedsättning att hitta stöd, terapier och hjälpmedel.",
            "A rehabilitation adviser helps families of children with a long-term illness or "
            "disability find support, therapies and equipment.",
        ),
        "description": (
            "Kun lapsella on pitkäaikaissairaus, kehitysviivettä tai vamma, tukien ja palvelujen "
            "viidakko voi tuntua ylivoimaiselta. Kuntoutusohjaaja kokoaa kanssanne kokonaiskuvan, "
            "auttaa hakemuksissa ja on yhteydessä sairaalaan, Kelaan, päiväkotiin ja kouluun.\n\n"
            "Ohjaaja voi tulla myös kotikäynnille tai mukaan palaveriin.",
            "När ett barn har en långvarig sjukdom, en utvecklingsförsening eller en "
            "funktionsnedsättning kan djungeln av stöd och tjänster kännas övermäktig. "
            "Rehabiliteringshandledaren skapar en helhetsbild tillsammans med er, hjälper till "
            "med ansökningar och håller kontakt med sjukhuset, FPA, daghemmet och skolan.\n\n"
            "Handledaren kan också komma på hembesök eller delta i möten.",
            "When a child has a long-term illness, developmental delay or disability, the maze of "
            "support and services can feel overwhelming. The rehabilitation adviser builds an "
            "overall picture with you, helps with applications and keeps in touch with the "
            "hospital, Kela, day care and school.\n\n"
            "The adviser can also visit you at home or join meetings.",
        ),
        "user_instructions": (
            "Soita vammaispalvelujen neuvontaan ja pyydä lasten kuntoutusohjaajaa. Myös sairaala "
            "tai neuvola voi ohjata teidät.",
            "Ring handikappservicens rådgivning och be att få tala med barnens "
            "rehabiliteringshandledare. Också sjukhuset eller rådgivningen kan hänvisa er.",
            "Call the disability services advice line and ask for the children's rehabilitation "
            "adviser. The hospital or clinic can also refer you.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 17),
        "nodes": ["erityinen-tuki", "vammaispalvelut"],
        "keywords": (
            [
                "kuntoutusohjaus",
                "kuntoutus",
                "apuvälineet",
                "pitkäaikaissairaus",
                "kehitysviive",
                "terapia",
            ],
            ["rehabiliteringshandledning", "rehabilitering", "hjälpmedel", "långtidssjuk"],
            ["rehabilitation", "disability", "assistive devices", "long-term illness"],
        ),
        "ptv": {
            "service_classes": ["P5.13", "P4.4"],
            "target_groups": ["KR1.2", "KR1.4", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            (
                "b-vammaispalvelut-puhelin",
                (
                    "Kysy lasten kuntoutusohjaajaa.",
                    "Fråga efter barnens rehabiliteringshandledare.",
                    "Ask for the children's rehabilitation adviser.",
                ),
            ),
            ("hyvinvointialue-verkko", None),
        ],
        "verified_days_ago": 470,
    },
    {
        "slug": "tukiperhe-ja-tukihenkilo",
        "name": (
            "Tukiperhe ja tukihenkilö",
            "Stödfamilj och stödperson",
            "Support family and support person",
        ),
        "summary": (
            "Lapsi viettää viikonlopun kuukaudessa tukiperheessä, tai tukihenkilö tapaa häntä "
            "säännöllisesti. Vanhempi saa levätä.",
            "Barnet tillbringar ett veckoslut i månaden i en stödfamilj, eller så träffar en "
            "stödperson hen regelbundet. Föräldern får vila.",
            "A child spends one weekend a month with a support family, or a support person meets "
            "them regularly. The parent gets a rest.",
        ),
        "description": (
            "Tukiperhe on tavallinen perhe, joka on koulutettu ottamaan lapsen luokseen "
            "esimerkiksi yhdeksi viikonlopuksi kuukaudessa. Tukihenkilö on aikuinen, joka tapaa "
            "lasta tai nuorta muutaman tunnin viikossa ja tekee hänen kanssaan asioita, joista "
            "hän pitää.\n\n"
            "Tuki sopii perheille, joilla on vähän omaa tukiverkkoa tai arjessa on erityisiä "
            "kuormituksia.",
            "En stödfamilj är en vanlig familj som har utbildats för att ta emot barnet till "
            "exempel ett veckoslut i månaden. En stödperson är en vuxen som träffar barnet eller "
            "den unga några timmar i veckan och gör saker som hen tycker om.\n\n"
            "Stödet passar familjer som har litet eget nätverk eller som har särskilda "
            "påfrestningar i vardagen.",
            "A support family is an ordinary family trained to have your child stay with them, "
            "for example one weekend a month. A support person is an adult who meets a child or "
            "young person for a few hours a week and does things they enjoy.\n\n"
            "This suits families with few people to lean on or particular strains in daily life.",
        ),
        "user_instructions": (
            "Ota yhteyttä lapsiperheiden sosiaaliohjaukseen. Tuen tarve arvioidaan yhdessä "
            "perheen kanssa.",
            "Kontakta socialhandledningen för barnfamiljer. Stödbehovet bedöms tillsammans med "
            "familjen.",
            "Contact social guidance for families. Your need for support is assessed together "
            "with you.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (2, 17),
        "nodes": ["erityinen-tuki", "apu-kotiin"],
        "keywords": (
            ["tukiperhe", "tukihenkilö", "tukiviikonloppu", "jaksaminen", "lepo"],
            ["stödfamilj", "stödperson", "avlastning"],
            ["support family", "respite", "mentor", "support person"],
        ),
        "ptv": {"service_classes": ["P3.6", "P4.6"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [("b-sosiaaliohjaus-puhelin", None)],
        "verified_days_ago": 240,
    },
    {
        "slug": "sopeutumisvalmennus",
        "name": (
            "Kelan sopeutumisvalmennuskurssit perheille",
            "FPA:s anpassningskurser för familjer",
            "Kela adjustment training courses for families",
        ),
        "summary": (
            "Kursseja perheille, joiden lapsella on pitkäaikaissairaus tai vamma: tietoa, "
            "vertaistukea ja keinoja arkeen.",
            "Kurser för familjer vars barn har en långvarig sjukdom eller funktionsnedsättning: "
            "kunskap, kamratstöd och verktyg för vardagen.",
            "Courses for families whose child has a long-term illness or disability: information, "
            "peer support and tools for daily life.",
        ),
        "description": (
            "Sopeutumisvalmennuskurssilla perhe saa tietoa lapsen sairaudesta tai vammasta ja "
            "tapaa muita samassa tilanteessa olevia perheitä. Kursseja on esimerkiksi diabetesta, "
            "epilepsiaa, autismikirjoa, ADHD:ta ja kehitysvammaa varten.\n\n"
            "Kurssit kestävät yleensä 5–10 päivää, ja ne voivat olla laitoksessa, avomuotoisia "
            "tai verkossa. Kela maksaa kurssin, majoituksen ja ruoat sekä korvaa matkat.",
            "På anpassningskursen får familjen kunskap om barnets sjukdom eller "
            "funktionsnedsättning och träffar andra familjer i samma situation. Det finns kurser "
            "till exempel för diabetes, epilepsi, autism, adhd och utvecklingsstörning.\n\n"
            "Kurserna räcker vanligen 5–10 dagar och kan ordnas på en anstalt, i öppen form eller "
            "på nätet. FPA betalar kursen, logi och mat och ersätter resorna.",
            "On an adjustment training course the family learns about the child's illness or "
            "disability and meets other families in the same situation. There are courses for "
            "diabetes, epilepsy, autism, ADHD and learning disabilities, among others.\n\n"
            "Courses usually last 5–10 days and can be residential, non-residential or online. "
            "Kela pays for the course, accommodation and meals and reimburses travel.",
        ),
        "user_instructions": (
            "Valitse kurssi Kelan kurssihausta ja hae OmaKelassa. Liitä mukaan lääkärinlausunto B "
            "tai muu selvitys lapsen tilanteesta.",
            "Välj kurs i FPA:s kurssökning och ansök i MittFPA. Bifoga läkarutlåtande B eller en "
            "annan utredning om barnets situation.",
            "Choose a course in Kela's course search and apply in OmaKela. Attach medical "
            "certificate B or another report on your child's situation.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 17),
        "nodes": ["erityinen-tuki", "kelan-etuudet"],
        "keywords": (
            [
                "sopeutumisvalmennus",
                "kela",
                "kuntoutus",
                "pitkäaikaissairaus",
                "kurssi",
                "vertaistuki",
            ],
            ["anpassningsträning", "fpa", "rehabilitering", "långvarig sjukdom", "kurs"],
            ["adjustment training", "kela", "rehabilitation course", "chronic illness"],
        ),
        "ptv": {
            "service_classes": ["P5.13"],
            "target_groups": ["KR1.2", "KR1.4", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            (
                "kela-asiointi",
                (
                    "Hae kurssille OmaKelassa.",
                    "Ansök till kursen i MittFPA.",
                    "Apply for a course in OmaKela.",
                ),
            ),
            ("kela-puhelin", None),
        ],
        "verified_days_ago": 140,
    },
    {
        "slug": "kommunikaatio-ohjaus",
        "name": (
            "Puhetta tukevan kommunikoinnin ohjaus perheille",
            "Handledning i alternativ och kompletterande kommunikation för familjer",
            "Guidance on augmentative communication for families",
        ),
        "alternative_name": (
            "Tukiviittomat ja kuvat",
            "Tecken som stöd och bilder",
            "Signs and pictures",
        ),
        "summary": (
            "Perhe oppii tukiviittomia, kuvia tai viittomakieltä, kun lapsen puhe ei kehity tai "
            "hän ei kuule. Ohjaaja tulee kotiin.",
            "Familjen lär sig tecken som stöd, bilder eller teckenspråk när barnets tal inte "
            "utvecklas eller hen inte hör. Handledaren kommer hem.",
            "The family learns supporting signs, pictures or sign language when a child's speech "
            "does not develop or they cannot hear. The teacher comes to you.",
        ),
        "description": (
            "Kun lapsi ei pysty puhumaan tai ymmärtämään puhetta, arjen vuorovaikutus vaatii "
            "muita keinoja. Kommunikaatio-ohjaaja opettaa perheelle ja läheisille tukiviittomia, "
            "kuvakommunikointia tai suomalaista viittomakieltä lapsen tarpeen mukaan.\n\n"
            "Opetus järjestetään kotona, jotta sanasto liittyy perheen omaan arkeen. Myös "
            "sisarukset ja isovanhemmat voivat osallistua.",
            "När ett barn inte kan tala eller förstå tal behövs andra sätt att kommunicera i "
            "vardagen. Kommunikationshandledaren lär familjen och de närstående tecken som stöd, "
            "bildkommunikation eller finskt teckenspråk enligt barnets behov.\n\n"
            "Undervisningen ordnas hemma så att ordförrådet hör ihop med familjens egen vardag. "
            "Också syskon och mor- och farföräldrar kan delta.",
            "When a child cannot speak or understand speech, everyday communication needs other "
            "means. A communication teacher teaches the family and those close to them supporting "
            "signs, picture communication or Finnish Sign Language, depending on the child's "
            "needs.\n\n"
            "Teaching takes place at home so that the vocabulary fits the family's own daily "
            "life. Siblings and grandparents can join in too.",
        ),
        "user_instructions": (
            "Pyydä ohjausta lapsen puheterapeutilta tai kuntoutusohjaajalta, tai soita "
            "vammaispalvelujen neuvontaan.",
            "Be om handledning av barnets talterapeut eller rehabiliteringshandledare, eller ring "
            "handikappservicens rådgivning.",
            "Ask your child's speech therapist or rehabilitation adviser, or call the disability "
            "services advice line.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "fse"],
        "ages": (0, 17),
        "nodes": ["erityinen-tuki", "vammaispalvelut"],
        "keywords": (
            [
                "tukiviittomat",
                "viittomakieli",
                "kuvakommunikointi",
                "puhevamma",
                "kuulovamma",
                "papunet",
            ],
            ["tecken som stöd", "teckenspråk", "bildkommunikation", "hörselskada"],
            ["sign language", "signing", "picture communication", "AAC", "hearing loss"],
        ),
        "ptv": {
            "service_classes": ["P4.4", "P5.13"],
            "target_groups": ["KR1.2", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            (
                "b-vammaispalvelut-puhelin",
                (
                    "Kysy kommunikaatio-ohjauksesta.",
                    "Fråga om kommunikationshandledning.",
                    "Ask about communication guidance.",
                ),
            ),
        ],
        "verified_days_ago": 275,
    },
    {
        "slug": "omaishoidon-tuki-lapselle",
        "name": (
            "Omaishoidon tuki vammaisen tai pitkäaikaissairaan lapsen hoitoon",
            "Stöd för närståendevård av barn",
            "Carer's allowance for looking after a disabled or chronically ill child",
        ),
        "alternative_name": ("Omaishoidon tuki", "Närståendevård", "Informal care support"),
        "summary": (
            "Hoitopalkkio ja vapaapäiviä vanhemmalle, joka hoitaa kotona lasta, joka tarvitsee "
            "paljon tavallista enemmän hoitoa.",
            "Vårdarvode och lediga dagar för en förälder som sköter ett barn hemma som behöver "
            "mycket mer vård än vanligt.",
            "A care allowance and days off for a parent caring at home for a child who needs much "
            "more care than usual.",
        ),
        "description": (
            "Omaishoidon tukea voi saada, kun lapsen hoito ja huolenpito vaativat selvästi "
            "enemmän kuin saman ikäisen lapsen, esimerkiksi vaikean sairauden tai vamman vuoksi. "
            "Tukeen kuuluu verotettava hoitopalkkio ja oikeus vähintään kahteen vapaapäivään "
            "kuukaudessa.\n\n"
            "Tuesta tehdään omaishoitosopimus, ja perheen kanssa laaditaan hoito- ja "
            "palvelusuunnitelma.",
            "Stöd för närståendevård kan beviljas när vården och omsorgen om barnet kräver klart "
            "mer än för ett barn i samma ålder, till exempel på grund av svår sjukdom eller "
            "funktionsnedsättning. Stödet omfattar ett skattepliktigt vårdarvode och rätt till "
            "minst två lediga dagar i månaden.\n\n"
            "Man gör upp ett avtal om närståendevård och tillsammans med familjen en vård- och "
            "serviceplan.",
            "You can get carer's allowance when caring for your child takes clearly more than for "
            "a child of the same age, for example because of a serious illness or disability. It "
            "includes a taxable care fee and the right to at least two days off a month.\n\n"
            "A carer's agreement is made, along with a care and service plan drawn up with the "
            "family.",
        ),
        "user_instructions": (
            "Täytä hakemus ja liitä mukaan lääkärinlausunto. Sosiaalityöntekijä tulee "
            "kotikäynnille arvioimaan hoidon tarvetta.",
            "Fyll i ansökan och bifoga ett läkarutlåtande. En socialarbetare gör ett hembesök för "
            "att bedöma vårdbehovet.",
            "Fill in the application and attach a medical statement. A social worker will visit "
            "your home to assess the care needed.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 17),
        "nodes": ["vammaispalvelut"],
        "keywords": (
            [
                "omaishoito",
                "omaishoidon tuki",
                "hoitopalkkio",
                "vammainen lapsi",
                "pitkäaikaissairaus",
            ],
            ["närståendevård", "vårdarvode", "barn med funktionsnedsättning"],
            ["carer's allowance", "family carer", "disabled child", "informal care"],
        ),
        "ptv": {
            "service_classes": ["P5.14", "P4.4"],
            "target_groups": ["KR1.2", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            ("b-omaishoito-lomake", None),
            (
                "b-vammaispalvelut-puhelin",
                (
                    "Neuvontaa hakemuksen täyttämiseen.",
                    "Rådgivning om hur ansökan fylls i.",
                    "Help with filling in the application.",
                ),
            ),
        ],
        "verified_days_ago": 65,
    },
    {
        "slug": "vammaisen-lapsen-tilapaishoito",
        "name": (
            "Vammaisen lapsen tilapäishoito",
            "Tillfällig vård för barn med funktionsnedsättning",
            "Short-term care for disabled children",
        ),
        "summary": (
            "Lapsi voi olla tilapäishoidossa päivän tai muutaman yön, jotta vanhemmat saavat "
            "levätä. Hoito kotona tai hoitopaikassa.",
            "Barnet kan vara i tillfällig vård en dag eller några nätter så att föräldrarna får "
            "vila. Vården ges hemma eller på ett vårdställe.",
            "Your child can stay in short-term care for a day or a few nights so that you get a "
            "rest, at home or at a care unit.",
        ),
        "description": (
            "Tilapäishoitoa järjestetään lapsen tarpeiden mukaan: hoitaja voi tulla kotiin, tai "
            "lapsi voi yöpyä tilapäishoitokoti Pihlajassa, jossa on koulutettu henkilökunta ja "
            "esteettömät tilat.\n\n"
            "Tilapäishoito auttaa koko perhettä jaksamaan. Sisarukset saavat samalla vanhemman "
            "huomiota, ja lapsi itse uusia kokemuksia ja kavereita.",
            "Tillfällig vård ordnas efter barnets behov: en vårdare kan komma hem, eller så kan "
            "barnet övernatta i avlastningshemmet Pihlaja, som har utbildad personal och "
            "tillgängliga utrymmen.\n\n"
            "Avlastningen hjälper hela familjen att orka. Syskonen får samtidigt förälderns "
            "uppmärksamhet och barnet självt nya upplevelser och kamrater.",
            "Short-term care is arranged to fit your child's needs: a carer can come to your "
            "home, or your child can stay overnight at the Pihlaja respite home, which has "
            "trained staff and accessible facilities.\n\n"
            "Respite care helps the whole family keep going. Siblings get some of your attention, "
            "and your child gets new experiences and friends.",
        ),
        "user_instructions": (
            "Ota yhteyttä vammaispalvelujen sosiaalityöntekijään. Tilapäishoidosta tehdään päätös "
            "palvelusuunnitelman pohjalta.",
            "Kontakta socialarbetaren inom handikappservicen. Beslut om tillfällig vård fattas "
            "utifrån serviceplanen.",
            "Contact the disability services social worker. Short-term care is decided on the "
            "basis of your service plan.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "fse"],
        "ages": (0, 17),
        "nodes": ["vammaispalvelut", "apu-kotiin"],
        "keywords": (
            [
                "tilapäishoito",
                "lyhytaikainen hoito",
                "vammainen lapsi",
                "kehitysvamma",
                "lepo",
                "intervalli",
            ],
            ["tillfällig vård", "avlastning", "barn med funktionsnedsättning"],
            ["respite care", "short breaks", "disabled child", "learning disability"],
        ),
        "ptv": {
            "service_classes": ["P4.4", "P4.7"],
            "target_groups": ["KR1.2", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            ("b-vammaispalvelut-puhelin", None),
            (
                "b-tilapaishoitokoti",
                (
                    "Tutustumiskäynnit sovitaan etukäteen.",
                    "Bekantningsbesök avtalas i förväg.",
                    "Visits to get to know the home are arranged in advance.",
                ),
            ),
        ],
        "verified_days_ago": 180,
    },
    {
        "slug": "kuljetuspalvelu",
        "name": (
            "Vammaispalvelulain mukainen kuljetuspalvelu",
            "Färdtjänst enligt handikappservicelagen",
            "Transport service for disabled people",
        ),
        "alternative_name": ("Taksikortti", "Färdtjänstkort", "Taxi card"),
        "summary": (
            "Taksimatkat kouluun, harrastuksiin ja asioille bussimaksun hinnalla, kun lapsi ei "
            "vamman vuoksi voi käyttää joukkoliikennettä.",
            "Taxiresor till skolan, fritidsaktiviteter och ärenden till busstaxa när barnet inte "
            "kan åka kollektivt på grund av sin funktionsnedsättning.",
            "Taxi journeys to school, hobbies and errands for the price of a bus ticket, when a "
            "disability stops your child using public transport.",
        ),
        "description": (
            "Kuljetuspalvelu on tarkoitettu henkilöille, joille julkisen liikenteen käyttäminen "
            "on vamman tai sairauden vuoksi kohtuuttoman vaikeaa. Lapsi saa yleensä 18 "
            "yhdensuuntaista matkaa kuukaudessa asiointiin ja vapaa-aikaan.\n\n"
            "Koulumatkoista päättää opetustoimi, mutta ota yhteyttä meihin, jos et tiedä, kumpaa "
            "hakea.",
            "Färdtjänsten är avsedd för personer för vilka det är oskäligt svårt att använda "
            "kollektivtrafik på grund av en funktionsnedsättning eller sjukdom. Ett barn får "
            "vanligen 18 enkelresor i månaden för ärenden och fritid.\n\n"
            "Om skolresor beslutar bildningsväsendet, men kontakta oss om du inte vet vilket du "
            "ska söka.",
            "The transport service is for people who find public transport unreasonably difficult "
            "because of a disability or illness. A child usually gets 18 single journeys a month "
            "for errands and leisure.\n\n"
            "School journeys are decided by the education department, but contact us if you are "
            "not sure which one to apply for.",
        ),
        "user_instructions": (
            "Tulosta ja täytä hakemus, liitä mukaan lääkärin- tai terapeutinlausunto ja postita "
            "se vammaispalveluihin.",
            "Skriv ut och fyll i ansökan, bifoga ett utlåtande från läkare eller terapeut och "
            "posta den till handikappservicen.",
            "Print and fill in the application, attach a statement from a doctor or therapist and "
            "post it to disability services.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "other",
        "charge_note": (
            "Omavastuu on paikallisliikenteen lipun hinta.",
            "Självrisken är priset för en biljett i lokaltrafiken.",
            "You pay the price of a local bus ticket for each journey.",
        ),
        "languages": ["fi", "sv"],
        "ages": (0, 29),
        "nodes": ["vammaispalvelut"],
        "keywords": (
            ["kuljetuspalvelu", "taksi", "vammaispalvelu", "matkat", "kyyti"],
            ["färdtjänst", "taxi", "handikappservice"],
            ["transport service", "taxi", "disability"],
        ),
        "ptv": {
            "service_classes": ["P4.4", "P16.5"],
            "target_groups": ["KR1.6"],
            "life_events": [],
        },
        "channels": [("b-kuljetuspalvelu-lomake", None), ("b-vammaispalvelut-puhelin", None)],
        "verified_days_ago": 390,
    },
    {
        "slug": "alle-16-vuotiaan-vammaistuki",
        "name": (
            "Alle 16-vuotiaan vammaistuki",
            "Handikappbidrag för personer under 16 år",
            "Disability allowance for children under 16",
        ),
        "summary": (
            "Kelan tuki, kun lapsen sairaus tai vamma vaatii vähintään puolen vuoden ajan "
            "tavallista enemmän hoitoa ja huolenpitoa.",
            "FPA:s stöd när ett barns sjukdom eller funktionsnedsättning kräver mer vård och "
            "omsorg än vanligt i minst ett halvår.",
            "Kela support when a child's illness or disability needs more care than usual for at "
            "least six months.",
        ),
        "description": (
            "Vammaistukea voi saada esimerkiksi diabetesta, vaikeaa allergiaa, ADHD:ta tai "
            "kehitysvammaa sairastavasta lapsesta, kun hoito rasittaa perhettä tavallista "
            "enemmän. Tuella korvataan hoidosta aiheutuvaa rasitusta ja kuluja.\n\n"
            "Tuessa on kolme tasoa sen mukaan, kuinka paljon hoitoa lapsi tarvitsee. Tuki on "
            "verotonta.",
            "Handikappbidrag kan betalas till exempel för ett barn med diabetes, svår allergi, "
            "adhd eller utvecklingsstörning, när vården belastar familjen mer än vanligt. "
            "Bidraget ersätter belastningen och kostnaderna för vården.\n\n"
            "Bidraget har tre nivåer beroende på hur mycket vård barnet behöver. Det är "
            "skattefritt.",
            "You can get disability allowance for a child with, for example, diabetes, severe "
            "allergy, ADHD or a learning disability, when care places more strain on the family "
            "than usual. It covers the extra strain and costs of care.\n\n"
            "There are three levels depending on how much care the child needs. The allowance is "
            "tax-free.",
        ),
        "user_instructions": (
            "Hae OmaKelassa ja liitä mukaan lääkärinlausunto C tai B. Kerro hakemuksessa, mitä "
            "hoito vaatii arjessa.",
            "Ansök i MittFPA och bifoga läkarutlåtande C eller B. Berätta i ansökan vad vården "
            "kräver i vardagen.",
            "Apply in OmaKela with a medical certificate C or B. Describe in your application "
            "what care involves day to day.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 15),
        "nodes": ["vammaispalvelut", "kelan-etuudet"],
        "keywords": (
            ["vammaistuki", "kela", "pitkäaikaissairaus", "diabetes", "adhd", "hoitotuki"],
            ["handikappbidrag", "fpa", "långvarig sjukdom"],
            ["disability allowance", "kela", "chronic illness", "special needs"],
        ),
        "ptv": {
            "service_classes": ["P4.4"],
            "target_groups": ["KR1.2", "KR1.4", "KR1.6"],
            "life_events": [],
        },
        "channels": [("kela-asiointi", None), ("kela-puhelin", None)],
        "verified_days_ago": 85,
    },
    # Talous ja arki
    {
        "slug": "lapsilisa",
        "name": ("Lapsilisä", "Barnbidrag", "Child benefit"),
        "summary": (
            "Kela maksaa lapsilisää jokaisesta Suomessa asuvasta alle 17-vuotiaasta lapsesta. "
            "Hae, kun vauva on syntynyt.",
            "FPA betalar barnbidrag för varje barn under 17 år som bor i Finland. Ansök när babyn "
            "är född.",
            "Kela pays child benefit for every child under 17 living in Finland. Apply once your "
            "baby is born.",
        ),
        "description": (
            "Lapsilisä maksetaan kuukausittain lapsen syntymää seuraavan kuukauden alusta siihen "
            "asti, kun lapsi täyttää 17 vuotta. Summa kasvaa toisesta lapsesta alkaen, ja "
            "yksinhuoltaja saa korotusta.\n\n"
            "Lapsilisä on verotonta tuloa, eikä se vaikuta esimerkiksi asumistukeen. Se maksetaan "
            "yleensä äidille, ellei vanhemmat sovi toisin.",
            "Barnbidraget betalas varje månad från början av månaden efter barnets födelse tills "
            "barnet fyller 17 år. Beloppet ökar från och med det andra barnet, och "
            "ensamförsörjare får förhöjning.\n\n"
            "Barnbidraget är skattefri inkomst och påverkar till exempel inte bostadsbidraget. "
            "Det betalas vanligen till mamman, om inte föräldrarna kommer överens om annat.",
            "Child benefit is paid monthly from the start of the month after the child is born "
            "until the child turns 17. The amount rises from the second child, and single parents "
            "get an increase.\n\n"
            "Child benefit is tax-free and does not affect, for example, housing allowance. It is "
            "usually paid to the mother unless the parents agree otherwise.",
        ),
        "user_instructions": (
            "Hae lapsilisää OmaKelassa, kun vauva on syntynyt. Jos olet hakenut "
            "vanhempainetuuksia, Kela voi lähettää hakemuksen valmiiksi täytettynä.",
            "Ansök om barnbidrag i MittFPA när babyn har fötts. Om du har sökt föräldraförmåner "
            "kan FPA skicka ansökan färdigt ifylld.",
            "Apply for child benefit in OmaKela once your baby is born. If you have applied for "
            "parental benefits, Kela may send you a pre-filled application.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 16),
        "nodes": ["kelan-etuudet"],
        "keywords": (
            ["lapsilisä", "kela", "yksinhuoltajakorotus", "tuet", "etuus"],
            ["barnbidrag", "fpa", "ensamförsörjartillägg"],
            ["child benefit", "kela", "single parent supplement"],
        ),
        "ptv": {"service_classes": ["P3.2"], "target_groups": ["KR1.2"], "life_events": ["KE1"]},
        "channels": [
            ("kela-asiointi", ("Hae OmaKelassa.", "Ansök i MittFPA.", "Apply in OmaKela.")),
            ("kela-puhelin", None),
            ("b-kela-palvelupiste", None),
        ],
        "verified_days_ago": 40,
    },
    {
        "slug": "vanhempainpaivarahat",
        "name": ("Vanhempainpäivärahat", "Föräldradagpenningar", "Parental allowances"),
        "summary": (
            "Raskausraha ja vanhempainraha korvaavat ansionmenetystä, kun olet kotona vauvan "
            "kanssa. Vapaat voi jakaa joustavasti.",
            "Graviditetspenning och föräldrapenning ersätter inkomstbortfallet när du är hemma "
            "med babyn. Ledigheten kan delas flexibelt.",
            "Pregnancy allowance and parental allowance make up for lost earnings while you are "
            "at home with your baby. Leave can be shared flexibly.",
        ),
        "description": (
            "Raskaana oleva saa raskausrahaa noin kuukauden ennen laskettua aikaa. Sen jälkeen "
            "kummallakin vanhemmalla on oikeus vanhempainrahaan 160 arkipäivän ajan, ja osan "
            "päivistä voi luovuttaa toiselle vanhemmalle.\n\n"
            "Vanhempainrahaa voi käyttää, kunnes lapsi täyttää kaksi vuotta. Päivärahan suuruus "
            "riippuu tuloistasi, ja sitä maksetaan vähimmäismääränä myös ilman tuloja.",
            "Den som är gravid får graviditetspenning ungefär en månad före beräknad förlossning. "
            "Därefter har vardera föräldern rätt till föräldrapenning i 160 vardagar, och en del "
            "av dagarna kan överlåtas till den andra föräldern.\n\n"
            "Föräldrapenning kan användas tills barnet fyller två år. Dagpenningens storlek beror "
            "på dina inkomster, och ett minimibelopp betalas också utan inkomster.",
            "If you are pregnant, you get pregnancy allowance from about a month before your due "
            "date. After that each parent is entitled to parental allowance for 160 working days, "
            "and some of the days can be transferred to the other parent.\n\n"
            "Parental allowance can be used until the child turns two. The amount depends on your "
            "earnings, and a minimum amount is paid even if you have no income.",
        ),
        "user_instructions": (
            "Hae raskausrahaa viimeistään kaksi kuukautta ennen kuin haluat vapaan alkavan. Kerro "
            "vapaista myös työnantajallesi ajoissa.",
            "Ansök om graviditetspenning senast två månader innan du vill att ledigheten ska "
            "börja. Berätta också i god tid för din arbetsgivare.",
            "Apply for pregnancy allowance at least two months before you want your leave to "
            "start, and tell your employer in good time.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (-1, 1),
        "nodes": ["kelan-etuudet", "arki-vauvan-kanssa"],
        "keywords": (
            [
                "vanhempainraha",
                "vanhempainvapaa",
                "raskausraha",
                "äitiysloma",
                "isyysvapaa",
                "kela",
            ],
            ["föräldrapenning", "föräldraledighet", "graviditetspenning", "pappaledighet", "fpa"],
            ["parental allowance", "parental leave", "maternity leave", "paternity leave", "kela"],
        ),
        "ptv": {"service_classes": ["P3.2"], "target_groups": ["KR1.2"], "life_events": ["KE1"]},
        "channels": [
            ("kela-asiointi", None),
            ("kela-puhelin", None),
            (
                "b-kela-palvelupiste",
                (
                    "Voit asioida palvelupisteessä myös ilman ajanvarausta.",
                    "Du kan också besöka servicestället utan tidsbokning.",
                    "You can also visit without an appointment.",
                ),
            ),
        ],
        "verified_days_ago": 20,
    },
    {
        "slug": "lastenhoidon-tuet",
        "name": (
            "Lastenhoidon tuet: kotihoidon tuki, joustava ja osittainen hoitoraha",
            "Stöd för barnavård: hemvårdsstöd, flexibel och partiell vårdpenning",
            "Childcare allowances: child home care allowance, flexible and partial care allowance",
        ),
        "alternative_name": ("Kotihoidon tuki", "Hemvårdsstöd", "Child home care allowance"),
        "summary": (
            "Kela tukee, kun hoidat alle 3-vuotiasta kotona tai lyhennät työaikaasi lapsen hoidon "
            "vuoksi.",
            "FPA stöder dig när du sköter ett barn under 3 år hemma eller förkortar din arbetstid "
            "för att sköta barnet.",
            "Kela supports you when you look after a child under 3 at home or cut your working "
            "hours to care for your child.",
        ),
        "description": (
            "Kotihoidon tukea voi saada, kun alle 3-vuotias ei ole kunnan varhaiskasvatuksessa. "
            "Joustavaa hoitorahaa maksetaan, kun alle 3-vuotiaan vanhempi tekee lyhennettyä "
            "työaikaa. Osittaista hoitorahaa voi saada myös 1. ja 2. luokkalaisen vanhempi.\n\n"
            "Kuusilahti maksaa kotihoidon tuen päälle kuntalisää 150 € kuukaudessa, kun perheen "
            "kaikki alle kouluikäiset lapset hoidetaan kotona.",
            "Hemvårdsstöd kan beviljas när ett barn under 3 år inte deltar i kommunal "
            "småbarnspedagogik. Flexibel vårdpenning betalas när en förälder till ett barn under "
            "3 år arbetar förkortad arbetstid. Partiell vårdpenning kan också föräldrar till "
            "elever i årskurs 1 och 2 få.\n\n"
            "Granvik betalar ett kommuntillägg på 150 € i månaden utöver hemvårdsstödet när alla "
            "barn under skolåldern i familjen sköts hemma.",
            "Child home care allowance is paid when a child under 3 is not in municipal early "
            "childhood education. Flexible care allowance is paid when a parent of a child under "
            "3 works shorter hours. Parents of pupils in years 1 and 2 can get partial care "
            "allowance.\n\n"
            "Kuusilahti pays a municipal supplement of €150 a month on top of the home care "
            "allowance when all the family's children under school age are cared for at home.",
        ),
        "user_instructions": (
            "Hae tukia OmaKelassa. Kuntalisä tulee automaattisesti Kelan kautta, jos täytät ehdot.",
            "Ansök om stöden i MittFPA. Kommuntillägget kommer automatiskt via FPA om du "
            "uppfyller villkoren.",
            "Apply in OmaKela. The municipal supplement is paid automatically through Kela if you "
            "qualify.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 8),
        "nodes": ["kelan-etuudet", "varhaiskasvatus"],
        "keywords": (
            [
                "kotihoidon tuki",
                "kotihoidontuki",
                "kuntalisä",
                "joustava hoitoraha",
                "osittainen hoitoraha",
                "kela",
            ],
            ["hemvårdsstöd", "kommuntillägg", "flexibel vårdpenning", "fpa", "dagis"],
            ["child home care allowance", "flexible care allowance", "childcare", "kela"],
        ),
        "ptv": {
            "service_classes": ["P3.4", "P3.2"],
            "target_groups": ["KR1.2"],
            "life_events": ["KE1"],
        },
        "channels": [("kela-asiointi", None), ("kela-puhelin", None)],
        "verified_days_ago": 130,
    },
    {
        "slug": "elatustuki",
        "name": ("Elatustuki", "Underhållsstöd", "Child maintenance allowance"),
        "summary": (
            "Kela maksaa elatustukea, jos toinen vanhempi ei maksa sovittua elatusapua tai "
            "elatusapu on pieni.",
            "FPA betalar underhållsstöd om den andra föräldern inte betalar avtalat "
            "underhållsbidrag eller om bidraget är litet.",
            "Kela pays a maintenance allowance if the other parent does not pay the agreed child "
            "maintenance, or the amount is low.",
        ),
        "description": (
            "Elatustukea voi saada alle 18-vuotiaasta lapsesta, kun elatusapu on vahvistettu "
            "lastenvalvojalla tai tuomioistuimessa. Jos elatusvelvollinen jättää maksun "
            "maksamatta, Kela maksaa tuen ja perii rahat häneltä.\n\n"
            "Elatustukea voi saada myös, jos elatusapu on vahvistettu elatustukea pienemmäksi "
            "elatusvelvollisen heikon maksukyvyn vuoksi tai jos isyyttä ei ole vahvistettu.",
            "Underhållsstöd kan betalas för ett barn under 18 år när underhållsbidraget har "
            "fastställts hos barnatillsyningsmannen eller i domstol. Om den underhållsskyldiga "
            "inte betalar, betalar FPA stödet och driver in pengarna av hen.\n\n"
            "Underhållsstöd kan också betalas om underhållsbidraget har fastställts till ett "
            "lägre belopp än stödet på grund av den underhållsskyldigas dåliga betalningsförmåga, "
            "eller om faderskapet inte har fastställts.",
            "You can get a maintenance allowance for a child under 18 when maintenance has been "
            "confirmed by the child welfare supervisor or a court. If the parent who should pay "
            "does not, Kela pays the allowance and recovers the money from them.\n\n"
            "You can also get it if maintenance was set lower than the allowance because the "
            "paying parent cannot afford more, or if paternity has not been confirmed.",
        ),
        "user_instructions": (
            "Hae OmaKelassa ja liitä mukaan elatussopimus tai tuomioistuimen päätös.",
            "Ansök i MittFPA och bifoga underhållsavtalet eller domstolens beslut.",
            "Apply in OmaKela and attach the maintenance agreement or court decision.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (0, 17),
        "nodes": ["kelan-etuudet", "ero"],
        "keywords": (
            ["elatustuki", "elatusapu", "ero", "yksinhuoltaja", "kela", "lastenvalvoja"],
            ["underhållsstöd", "underhållsbidrag", "skilsmässa", "ensamförsörjare", "fpa"],
            ["maintenance allowance", "child maintenance", "divorce", "single parent", "kela"],
        ),
        "ptv": {"service_classes": ["P3.9"], "target_groups": ["KR1.2"], "life_events": ["KE7"]},
        "channels": [("kela-asiointi", None), ("kela-puhelin", None)],
        "verified_days_ago": 90,
    },
    {
        "slug": "toimeentulotuki",
        "name": ("Perustoimeentulotuki", "Grundläggande utkomststöd", "Basic social assistance"),
        "summary": (
            "Viimesijainen tuki välttämättömiin menoihin, kun tulot ja varat eivät riitä ruokaan, "
            "asumiseen ja lääkkeisiin.",
            "Stöd i sista hand för nödvändiga utgifter när inkomster och tillgångar inte räcker "
            "till mat, boende och mediciner.",
            "A last-resort benefit for essential costs when your income and savings do not cover "
            "food, housing and medicines.",
        ),
        "description": (
            "Perustoimeentulotukea haetaan Kelasta. Tuen määrä lasketaan perheen tuloista ja "
            "menoista, ja siihen vaikuttavat myös lasten määrä ja ikä. Ennen tukea on haettava "
            "muut etuudet, kuten asumistuki ja lapsilisä.\n\n"
            "Jos tarvitset apua heti esimerkiksi ruokaan, kerro siitä hakemuksessa tai soita "
            "Kelaan. Kiireellisessä tilanteessa Kela käsittelee hakemuksen viimeistään seuraavana "
            "arkipäivänä.",
            "Grundläggande utkomststöd söks hos FPA. Stödets storlek räknas utifrån familjens "
            "inkomster och utgifter, och också antalet barn och deras ålder påverkar. Innan du "
            "får stödet ska du söka andra förmåner, som bostadsbidrag och barnbidrag.\n\n"
            "Om du behöver hjälp genast, till exempel till mat, berätta det i ansökan eller ring "
            "FPA. I brådskande fall behandlar FPA ansökan senast följande vardag.",
            "Basic social assistance is applied for from Kela. The amount is calculated from the "
            "family's income and expenses, and the number and age of children also count. You "
            "must apply for other benefits first, such as housing allowance and child benefit.\n\n"
            "If you need help straight away, for example for food, say so in your application or "
            "call Kela. In an urgent situation Kela deals with the application by the next "
            "working day.",
        ),
        "user_instructions": (
            "Hae OmaKelassa ja liitä mukaan tiliotteet ja laskut viimeiseltä kuukaudelta.",
            "Ansök i MittFPA och bifoga kontoutdrag och räkningar för den senaste månaden.",
            "Apply in OmaKela and attach bank statements and bills from the past month.",
        ),
        "provider": "kela",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["toimeentulo-ja-talousneuvonta"],
        "keywords": (
            ["toimeentulotuki", "kela", "rahapula", "ruoka", "vuokra", "tuet"],
            ["utkomststöd", "fpa", "penningbrist", "hyra"],
            ["social assistance", "income support", "kela", "money problems"],
        ),
        "ptv": {"service_classes": ["P4.10"], "target_groups": ["KR1", "KR1.2"], "life_events": []},
        "channels": [
            ("kela-asiointi", None),
            ("kela-puhelin", None),
            ("b-kela-palvelupiste", None),
        ],
        "verified_days_ago": 60,
    },
    {
        "slug": "taydentava-ja-ehkaiseva-toimeentulotuki",
        "name": (
            "Täydentävä ja ehkäisevä toimeentulotuki",
            "Kompletterande och förebyggande utkomststöd",
            "Supplementary and preventive social assistance",
        ),
        "summary": (
            "Hyvinvointialueen tuki erityisiin menoihin, joita perustoimeentulotuki ei kata, ja "
            "äkillisiin taloudellisiin kriiseihin.",
            "Välfärdsområdets stöd för särskilda utgifter som det grundläggande utkomststödet "
            "inte täcker och för plötsliga ekonomiska kriser.",
            "Support from the wellbeing services county for special costs not covered by basic "
            "social assistance, and for sudden money crises.",
        ),
        "description": (
            "Täydentävää toimeentulotukea voi saada esimerkiksi lapsen harrastukseen, "
            "silmälaseihin tai muuttokuluihin. Ehkäisevä toimeentulotuki auttaa, kun perheen "
            "talous on yllättäen kaatumassa esimerkiksi sairauden, eron tai työttömyyden "
            "vuoksi.\n\n"
            "Sosiaalityöntekijä käy kanssasi läpi tilanteen ja auttaa suunnittelemaan, miten "
            "talous saadaan taas tasapainoon.",
            "Kompletterande utkomststöd kan beviljas till exempel för barnets fritidsaktivitet, "
            "glasögon eller flyttkostnader. Förebyggande utkomststöd hjälper när familjens "
            "ekonomi plötsligt håller på att rasa, till exempel på grund av sjukdom, skilsmässa "
            "eller arbetslöshet.\n\n"
            "Socialarbetaren går igenom situationen med dig och hjälper dig att planera hur "
            "ekonomin kommer i balans igen.",
            "Supplementary assistance can cover things like a child's hobby, glasses or moving "
            "costs. Preventive assistance helps when a family's finances suddenly collapse, for "
            "example because of illness, separation or unemployment.\n\n"
            "A social worker goes through your situation with you and helps plan how to get your "
            "finances back on track.",
        ),
        "user_instructions": (
            "Hae ensin perustoimeentulotukea Kelasta. Kela voi siirtää hakemuksesi meille, tai "
            "voit ottaa yhteyttä sosiaaliohjaukseen suoraan.",
            "Ansök först om grundläggande utkomststöd hos FPA. FPA kan skicka din ansökan vidare "
            "till oss, eller så kan du kontakta socialhandledningen direkt.",
            "Apply for basic social assistance from Kela first. Kela can pass your application on "
            "to us, or you can contact social guidance directly.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (None, None),
        "nodes": ["toimeentulo-ja-talousneuvonta"],
        "keywords": (
            [
                "toimeentulotuki",
                "ehkäisevä toimeentulotuki",
                "täydentävä toimeentulotuki",
                "sosiaalityö",
                "harrastusmaksu",
            ],
            ["utkomststöd", "förebyggande utkomststöd", "socialarbete"],
            ["social assistance", "financial help", "social work"],
        ),
        "ptv": {"service_classes": ["P4.10"], "target_groups": ["KR1", "KR1.2"], "life_events": []},
        "channels": [("b-sosiaaliohjaus-puhelin", None), ("sosiaalitoimisto", None)],
        "verified_days_ago": 420,
    },
    {
        "slug": "talous-ja-velkaneuvonta",
        "name": (
            "Talousneuvonta ja sosiaalinen luototus",
            "Ekonomisk rådgivning och social kreditgivning",
            "Money advice and social credit",
        ),
        "summary": (
            "Apua budjetin tekoon, laskujen järjestämiseen ja velkojen selvittelyyn. "
            "Pienituloinen voi saada edullisen lainan.",
            "Hjälp med budget, räkningar och att reda ut skulder. Den som har små inkomster kan "
            "få ett förmånligt lån.",
            "Help making a budget, sorting out bills and dealing with debts. People on low "
            "incomes can get a low-cost loan.",
        ),
        "description": (
            "Talousneuvoja käy kanssasi läpi tulot, menot ja velat ja auttaa tekemään "
            "maksusuunnitelman. Hän neuvoo myös, miten perintäkirjeisiin vastataan ja milloin "
            "kannattaa hakea velkajärjestelyä.\n\n"
            "Sosiaalinen luototus on pieni, korkoton laina esimerkiksi kalliiden pikavippien "
            "maksamiseen. Lainaa voi saada, kun tulot ovat pienet mutta takaisinmaksu onnistuu.",
            "Den ekonomiska rådgivaren går igenom inkomster, utgifter och skulder med dig och "
            "hjälper dig göra upp en betalningsplan. Hen ger också råd om hur du svarar på "
            "indrivningsbrev och när det lönar sig att ansöka om skuldsanering.\n\n"
            "Social kreditgivning är ett litet räntefritt lån, till exempel för att betala dyra "
            "snabblån. Lån kan beviljas när inkomsterna är små men återbetalningen är möjlig.",
            "The money adviser goes through your income, spending and debts with you and helps "
            "you make a payment plan. They also explain how to respond to debt collection letters "
            "and when to apply for debt restructuring.\n\n"
            "Social credit is a small interest-free loan, for example to pay off expensive payday "
            "loans. You can get one when your income is low but you can pay it back.",
        ),
        "user_instructions": (
            "Soita neuvontapuhelimeen ja varaa aika. Ota tapaamiseen mukaan tiliotteet, laskut ja "
            "perintäkirjeet.",
            "Ring rådgivningstelefonen och boka tid. Ta med kontoutdrag, räkningar och "
            "indrivningsbrev till mötet.",
            "Call the advice line to book a meeting. Bring bank statements, bills and any debt "
            "collection letters.",
        ),
        "provider": "hyvinvointialue",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["toimeentulo-ja-talousneuvonta"],
        "keywords": (
            [
                "velat",
                "velkaneuvonta",
                "talousneuvonta",
                "pikavippi",
                "budjetti",
                "maksuhäiriö",
                "sosiaalinen luototus",
            ],
            ["skulder", "skuldrådgivning", "ekonomisk rådgivning", "snabblån", "budget"],
            ["debt advice", "debts", "budgeting", "money advice", "payday loans"],
        ),
        "ptv": {"service_classes": ["P15.1"], "target_groups": ["KR1"], "life_events": []},
        "channels": [
            ("b-talousneuvonta-puhelin", None),
            (
                "sosiaalitoimisto",
                (
                    "Tapaamiset ajanvarauksella.",
                    "Träffar enligt tidsbokning.",
                    "Meetings by appointment.",
                ),
            ),
        ],
        "verified_days_ago": 175,
    },
    {
        "slug": "diakonian-taloudellinen-apu",
        "name": (
            "Diakoniatyön apu ja ruoka-apu",
            "Diakoniarbetets hjälp och mathjälp",
            "Parish diaconal help and food aid",
        ),
        "summary": (
            "Seurakunnan diakoniatyöntekijä kuuntelee ja voi auttaa ruokakassilla, lahjakortilla "
            "tai maksusitoumuksella. Avoin kaikille.",
            "Församlingens diakoniarbetare lyssnar och kan hjälpa med matkasse, presentkort eller "
            "betalningsförbindelse. Öppet för alla.",
            "The parish deacon listens and can help with a food bag, a gift card or a payment "
            "commitment. Open to everyone.",
        ),
        "description": (
            "Diakoniatyöntekijän kanssa voit puhua, kun raha ei riitä tai elämässä on muuten "
            "vaikeaa. Tarvittaessa hän voi myöntää pientä taloudellista apua, esimerkiksi "
            "ruokaan, lasten talvivaatteisiin tai leirimaksuun, ja auttaa hakemaan muita "
            "tukia.\n\n"
            "Ruoka-apua jaetaan torstaisin seurakuntakeskuksessa. Apua saa uskonnosta ja kirkon "
            "jäsenyydestä riippumatta.",
            "Med diakoniarbetaren kan du prata när pengarna inte räcker eller livet annars är "
            "svårt. Vid behov kan hen bevilja litet ekonomiskt stöd, till exempel för mat, "
            "barnens vinterkläder eller en lägeravgift, och hjälpa dig att söka andra stöd.\n\n"
            "Mathjälp delas ut på torsdagar i församlingscentret. Hjälpen ges oavsett religion "
            "och kyrkomedlemskap.",
            "You can talk to the deacon when money is short or life is difficult in other ways. "
            "If needed they can give small amounts of financial help, for example for food, "
            "children's winter clothes or a camp fee, and help you apply for other support.\n\n"
            "Food aid is handed out on Thursdays at the parish centre. Help is given whatever "
            "your religion and whether or not you belong to the church.",
        ),
        "user_instructions": (
            "Soita diakoniatyön puhelinaikana ja sovi tapaaminen. Ruoka-apuun ei tarvitse "
            "ilmoittautua.",
            "Ring under diakoniarbetets telefontid och avtala en träff. Till mathjälpen behöver "
            "man inte anmäla sig.",
            "Call during the diaconal work phone hours to arrange a meeting. No need to sign up "
            "for food aid.",
        ),
        "provider": "seurakunta",
        "charge_type": "free",
        "languages": ["fi", "sv", "en"],
        "ages": (None, None),
        "nodes": ["toimeentulo-ja-talousneuvonta"],
        "keywords": (
            ["diakonia", "ruoka-apu", "ruokakassi", "rahapula", "seurakunta", "avustus"],
            ["diakoni", "mathjälp", "matkasse", "församling"],
            ["food aid", "food bank", "parish", "financial help"],
        ),
        "ptv": {"service_classes": ["P25.6", "P4.14"], "target_groups": ["KR1"], "life_events": []},
        "channels": [
            ("b-diakonia-puhelin", None),
            (
                "seurakuntakeskus",
                (
                    "Ruoka-apu torstaisin klo 12–14 sivuovelta.",
                    "Mathjälp på torsdagar kl. 12–14 från sidodörren.",
                    "Food aid on Thursdays, noon to 2 pm, at the side door.",
                ),
            ),
        ],
        "verified_days_ago": 280,
    },
    {
        "slug": "tassu-lastenhoito",
        "name": (
            "Perhepalvelu Tassun lastenhoito kotiin",
            "Perhepalvelu Tassus barnpassning i hemmet",
            "Perhepalvelu Tassu childcare at home",
        ),
        "summary": (
            "Koulutettu lastenhoitaja kotiin tunniksi tai koko päiväksi, myös sairaan lapsen "
            "hoitoon ja iltaisin. Kotitalousvähennys käy.",
            "En utbildad barnskötare kommer hem för en timme eller en hel dag, också för sjuka "
            "barn och kvällar. Hushållsavdrag går att få.",
            "A trained childminder at your home for an hour or a whole day, including for a sick "
            "child and in the evenings. Tax credit applies.",
        ),
        "description": (
            "Tassun lastenhoitajat ovat koulutettuja lähihoitajia ja varhaiskasvatuksen "
            "ammattilaisia, joiden taustat on tarkistettu. Hoitaja voi tulla, kun lapsi "
            "sairastuu, päiväkoti on kiinni tai vanhemmat tarvitsevat oman illan.\n\n"
            "Sama hoitaja pyritään lähettämään samalle perheelle. Palvelusta voi saada "
            "kotitalousvähennystä.",
            "Tassus barnskötare är utbildade närvårdare och yrkespersoner inom småbarnspedagogik "
            "vars bakgrund har kontrollerats. Barnskötaren kan komma när barnet blir sjukt, "
            "daghemmet är stängt eller föräldrarna behöver en egen kväll.\n\n"
            "Vi försöker skicka samma barnskötare till samma familj. Du kan få hushållsavdrag för "
            "tjänsten.",
            "Tassu's childminders are trained practical nurses and early childhood professionals "
            "whose backgrounds have been checked. They can come when your child is ill, day care "
            "is closed or you need an evening to yourselves.\n\n"
            "We try to send the same childminder to the same family. The service qualifies for "
            "the household tax credit.",
        ),
        "user_instructions": (
            "Varaa hoitaja verkossa tai puhelimitse. Sairaan lapsen hoitoon saat hoitajan yleensä "
            "samaksi päiväksi, kun soitat heti aamulla.",
            "Boka en barnskötare på webben eller per telefon. För ett sjukt barn får du vanligen "
            "en barnskötare samma dag om du ringer genast på morgonen.",
            "Book online or by phone. For a sick child you can usually get someone the same day "
            "if you call first thing in the morning.",
        ),
        "provider": "perhepalvelu-tassu",
        "charge_type": "chargeable",
        "charge_note": (
            "34 € tunnilta, iltaisin ja viikonloppuisin 40 €. Vähimmäisveloitus 3 tuntia.",
            "34 € per timme, kvällar och veckoslut 40 €. Minst 3 timmar debiteras.",
            "€34 an hour, €40 in the evenings and at weekends. Minimum charge 3 hours.",
        ),
        "languages": ["fi", "en"],
        "ages": (0, 12),
        "nodes": ["apu-kotiin"],
        "keywords": (
            [
                "lastenhoito",
                "lastenvahti",
                "sairaan lapsen hoito",
                "kotitalousvähennys",
                "lapsenvahti",
            ],
            ["barnpassning", "barnvakt", "sjukt barn", "hushållsavdrag"],
            ["childminder", "babysitter", "sick child care", "nanny"],
        ),
        "ptv": {"service_classes": ["P4.3"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            ("b-tassu-varaus", None),
            (
                "tassu-puhelin",
                (
                    "Sairaan lapsen hoitoon saat hoitajan nopeimmin soittamalla.",
                    "För vård av sjukt barn får du snabbast en barnskötare per telefon.",
                    "For a sick child, calling is the quickest way to get a childminder.",
                ),
            ),
        ],
        "verified_days_ago": 33,
    },
    {
        "slug": "mll-kummimummit-ja-vaarit",
        "name": (
            "Kummimummi- ja kummivaaritoiminta",
            "Fadderfarmor och faddermorfar",
            "Volunteer grandparents",
        ),
        "summary": (
            "Vapaaehtoinen kummimummi tai -vaari viettää aikaa lapsen kanssa säännöllisesti ja "
            "tuo perheelle lisää aikuisia lähelle.",
            "En frivillig fadderfarmor eller faddermorfar träffar barnet regelbundet och ger "
            "familjen fler vuxna nära sig.",
            "A volunteer grandparent spends time with your child regularly and gives your family "
            "another trusted adult nearby.",
        ),
        "description": (
            "Kummimummit ja -vaarit ovat MLL:n kouluttamia vapaaehtoisia, jotka tapaavat perheen "
            "lasta noin kerran viikossa tai kahdessa. He lukevat, leipovat, ulkoilevat ja "
            "leikkivät – ihan kuin oma isovanhempi.\n\n"
            "Toiminta sopii erityisesti perheille, joiden omat isovanhemmat asuvat kaukana. MLL "
            "sovittaa yhteen perheen ja vapaaehtoisen toiveet.",
            "Fadderfarmor och faddermorfar är frivilliga som MLL har utbildat och som träffar "
            "familjens barn ungefär en gång i veckan eller varannan vecka. De läser, bakar, är "
            "ute och leker – precis som en egen mor- eller farförälder.\n\n"
            "Verksamheten passar särskilt familjer vars egna mor- och farföräldrar bor långt "
            "borta. MLL parar ihop familjens och den frivilligas önskemål.",
            "Volunteer grandparents are trained by MLL and meet your child about once a week or "
            "every two weeks. They read, bake, go outdoors and play – just like a grandparent "
            "would.\n\n"
            "It suits families whose own grandparents live far away. MLL matches the family's and "
            "the volunteer's wishes.",
        ),
        "user_instructions": (
            "Jätä toive MLL:n verkkosivulla. Vapaaehtoisen löytyminen voi kestää muutaman "
            "kuukauden.",
            "Lämna en förfrågan på MLL:s webbplats. Det kan ta några månader att hitta en "
            "frivillig.",
            "Leave a request on MLL's website. Finding a volunteer can take a few months.",
        ),
        "provider": "mll",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (0, 12),
        "nodes": ["apu-kotiin"],
        "keywords": (
            ["kummimummi", "kummivaari", "isovanhempi", "vapaaehtoinen", "mll"],
            ["fadderfarmor", "faddermorfar", "frivillig", "mor- och farföräldrar"],
            ["volunteer grandparent", "volunteer", "grandparents", "mll"],
        ),
        "ptv": {"service_classes": ["P4.12"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            (
                "b-mll-verkko",
                (
                    "Toivelomake perheille.",
                    "Förfrågningsformulär för familjer.",
                    "Request form for families.",
                ),
            ),
        ],
        "verified_days_ago": 600,
    },
    # Vapaa-aika
    {
        "slug": "soveltava-liikunta",
        "name": (
            "Soveltava liikunta lapsille ja nuorille",
            "Anpassad motion för barn och unga",
            "Adapted sports for children and young people",
        ),
        "summary": (
            "Liikuntaryhmiä lapsille ja nuorille, joilla on vamma, pitkäaikaissairaus tai muu "
            "tuen tarve. Avustaja voi tulla mukaan maksutta.",
            "Motionsgrupper för barn och unga med funktionsnedsättning, långvarig sjukdom eller "
            "annat stödbehov. En assistent kan följa med gratis.",
            "Sports groups for children and young people with a disability, long-term illness or "
            "other support needs. An assistant comes free.",
        ),
        "description": (
            "Soveltavan liikunnan ryhmissä pelataan, uidaan, temppuillaan ja kokeillaan uusia "
            "lajeja pienissä ryhmissä, joissa on tarpeeksi ohjaajia. Ryhmiin osallistuvat myös "
            "nepsy-lapset.\n\n"
            "Liikunnanohjaaja auttaa löytämään sopivan harrastuksen myös tavallisista seuroista "
            "ja kertoo erityisliikunnan avustuksista.",
            "I grupperna för anpassad motion spelar, simmar och gympar vi och prövar nya grenar i "
            "små grupper med tillräckligt många ledare. Också barn med neuropsykiatriska "
            "svårigheter deltar.\n\n"
            "Idrottsinstruktören hjälper er att hitta en lämplig hobby också i vanliga föreningar "
            "och berättar om understöd för specialidrott.",
            "In the adapted sports groups we play games, swim, do gymnastics and try new sports "
            "in small groups with enough instructors. Children with ADHD or autism take part "
            "too.\n\n"
            "The instructor also helps you find a suitable hobby in ordinary clubs and tells you "
            "about grants for adapted sports.",
        ),
        "user_instructions": (
            "Ilmoittaudu ryhmiin elokuussa ja joulukuussa ilmoittautumispalvelussa tai soita "
            "liikuntapalveluihin.",
            "Anmäl dig till grupperna i augusti och december i anmälningstjänsten eller ring "
            "idrottstjänsterna.",
            "Sign up for groups in August and December in the registration service, or call the "
            "sports services.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": (
            "30 € lukukaudelta. Avustaja osallistuu maksutta.",
            "30 € per termin. Assistenten deltar gratis.",
            "€30 per term. Assistants take part free of charge.",
        ),
        "languages": ["fi"],
        "ages": (4, 20),
        "nodes": ["liikunta", "vammaispalvelut"],
        "keywords": (
            ["soveltava liikunta", "erityisliikunta", "harrastus", "vammainen lapsi", "nepsy"],
            ["anpassad motion", "specialidrott", "hobby"],
            ["adapted sports", "inclusive sport", "disability sport"],
        ),
        "ptv": {
            "service_classes": ["P27.1", "P4.4"],
            "target_groups": ["KR1.2", "KR1.6"],
            "life_events": [],
        },
        "channels": [
            ("b-ilmoittautuminen", None),
            (
                "b-liikuntahalli",
                (
                    "Ryhmät arki-iltaisin liikuntahallin pienessä salissa.",
                    "Grupperna på vardagskvällar i idrottshallens lilla sal.",
                    "Groups on weekday evenings in the sports hall's small gym.",
                ),
            ),
        ],
        "verified_days_ago": 100,
    },
    {
        "slug": "vauvauinti",
        "name": ("Vauvauinti", "Babysim", "Baby swimming"),
        "summary": (
            "Vauva ja vanhempi tutustuvat veteen lämpimässä terapia-altaassa. Kymmenen kerran "
            "kurssit 3 kk – 3-vuotiaille.",
            "Babyn och föräldern bekantar sig med vattnet i en varm terapibassäng. Kurser på tio "
            "gånger för barn från 3 mån till 3 år.",
            "Babies and parents get used to the water in a warm therapy pool. Ten-session courses "
            "for ages 3 months to 3 years.",
        ),
        "description": (
            "Vauvauinnissa harjoitellaan leikin ja laulun kautta veteen totuttautumista, "
            "kellumista ja sukeltamista vauvan omaan tahtiin. Allas on 32-asteinen, ja ryhmissä "
            "on enintään kahdeksan perhettä.\n\n"
            "Kurssit on jaettu ikäryhmiin. Ohjaajat ovat koulutettuja vauvauinnin ohjaajia.",
            "På babysimmet övar vi genom lek och sång att vänja oss vid vattnet, flyta och dyka i "
            "babyns egen takt. Bassängen håller 32 grader, och grupperna har högst åtta "
            "familjer.\n\n"
            "Kurserna är indelade i åldersgrupper. Ledarna är utbildade babysimsinstruktörer.",
            "Through play and songs, babies get used to the water, floating and diving at their "
            "own pace. The pool is kept at 32°C and groups have at most eight families.\n\n"
            "Courses are split into age groups. The instructors are trained baby swimming "
            "teachers.",
        ),
        "user_instructions": (
            "Ilmoittaudu verkossa. Vauvan tulee olla vähintään 3 kuukauden ikäinen ja painaa yli "
            "5 kg. Ota mukaan uimavaippa.",
            "Anmäl dig på webben. Babyn ska vara minst 3 månader och väga över 5 kg. Ta med "
            "simblöja.",
            "Sign up online. Your baby must be at least 3 months old and weigh over 5 kg. Bring a "
            "swim nappy.",
        ),
        "provider": "uimakoulu-kuusi",
        "charge_type": "chargeable",
        "charge_note": (
            "125 € / 10 kertaa, sisältää uimahallimaksun yhdelle aikuiselle.",
            "125 € / 10 gånger, inklusive simhallsavgift för en vuxen.",
            "€125 for 10 sessions, including pool entry for one adult.",
        ),
        "languages": ["fi", "sv"],
        "ages": (0, 3),
        "nodes": ["liikunta", "arki-vauvan-kanssa"],
        "keywords": (
            ["vauvauinti", "uinti", "uimakoulu", "vauva", "uimahalli"],
            ["babysim", "simning", "simskola", "baby"],
            ["baby swimming", "swimming lessons", "swimming", "baby"],
        ),
        "ptv": {"service_classes": ["P27.1"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            ("b-uimakoulu-varaus", None),
            (
                "uimahalli",
                (
                    "Kurssit terapia-altaassa lauantaisin ja sunnuntaisin aamupäivällä.",
                    "Kurserna i terapibassängen lördagar och söndagar på förmiddagen.",
                    "Courses in the therapy pool on Saturday and Sunday mornings.",
                ),
            ),
        ],
        "verified_days_ago": 46,
    },
    {
        "slug": "lasten-uimakoulu",
        "name": ("Lasten uimakoulu", "Simskola för barn", "Swimming school for children"),
        "summary": (
            "Uimakoulut 4–12-vuotiaille aloittelijoista uimataidon syventäjiin. Tavoitteena 200 "
            "metrin uimataito.",
            "Simskolor för 4–12-åringar, från nybörjare till dem som vill bli bättre. Målet är "
            "att kunna simma 200 meter.",
            "Swimming lessons for 4 to 12-year-olds, from beginners to improvers. The goal is to "
            "swim 200 metres.",
        ),
        "description": (
            "Uimakoulussa lapsi oppii turvallisen uimataidon pienessä ryhmässä: vedessä "
            "liikkumista, kellumista, sukeltamista ja eri uintitapoja. Ryhmät on jaettu "
            "taitotason mukaan, ja jokaisella kerralla on kaksi ohjaajaa.\n\n"
            "Kursseja on syys- ja kevätkaudella sekä intensiivikursseina kesäkuussa.",
            "I simskolan lär sig barnet att simma tryggt i en liten grupp: att röra sig i "
            "vattnet, flyta, dyka och olika simsätt. Grupperna är indelade efter färdighetsnivå, "
            "och varje gång finns två ledare.\n\n"
            "Kurser ordnas under höst- och vårterminen och som intensivkurser i juni.",
            "At swimming school, children learn to swim safely in a small group: moving in the "
            "water, floating, diving and different strokes. Groups are by skill level, with two "
            "instructors every time.\n\n"
            "Courses run in the autumn and spring terms, with intensive courses in June.",
        ),
        "user_instructions": (
            "Ilmoittaudu verkossa. Jos et tiedä, mihin ryhmään lapsesi sopii, ohjaajat auttavat "
            "ensimmäisellä kerralla.",
            "Anmäl dig på webben. Om du inte vet vilken grupp som passar ditt barn hjälper "
            "ledarna till första gången.",
            "Sign up online. If you are not sure which group suits your child, the instructors "
            "will help on the first day.",
        ),
        "provider": "uimakoulu-kuusi",
        "charge_type": "chargeable",
        "charge_note": (
            "95 € / 8 kertaa. Sisaralennus 10 %.",
            "95 € / 8 gånger. Syskonrabatt 10 %.",
            "€95 for 8 sessions. 10% sibling discount.",
        ),
        "languages": ["fi", "sv", "en"],
        "ages": (4, 12),
        "nodes": ["liikunta"],
        "keywords": (
            ["uimakoulu", "uimaopetus", "uimataito", "uinti", "harrastus"],
            ["simskola", "simundervisning", "simning"],
            ["swimming lessons", "swimming school", "learn to swim"],
        ),
        "ptv": {"service_classes": ["P27.1"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [("b-uimakoulu-varaus", None), ("uimahalli", None)],
        "verified_days_ago": 205,
    },
    {
        "slug": "jarvelan-perheliikunta",
        "name": (
            "Järvelän perheliikunta ja temppukerho",
            "Familjemotion och gymnastikklubb i Järvelä",
            "Family exercise and gym club in Järvelä",
        ),
        "summary": (
            "Vanhempi ja lapsi liikkuvat yhdessä: temppuratoja, pallopelejä ja leikkejä "
            "1–6-vuotiaille. Ei ilmoittautumista.",
            "Förälder och barn rör sig tillsammans: hinderbanor, bollspel och lekar för "
            "1–6-åringar. Ingen anmälan.",
            "Parent and child move together: obstacle courses, ball games and play for 1 to "
            "6-year-olds. No need to sign up.",
        ),
        "description": (
            "Järvelän koulun liikuntasalissa kokoontuva perheliikunta on tarkoitettu alle "
            "kouluikäisille lapsille yhdessä aikuisen kanssa. Jokaisella kerralla on valmiina "
            "temppurata ja ohjattu loppuleikki.\n\n"
            "Sunnuntain temppukerho on 4–6-vuotiaille ilman vanhempaa. Mukaan mahtuu 15 lasta "
            "kerrallaan.",
            "Familjemotionen i Järvelä skolas gymnastiksal är avsedd för barn under skolåldern "
            "tillsammans med en vuxen. Varje gång finns en färdig hinderbana och en ledd lek på "
            "slutet.\n\n"
            "Söndagens gymnastikklubb är för 4–6-åringar utan förälder. Det finns plats för 15 "
            "barn åt gången.",
            "Family exercise in the Järvelä school gym is for children under school age together "
            "with an adult. Each session has an obstacle course set up and a led game at the "
            "end.\n\n"
            "The Sunday gym club is for 4 to 6-year-olds without a parent. There is room for 15 "
            "children at a time.",
        ),
        "user_instructions": (
            "Tule paikalle sisäkengissä tai paljain jaloin. Temppukerhoon ilmoittaudutaan kunnan "
            "ilmoittautumispalvelussa.",
            "Kom på plats med inneskor eller barfota. Till gymnastikklubben anmäler man sig i "
            "kommunens anmälningstjänst.",
            "Come along in indoor shoes or bare feet. Sign up for the gym club in the "
            "municipality's registration service.",
        ),
        "provider": "jarvela",
        "charge_type": "free",
        "languages": ["fi"],
        "ages": (1, 6),
        "nodes": ["liikunta", "kerhot-ja-avoin-toiminta"],
        "keywords": (
            ["perheliikunta", "temppukerho", "jumppa", "liikunta", "järvelä"],
            ["familjemotion", "gymnastik", "motion"],
            ["family exercise", "toddler gym", "kids gym"],
        ),
        "ptv": {"service_classes": ["P27.1"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            (
                "b-jarvelan-koulu",
                (
                    "Perheliikunta lauantaisin klo 9.30–10.30, temppukerho sunnuntaisin klo 10–11.",
                    "Familjemotion på lördagar kl. 9.30–10.30, gymnastikklubb på söndagar kl. "
                    "10–11.",
                    "Family exercise on Saturdays 9.30–10.30 am, gym club on Sundays 10–11 am.",
                ),
            ),
            (
                "b-jarvela-verkko",
                (
                    "Temppukerhon ilmoittautuminen.",
                    "Anmälan till gymnastikklubben.",
                    "Gym club sign-up.",
                ),
            ),
        ],
        "verified_days_ago": 160,
    },
    {
        "slug": "kirjaston-satutunnit",
        "name": (
            "Kirjaston satutunnit ja vauvaloruttelut",
            "Sagostunder och babyramsor på biblioteket",
            "Library story times and baby rhymes",
        ),
        "summary": (
            "Satutunteja leikki-ikäisille ja loruhetkiä vauvoille joka viikko. Myös ruotsiksi, "
            "ukrainaksi ja arabiaksi.",
            "Sagostunder för barn i lekåldern och ramsor för babyer varje vecka. Också på "
            "svenska, ukrainska och arabiska.",
            "Story times for young children and rhyme sessions for babies every week. Also in "
            "Swedish, Ukrainian and Arabic.",
        ),
        "description": (
            "Vauvojen loruttelussa lauletaan, loruillaan ja leikitään yhdessä vanhempien kanssa. "
            "Satutunnilla 3–6-vuotiaat kuuntelevat tarinoita, katsovat kuvia ja saavat itse "
            "osallistua.\n\n"
            "Kerran kuussa satutunti pidetään ruotsiksi, ukrainaksi ja arabiaksi. Kirjastosta voi "
            "lainata myös monikielisiä kuvakirjoja ja lukudiplomeja.",
            "Under babyramsorna sjunger, ramsar och leker vi tillsammans med föräldrarna. På "
            "sagostunden lyssnar 3–6-åringar på berättelser, tittar på bilder och får själva "
            "delta.\n\n"
            "En gång i månaden hålls sagostunden på svenska, ukrainska och arabiska. På "
            "biblioteket kan du också låna flerspråkiga bilderböcker och läsdiplom.",
            "At baby rhyme time we sing, say rhymes and play together with the parents. At story "
            "time, 3 to 6-year-olds listen to stories, look at pictures and join in.\n\n"
            "Once a month story time is held in Swedish, Ukrainian and Arabic. The library also "
            "lends picture books in many languages and reading diplomas.",
        ),
        "user_instructions": (
            "Tule paikalle, ilmoittautumista ei tarvita. Päiväkotiryhmät varaavat oman "
            "satutuntinsa kirjastosta.",
            "Kom på plats, ingen anmälan behövs. Daghemsgrupper bokar sin egen sagostund hos "
            "biblioteket.",
            "Just come along, no need to sign up. Day care groups can book their own story time "
            "with the library.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv", "uk", "ar"],
        "ages": (0, 6),
        "nodes": ["kulttuuri-ja-kirjasto", "kerhot-ja-avoin-toiminta"],
        "keywords": (
            ["satutunti", "kirjasto", "loruttelu", "vauvat", "lukeminen", "kirjat"],
            ["sagostund", "bibliotek", "ramsor", "läsning", "böcker"],
            ["story time", "library", "rhyme time", "reading", "books"],
        ),
        "ptv": {"service_classes": ["P25.1"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [
            (
                "kirjasto",
                (
                    "Loruttelu tiistaisin klo 10, satutunti torstaisin klo 10 lastenosastolla.",
                    "Ramsor på tisdagar kl. 10, sagostund på torsdagar kl. 10 på barnavdelningen.",
                    "Baby rhymes on Tuesdays at 10 am, story time on Thursdays at 10 am in the "
                    "children's section.",
                ),
            ),
        ],
        "verified_days_ago": 28,
    },
    {
        "slug": "kulttuuripolku",
        "name": (
            "Kulttuuripolku päiväkoti- ja kouluikäisille",
            "Kulturstigen för barn i daghem och skola",
            "Culture path for day care and school children",
        ),
        "summary": (
            "Jokainen kuusilahtelainen lapsi käy päiväkoti- ja kouluryhmänsä kanssa vuosittain "
            "teatterissa, museossa ja konsertissa.",
            "Varje barn i Granvik besöker varje år teater, museum och konsert tillsammans med sin "
            "daghems- eller skolgrupp.",
            "Every child in Kuusilahti visits the theatre, a museum and a concert each year with "
            "their day care or school group.",
        ),
        "description": (
            "Kulttuuripolku on kaupungin kulttuurikasvatussuunnitelma: jokaiselle ikävuodelle on "
            "oma taide- tai kulttuurikokemus viisivuotiaiden teatterikäynnistä "
            "kuudesluokkalaisten museotyöpajaan. Vierailut ovat maksuttomia ja kuuluvat "
            "päiväkodin ja koulun toimintaan.\n\n"
            "Perheille kulttuuripolku näkyy kotiin tuotavina tehtävinä ja vapaalippuina, joilla "
            "lapsi voi tuoda vanhempansa samaan kohteeseen.",
            "Kulturstigen är stadens plan för kulturfostran: för varje årskull finns en egen "
            "konst- eller kulturupplevelse, från femåringarnas teaterbesök till sjätteklassarnas "
            "museiverkstad. Besöken är avgiftsfria och ingår i daghemmets och skolans "
            "verksamhet.\n\n"
            "För familjerna syns kulturstigen som uppgifter att göra hemma och fribiljetter med "
            "vilka barnet kan ta med sina föräldrar till samma ställe.",
            "The culture path is the city's arts education plan: each year group has its own arts "
            "or culture experience, from a theatre visit at five to a museum workshop in year "
            "six. Visits are free and part of day care and school.\n\n"
            "Families see the culture path as tasks to do at home and free tickets that let the "
            "child bring their parents to the same place.",
        ),
        "user_instructions": (
            "Sinun ei tarvitse tehdä mitään: päiväkoti ja koulu ilmoittavat käynneistä etukäteen. "
            "Vapaaliput jaetaan lapsen mukana.",
            "Du behöver inte göra något: daghemmet och skolan berättar om besöken i förväg. "
            "Fribiljetterna delas ut via barnet.",
            "You do not need to do anything: day care and school tell you about visits in "
            "advance. Free tickets come home with your child.",
        ),
        "provider": "kuusilahti",
        "charge_type": "free",
        "languages": ["fi", "sv"],
        "ages": (3, 15),
        "nodes": ["kulttuuri-ja-kirjasto", "esi-ja-perusopetus"],
        "keywords": (
            ["kulttuurikasvatus", "kulttuuripolku", "teatteri", "museo", "konsertti"],
            ["kulturfostran", "kulturstig", "teater", "museum"],
            ["arts education", "culture path", "theatre", "museum"],
        ),
        "ptv": {
            "service_classes": ["P25.7", "P6.2"],
            "target_groups": ["KR1.2"],
            "life_events": [],
        },
        "channels": [
            (
                "kuusilahti-verkko",
                (
                    "Vuoden ohjelma ikäryhmittäin.",
                    "Årets program per åldersgrupp.",
                    "This year's programme by age group.",
                ),
            ),
        ],
        "verified_days_ago": 480,
    },
    {
        "slug": "museo-perheille",
        "name": (
            "Kuusilahden museon perhesunnuntait",
            "Familjesöndagar på Granviks museum",
            "Family Sundays at Kuusilahti Museum",
        ),
        "summary": (
            "Kuukauden ensimmäisenä sunnuntaina työpajoja, aarrejahti ja opastus lapsiperheille. "
            "Alle 18-vuotiaat aina ilmaiseksi.",
            "Den första söndagen i månaden verkstäder, skattjakt och guidning för barnfamiljer. "
            "Under 18 år alltid gratis.",
            "On the first Sunday of the month: workshops, a treasure hunt and a tour for "
            "families. Under-18s always free.",
        ),
        "description": (
            "Perhesunnuntaina museon näyttelyihin tutustutaan lasten ehdoilla: voit rakentaa oman "
            "pienoistalon, pukeutua vanhoihin vaatteisiin tai etsiä näyttelystä aarteita kartan "
            "avulla. Opastus lähtee klo 12.\n\n"
            "Museossa on rattaiden säilytys, hoitopöytä ja imetyshuone. Kaikki kerrokset ovat "
            "esteettömiä.",
            "På familjesöndagen utforskar vi museets utställningar på barnens villkor: du kan "
            "bygga ett eget miniatyrhus, klä ut dig i gamla kläder eller leta skatter i "
            "utställningen med hjälp av en karta. Guidningen börjar kl. 12.\n\n"
            "Museet har barnvagnsparkering, skötbord och amningsrum. Alla våningar är "
            "tillgängliga.",
            "On family Sundays you explore the museum's exhibitions on children's terms: build "
            "your own model house, dress up in old clothes or hunt for treasure in the exhibition "
            "with a map. The tour starts at noon.\n\n"
            "The museum has pram parking, a changing table and a feeding room. All floors are "
            "step-free.",
        ),
        "user_instructions": (
            "Tule paikalle, työpajoihin ei tarvitse ilmoittautua. Ryhmät voivat varata oman "
            "opastuksen museosta.",
            "Kom på plats, du behöver inte anmäla dig till verkstäderna. Grupper kan boka en egen "
            "guidning på museet.",
            "Just come along; no need to sign up for the workshops. Groups can book their own "
            "tour with the museum.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": (
            "Aikuiset 10 €, alle 18-vuotiaat maksutta. Museokortti käy.",
            "Vuxna 10 €, under 18 år gratis. Museikortet gäller.",
            "Adults €10, under-18s free. Museum Card accepted.",
        ),
        "languages": ["fi", "sv", "en"],
        "ages": (3, 17),
        "nodes": ["kulttuuri-ja-kirjasto"],
        "keywords": (
            ["museo", "perhesunnuntai", "työpaja", "kulttuuri", "retki", "lastenmuseo"],
            ["museum", "familjesöndag", "verkstad", "kultur"],
            ["museum", "family day", "workshop", "things to do with kids"],
        ),
        "ptv": {"service_classes": ["P25.3"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [("b-museo", None)],
        "verified_days_ago": 72,
    },
    {
        "slug": "musiikkileikkikoulu",
        "name": ("Musiikkileikkikoulu", "Musiklekskola", "Music play school"),
        "summary": (
            "Laulua, loruja, soittimia ja liikettä viikoittain vauvoista 6-vuotiaisiin. Pienimmät "
            "yhdessä vanhemman kanssa.",
            "Sång, ramsor, instrument och rörelse varje vecka för barn från baby till 6 år. De "
            "minsta tillsammans med en förälder.",
            "Singing, rhymes, instruments and movement every week for babies to 6-year-olds. The "
            "youngest come with a parent.",
        ),
        "description": (
            "Musiikkiopiston musiikkileikkikoulussa lapsi tutustuu musiikkiin leikin kautta: "
            "lauletaan, soitetaan rytmisoittimia, liikutaan ja kuunnellaan. Alle 3-vuotiaiden "
            "ryhmissä vanhempi on mukana.\n\n"
            "Ryhmiä on suomeksi ja ruotsiksi. Kuusivuotiaiden soitinkaruselli auttaa valitsemaan "
            "oman soittimen.",
            "I musikinstitutets musiklekskola bekantar sig barnet med musik genom lek: vi "
            "sjunger, spelar rytminstrument, rör oss och lyssnar. I grupperna för barn under 3 år "
            "är en förälder med.\n\n"
            "Det finns grupper på finska och svenska. Sexåringarnas instrumentkarusell hjälper "
            "barnet att välja sitt eget instrument.",
            "At the music institute's play school, children discover music through play: singing, "
            "percussion, movement and listening. A parent joins the groups for under-3s.\n\n"
            "There are groups in Finnish and Swedish. The instrument carousel for six-year-olds "
            "helps children choose an instrument of their own.",
        ),
        "user_instructions": (
            "Ilmoittaudu ilmoittautumispalvelussa toukokuussa syksyn ryhmiin. Vapaita paikkoja "
            "voi kysyä kesken kauden.",
            "Anmäl dig i anmälningstjänsten i maj till höstens grupper. Du kan fråga efter lediga "
            "platser mitt under terminen.",
            "Sign up in the registration service in May for the autumn groups. Ask about free "
            "places during the term.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": (
            "160 € lukukaudelta. Sisaralennus ja tulosidonnainen maksualennus mahdollisia.",
            "160 € per termin. Syskonrabatt och inkomstrelaterad nedsättning är möjliga.",
            "€160 per term. Sibling and income-based discounts available.",
        ),
        "languages": ["fi", "sv"],
        "ages": (0, 6),
        "nodes": ["kulttuuri-ja-kirjasto"],
        "keywords": (
            ["musiikkileikkikoulu", "muskari", "musiikki", "laulu", "harrastus"],
            ["musiklekskola", "musik", "sång", "hobby"],
            ["music class", "music for toddlers", "singing"],
        ),
        "ptv": {"service_classes": ["P25.7"], "target_groups": ["KR1.2"], "life_events": []},
        "channels": [("b-ilmoittautuminen", None), ("b-musiikkiopisto", None)],
        "verified_days_ago": 135,
    },
    {
        "slug": "seurakunnan-leirit",
        "name": (
            "Seurakunnan lasten- ja perheleirit",
            "Församlingens barn- och familjeläger",
            "Parish camps for children and families",
        ),
        "summary": (
            "Päivä- ja yöleirejä 7–14-vuotiaille sekä perheleirejä Kuusirannan leirikeskuksessa. "
            "Edulliset, myös maksuvapautus.",
            "Dag- och övernattningsläger för 7–14-åringar samt familjeläger på lägergården "
            "Kuusiranta. Förmånliga, också avgiftsbefrielse.",
            "Day and overnight camps for 7 to 14-year-olds, plus family camps at Kuusiranta camp "
            "centre. Affordable, with fee waivers.",
        ),
        "description": (
            "Leireillä uidaan, melotaan, retkeillään, askarrellaan ja lauletaan nuotiolla. "
            "Ohjaajina ovat seurakunnan työntekijät ja koulutetut isoset. Leirien ohjelmaan "
            "kuuluu hartaushetkiä.\n\n"
            "Perheleireillä koko perhe lomailee yhdessä, ja vanhemmille on omaa keskusteluaikaa. "
            "Erityisruokavaliot huomioidaan.",
            "På lägren simmar, paddlar, vandrar, pysslar och sjunger vi vid lägerelden. Ledarna "
            "är församlingens anställda och utbildade hjälpledare. I programmet ingår "
            "andakter.\n\n"
            "På familjelägren semestrar hela familjen tillsammans, och föräldrarna har egen "
            "samtalstid. Specialdieter beaktas.",
            "At camp we swim, paddle, go hiking, do crafts and sing around the campfire. Leaders "
            "are parish staff and trained young helpers. The programme includes short prayers.\n\n"
            "At family camps the whole family takes a break together, with discussion time for "
            "parents. Special diets are catered for.",
        ),
        "user_instructions": (
            "Ilmoittautuminen kesän leireille alkaa helmikuussa seurakunnan verkkosivulla. "
            "Maksuvapautusta voi pyytää diakoniatyöstä.",
            "Anmälan till sommarens läger börjar i februari på församlingens webbplats. Befrielse "
            "från avgiften kan begäras via diakoniarbetet.",
            "Sign-up for summer camps opens in February on the parish website. Ask the diaconal "
            "workers about fee waivers.",
        ),
        "provider": "seurakunta",
        "charge_type": "chargeable",
        "charge_note": (
            "Päiväleiri 20 €, yöleiri 80–120 €, perheleiri 50 € aikuiselta ja 25 € lapselta.",
            "Dagläger 20 €, övernattningsläger 80–120 €, familjeläger 50 € per vuxen och 25 € per "
            "barn.",
            "Day camp €20, overnight camp €80–120, family camp €50 per adult and €25 per child.",
        ),
        "languages": ["fi"],
        "ages": (0, 14),
        "nodes": ["leirit-ja-lomat"],
        "keywords": (
            ["leiri", "kesäleiri", "perheleiri", "seurakunta", "päiväleiri"],
            ["läger", "sommarläger", "familjeläger", "församling"],
            ["summer camp", "family camp", "parish camp"],
        ),
        "ptv": {
            "service_classes": ["P25.6", "P25.5"],
            "target_groups": ["KR1.2"],
            "life_events": [],
        },
        "channels": [
            (
                "seurakunta-ilmoittautuminen",
                ("Leiri-ilmoittautuminen.", "Anmälan till lägren.", "Camp sign-up."),
            ),
            ("b-leirikeskus", None),
        ],
        "verified_days_ago": 190,
    },
    {
        "slug": "nuorisopalvelujen-kesaleirit",
        "name": (
            "Nuorisopalvelujen kesäleirit",
            "Ungdomstjänsternas sommarläger",
            "Youth services summer camps",
        ),
        "summary": (
            "Seikkailu-, luonto- ja pelileirejä 10–16-vuotiaille kesäkuussa. Leireille mahtuu "
            "myös tukea tarvitsevia nuoria.",
            "Äventyrs-, natur- och spelläger för 10–16-åringar i juni. Lägren tar emot också unga "
            "som behöver stöd.",
            "Adventure, nature and gaming camps for 10 to 16-year-olds in June. Young people who "
            "need extra support are welcome.",
        ),
        "description": (
            "Nuorisopalvelujen leireillä ohjaajina ovat kaupungin nuoriso-ohjaajat. Tarjolla on "
            "esimerkiksi melontaleiri, luontoleiri ja pelileiri, jossa pelaamisen lisäksi "
            "liikutaan ja tehdään ruokaa yhdessä.\n\n"
            "Jokaisella leirillä on paikkoja nuorille, jotka tarvitsevat tukea esimerkiksi "
            "sosiaalisissa tilanteissa. Kerro tuen tarpeesta ilmoittautuessasi.",
            "På ungdomstjänsternas läger är stadens ungdomsledare ledare. Det finns till exempel "
            "paddlingsläger, naturläger och spelläger, där man förutom att spela också rör på sig "
            "och lagar mat tillsammans.\n\n"
            "Varje läger har platser för unga som behöver stöd till exempel i sociala "
            "situationer. Berätta om stödbehovet när du anmäler dig.",
            "The youth services camps are led by the city's youth workers. There is a canoeing "
            "camp, a nature camp and a gaming camp, where besides gaming everyone gets moving and "
            "cooks together.\n\n"
            "Every camp has places for young people who need support, for example in social "
            "situations. Tell us about support needs when you sign up.",
        ),
        "user_instructions": (
            "Ilmoittaudu ilmoittautumispalvelussa huhtikuun alusta. Paikat täytetään "
            "ilmoittautumisjärjestyksessä.",
            "Anmäl dig i anmälningstjänsten från början av april. Platserna fylls i "
            "anmälningsordning.",
            "Sign up in the registration service from early April. Places are first come, first "
            "served.",
        ),
        "provider": "kuusilahti",
        "charge_type": "chargeable",
        "charge_note": (
            "Päiväleiri 30 €, yöleiri 90 €. Toimeentulotukea saaville maksuton.",
            "Dagläger 30 €, övernattningsläger 90 €. Avgiftsfritt för dem som får utkomststöd.",
            "Day camp €30, overnight camp €90. Free for families receiving social assistance.",
        ),
        "languages": ["fi", "en"],
        "ages": (10, 16),
        "nodes": ["leirit-ja-lomat", "nuorisotyo"],
        "keywords": (
            ["kesäleiri", "leiri", "nuoret", "nuorisotyö", "melonta", "pelileiri"],
            ["sommarläger", "läger", "unga", "ungdomsarbete"],
            ["summer camp", "youth camp", "teens", "canoeing"],
        ),
        "ptv": {
            "service_classes": ["P28.2", "P25.5"],
            "target_groups": ["KR1.3"],
            "life_events": [],
        },
        "channels": [
            ("b-ilmoittautuminen", None),
            (
                "nuorisotalo",
                (
                    "Kysy leireistä nuorisotalon ohjaajilta.",
                    "Fråga ungdomsledarna på ungdomsgården om lägren.",
                    "Ask the youth workers at the youth centre about the camps.",
                ),
            ),
        ],
        "verified_days_ago": 225,
    },
    {
        "slug": "jarvelan-lasten-kesatoiminta",
        "name": (
            "Järvelän lasten kesäpuuhat",
            "Sommaraktiviteter för barn i Järvelä",
            "Summer activities for children in Järvelä",
        ),
        "summary": (
            "Ohjattua toimintaa koulun loma-aikana 6–10-vuotiaille arkipäivisin kesäkuussa: "
            "ulkoilua, retkiä, askartelua ja lounas.",
            "Ledd verksamhet under skollovet för 6–10-åringar på vardagar i juni: utevistelse, "
            "utflykter, pyssel och lunch.",
            "Supervised activities in the school holidays for 6 to 10-year-olds on weekdays in "
            "June: outdoor play, trips, crafts and lunch.",
        ),
        "description": (
            "Kesäpuuhat auttavat perheitä, joissa vanhemmat ovat töissä koulun jo loputtua. "
            "Lapset ulkoilevat, pelaavat, tekevät retkiä lähiluontoon ja uimarannalle ja syövät "
            "lounaan koulun ruokalassa.\n\n"
            "Toimintaa on kolme viikkoa kesäkuussa klo 8–16. Ohjaajina ovat kunnan "
            "vapaa-ajanohjaajat ja kesätyöntekijät.",
            "Sommaraktiviteterna hjälper familjer där föräldrarna arbetar fast skolan redan har "
            "slutat. Barnen är ute, spelar, gör utflykter i närnaturen och till badstranden och "
            "äter lunch i skolans matsal.\n\n"
            "Verksamheten pågår tre veckor i juni kl. 8–16. Ledarna är kommunens fritidsledare "
            "och sommarjobbare.",
            "Summer activities help families where parents work after school has finished. "
            "Children play outdoors, go on trips into nature and to the beach, and eat lunch in "
            "the school canteen.\n\n"
            "Activities run for three weeks in June, 8 am to 4 pm. They are led by the "
            "municipality's leisure instructors and summer staff.",
        ),
        "user_instructions": (
            "Ilmoittaudu toukokuun aikana kunnan ilmoittautumispalvelussa. Kerro "
            "ruoka-aineallergioista ilmoittautuessasi.",
            "Anmäl dig under maj i kommunens anmälningstjänst. Berätta om födoämnesallergier när "
            "du anmäler dig.",
            "Sign up during May in the municipality's registration service. Tell us about any "
            "food allergies.",
        ),
        "provider": "jarvela",
        "charge_type": "chargeable",
        "charge_note": (
            "15 € viikolta, sisältää lounaan.",
            "15 € per vecka, inklusive lunch.",
            "€15 a week, including lunch.",
        ),
        "languages": ["fi"],
        "ages": (6, 10),
        "nodes": ["leirit-ja-lomat", "aamu-ja-iltapaivatoiminta"],
        "keywords": (
            ["kesätoiminta", "kesäkerho", "loma", "koulun loma", "järvelä"],
            ["sommarverksamhet", "sommarklubb", "skollov"],
            ["summer club", "holiday club", "school holidays"],
        ),
        "ptv": {
            "service_classes": ["P25.5", "P6.3"],
            "target_groups": ["KR1.2"],
            "life_events": [],
        },
        "channels": [("b-jarvela-verkko", None), ("b-jarvelan-koulu", None)],
        "verified_days_ago": 310,
    },
    {
        "slug": "sommarlager-svenska-forsamlingen",
        "name": (
            "Lasten ruotsinkielinen kesäleiri (Sommarläger)",
            "Sommarläger för barn",
            "Summer camp for children in Swedish",
        ),
        "summary": (
            "Ruotsalaisen seurakunnan kesäleiri 7–12-vuotiaille ruotsiksi. Sopii myös kielikylpy- "
            "ja kaksikielisille lapsille.",
            "Svenska församlingens sommarläger för 7–12-åringar på svenska. Passar också barn i "
            "språkbad och tvåspråkiga barn.",
            "The Swedish-speaking parish's summer camp for 7 to 12-year-olds. Also suits "
            "bilingual and language immersion children.",
        ),
        "description": (
            "Leiri pidetään juhannuksen jälkeen neljän päivän ajan Kuusirannan leirikeskuksessa. "
            "Ohjelmassa on uintia, saunomista, leikkejä, askartelua ja iltahartauksia "
            "ruotsiksi.\n\n"
            "Leiri on avoin kaikille lapsille, jotka ymmärtävät ruotsia, myös suomenkielisistä ja "
            "kaksikielisistä perheistä.",
            "Lägret hålls i fyra dagar efter midsommar på lägergården Kuusiranta. I programmet "
            "ingår simning, bastu, lekar, pyssel och kvällsandakter på svenska.\n\n"
            "Lägret är öppet för alla barn som förstår svenska, också från finskspråkiga och "
            "tvåspråkiga familjer.",
            "The camp runs for four days after Midsummer at Kuusiranta camp centre. There is "
            "swimming, sauna, games, crafts and evening prayers in Swedish.\n\n"
            "The camp is open to all children who understand Swedish, including those from "
            "Finnish-speaking and bilingual families.",
        ),
        "user_instructions": (
            "Ilmoittaudu seurakunnan verkkosivulla 15.5. mennessä. Maksuvapautusta voi hakea "
            "diakoniatyöstä.",
            "Anmäl dig via församlingens webbplats senast den 15 maj. Befrielse från avgiften kan "
            "sökas hos diakonin.",
            "Sign up on the parish website by 15 May. You can ask the diaconal workers about a "
            "fee waiver.",
        ),
        "provider": "svenska-forsamlingen",
        "charge_type": "chargeable",
        "charge_note": ("90 €, syskon 70 €.", "90 €, syskon 70 €.", "€90, siblings €70."),
        "languages": ["sv"],
        "ages": (7, 12),
        "nodes": ["leirit-ja-lomat"],
        "keywords": (
            ["kesäleiri", "leiri", "ruotsi", "kielikylpy", "seurakunta"],
            ["sommarläger", "läger", "svenska", "språkbad", "församling"],
            ["summer camp", "swedish", "language immersion", "parish camp"],
        ),
        "ptv": {
            "service_classes": ["P25.6", "P25.5"],
            "target_groups": ["KR1.2"],
            "life_events": [],
        },
        "channels": [("b-svenska-forsamlingen-verkko", None), ("b-leirikeskus", None)],
        "verified_days_ago": 150,
    },
    {
        "slug": "tuetut-perhelomat",
        "name": (
            "Tuetut perhelomat yhden vanhemman perheille",
            "Stödda familjesemestrar för enföräldersfamiljer",
            "Subsidised family holidays for single-parent families",
        ),
        "summary": (
            "Edullinen viiden päivän loma kylpylässä tai lomakeskuksessa yksinhuoltajalle ja "
            "lapsille. Ohjelmaa ja vertaistukea.",
            "En förmånlig semester på fem dagar på spa eller semestercenter för ensamförsörjare "
            "och barn. Program och kamratstöd.",
            "An affordable five-day break at a spa or holiday centre for single parents and their "
            "children, with activities and peer support.",
        ),
        "description": (
            "Tuetulla lomalla perhe majoittuu täysihoidossa, ja ohjelmaa on niin lapsille kuin "
            "aikuisille. Lomalla on mukana yhdistyksen ohjaaja, joka järjestää "
            "vertaiskeskusteluja ja yhteistä tekemistä.\n\n"
            "Lomat rahoitetaan lomajärjestöjen kautta. Etusijalla ovat perheet, jotka eivät "
            "muuten pääsisi lomalle.",
            "På den stödda semestern bor familjen med helpension, och det finns program för både "
            "barn och vuxna. Med på semestern finns en ledare från föreningen som ordnar "
            "kamratsamtal och gemensamma aktiviteter.\n\n"
            "Semestrarna finansieras via semesterorganisationer. Familjer som annars inte skulle "
            "ha råd att resa har förtur.",
            "On a subsidised holiday the family stays full board, with activities for both "
            "children and adults. An instructor from the association comes along and runs peer "
            "discussions and shared activities.\n\n"
            "Holidays are funded through holiday associations. Priority goes to families who "
            "could not otherwise afford a break.",
        ),
        "user_instructions": (
            "Hae lomaa yhdistyksen verkkosivulla. Hakuaika kesän lomille päättyy helmikuun "
            "lopussa.",
            "Ansök om semester på föreningens webbplats. Ansökningstiden för sommarens semestrar "
            "går ut i slutet av februari.",
            "Apply on the association's website. The application period for summer holidays ends "
            "at the end of February.",
        ),
        "provider": "yhden-vanhemman",
        "charge_type": "chargeable",
        "charge_note": (
            "Omavastuu 75 € aikuiselta, lapset maksutta.",
            "Självrisk 75 € per vuxen, barn gratis.",
            "€75 per adult, children free.",
        ),
        "languages": ["fi"],
        "ages": (0, 17),
        "nodes": ["leirit-ja-lomat", "ero"],
        "keywords": (
            ["perheloma", "tuettu loma", "yksinhuoltaja", "loma", "lomajärjestö"],
            ["familjesemester", "stödd semester", "ensamförsörjare"],
            ["family holiday", "subsidised holiday", "single parent"],
        ),
        "ptv": {
            "service_classes": ["P25.5", "P4.12"],
            "target_groups": ["KR1.2"],
            "life_events": ["KE7"],
        },
        "channels": [
            (
                "b-erokeskus",
                (
                    "Lomahakemuksen täyttämiseen saa apua Erokeskuksessa.",
                    "Du kan få hjälp med ansökan på Skilsmässocentret.",
                    "Get help with the application at the Separation Centre.",
                ),
            ),
        ],
        "verified_days_ago": 365,
    },
]
