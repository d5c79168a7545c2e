"""The project pages in Swedish, block for block as their Finnish pages (`demo.projects`)."""

from ..streams import bullets, heading, link, p, process
from .network_model import FIELDS as NETWORK_FIELDS
from .taxonomy import PROJECTS, REGIONS

LETTER_OF_INTENT = "genom avsiktsförklaring"
CO_IMPLEMENTER = "delgenomförare"
SUBPROJECT = "genomförare av delprojekt"
ENDED = "(avslutat)"

# Finnish slug -> the Swedish page.
PROJECT_PAGES = {
    "into": {
        "slug": "into-integration-genom-delaktighet",
        "title": PROJECTS["IntO – Integraatiota osallistaen"],
        "lead": (
            "IntO – Integration genom delaktighet. Sociala innovationer för barnskyddets och ungdomspsykiatrins "
            "gemensamma klientskap. Projektet förbättrar varaktigt det gemensamma klient- och patientarbetet som "
            "yrkesverksamma inom barnskyddet i Helsingfors stad och välfärdsområdena i Nyland och inom HUS "
            "ungdomspsykiatri utför, så att barnets delaktighet styr utvecklingen."
        ),
        "period_note": "(2 år 3 mån.)",
        "main_implementer": REGIONS["Helsingin kaupunki"],
        "co_implementers": [
            ("HUS-sammanslutningen / kompetenscentret inom det sociala området Socca", ""),
            ("Osallisuuden Aika ry", ""),
            (REGIONS["Länsi-Uudenmaan hyvinvointialue"], LETTER_OF_INTENT),
            (REGIONS["Vantaan ja Keravan hyvinvointialue"], LETTER_OF_INTENT),
            (REGIONS["Keski-Uudenmaan hyvinvointialue"], LETTER_OF_INTENT),
            (REGIONS["Itä-Uudenmaan hyvinvointialue"], LETTER_OF_INTENT),
            ("HUS Ungdomspsykiatri", LETTER_OF_INTENT),
        ],
        "funder": NETWORK_FIELDS["funder"],
        "contact_name": "projektchef",
        "contact_organisation": REGIONS["Helsingin kaupunki"],
        "purpose": [
            p(
                "Projektets huvudmål är att åstadkomma en varaktig förbättring av det integrerade klient- och "
                "patientarbetet som personalen inom barnskyddet i Helsingfors stad och välfärdsområdena i Nyland och "
                "personalen inom HUS ungdomspsykiatri utför. Förändringen gör tjänsterna för de gemensamma "
                "klienterna mer rättidiga och riktar de olika sektorernas resurser effektivare mot de gemensamma "
                "klienternas och deras familjers behov av stöd och vård.",
                "I centrum för utvecklingsarbetet står barnets delaktighet. Barnets delaktighet förverkligas i "
                "projektets alla skeden: när utvecklingsverksamheten planeras, i försöken med sociala innovationer "
                "samt i projektets utvärdering och uppföljning.",
            ),
            heading("Centrala åtgärder", "h3"),
            bullets(
                [
                    "En barncentrerad och forskningsbaserad verksamhetsmodell för nätverkssamarbete som lämpar sig "
                    "för barnskyddets och ungdomspsykiatrins gemensamma klientskap.",
                    "En verksamhets- och vårdmodell för en hybrid, integrerad enhet som förenar barnskyddets "
                    "institutionsvård och ungdomspsykiatri på universitetssjukhusnivå.",
                ],
                intro="Samutvecklas, tas i bruk och skalas upp nationellt:",
            ),
            p("Erfarenhetsexperternas och klienternas deltagande i samutvecklingen är systematiskt."),
            heading("Mål", "h3"),
            bullets(
                [
                    "Verksamhetskulturen förändras: samarbetet förbättras varaktigt.",
                    "De yrkesverksamma går på ett kontrollerat sätt över från parallell och reaktiv verksamhet till "
                    "samordnad verksamhet med flera aktörer, där den ungas och familjens delaktighet förverkligas.",
                    "Vården och stödet blir mer proportionerliga och ges mer i rätt tid.",
                    "Unga gemensamma klienter i utsatt ställning som behöver starkt stöd klarar vardagen bättre, och "
                    "deras aktörskap stärks.",
                    "Felefterfrågan minskar.",
                ]
            ),
            p(
                "Projektets strategiska mål är 1. att minska placeringarna och 4. mentalvårds- och missbruksarbete "
                "inom vården utom hemmet."
            ),
            heading("Målgrupper", "h3"),
            bullets(
                [
                    (
                        "Direkta:",
                        "yrkesverksamma inom barnskyddets öppenvård och vård utom hemmet samt HUS ungdomspsykiatri i "
                        "Nyland (Helsingfors samt Östra, Mellersta och Västra Nylands och Vanda och Kervo "
                        "välfärdsområden).",
                    ),
                    (
                        "Indirekta:",
                        "barnskyddets och ungdomspsykiatrins gemensamma klienter i åldern 13–17 år och deras familjer.",
                    ),
                ]
            ),
            link("https://www.socca.fi/into", "IntO-projektets webbplats (Socca, på finska)"),
        ],
    },
    "tulevaisuuden-lastensuojelu": {
        "slug": "framtidens-barnskydd",
        "title": PROJECTS["Tulevaisuuden lastensuojelu -hanke"],
        "lead": (
            "Syftet med projektet Framtidens barnskydd (2020–2022) var att utveckla tjänsterna för barnskyddets "
            "klienter, barn och unga, som bor inom samarbetsområdet i Södra Finland så att deras sociala, "
            "hälsomässiga och bildningsmässiga rättigheter kan förverkligas utan att gränserna mellan "
            "förvaltningsområdena står i vägen."
        ),
        "period_note": "(inleddes hösten 2020, avslutades i slutet av 2022)",
        "main_implementer": "Kompetenscentret inom det sociala området i huvudstadsregionen Socca (huvudman)",
        "co_implementers": [
            ("Ab Det finlandssvenska kompetenscentret inom det sociala området (FSKC)", CO_IMPLEMENTER),
            ("Kompetenscentret inom det sociala området i Sydöstra Finland Socom Ab", CO_IMPLEMENTER),
            (
                "Kompetenscentret inom det sociala området i Västra och Mellersta Nyland Sosiaalitaito Ab",
                CO_IMPLEMENTER,
            ),
            ("Kompetenscentret inom det sociala området i Päijänne-Tavastland och Östra Nyland Verso", CO_IMPLEMENTER),
            ("Centralförbundet för Barnskydd", CO_IMPLEMENTER),
        ],
        "funder": "Social- och hälsovårdsministeriet (SHM)",
        "contact_name": "projektchef",
        "contact_organisation": "Socca – kompetenscentret inom det sociala området i Nyland",
        "purpose": [
            p(
                "Utvecklingsprojektets mål var att svara på de individuella behoven hos barn och unga som är klienter "
                "inom barnskyddet så att deras sociala, hälsomässiga och bildningsmässiga rättigheter kan förverkligas "
                "utan att gränserna mellan förvaltningsområdena står i vägen. Detta förutsätter det mångprofessionella "
                "stöd och den vård som barnskyddslagen förpliktar till, och för att genomföra dem behövs ett "
                "systematiskt samarbete mellan flera aktörer både lokalt och regionalt.",
            ),
            heading("Två åtgärdshelheter", "h3"),
            bullets(
                [
                    "Att hjälpa barnskyddets klienter som behöver många tjänster tillsammans med flera aktörer blir "
                    "ett verkningsfullt och smidigt arbetssätt. Inom helheten utvecklas de specialtjänster som barn "
                    "och unga inom barnskyddet behöver, och nya verksamhetsmodeller förankras i vardagen.",
                    "Systemiskt tänkande blir en gemensam tanke- och verksamhetsmodell för barnskyddets samarbete "
                    "mellan flera aktörer genom utbildning och konsultativt stöd och genom att klienternas "
                    "delaktighet stärks i klientarbetets vardag och i utvecklingen.",
                ],
                ordered=True,
            ),
            process(
                "Sex arbetspaket och deras mål",
                [
                    (
                        "Missbrukstjänster i barnskyddets nätverk med flera aktörer",
                        "Missbrukstjänsterna för barn och unga och barnskyddet ordnar tillsammans intensiv "
                        "missbrukarvård i hemmet för barnskyddets klienter.",
                    ),
                    (
                        "Uppsökande stöd för unga som hamnar mellan stolarna",
                        "Barnskyddsklienter i åldern 10–18 år som hamnar mellan stolarna får uppsökande stöd i "
                        "Helsingfors, och den verksamhetsmodell som har tagits fram kan användas i hela området.",
                    ),
                    (
                        "Bedömning med flera aktörer",
                        "Barnskyddsarbetet utvecklas så att det bättre svarar på barnens sektorsövergripande behov, "
                        "när arbetssätt för arbete med flera aktörer byggs upp i landskapen.",
                    ),
                    (
                        "Främjande av mångprofessionellt samarbete för svenskspråkiga barn och unga i tvåspråkiga "
                        "områden",
                        "De svenskspråkiga servicekedjorna blir smidigare, och samarbetet mellan barnskyddet, "
                        "mentalvårds- och missbrukstjänsterna och bildningsväsendet får nya former för svenskspråkiga "
                        "klienter.",
                    ),
                    (
                        "Systemisk tanke- och verksamhetsmodell",
                        "De systemiska teamens verksamhet etableras enhetligt i områdets landskap, utvecklas i "
                        "mångprofessionell riktning och får genom konsultation verktyg för särskilt svåra situationer.",
                    ),
                    (
                        "Barns och ungas delaktighet",
                        "Barn och unga inom barnskyddet får en starkare upplevelse av delaktighet, och barnens och de "
                        "ungas egen förståelse och erfarenhet tas till vara när barnskyddet utvecklas.",
                    ),
                ],
            ),
            heading("Produkter och resultat", "h3"),
            p(
                "Projektets viktigaste gemensamma teman har varit mångaktörskap, delaktighet och systemiskt arbete. "
                "Delaktigheten har varit den röda tråden i utvecklingsarbetet och klientarbetet: barnvänliga och "
                "barnorienterade tjänster kan inte utvecklas utan att man frågar barnen.",
                "Projektet verkade i sex blivande välfärdsområden och i samarbete med Helsingfors och HUS. I olika "
                "områden betonades olika samarbetspartner; i Västra Nyland samarbetade man till exempel i stor "
                "omfattning med familjecentersprojektet.",
            ),
            heading("Dialogisk utvärdering", "h3"),
            p(
                "Projektet utvärderades med en dialogisk metod: projektets genomförare, samarbetspartner och de "
                "erfarenhetsexperter som företrädde klienterna förde tillsammans en dialog om hur utvecklingsarbetet "
                "framskred och vilka resultat det gav. I de tre omgångarna deltog sammanlagt 99 olika personer.",
            ),
            bullets(
                [
                    "Utvecklingen i projektet har genomförts utmärkt med tanke på bristerna i projektplanen och de "
                    "förhållanden som coronapandemin och uppbyggnaden av välfärdsområdena skapade.",
                    "Resultaten uppnåddes tack vare det långsiktiga samarbetet mellan ett erfaret utvecklarteam och "
                    "erfarenhetsexperterna.",
                    "Att förena det systemiska arbetssättet och delaktigheten håller på att visa sig vara en central "
                    "grundpelare för utvecklingen av barnskyddet och andra tjänster.",
                ],
                intro="Utvärderarna lyfte fram tre saker:",
                ordered=True,
            ),
            p(
                "Projektet var ett av fem utvecklingsprojekt inom barnskyddet som inleddes hösten 2020 med "
                "finansiering från SHM som en del av förändringsprogrammet för barn- och familjetjänster.",
            ),
        ],
    },
    "soila": {
        "slug": "soila-sociala-innovationer",
        "title": PROJECTS["SOILA – Sosiaaliset innovaatiot lastensuojelussa"],
        "lead": (
            "Det nationella koordineringsprojektet och de projekt som områdena finansierar bildar tillsammans en "
            "utvecklingshelhet som när programperioden avslutas ska ha gjort det finländska barnskyddet bättre och "
            "mer hållbart både socialt och ekonomiskt."
        ),
        "period_note": "EU:s programperiod 2021–2027",
        "main_implementer": "SOILA-koordineringen: THL, Centralförbundet för Barnskydd och Pesäpuu ry",
        "co_implementers": [],
        "funder": "Medfinansierat av Europeiska unionen (ESF+)",
        "contact_name": "projektchef",
        "contact_organisation": "Institutet för hälsa och välfärd (THL)",
        "purpose": [
            p(
                "SOILA är det nationella koordineringsprojektet för det specifika målet Skyddsnät för ungas framtid. "
                "Koordineringen genomförs gemensamt av THL, Centralförbundet för Barnskydd och Pesäpuu ry, och i "
                "SOILA arbetar en sektorsövergripande grupp på 11 anställda.",
            ),
            heading("Finansiering", "h3"),
            bullets(
                [
                    "Förnyelse och kompetens i Finland 2021–2027 – EU:s regional- och strukturpolitiska program",
                    "ESF+ nationellt tema delaktighet",
                    "Sociala innovationers Finland, insatsområde 5",
                    "Specifikt mål 5.1 Skyddsnät för ungas framtid",
                ],
                intro="Finansieringen kommer via följande programkedja:",
                ordered=True,
            ),
            p("Finansieringen uppgår till sammanlagt 30 M€: 4 M€ för koordineringen och 26 M€ för områdenas projekt."),
            heading("Samutveckling", "h3"),
            p(
                "Sociala innovationer utvecklas tillsammans. I samutvecklingen deltar medborgare och slutanvändare av "
                "olika tjänster i idéarbetet, planeringen, genomförandet och utvärderingen av tjänsterna i samarbete "
                "med yrkesverksamma, experter och myndigheter.",
            ),
            # The regional projects keep the names they are registered with.
            heading("Regionprojekten inom Skyddsnät för ungas framtid i juni 2026", "h3"),
            bullets(
                [
                    "Alku",
                    "Arvoa360",
                    "Elämää perheissä",
                    f"Hyvä tulo sijaishuoltoon {ENDED}",
                    "IntO",
                    "Jalkautuva turvaverkko",
                    "Jatkos",
                    "Jotep",
                    "Jäkälä",
                    "KokoOma",
                    PROJECTS["Matkalla riittävään vanhemmuuteen"],
                    "Mila",
                    f"Monialainen osaamisentuki lastensuojelun sosiaalityössä {ENDED}",
                    "Nuppe",
                    f"Pakopeli itsenäisyyteen {ENDED}",
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
            link("https://lskl.fi/soila", "SOILA – Centralförbundet för Barnskydd"),
            link("https://pesapuu.fi/soila", "SOILA – Pesäpuu ry"),
        ],
    },
    "matkalla-riittavaan-vanhemmuuteen": {
        "slug": "pa-vag-mot-ett-tillrackligt-foraldraskap",
        "title": PROJECTS["Matkalla riittävään vanhemmuuteen"],
        "lead": (
            "Ett gruppprojekt där välfärdsområdena i Mellersta Finland, Södra Savolax, Kajanaland och Norra Savolax "
            "utvecklar sektorsövergripande stöd för föräldraskapet inom barnskyddet i samarbete över "
            "välfärdsområdesgränserna. Projektet hör till regionprojekten inom Skyddsnät för ungas framtid."
        ),
        "period_note": "Utvecklingsprocessen våren 2026; arbetsgruppens arbete fortsätter under hösten.",
        "main_implementer": (
            "Kompetenscentret inom det sociala området i Insjöfinland (Mellersta Finlands välfärdsområde)"
        ),
        "co_implementers": [
            (REGIONS["Etelä-Savon hyvinvointialue (Eloisa)"], SUBPROJECT),
            (REGIONS["Kainuun hyvinvointialue"], SUBPROJECT),
            (REGIONS["Pohjois-Savon hyvinvointialue"], SUBPROJECT),
        ],
        "funder": NETWORK_FIELDS["funder"],
        "contact_name": "projektchef",
        "contact_organisation": REGIONS["Keski-Suomen hyvinvointialue"],
        "purpose": [
            p(
                "Kompetenscentret inom det sociala området i Insjöfinland (Mellersta Finlands välfärdsområde) ansvarar "
                "för genomförandet av huvudprojektet, och delprojekten genomförs av välfärdsområdena i Södra Savolax, "
                "Kajanaland och Norra Savolax.",
                "Som gruppprojekt genomfördes under våren 2026 en utvecklingsprocess för sektorsövergripande stöd för "
                "föräldraskapet, där yrkesverksamma inom social- och hälsovården från olika välfärdsområden samt "
                "erfarenhetsexperter och företrädare för organisationer deltog.",
            ),
            heading("Arbetsgruppens mål", "h3"),
            bullets(
                [
                    "Att skapa principer för sektorsövergripande samarbete inom barnskyddet.",
                    "Att fastställa arbetstagarnas roller och ansvar.",
                    "Att skapa förutsättningar för sektorsövergripande samarbete.",
                ]
            ),
        ],
    },
    "mielenterveyden-palveluketju": {
        "slug": "servicekedjan-for-psykisk-halsa",
        "title": PROJECTS["Lasten ja nuorten mielenterveyden palveluketju -kehittäminen"],
        "lead": (
            "Ett gemensamt utvecklingsarbete mellan Helsingfors stad och HUS med målet att säkerställa att barn och "
            "unga i Helsingfors får mentalvårdstjänster av god kvalitet som motsvarar deras behov, i rätt tid och "
            "som smidiga och samordnade helheter."
        ),
        "period_note": "(inleddes 2019; en del av programmet Framtidens social- och hälsocentral 2020–2023)",
        "main_implementer": REGIONS["Helsingin kaupunki"],
        "co_implementers": [("HUS (barn- och ungdomspsykiatri)", "samarbetspartner")],
        "funder": "",
        "contact_name": "utvecklare av servicekedjan",
        "contact_organisation": REGIONS["Helsingin kaupunki"],
        "purpose": [
            p(
                "Helsingfors stads strategiska mål är att förebygga utslagning bland barn och unga. För att främja "
                "målet har man identifierat ett behov av gemensamma fenomenbaserade modeller för servicekedjorna vid "
                "barns och ungas psykiska problem mellan Helsingfors stad och HUS.",
                "Barns och ungas psykiska hälsa är en av utvecklingens prioriteringar och spetsar i stadsstrategin och "
                "i programmet Framtidens social- och hälsocentral. Arbetet inleddes 2019 och fortsatte som en del av "
                "social- och hälsovårdsreformens program Framtidens social- och hälsocentral åren 2020–2023.",
            ),
            heading("Centrala samarbetspartner", "h3"),
            bullets(
                [
                    (
                        "Social- och hälsovårdstjänster:",
                        "familje- och socialtjänster, hälsovårds- och missbrukartjänster",
                    ),
                    (
                        "Fostran och utbildning:",
                        "småbarnspedagogik och förskoleundervisning, grundläggande utbildning, gymnasieutbildning och "
                        "yrkesutbildning, svenskspråkiga tjänster",
                    ),
                    ("Kultur och fritid:", "ungdomstjänster"),
                    ("HUS:", "barnpsykiatri, ungdomspsykiatri"),
                ]
            ),
        ],
    },
}
