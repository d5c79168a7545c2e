"""The demo projects (kokonaisuudet), restated from the seed documents; contacts are role titles only."""

from datetime import date

from .streams import bullets, heading, link, p, process
from .taxonomy import JARVI_SUOMI, UUSIMAA

ESR_FUNDER = "Euroopan unionin osarahoittama (ESR+), SOILA – Turvaverkkoja nuorten tulevaisuuteen"

INTO = {
    "slug": "into",
    "title": "IntO – Integraatiota osallistaen",
    "lead": (
        "IntO – Integraatiota osallistaen. Lastensuojelun ja nuorisopsykiatrian yhteisasiakkuuksien "
        "sosiaaliset innovaatiot. Hanke parantaa pysyvästi Helsingin kaupungin ja Uudenmaan "
        "hyvinvointialueiden lastensuojelun sekä HUS nuorisopsykiatrian ammattilaisten yhteistä asiakas- ja "
        "potilastyötä niin, että lapsen osallisuus ohjaa kehittämistä."
    ),
    "start_date": date(2025, 9, 1),
    "end_date": date(2027, 12, 31),
    "period_note": "(2 v 3 kk)",
    "main_implementer": "Helsingin kaupunki",
    "co_implementers": [
        ("HUS-yhtymä / sosiaalialan osaamiskeskus Socca", ""),
        ("Osallisuuden Aika ry", ""),
        ("Länsi-Uudenmaan hyvinvointialue", "aiesopimuksella"),
        ("Vantaan ja Keravan hyvinvointialue", "aiesopimuksella"),
        ("Keski-Uudenmaan hyvinvointialue", "aiesopimuksella"),
        ("Itä-Uudenmaan hyvinvointialue", "aiesopimuksella"),
        ("HUS Nuorisopsykiatria", "aiesopimuksella"),
    ],
    "funder": ESR_FUNDER,
    "regions": UUSIMAA,
    "contact_name": "projektipäällikkö",
    "contact_organisation": "Helsingin kaupunki",
    "contact_email": "into.projektipaallikko@example.org",
    "purpose": [
        p(
            "Hankkeen päätavoitteena on saada aikaan pysyvä parannus Helsingin kaupungin ja Uudenmaan "
            "hyvinvointialueiden lastensuojelun henkilöstön sekä HUS nuorisopsykiatrian henkilöstön "
            "integroidussa asiakas- ja potilastyössä. Muutos parantaa yhteisasiakkaiden palveluiden "
            "oikea-aikaisuutta ja kohdentaa eri sektoreiden resurssit tehokkaammin yhteisasiakkaiden ja "
            "heidän perheidensä tuen ja hoidon tarpeisiin.",
            "Kehittämistyön keskiössä on lapsen osallisuus. Lapsen osallisuus toteutuu hankkeen kaikissa "
            "vaiheissa: kehittämistoiminnan suunnittelussa, sosiaalisten innovaatioiden kokeiluissa sekä "
            "hankkeen arvioinnissa ja seurannassa.",
        ),
        heading("Keskeiset toimenpiteet", "h3"),
        bullets(
            [
                "Lastensuojelun ja nuorisopsykiatrian yhteisasiakkuuksiin soveltuva lapsikeskeinen ja "
                "tutkimusperustainen verkostoyhteistyön toimintamalli.",
                "Hybridimuotoiseen integroituun lastensuojelun laitoshoidon ja yliopistosairaalatasoisen "
                "nuorisopsykiatrian yksikköön soveltuva toiminta- ja hoitomalli.",
            ],
            intro="Yhteiskehitetään, otetaan käyttöön ja skaalataan kansallisesti:",
        ),
        p("Kokemusasiantuntijoiden ja asiakkaiden osallistuminen yhteiskehittämiseen on systemaattista."),
        heading("Tavoitteet", "h3"),
        bullets(
            [
                "Toimintakulttuuri muuttuu: yhteistyö paranee pysyvästi.",
                "Ammattilaisten rinnakkaisesta ja reaktiivisesta toiminnasta siirrytään hallitusti "
                "yhteensovitettuun monitoimijaiseen toimintaan, jossa nuoren ja perheen osallisuus toteutuu.",
                "Hoidon ja tuen oikeasuhtaisuus ja -aikaisuus paranevat.",
                "Haavoittuvassa asemassa olevien ja vahvaa tukea tarvitsevien yhteisasiakkaina olevien nuorten "
                "arjessa pärjääminen ja toimijuus vahvistuvat.",
                "Häiriökysyntä vähenee.",
            ]
        ),
        p(
            "Hankkeen strategiset tavoitteet ovat 1. sijoitusten vähentäminen ja 4. mielenterveys- ja "
            "päihdetyö sijaishuollossa."
        ),
        heading("Kohderyhmät", "h3"),
        bullets(
            [
                (
                    "Suorat:",
                    "Uudenmaan alueen (Helsinki, Itä-, Keski- ja Länsi-Uudenmaan sekä Vantaan ja "
                    "Keravan hyvinvointialueet) lastensuojelun avo- ja sijaishuollon sekä HUS nuorisopsykiatrian "
                    "ammattilaiset.",
                ),
                (
                    "Välilliset:",
                    "Lastensuojelun ja nuorisopsykiatrian 13–17-vuotiaat yhteisasiakkaat ja heidän perheensä.",
                ),
            ]
        ),
        link("https://www.socca.fi/into", "IntO-hankkeen verkkosivut (Socca)"),
    ],
}

