"""The site frame in Swedish: home page, listing pages, plain pages and footer, block for block as in Finnish.

Each body has the blocks of its Finnish page in the same order, so the translation's blocks share
their ids with the source's (see `demo.streams.build_stream`).
"""

from ..streams import bullets, heading, link, p

HOME = {
    # The home page sits beside the Finnish one under the tree root, so its slug tells them apart.
    "slug": "mallipaja-sv",
    "title": "Mallipaja",
    "intro": (
        "Mallipaja är en öppen tjänst där yrkesverksamma inom barnskyddet och HUS ungdomspsykiatri, unga, "
        "familjer och erfarenhetsexperter utvecklar verksamhetsmodeller tillsammans och publicerar dem så att "
        "alla kan läsa dem. Verksamhetsmodellerna beskrivs med Innokyläs struktur: grunduppgifter, beskrivning "
        "av verksamhetsmodellen och utvecklingsvägen."
    ),
    "body": [
        p(
            "Varje modell befinner sig i ett utvecklingsskede: förståelse av behovet, samutveckling, pilot, i bruk "
            "eller spridd nationellt. Helheterna samlar modellerna från samma projekt.",
            "Barnskyddet och psykiatrin använder olika ord för samma saker. Ordlistan förklarar begreppen, och i "
            "modellernas texter är ordlistans termer länkade till sina förklaringar.",
        ),
    ],
}

LIBRARY = {
    "slug": "verksamhetsmodeller",
    "title": "Verksamhetsmodeller",
    "intro": (
        "Alla publicerade verksamhetsmodeller. Avgränsa enligt utvecklingsskede, välfärdsområde, målgrupp, "
        "ämnesord eller helhet, eller sök med fritext."
    ),
}

PROJECT_INDEX = {
    "slug": "helheter",
    "title": "Helheter",
    "intro": (
        "Helheterna är projekt och program där verksamhetsmodeller utvecklas. På helhetens sida ser du dess mål, "
        "genomförare, finansiär och de verksamhetsmodeller som utvecklats inom den."
    ),
}

GLOSSARY = {
    "slug": "ordlista",
    "title": "Ordlista",
    "intro": (
        "Barnskyddet och psykiatrin använder olika ord för samma saker, och samma ord kan betyda olika saker i "
        "olika organisationer. Ordlistan förklarar begreppen i verksamhetsmodellerna och berättar vilka andra "
        "namn de har."
    ),
}

ACCESSIBILITY_STATEMENT = {
    "slug": "tillganglighetsutlatande",
    "title": "Tillgänglighetsutlåtande",
    "intro": (
        "Detta tillgänglighetsutlåtande gäller webbtjänsten Mallipaja. Utlåtandet grundar sig på en bedömning "
        "som tjänstens utvecklare själva har gjort av tjänstens tillgänglighet."
    ),
    "body": [
        heading("Webbtjänstens tillgänglighet", "h2"),
        p(
            "Mallipaja uppfyller delvis kraven i WCAG 2.1 nivå AA. Lagen om tillhandahållande av digitala tjänster "
            "(306/2019) förutsätter att offentliga webbtjänster är tillgängliga."
        ),
        heading("Innehåll som inte är tillgängligt", "h2"),
        bullets(
            [
                (
                    "Bilagor:",
                    "dokument som publicerats som bilagor till verksamhetsmodellerna, till exempel PDF- och "
                    "Office-filer, är inte nödvändigtvis tillgängliga. Utvecklarna har själva skrivit bilagorna, och "
                    "deras tillgänglighet har inte kontrollerats.",
                ),
                (
                    "Innehållets språk:",
                    "största delen av innehållet finns bara på finska. Startsidan, navigeringssidorna, helheterna, "
                    "ordlistan och verksamhetsmodellen för nätverkssamarbete finns också på svenska, och "
                    "gränssnittet finns på svenska och engelska.",
                ),
                (
                    "Bilder:",
                    "redaktörerna ansvarar för textalternativen till de bilder de lägger till, och deras kvalitet "
                    "har inte kontrollerats för alla bilder.",
                ),
                (
                    "Externa länkar:",
                    "för tillgängligheten hos andra webbplatser som tjänsten länkar till ansvarar deras "
                    "administratörer.",
                ),
            ]
        ),
        p("Om du behöver innehållet i tillgänglig form kan du begära det från adressen nedan."),
        heading("Ge respons på tillgängligheten", "h2"),
        p(
            "Har du upptäckt en tillgänglighetsbrist? Berätta om den för oss per e-post till "
            "saavutettavuus@example.org. Vi svarar senast inom två veckor."
        ),
        heading("Tillsynsmyndighet", "h2"),
        p(
            "Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om du inte är nöjd "
            "med svaret eller inte får något svar inom två veckor kan du göra en anmälan till Regionförvaltningsverket "
            "i Södra Finland. På Regionförvaltningsverkets webbplats finns närmare information om hur du gör en "
            "anmälan och hur ärendet behandlas.",
            "Tillsynsmyndighetens kontaktuppgifter: Regionförvaltningsverket i Södra Finland, enheten för "
            "tillgänglighetstillsyn.",
        ),
        link(
            "https://www.tillganglighetskrav.fi",
            "Tillganglighetskrav.fi",
            "Tillsynsmyndighetens webbplats: information om tillgänglighetskraven och om hur man gör en anmälan.",
        ),
    ],
}

