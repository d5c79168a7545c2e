"""The site frame of the demo: home page, the three listing pages and the two plain pages."""

from .streams import bullets, heading, link, p

HOME = {
    "slug": "mallipaja",
    "title": "Mallipaja",
    "intro": (
        "Mallipaja on avoin palvelu, jossa lastensuojelun ja HUS:n nuorisopsykiatrian ammattilaiset, nuoret, "
        "perheet ja kokemusasiantuntijat kehittävät toimintamalleja yhdessä ja julkaisevat ne kaikkien "
        "luettaviksi. Toimintamallit kuvataan Innokylän rakenteella: perustiedot, toimintamallin kuvaus ja "
        "kehittämisen polku."
    ),
    "body": [
        p(
            "Jokaisella mallilla on kehitysvaihe: tarpeen ymmärtäminen, yhteiskehittäminen, kokeilu, "
            "käytössä tai levitetty valtakunnallisesti. Kokonaisuudet kokoavat saman hankkeen mallit yhteen.",
            "Lastensuojelu ja psykiatria käyttävät samoista asioista eri sanoja. Sanasto avaa käsitteet, ja "
            "mallien teksteissä sanaston termit on linkitetty selityksiinsä.",
        ),
    ],
}

LIBRARY = {
    "slug": "toimintamallit",
    "title": "Toimintamallit",
    "intro": (
        "Kaikki julkaistut toimintamallit. Rajaa kehitysvaiheen, hyvinvointialueen, kohderyhmän, asiasanan "
        "tai kokonaisuuden mukaan tai hae vapaalla tekstillä."
    ),
}

PROJECT_INDEX = {
    "slug": "kokonaisuudet",
    "title": "Kokonaisuudet",
    "intro": (
        "Kokonaisuudet ovat hankkeita ja ohjelmia, joissa toimintamalleja kehitetään. Kokonaisuuden sivulla "
        "näet sen tavoitteet, toteuttajat, rahoittajan ja siinä kehitetyt toimintamallit."
    ),
}

GLOSSARY = {
    "slug": "sanasto",
    "title": "Sanasto",
    "intro": (
        "Lastensuojelu ja psykiatria käyttävät samoista asioista eri sanoja, ja sama sana voi tarkoittaa eri "
        "asioita eri organisaatioissa. Sanasto avaa toimintamalleissa käytetyt käsitteet ja kertoo, millä "
        "muilla nimillä niitä kutsutaan."
    ),
}

ACCESSIBILITY_STATEMENT = {
    "slug": "saavutettavuusseloste",
    "title": "Saavutettavuusseloste",
    "intro": (
        "Tämä saavutettavuusseloste koskee Mallipaja-verkkopalvelua. Seloste perustuu palvelun kehittäjien "
        "omaan arvioon palvelun saavutettavuudesta."
    ),
    "body": [
        heading("Verkkopalvelun saavutettavuuden tila", "h2"),
        p(
            "Mallipaja on osittain WCAG 2.1 AA -vaatimusten mukainen. Digitaalisten palvelujen tarjoamisesta "
            "annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia."
        ),
        heading("Sisällöt, jotka eivät ole saavutettavia", "h2"),
        bullets(
            [
                (
                    "Liitetiedostot:",
                    "toimintamallien liitteinä julkaistut asiakirjat, kuten PDF- ja "
                    "Office-tiedostot, eivät välttämättä ole saavutettavia. Liitteet ovat kehittäjien itse "
                    "laatimia, eikä niiden saavutettavuutta ole tarkistettu.",
                ),
                (
                    "Sisällön kieli:",
                    "sivujen sisältö on toistaiseksi vain suomeksi, vaikka käyttöliittymä on "
                    "saatavilla myös ruotsiksi ja englanniksi.",
                ),
                (
                    "Kuvat:",
                    "toimittajien lisäämien kuvien tekstivastineet ovat toimittajien vastuulla, eikä "
                    "niiden laatua ole tarkistettu kaikista kuvista.",
                ),
                (
                    "Ulkoiset linkit:",
                    "palvelusta linkitettyjen muiden verkkosivustojen saavutettavuudesta vastaavat niiden ylläpitäjät.",
                ),
            ]
        ),
        p("Jos tarvitset sisällön saavutettavassa muodossa, pyydä sitä alla olevasta osoitteesta."),
        heading("Anna palautetta saavutettavuudesta", "h2"),
        p(
            "Huomasitko saavutettavuuspuutteen? Kerro siitä meille sähköpostilla osoitteeseen "
            "saavutettavuus@example.org. Vastaamme viimeistään kahden viikon kuluessa."
        ),
        heading("Valvontaviranomainen", "h2"),
        p(
            "Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole "
            "tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit "
            "tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon. Etelä-Suomen aluehallintoviraston "
            "sivulla kerrotaan tarkasti, miten ilmoituksen voi tehdä ja miten asia käsitellään.",
            "Valvontaviranomaisen yhteystiedot: Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö.",
        ),
        link(
            "https://www.saavutettavuusvaatimukset.fi",
            "Saavutettavuusvaatimukset.fi",
            "Valvontaviranomaisen sivusto: tietoa saavutettavuusvaatimuksista ja ilmoituksen tekemisestä.",
        ),
    ],
}

CONTACT = {
    "slug": "yhteystiedot",
    "title": "Yhteystiedot",
    "intro": (
        "Mallipaja on esittelyversio. Alla olevat yhteystiedot ovat esimerkkiosoitteita, ja yhteyshenkilöt "
        "on nimetty tehtävänimikkeellä."
    ),
    "body": [
        heading("Palvelu", "h2"),
        bullets(
            [
                ("Palvelun ylläpito ja tekninen tuki:", "yllapito@example.org"),
                ("Toimintamallien julkaiseminen ja yhteiskehittäminen (fasilitaattori):", "fasilitaattori@example.org"),
                ("Saavutettavuuspalaute:", "saavutettavuus@example.org"),
            ]
        ),
        heading("Kokonaisuuksien yhteyshenkilöt", "h2"),
        bullets(
            [
                ("IntO – Integraatiota osallistaen, projektipäällikkö:", "into.projektipaallikko@example.org"),
                (
                    "Tulevaisuuden lastensuojelu -hanke, projektipäällikkö:",
                    "lastensuojelu.projektipaallikko@example.org",
                ),
                ("SOILA-koordinaatio, hankepäällikkö:", "soila.hankepaallikko@example.org"),
                ("Matkalla riittävään vanhemmuuteen, projektipäällikkö:", "vanhemmuus.projektipaallikko@example.org"),
                (
                    "Lasten ja nuorten mielenterveyden palveluketju, palveluketjun kehittäjä:",
                    "palveluketju@example.org",
                ),
            ]
        ),
    ],
}

FOOTER_TEXT = "Mallipaja – toimintamallit yhdessä kehittäen. Esittelysisältö perustuu julkisiin hankekuvauksiin."