TULEVAISUUDEN_LASTENSUOJELU = {
    "slug": "tulevaisuuden-lastensuojelu",
    "title": "Tulevaisuuden lastensuojelu -hanke",
    "lead": (
        "Tulevaisuuden lastensuojelu -hankkeen (2020–2022) tarkoituksena oli kehittää Etelä-Suomen "
        "yhteistoiminta-alueella asuvien lastensuojelun asiakkaiden, lasten ja nuorten palveluja niin, että "
        "heidän sosiaaliset, terveydelliset ja sivistykselliset oikeutensa voivat toteutua hallinnonalojen "
        "rajojen estämättä."
    ),
    # The seeds give the start only as "syksyllä 2020"; a made-up day would be an invented fact.
    "start_date": None,
    "end_date": date(2022, 12, 31),
    "period_note": "(käynnistyi syksyllä 2020, päättyi vuoden 2022 lopussa)",
    "main_implementer": "Pääkaupunkiseudun osaamiskeskus Socca (hallinnoija)",
    "co_implementers": [
        ("Ab Det finlandssvenska kompetenscentret inom det sociala området (FSKC)", "osatoteuttaja"),
        ("Kaakkois-Suomen sosiaalialan osaamiskeskus Socom Oy", "osatoteuttaja"),
        ("Länsi- ja Keski-Uudenmaan sosiaalialan osaamiskeskus Sosiaalitaito Oy", "osatoteuttaja"),
        ("Päijät-Hämeen ja Itä-Uudenmaan sosiaalialan osaamiskeskus Verso", "osatoteuttaja"),
        ("Lastensuojelun Keskusliitto", "osatoteuttaja"),
    ],
    "funder": "Sosiaali- ja terveysministeriö (STM)",
    "regions": ["helsinki", "lansi-uusimaa"],
    "contact_name": "projektipäällikkö",
    "contact_organisation": "Socca – Uudenmaan sosiaalialan osaamiskeskus",
    "contact_email": "lastensuojelu.projektipaallikko@example.org",
    "purpose": [
        p(
            "Kehittämishankkeen tavoitteena oli vastata lastensuojelun asiakkaina olevien lasten ja nuorten "
            "yksilöllisiin tarpeisiin siten, että heidän sosiaaliset, terveydelliset ja sivistykselliset "
            "oikeutensa voivat toteutua hallinnonalojen rajojen estämättä. Tämä edellyttää "
            "lastensuojelulain velvoittamaa moniammatillista tukea ja hoitoa, jonka toteuttamiseksi "
            "tarvitaan systemaattista monitoimijaista yhteistyötä sekä paikallisesti että alueellisesti.",
        ),
        heading("Kaksi toimenpidekokonaisuutta", "h3"),
        bullets(
            [
                "Paljon palveluja tarvitsevien lastensuojelun asiakkaiden monitoimijainen auttaminen "
                "vaikuttavaksi ja sujuvaksi toimintatavaksi. Kokonaisuudessa kehitetään lastensuojelun "
                "asiakkaina olevien lasten ja nuorten tarvitsemia erityispalveluita sekä juurrutetaan uusia "
                "toimintamalleja arkeen.",
                "Systeemisyys lastensuojelun monitoimijaisen yhteistyön jaetuksi ajattelu- ja toimintamalliksi "
                "koulutuksella ja konsultoivalla tuella sekä vahvistamalla asiakkaiden osallisuutta asiakastyön "
                "arjessa ja kehittämisessä.",
            ],
            ordered=True,
        ),
        process(
            "Kuusi työpakettia ja niiden tavoitteet",
            [
                (
                    "Lastensuojelun monitoimijaisen verkoston päihdepalvelut",
                    "Lasten ja nuorten päihdepalvelut ja lastensuojelu järjestävät yhdessä lastensuojelun "
                    "asiakkaille intensiivistä kotiin annettavaa päihdehuoltoa.",
                ),
                (
                    "Väliinputoajanuorten jalkautuva tuki",
                    "10–18-vuotiaat lastensuojelun väliinputoaja-asiakkaat saavat Helsingissä jalkautuvaa tukea, "
                    "ja laadittu toimintamalli on käytettävissä koko alueella.",
                ),
                (
                    "Monitoimijainen arviointi",
                    "Lastensuojelutyö kehittyy paremmin lasten monialaisiin tarpeisiin vastaavaksi, kun "
                    "maakuntiin rakentuu monitoimijaisen työskentelyn toimintatapoja.",
                ),
                (
                    "Moniammatillisen yhteistyön edistäminen ruotsinkielisille lapsille ja nuorille kaksikielisillä "
                    "alueilla",
                    "Ruotsinkieliset palveluketjut saadaan sujuvammiksi, ja yhteistyö lastensuojelun, "
                    "mielenterveys- ja päihdepalvelujen sekä sivistystoimen välillä ruotsinkielisille asiakkaille "
                    "saa uusia toimintamuotoja.",
                ),
                (
                    "Systeeminen ajattelu- ja toimintamalli",
                    "Systeemisten tiimien toiminta vakiintuu yhdenmukaisena alueen maakunnissa, kehittyy "
                    "moniammatilliseen suuntaan ja saa konsultoinnin kautta työvälineitä erityisen haastaviin "
                    "tilanteisiin.",
                ),
                (
                    "Lasten ja nuorten osallisuus",
                    "Lastensuojelun asiakkaina olevien lasten ja nuorten kokemus osallisuudesta vahvistuu, ja "
                    "lasten ja nuorten omaa ymmärrystä ja kokemusta hyödynnetään lastensuojelun kehittämisessä.",
                ),
            ],
        ),
        heading("Tuotokset ja tulokset", "h3"),
        p(
            "Hankkeen keskeisimmät yhteiset teemat ovat olleet monitoimijaisuus, osallisuus ja "
            "systeemisyys. Osallisuus on ollut kehittämistyön ja asiakastyön punainen lanka: "
            "lapsiystävällisiä ja lapsilähtöisiä palveluita ei voi kehittää kysymättä lapsilta.",
            "Hanke toimi kuudella tulevalla hyvinvointialueella sekä yhteistyössä Helsingin ja HUS:n "
            "kanssa. Eri alueilla korostuivat eri yhteistyökumppanit; esimerkiksi Länsi-Uudellamaalla "
            "tehtiin laajaa yhteistyötä perhekeskushankkeen kanssa.",
        ),
        heading("Dialoginen arviointi", "h3"),
        p(
            "Hankkeen arviointi toteutettiin dialogisella lähestymistavalla: hankkeen toteuttajat, "
            "yhteistyökumppanit ja asiakkaita edustavat kokemusasiantuntijat kävivät yhdessä dialogia "
            "kehittämistyön edistymisestä ja tuloksista. Kolmella kierroksella oli mukana yhteensä 99 eri "
            "osallistujaa.",
        ),
        bullets(
            [
                "Hankkeessa tehty kehittäminen on toteutettu erinomaisesti, kun huomioidaan hankesuunnitelman "
                "puutteet sekä koronapandemian ja hyvinvointialueiden rakentamisen luomat olosuhteet.",
                "Tulokset syntyivät kokeneen kehittäjätiimin ja kokemusasiantuntijoiden pitkäjänteisen "
                "yhteistyön ansiosta.",
                "Systeemisen työtavan ja osallisuuden yhdistäminen on osoittautumassa keskeiseksi kivijalaksi "
                "lastensuojelun ja muiden palveluiden kehittämiselle.",
            ],
            intro="Arvioitsijat nostivat esiin kolme seikkaa:",
            ordered=True,
        ),
        p(
            "Hanke oli yksi viidestä lastensuojelun kehittämishankkeesta, jotka käynnistyivät syksyllä 2020 "
            "STM:n rahoituksella osana lapsi- ja perhepalvelujen muutosohjelmaa.",
        ),
    ],
}

