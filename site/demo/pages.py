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

PRIVACY_STATEMENT = {
    "slug": "tietosuojaseloste",
    "title": "Tietosuojaseloste",
    "intro": (
        "Tämä tietosuojaseloste kertoo, mitä henkilötietoja Mallipaja tallentaa, miksi, kuinka kauan ja kuka "
        "niitä käsittelee, sekä miten voit käyttää oikeuksiasi. Seloste koskee yhteiskehittämisen työtilaa: "
        "julkisia toimintamallisivuja voi lukea kirjautumatta, eikä lukijoista tallenneta henkilötietoja."
    ),
    "body": [
        heading("Rekisterinpitäjä ja yhteystiedot", "h2"),
        p(
            "Rekisterinpitäjä on toimintamallia kehittävä hyvinvointialue, jonka yhteiskehittämisryhmään olet "
            "kutsuttu. Mallipaja on esittelyversio: alla olevat osoitteet ovat esimerkkiosoitteita.",
        ),
        bullets(
            [
                ("Tietosuojavastaava:", "tietosuojavastaava@example.org"),
                ("Palvelun ylläpito:", "yllapito@example.org"),
                ("Ryhmäsi fasilitaattori:", "fasilitaattori@example.org"),
            ]
        ),
        heading("Mitä tietoja tallennetaan", "h2"),
        bullets(
            [
                (
                    "Tili:",
                    "käyttäjätunnus (sähköpostiosoitteesi), sähköpostiosoite, salasana salattuna tiivisteenä, "
                    "tilin luontiaika ja viimeisin kirjautuminen.",
                ),
                (
                    "Näyttönimi:",
                    "nimi, jonka muut ryhmän jäsenet näkevät. Se voi olla nimimerkki, kuten monet "
                    "kokemusasiantuntijat ja nuoret valitsevat.",
                ),
                (
                    "Jäsenyydet:",
                    "ryhmät, joihin kuulut, roolisi (esimerkiksi ammattilainen tai kokemusasiantuntija), "
                    "organisaatiosi ja hyvinvointialueesi, jos fasilitaattori on ne kirjannut, sekä liittymisaika.",
                ),
                (
                    "Kutsut:",
                    "sähköpostiosoite, johon kutsu lähetettiin, ryhmä, rooli, lähetys- ja hyväksymisaika. "
                    "Kutsulinkistä tallennetaan vain tiiviste.",
                ),
                (
                    "Palaute:",
                    "viestisi ja vastauksesi palautetauluilla, niihin liittyvä mallin osio ja lainaus, tieto "
                    "nimettömyydestä, samaa mieltä -merkinnät sekä fasilitaattorin päätökset ja "
                    "moderointitoimet viesteihisi.",
                ),
                (
                    "Arviot:",
                    "kierrosten arviot (hyödyllisyys, tulinko kuulluksi, vapaat vastaukset) ja "
                    "arviointimittarin liikennevalot.",
                ),
                (
                    "Ilmoitusasetukset:",
                    "kuinka usein ja millä kielellä saat sähköposti-ilmoituksia, seuraamasi mallit, "
                    "sinulle muodostetut ilmoitukset ja viimeksi lukemasi mallin versio.",
                ),
                (
                    "Istunto:",
                    "kirjautumisen istuntotieto selaimen evästeessä ja palvelimella, enintään kaksi viikkoa.",
                ),
            ]
        ),
        p(
            "Älä kirjoita palautteeseen asiakkaiden tai muiden ihmisten tunnistettavia tietoja. Kokemuksistasi "
            "voit kirjoittaa nimettömästi: silloin muut jäsenet eivät näe nimeäsi, mutta ryhmän fasilitaattorit "
            "näkevät sen moderointia varten.",
        ),
        heading("Miksi tietoja käsitellään ja millä perusteella", "h2"),
        p(
            "Tietoja käsitellään, jotta yhteiskehittämisryhmä voi kehittää toimintamalleja yhdessä: kutsua "
            "jäseniä, järjestää kierroksia, kerätä ja käsitellä palautetta ja kertoa, mihin palaute johti.",
            "Käsittelyn peruste on rekisterinpitäjän yleisen edun mukaisen tehtävän hoitaminen (EU:n "
            "tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta): hyvinvointialueen tehtävä on kehittää "
            "palvelujaan ja antaa asukkaille ja palvelujen käyttäjille mahdollisuus osallistua ja vaikuttaa "
            "(laki hyvinvointialueesta 611/2021). Osallistuminen on vapaaehtoista.",
        ),
        heading("Kuka tiedot näkee", "h2"),
        bullets(
            [
                (
                    "Ryhmän jäsenet:",
                    "näyttönimesi, roolisi ja viestisi. Nimettömän viestin kirjoittajaa he eivät näe.",
                ),
                (
                    "Ryhmän fasilitaattorit:",
                    "kaikki ryhmän tiedot, myös nimettömien viestien kirjoittajat, sekä ryhmän "
                    "viennit taulukkoina. Sähköpostiosoitteesi näkyy heille kutsuissa.",
                ),
                (
                    "Julkiset sivut:",
                    "vain yhteenvedot ja määrät, kuten montaako palautetta uusi versio vastaa. Osallistujia ei "
                    "nimetä julkisilla sivuilla.",
                ),
                (
                    "Käsittelijät:",
                    "palvelun tekninen ylläpitäjä ja sähköpostin lähetyspalvelu käsittelevät tietoja "
                    "rekisterinpitäjän lukuun. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
                ),
            ]
        ),
        heading("Kuinka kauan tietoja säilytetään", "h2"),
        bullets(
            [
                "Tilin tiedot säilytetään, kunnes poistat tilisi tai pyydät fasilitaattoria poistamaan sen.",
                "Kutsu vanhenee 14 päivässä. Käytetty tai vanhentunut kutsu säilyy ryhmän tiedoissa, kunnes "
                "kutsuttu poistaa tilinsä.",
                "Kun tili poistetaan, nimesi, sähköpostiosoitteesi, jäsenyytesi, asetuksesi ja istuntosi "
                "poistetaan. Viestisi jäävät ryhmän aineistoon nimellä ”Entinen jäsen”, jotta keskustelu ja "
                "siitä tehdyt päätökset pysyvät ymmärrettävinä. Arviosi jäävät nimettöminä vastauksina.",
                "Julkaistut toimintamallien versiot säilytetään pysyvästi, mutta niissä ei ole osallistujien tietoja.",
            ]
        ),
        heading("Oikeutesi", "h2"),
        bullets(
            [
                (
                    "Oikeus saada pääsy tietoihin ja siirtää ne:",
                    "työtilan sivulla Omat tietoni voit ladata kaikki tietosi luettavana sivuna ja "
                    "koneluettavana JSON-tiedostona.",
                ),
                (
                    "Oikeus oikaista tietoja:",
                    "pyydä ryhmäsi fasilitaattoria korjaamaan näyttönimesi, roolisi tai organisaatiosi. "
                    "Omia viestejäsi voit muokata niin kauan kuin kierros ottaa palautetta vastaan.",
                ),
                (
                    "Oikeus poistaa tiedot:",
                    "voit poistaa tilisi sivulla Omat tietoni, tai fasilitaattori voi poistaa sen pyynnöstäsi.",
                ),
                (
                    "Muut oikeudet:",
                    "voit vastustaa käsittelyä tai pyytää sen rajoittamista ottamalla yhteyttä tietosuojavastaavaan.",
                ),
            ]
        ),
        p(
            "Omat tietoni -sivun löydät, kun kirjaudut sisään: se on työtilan etusivun yläosassa, "
            "osoitteessa /fi/codev/my-data/.",
        ),
        heading("Valitusoikeus", "h2"),
        p(
            "Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen "
            "tietosuojavaltuutetun toimistoon. Ota ensin yhteyttä tietosuojavastaavaan, niin selvitämme asian.",
        ),
        link("https://tietosuoja.fi", "Tietosuojavaltuutetun toimisto", "Ohjeet valituksen tekemiseen."),
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
