"""Glossary terms of the demo: defined as the seeds define them, otherwise by their established meaning."""

# (slug, term, definition, other names, match forms). Match forms are the beginnings of the
# inflected forms, so "yhteisasiak" finds yhteisasiakas, yhteisasiakkaat and yhteisasiakkuus.
TERMS = [
    (
        "yhteisasiakas",
        "yhteisasiakas",
        "Asiakas, joka on samaan aikaan kahden tai useamman palvelun asiakkaana tai potilaana, esimerkiksi "
        "lastensuojelun ja nuorisopsykiatrian. IntO-hankkeessa yhteisasiakkaita ovat lastensuojelun ja "
        "nuorisopsykiatrian 13–17-vuotiaat yhteiset asiakkaat ja heidän perheensä.",
        "yhteisasiakkuus, yhteinen asiakas",
        "yhteisasiak",
    ),
    (
        "kokemusasiantuntija",
        "kokemusasiantuntija",
        "Henkilö, jolla on omakohtaista kokemusta esimerkiksi palveluiden asiakkaana, potilaana tai "
        "asiakkaan läheisenä ja joka käyttää kokemustaan palveluiden kehittämisessä, arvioinnissa tai "
        "vertaistuessa. Hankkeiden kokemusten mukaan kokemusasiantuntijuus vahvistaa kehittämisen laatua ja "
        "vaikuttavuutta haastamalla ammattilaisia reflektoimaan tekemistään.",
        "kokemusasiantuntijuus, kokemustoimija",
        "kokemusasiantunti",
    ),
    (
        "monitoimijaisuus",
        "monitoimijaisuus",
        "Asiakkaan ja eri palveluiden ammattilaisten yhteistoiminta, jossa jokainen on aktiivinen toimija. "
        "Tulevaisuuden lastensuojelu -hankkeessa puhuttiin tietoisesti monitoimijaisuudesta monialaisuuden "
        "sijaan, koska se muuttaa rajapinnat yhdyspinnoiksi ja korostaa sekä asiakkaan että ammattilaisten "
        "toimijuutta ja aktiivisuutta yhteistoiminnassa. Yhteisesti muodostettu ja jaettu tieto "
        "mahdollistaa kaikkien toimijuuden ja sulkee pois seurailevan tai tarkkailevan osallistumisen "
        "verkostoihin.",
        "monialaisuus",
        "monitoimijai",
    ),
    (
        "monialainen-yhteistyo",
        "monialainen yhteistyö",
        "Eri alojen, kuten sosiaalihuollon, terveydenhuollon ja opetuksen, ammattilaisten yhteistyö saman "
        "asiakkaan tai perheen tilanteessa. Katso myös monitoimijaisuus, jolla korostetaan myös asiakkaan "
        "omaa toimijuutta.",
        "moniammatillinen yhteistyö, monialaisuus",
        "monialai, moniammatilli",
    ),
    (
        "systeeminen-tyoote",
        "systeeminen työote",
        "Ajattelu- ja työtapa, jossa lapsen ja perheen tilannetta tarkastellaan heidän suhteidensa ja "
        "ympäristönsä kokonaisuutena. Systeeminen ja suhdeperustainen työote rakentuu tutustumiselle, lupaa "
        "pyytävälle työotteelle ja aidolle yhteistoiminnalle; toiminnan on oltava kunnioittavaa, uteliasta "
        "ja arvostavaa myös erimielisyyksiä käsiteltäessä. Systeeminen asiakastyö on aina monitoimijaista.",
        "systeeminen lähestymistapa, systeeminen työtapa, systeeminen toimintamalli",
        "systeemi",
    ),
    (
        "suhdeperustainen-tyo",
        "suhdeperustainen työ",
        "Työskentely, jossa luottamuksellinen ja kunnioittava suhde asiakkaaseen on avun perusta. Suhde "
        "rakentuu tutustumiselle ja lupaa pyytävälle työotteelle.",
        "suhdeperustainen työote",
        "suhdeperust",
    ),
    (
        "verkostoneuvottelu",
        "verkostoneuvottelu",
        "Tapaaminen, jossa nuori ja perhe sekä heidän kanssaan työskentelevät ammattilaiset, esimerkiksi "
        "lastensuojelusta ja nuorisopsykiatriasta, käsittelevät tilannetta yhdessä ja sopivat tavoitteista, "
        "vastuista ja seuraavista askelista.",
        "verkostopalaveri, verkostotapaaminen",
        "verkostoneuvottel",
    ),
    (
        "verkostoyhteistyo",
        "verkostoyhteistyö",
        "Asiakkaan, hänen läheistensä ja eri palveluiden ammattilaisten suunnitelmallinen yhteistyö, jossa "
        "tilannetta tarkastellaan kokonaisuutena ja tuki sovitetaan yhteen.",
        "verkostotyö",
        "verkostoyhteisty, verkostoty",
    ),
    (
        "sijaishuolto",
        "sijaishuolto",
        "Huostaan otetun, kiireellisesti sijoitetun tai väliaikaismääräyksellä sijoitetun lapsen hoidon ja "
        "kasvatuksen järjestäminen kodin ulkopuolella, esimerkiksi perhehoidossa tai laitoshoidossa.",
        "",
        "sijaishuol",
    ),
    (
        "avohuolto",
        "avohuolto",
        "Lastensuojelun avohuollon tukitoimet: tuki, jota lapsi ja perhe saavat lapsen asuessa kotona, "
        "esimerkiksi perhetyö, tukihenkilö tai taloudellinen tuki.",
        "avohuollon tukitoimet",
        "avohuol",
    ),
    (
        "sijoitus",
        "sijoitus",
        "Lapsen sijoittaminen asumaan kodin ulkopuolelle joko avohuollon tukitoimena, kiireellisesti tai "
        "huostaanoton jälkeen sijaishuoltoon.",
        "",
        "sijoitu, sijoitet",
    ),
    (
        "yhteiskehittaminen",
        "yhteiskehittäminen",
        "Kehittämistapa, jossa kansalaiset ja eri palveluiden loppukäyttäjät ovat mukana palveluiden "
        "ideoinnissa, suunnittelussa, toteutuksessa ja arvioinnissa yhteistyössä ammattilaisten, "
        "asiantuntijoiden ja viranomaisten kanssa. Yhteiskehittäminen verkostoi yhteen eri sidosryhmät, "
        "kuten kansalaiset, yritykset sekä kolmannen ja julkisen sektorin, ja sen tavoitteena on ratkaista "
        "monitoimijaisen joukon avulla yhteiskuntaan ja palveluihin liittyviä tarpeita ja ongelmia.",
        "yhdessä kehittäminen",
        "yhteiskehit",
    ),
    (
        "osallisuus",
        "osallisuus",
        "Ihmisen mahdollisuus olla mukana ja vaikuttaa omaa elämäänsä ja palveluitaan koskeviin asioihin. "
        "Lapsen osallisuus tarkoittaa, että lapsen näkemys kuullaan ja otetaan huomioon sekä asiakastyössä "
        "että palveluiden kehittämisessä. Lähdeaineiston hankkeissa osallisuus on ollut kehittämistyön ja "
        "asiakastyön punainen lanka.",
        "asiakasosallisuus",
        "osallisuu, asiakasosallisuu",
    ),
    (
        "hyvinvointialue",
        "hyvinvointialue",
        "Itsehallinnollinen alue, joka on vuodesta 2023 vastannut sosiaali- ja terveydenhuollon sekä "
        "pelastustoimen järjestämisestä kuntien sijaan. Helsingin kaupunki järjestää nämä palvelut itse.",
        "hva",
        "hyvinvointialu",
    ),
    (
        "fasilitointi",
        "fasilitointi",
        "Ryhmän työskentelyn ohjaaminen niin, että kaikki pääsevät osallistumaan ja keskustelu pysyy "
        "tavoitteessa. Yhteiskehittämisessä fasilitointi on kriittinen onnistumistekijä: se on keskustelun "
        "sitkeää ohjaamista kehittämisen ydintehtävään ja epäkohdista eteenpäin viemisen mallintamista.",
        "fasilitaattori",
        "fasilit",
    ),
    (
        "palveluketju",
        "palveluketju",
        "Asiakkaan tarpeeseen vastaavien palveluiden kokonaisuus, jossa eri organisaatioiden ja eri "
        "tasojen, kuten perustason ja erikoissairaanhoidon, palvelut sovitetaan yhteen sujuvaksi ketjuksi.",
        "palvelupolku, hoitoketju",
        "palveluketju",
    ),
    (
        "nuorisopsykiatria",
        "nuorisopsykiatria",
        "Nuorten mielenterveyden häiriöiden tutkimukseen ja hoitoon erikoistunut lääketieteen ala ja sen "
        "palvelut. Uudellamaalla nuorisopsykiatrian erikoissairaanhoito kuuluu HUSille.",
        "",
        "nuorisopsykiatri",
    ),
    (
        "sosiaalinen-innovaatio",
        "sosiaalinen innovaatio",
        "Uusi ratkaisu, joka vastaa sosiaaliseen tarpeeseen. IntO-hankkeessa sosiaalinen innovaatio syntyy, "
        "kun yhteisasiakkaat sekä lastensuojelun ja psykiatrian ammattilaiset yhteiskehittävät uuden "
        "toimintamallin; sen ohjaava periaate on lapsen osallisuus.",
        "",
        "sosiaalinen innovaat, sosiaalisen innovaat, sosiaaliset innovaat, sosiaalisten innovaat",
    ),
    (
        "valiinputoaja-asiakas",
        "väliinputoaja-asiakas",
        "Asiakas, jonka tarpeisiin mikään palvelu ei yksin vastaa ja joka siksi jää palveluiden väliin. "
        "Lähdeaineistossa väliinputoaja-asiakkaita ovat esimerkiksi lastensuojelun ja lasten- ja "
        "nuorisopsykiatrian yhteiset 10–18-vuotiaat asiakkaat.",
        "väliinputoaja",
        "väliinputoaj",
    ),
    (
        "palveluahky",
        "palveluähky",
        "Tilanne, jossa perheellä on samaan aikaan niin monta palvelua tai työntekijää, että niiden "
        "yhteensovittaminen kuormittaa perhettä. Apu sovitetaan yhteen niin, ettei synny päällekkäisyyttä "
        "tai palveluähkyä.",
        "",
        "palveluähk",
    ),
    (
        "dialoginen-arviointi",
        "dialoginen arviointi",
        "Arviointitapa, jossa arviointia ei tehdä kokonaan hankkeen ulkopuolelta, vaan hankkeen "
        "toteuttajat, yhteistyökumppanit ja kokemusasiantuntijat käyvät yhdessä dialogia kehittämistyön "
        "edistymisestä ja tuloksista. Arviointi kulkee kehittämistyön rinnalla alusta saakka.",
        "",
        "dialoginen arvioin, dialogisen arvioin, dialogista arvioin",
    ),
    (
        "matalan-kynnyksen-palvelu",
        "matalan kynnyksen palvelu",
        "Palvelu, johon on helppo hakeutua ja päästä, esimerkiksi ilman lähetettä tai ajanvarausta.",
        "",
        "matalan kynnyksen",
    ),
    (
        "innokyla",
        "Innokylä",
        "Avoin verkkopalvelu ja kehittämisympäristö, jossa sosiaali- ja terveysalan toimintamallit ja "
        "kehittämisen kokonaisuudet kuvataan yhtenäisellä rakenteella ja jaetaan muiden käyttöön.",
        "",
        "innokyl",
    ),
]