SOILA = {
    "slug": "soila",
    "title": "SOILA – Sosiaaliset innovaatiot lastensuojelussa",
    "lead": (
        "Valtakunnallinen koordinaatiohanke ja alueiden rahoittamat hankkeet muodostavat yhdessä "
        "kehittämisen kokonaisuuden, jossa ohjelmakauden päättyessä on saatu uudistettua suomalaista "
        "lastensuojelua entistä paremmaksi ja niin sosiaalisesti kuin taloudellisestikin kestävämmäksi."
    ),
    "start_date": None,
    "end_date": None,
    "period_note": "EU:n ohjelmakausi 2021–2027",
    "main_implementer": "SOILA-koordinaatio: THL, Lastensuojelun Keskusliitto ja Pesäpuu ry",
    "co_implementers": [],
    "funder": "Euroopan unionin osarahoittama (ESR+)",
    "regions": ["koko-suomi"],
    "contact_name": "hankepäällikkö",
    "contact_organisation": "Terveyden ja hyvinvoinnin laitos (THL)",
    "contact_email": "soila.hankepaallikko@example.org",
    "purpose": [
        p(
            "SOILA on Turvaverkkoja nuorten tulevaisuuteen -erityistavoitteen valtakunnallinen "
            "koordinaatiohanke. Koordinaation toteuttavat yhdessä THL, Lastensuojelun Keskusliitto ja "
            "Pesäpuu ry, ja SOILAssa työskentelee 11 työntekijän monialainen joukko.",
        ),
        heading("Rahoitus", "h3"),
        bullets(
            [
                "Uudistuva ja osaava Suomi 2021–2027 – EU:n alue- ja rakennepolitiikan ohjelma",
                "ESR+ valtakunnallinen teema osallisuus",
                "Sosiaalisten innovaatioiden Suomi, TL 5",
                "Erityistavoite 5.1 Turvaverkkoja nuorten tulevaisuuteen",
            ],
            intro="Rahoitus tulee seuraavan ohjelmaketjun kautta:",
            ordered=True,
        ),
        p("Rahoitusta on yhteensä 30 M€: koordinaatioon 4 M€ ja alueiden hankkeisiin 26 M€."),
        heading("Yhteiskehittäminen", "h3"),
        p(
            "Sosiaaliset innovaatiot kehitetään yhdessä. Yhteiskehittämisessä kansalaiset ja eri "
            "palveluiden loppukäyttäjät ovat mukana palveluiden ideoinnissa, suunnittelussa, toteutuksessa "
            "ja arvioinnissa yhteistyössä ammattilaisten, asiantuntijoiden ja viranomaisten kanssa.",
        ),
        heading("Turvaverkkoja nuorten tulevaisuuteen -aluehankkeet kesäkuussa 2026", "h3"),
        bullets(
            [
                "Alku",
                "Arvoa360",
                "Elämää perheissä",
                "Hyvä tulo sijaishuoltoon (päättynyt)",
                "IntO",
                "Jalkautuva turvaverkko",
                "Jatkos",
                "Jotep",
                "Jäkälä",
                "KokoOma",
                "Matkalla riittävään vanhemmuuteen",
                "Mila",
                "Monialainen osaamisentuki lastensuojelun sosiaalityössä (päättynyt)",
                "Nuppe",
                "Pakopeli itsenäisyyteen (päättynyt)",
                "Perheenä perille",
                "PerheYhdessä",
                "SataSoila",
                "SOINTU",
                "Toinen tarina",
                "TraumaTaito",
                "Tueksi sinulle",
                "Tuki360",
                "TuTu",
                "Vanhemmuuden tukeminen sijaishuollossa",
                "Vera",
                "Vertaisverkko",
                "VoimaVerkko",
                "Yhteys",
            ]
        ),
        link("https://thl.fi/soila", "SOILA – THL"),
        link("https://lskl.fi/soila", "SOILA – Lastensuojelun Keskusliitto"),
        link("https://pesapuu.fi/soila", "SOILA – Pesäpuu ry"),
    ],
}