PRIVACY_STATEMENT = {
    "slug": "dataskyddsbeskrivning",
    "title": "Dataskyddsbeskrivning",
    "intro": (
        "Denna dataskyddsbeskrivning berättar vilka personuppgifter Mallipaja sparar, varför, hur länge och vem "
        "som behandlar dem, samt hur du kan utöva dina rättigheter. Beskrivningen gäller arbetsytan för "
        "samutveckling: de offentliga sidorna om verksamhetsmodeller kan läsas utan inloggning, och inga "
        "personuppgifter om läsarna sparas."
    ),
    "body": [
        heading("Personuppgiftsansvarig och kontaktuppgifter", "h2"),
        p(
            "Personuppgiftsansvarig är det välfärdsområde som utvecklar verksamhetsmodellen och vars "
            "samutvecklingsgrupp du har bjudits in till. Mallipaja är en demoversion: adresserna nedan är "
            "exempeladresser.",
        ),
        bullets(
            [
                ("Dataskyddsombud:", "tietosuojavastaava@example.org"),
                ("Tjänstens underhåll:", "yllapito@example.org"),
                ("Din grupps facilitator:", "fasilitaattori@example.org"),
            ]
        ),
        heading("Vilka uppgifter sparas", "h2"),
        bullets(
            [
                (
                    "Konto:",
                    "användarnamn (din e-postadress), e-postadress, lösenordet som en krypterad hash, när kontot "
                    "skapades och den senaste inloggningen.",
                ),
                (
                    "Visningsnamn:",
                    "det namn som de andra medlemmarna i gruppen ser. Det kan vara en signatur, vilket många "
                    "erfarenhetsexperter och unga väljer.",
                ),
                (
                    "Medlemskap:",
                    "de grupper du hör till, din roll (till exempel yrkesverksam eller erfarenhetsexpert), din "
                    "organisation och ditt välfärdsområde om facilitatorn har antecknat dem, samt när du gick med.",
                ),
                (
                    "Inbjudningar:",
                    "den e-postadress som inbjudan skickades till, gruppen, rollen samt när inbjudan skickades och "
                    "godkändes. Av inbjudningslänken sparas endast en hash.",
                ),
                (
                    "Respons:",
                    "dina inlägg och svar på responstavlorna, den del av modellen och det citat de gäller, "
                    "uppgiften om anonymitet, markeringar av att någon håller med samt facilitatorns beslut och "
                    "modereringsåtgärder som gäller dina inlägg.",
                ),
                (
                    "Utvärderingar:",
                    "utvärderingarna av omgångarna (nytta, om du blev hörd, fria svar) och utvärderingsmätarens "
                    "trafikljus.",
                ),
                (
                    "Aviseringsinställningar:",
                    "hur ofta och på vilket språk du får aviseringar per e-post, de modeller du följer, de "
                    "aviseringar som skapats för dig och den version av en modell som du läste senast.",
                ),
                (
                    "Session:",
                    "sessionsuppgifter om inloggningen i webbläsarens kaka och på servern, högst två veckor.",
                ),
            ]
        ),
        p(
            "Skriv inte uppgifter som gör det möjligt att identifiera klienter eller andra personer i responsen. Om "
            "dina erfarenheter kan du skriva anonymt: då ser de andra medlemmarna inte ditt namn, men gruppens "
            "facilitatorer ser det för modereringens skull.",
        ),
        heading("Varför uppgifterna behandlas och på vilken grund", "h2"),
        p(
            "Uppgifterna behandlas för att samutvecklingsgruppen ska kunna utveckla verksamhetsmodeller "
            "tillsammans: bjuda in medlemmar, ordna omgångar, samla in och behandla respons och berätta vad "
            "responsen ledde till.",
            "Grunden för behandlingen är att den personuppgiftsansvarige utför en uppgift av allmänt intresse "
            "(artikel 6.1 e i EU:s dataskyddsförordning): välfärdsområdets uppgift är att utveckla sina tjänster "
            "och ge invånarna och tjänsternas användare möjlighet att delta och påverka (lagen om välfärdsområden "
            "611/2021). Deltagandet är frivilligt.",
        ),
        heading("Vem ser uppgifterna", "h2"),
        bullets(
            [
                (
                    "Gruppens medlemmar:",
                    "ditt visningsnamn, din roll och dina inlägg. Vem som har skrivit ett anonymt inlägg ser de inte.",
                ),
                (
                    "Gruppens facilitatorer:",
                    "alla gruppens uppgifter, också vem som har skrivit anonyma inlägg, samt gruppens exporter som "
                    "tabeller. Din e-postadress syns för dem i inbjudningarna.",
                ),
                (
                    "Offentliga sidor:",
                    "endast sammanfattningar och antal, till exempel hur många responser en ny version svarar på. "
                    "Deltagarna namnges inte på de offentliga sidorna.",
                ),
                (
                    "Personuppgiftsbiträden:",
                    "tjänstens tekniska administratör och tjänsten som skickar e-post behandlar uppgifterna för den "
                    "personuppgiftsansvariges räkning. Uppgifterna överförs inte utanför EU eller EES.",
                ),
            ]
        ),
        heading("Hur länge uppgifterna sparas", "h2"),
        bullets(
            [
                "Kontouppgifterna sparas tills du raderar ditt konto eller ber facilitatorn att radera det.",
                "En inbjudan går ut efter 14 dagar. En använd eller utgången inbjudan finns kvar i gruppens "
                "uppgifter tills den inbjudna raderar sitt konto.",
                "När kontot raderas tas ditt namn, din e-postadress, dina medlemskap, dina inställningar och dina "
                "sessioner bort. Dina inlägg blir kvar i gruppens material under namnet ”Tidigare medlem”, så att "
                "diskussionen och besluten som fattats om den förblir begripliga. Dina utvärderingar blir kvar som "
                "anonyma svar.",
                "Publicerade versioner av verksamhetsmodellerna sparas permanent, men de innehåller inga uppgifter "
                "om deltagarna.",
            ]
        ),
        heading("Dina rättigheter", "h2"),
        bullets(
            [
                (
                    "Rätt till tillgång till uppgifterna och att flytta dem:",
                    "på arbetsytans sida Mina uppgifter kan du ladda ner alla dina uppgifter som en läsbar sida och "
                    "som en maskinläsbar JSON-fil.",
                ),
                (
                    "Rätt till rättelse av uppgifter:",
                    "be din grupps facilitator att rätta ditt visningsnamn, din roll eller din organisation. Dina "
                    "egna inlägg kan du redigera så länge omgången tar emot respons.",
                ),
                (
                    "Rätt till radering av uppgifter:",
                    "du kan radera ditt konto på sidan Mina uppgifter, eller så kan facilitatorn radera det på din "
                    "begäran.",
                ),
                (
                    "Andra rättigheter:",
                    "du kan invända mot behandlingen eller begära att den begränsas genom att kontakta "
                    "dataskyddsombudet.",
                ),
            ]
        ),
        p(
            "Sidan Mina uppgifter hittar du när du har loggat in: den finns högst upp på arbetsytans startsida, på "
            "adressen /sv/codev/my-data/.",
        ),
        heading("Rätt att anföra klagomål", "h2"),
        p(
            "Om du anser att dina uppgifter behandlas i strid med lagen kan du anföra klagomål hos "
            "dataombudsmannens byrå. Kontakta först dataskyddsombudet, så utreder vi saken.",
        ),
        link("https://tietosuoja.fi/sv", "Dataombudsmannens byrå", "Anvisningar om hur du anför klagomål."),
    ],
}