MATKALLA = {
    "slug": "matkalla-riittavaan-vanhemmuuteen",
    "title": "Matkalla riittävään vanhemmuuteen",
    "lead": (
        "Ryhmähanke, jossa Keski-Suomen, Etelä-Savon, Kainuun ja Pohjois-Savon hyvinvointialueet kehittävät "
        "monialaista vanhemmuuden tukea lastensuojeluun hyvinvointialuerajat ylittävänä yhteistyönä. Hanke "
        "kuuluu Turvaverkkoja nuorten tulevaisuuteen -aluehankkeisiin."
    ),
    "start_date": None,
    "end_date": None,
    "period_note": "Kehittämisprosessi keväällä 2026; työryhmätyöskentely jatkuu syksyllä.",
    "main_implementer": "Järvi-Suomen sosiaalialan osaamiskeskus (Keski-Suomen hyvinvointialue)",
    "co_implementers": [
        ("Etelä-Savon hyvinvointialue (Eloisa)", "osahankkeen toteuttaja"),
        ("Kainuun hyvinvointialue", "osahankkeen toteuttaja"),
        ("Pohjois-Savon hyvinvointialue", "osahankkeen toteuttaja"),
    ],
    "funder": ESR_FUNDER,
    "regions": JARVI_SUOMI,
    "contact_name": "projektipäällikkö",
    "contact_organisation": "Keski-Suomen hyvinvointialue",
    "contact_email": "vanhemmuus.projektipaallikko@example.org",
    "purpose": [
        p(
            "Päähankkeen toteutuksesta vastaa Järvi-Suomen sosiaalialan osaamiskeskus (Keski-Suomen "
            "hyvinvointialue), ja osahankkeiden toteuttajina ovat Etelä-Savon, Kainuun ja Pohjois-Savon "
            "hyvinvointialueet.",
            "Ryhmähankkeena toteutettiin kevään 2026 aikana monialaisen vanhemmuuden tuen "
            "kehittämisprosessi, johon osallistui sosiaali- ja terveydenhuollon ammattilaisia eri "
            "hyvinvointialueilta sekä kokemusasiantuntijoita ja järjestötoimijoiden edustajia.",
        ),
        heading("Työryhmän tavoitteet", "h3"),
        bullets(
            [
                "Luoda periaatteet monialaiseen yhteistyöhön lastensuojelussa.",
                "Määrittää työntekijöiden roolit ja vastuut.",
                "Luoda toimintaedellytyksiä monialaiselle yhteistyölle.",
            ]
        ),
    ],
}

PALVELUKETJU = {
    "slug": "mielenterveyden-palveluketju",
    "title": "Lasten ja nuorten mielenterveyden palveluketju -kehittäminen",
    "lead": (
        "Helsingin kaupungin ja HUS:n yhteinen kehittämistyö, jonka tavoitteena on varmistaa, että "
        "Helsingissä lapset ja nuoret saavat tarpeidensa mukaiset ja laadukkaat mielenterveyspalvelut "
        "oikea-aikaisesti, sujuvina ja yhteen sovitettuina kokonaisuuksina."
    ),
    # The seed says the work began in 2019 and continued through 2020–2023; no exact start day.
    "start_date": None,
    "end_date": date(2023, 12, 31),
    "period_note": "(alkoi 2019; osana Tulevaisuuden sote-keskus -ohjelmaa 2020–2023)",
    "main_implementer": "Helsingin kaupunki",
    "co_implementers": [("HUS (lasten- ja nuorisopsykiatria)", "yhteistyökumppani")],
    "funder": "",
    "regions": ["helsinki"],
    "contact_name": "palveluketjun kehittäjä",
    "contact_organisation": "Helsingin kaupunki",
    "contact_email": "palveluketju@example.org",
    "purpose": [
        p(
            "Helsingin kaupungin strategisena päämääränä on lasten ja nuorten syrjäytymisen ehkäiseminen. "
            "Päämäärän edistämiseksi on tunnistettu tarve Helsingin kaupungin ja HUS:n yhteisille "
            "ilmiöpohjaisille palveluketjumallinnuksille lasten ja nuorten mielenterveysongelmista.",
            "Lasten ja nuorten mielenterveys on kehittämisen painopisteitä ja kärkiä kaupunkistrategiassa "
            "ja Tulevaisuuden sote-keskus -ohjelmassa. Työ alkoi vuonna 2019 ja jatkui osana "
            "sote-uudistuksen Tulevaisuuden sote-keskus -ohjelmaa vuosina 2020–2023.",
        ),
        heading("Keskeiset yhteistyökumppanit", "h3"),
        bullets(
            [
                ("Sosiaali- ja terveyspalvelut:", "perhe- ja sosiaalipalvelut, terveys- ja päihdepalvelut"),
                (
                    "Kasvatus ja koulutus:",
                    "varhaiskasvatus ja esiopetus, perusopetus, lukio- ja ammatillinen "
                    "koulutus, ruotsinkieliset palvelut",
                ),
                ("Kulttuuri ja vapaa-aika:", "nuorisopalvelut"),
                ("HUS:", "lastenpsykiatria, nuorisopsykiatria"),
            ]
        ),
    ],
}

PROJECTS = [INTO, TULEVAISUUDEN_LASTENSUOJELU, SOILA, MATKALLA, PALVELUKETJU]