CONTACT = {
    "slug": "kontaktuppgifter",
    "title": "Kontaktuppgifter",
    "intro": (
        "Mallipaja är en demoversion. Kontaktuppgifterna nedan är exempeladresser, och kontaktpersonerna anges "
        "med sin befattning."
    ),
    "body": [
        heading("Tjänsten", "h2"),
        bullets(
            [
                ("Tjänstens underhåll och tekniskt stöd:", "yllapito@example.org"),
                ("Publicering av verksamhetsmodeller och samutveckling (facilitator):", "fasilitaattori@example.org"),
                ("Respons om tillgänglighet:", "saavutettavuus@example.org"),
            ]
        ),
        heading("Helheternas kontaktpersoner", "h2"),
        bullets(
            [
                ("IntO – Integration genom delaktighet, projektchef:", "into.projektipaallikko@example.org"),
                ("Projektet Framtidens barnskydd, projektchef:", "lastensuojelu.projektipaallikko@example.org"),
                ("SOILA-koordineringen, projektchef:", "soila.hankepaallikko@example.org"),
                ("På väg mot ett tillräckligt föräldraskap, projektchef:", "vanhemmuus.projektipaallikko@example.org"),
                (
                    "Servicekedjan för barns och ungas psykiska hälsa, utvecklare av servicekedjan:",
                    "palveluketju@example.org",
                ),
            ]
        ),
    ],
}

# The Finnish footer's `pages.FOOTER_TEXT` in Swedish, for the footer once it is translatable.
FOOTER_TEXT = (
    "Mallipaja – verksamhetsmodeller som utvecklas tillsammans. Demoinnehållet bygger på offentliga "
    "projektbeskrivningar."
)
