"""The network co-operation model's current version in Swedish, translated from the Finnish description.

The sections have the blocks of `demo.operational_models.NETWORK_MODEL` in the same order and
with as many list items and steps, so every Swedish block shares its id with its Finnish source.
Only the current version is translated: the Swedish page starts its own history from it.
"""

from ..streams import bullets, heading, link, p, process, quote

SLUG = "verksamhetsmodell-for-natverkssamarbete"

# The change note of the Swedish publication: the page's metadata says what it translates.
TRANSLATION_NOTE = "Översättning av den finska beskrivningen, version {number}."

FIELDS = {
    "title": "Verksamhetsmodell för nätverkssamarbete",
    "lead": (
        "En barncentrerad och forskningsbaserad verksamhetsmodell för nätverkssamarbete som lämpar sig för "
        "barnskyddets och ungdomspsykiatrins gemensamma klientskap. Modellen samutvecklas i IntO-projektet "
        "tillsammans med barn, familjer, erfarenhetsexperter och yrkesverksamma, och dess kärnelement "
        "harmoniseras för Helsingfors stad och välfärdsområdena i Nyland."
    ),
    "implementation_area": (
        "Helsingfors och välfärdsområdena i Nyland: barnskyddets öppenvård och vård utom hemmet samt HUS "
        "ungdomspsykiatri"
    ),
    "funder": "Medfinansierat av Europeiska unionen (ESF+), SOILA – Skyddsnät för ungas framtid",
    "author_organisation": "IntO-projektet, Helsingfors stad",
    "contact_name": "projektchef",
    "contact_organisation": "Helsingfors stad",
}

PILOT_MODELS = bullets(
    [
        "Checklista för nätverksmöte",
        "Arbetstagarnas förberedelser inför nätverksmötet",
        "Förberedelse av den unga/familjen inför nätverksmötet",
    ],
    intro="I pilotskedet prövar alla gemensamt följande modeller:",
)

STEPS = [
    (
        "Arbetstagarna förbereder sig",
        "Arbetstagarna inom barnskyddet och ungdomspsykiatrin klargör i förväg sin egen roll och vad var och en "
        "kan erbjuda, delar väsentlig information i tid och kommer överens om vem som koordinerar samarbetet. I "
        "pilotskedet stöds förberedelserna av modellen Arbetstagarnas förberedelser inför nätverksmötet.",
        "arbetstagarna inom barnskyddet och ungdomspsykiatrin",
    ),
    (
        "Den unga och familjen förbereds",
        "Den unga och familjen får på ett begripligt sätt veta varför mötet hålls och vilka som deltar, och de "
        "tillfrågas i förväg om sin egen syn och sina egna mål. I pilotskedet stöds detta av modellen "
        "Förberedelse av den unga/familjen inför nätverksmötet.",
        "den arbetstagare som har åtagit sig förberedelserna",
    ),
    (
        "Nätverksmöte",
        "Den unga, familjen och de yrkesverksamma bildar sig en gemensam bild av situationen och kommer överens "
        "om mål. Varje deltagare berättar vad hen kan göra, och begreppen förklaras så att alla förstår dem. I "
        "pilotskedet används checklistan för nätverksmöte under mötet.",
        "alla deltagare; den koordinerande arbetstagaren leder mötet",
    ),
    (
        "Det överenskomna genomförs och situationen följs upp",
        "Var och en gör det som man har kommit överens om, och informationen går vidare på det sätt som har "
        "avtalats. Situationen ses över på nytt tillsammans vid en överenskommen tidpunkt.",
        "den koordinerande arbetstagaren",
    ),
]

CONCEPTS = bullets(
    [
        (
            "Gemensam klient:",
            "en ung person som samtidigt är klient eller patient inom barnskyddet och ungdomspsykiatrin. I "
            "IntO-projektet är de gemensamma klienterna unga i åldern 13–17 år och deras familjer.",
        ),
        (
            "Nätverkssamarbete:",
            "planmässigt samarbete mellan den unga, hens närstående och yrkesverksamma inom olika tjänster, där "
            "situationen ses som en helhet och stödet samordnas.",
        ),
        (
            "Nätverksmöte:",
            "ett möte där den unga och familjen och de yrkesverksamma som arbetar med dem går igenom situationen "
            "tillsammans och kommer överens om mål, ansvar och nästa steg.",
        ),
        (
            "Mångaktörskap:",
            "samverkan där den unga, familjen och yrkesverksamma inom olika tjänster alla är aktiva aktörer.",
        ),
        (
            "Koordinerande arbetstagare:",
            "den arbetstagare som man har kommit överens om ska hålla ihop samarbetet och se till att det "
            "överenskomna blir av.",
        ),
    ],
    intro="Olika aktörer har olika begrepp och språk, och därför förklaras de centrala begreppen i beskrivningen här:",
)

DEVELOPMENT_STEPS = process(
    "Utvecklingens skeden",
    [
        (
            "Samutveckling",
            "Modellen utvecklas tillsammans av flera aktörer: ledningen, de yrkesverksamma, klienterna och "
            "erfarenhetsexperterna inom barnskyddet och ungdomspsykiatrin.",
            "ett mångprofessionellt projektteam facilitaterar",
        ),
        (
            "Pilot",
            "Delar av modellen prövas i barnskyddets och ungdomspsykiatrins gemensamma lokala verksamhetsmiljöer "
            "genom att modigt pröva, utvärdera och dokumentera.",
        ),
        ("Ibruktagande", "Modellen tas i bruk i Helsingfors och i välfärdsområdena i Nyland."),
        ("Nationell spridning", "Slutligen skalas modellen upp för nationellt bruk."),
    ],
)

SECTIONS = {
    "basic_idea": [
        p(
            "Verksamhetsmodellen för nätverkssamarbete är en barncentrerad och forskningsbaserad modell för "
            "barnskyddets och ungdomspsykiatrins gemensamma klientskap. Modellens kärnelement harmoniseras så att "
            "modellen lämpar sig för de gemensamma klienternas situationer i Helsingfors stad och "
            "välfärdsområdena i Nyland.",
            "Modellen är en social innovation: en lösning som barn, familjer och yrkesverksamma har samutvecklat "
            "och vars vägledande princip är barnets delaktighet. Med modellen bemöts de komplexa stöd- och "
            "vårdbehoven hos gemensamma klienter i utsatt ställning mer verkningsfullt än i dag, och barnens och "
            "familjernas upplevelse av att få stöd och hjälp samt barnens aktörskap och förmåga att klara sig "
            "stärks.",
            "Med modellen övergår samarbetet mellan flera aktörer från parallell verksamhet till klientorienterad "
            "och koordinerad integration: de yrkesverksamma ser tillsammans på barnens och familjernas situation "
            "som en helhet i stället för att enskilda problem bemöts var för sig i varje tjänst.",
        ),
        PILOT_MODELS,
        p(
            "Nätverkssamarbetet framskrider i de skeden som beskrivs nedan. Källmaterialet beskriver inte skedena "
            "närmare, så de har sammanställts utifrån IntO-projektets pilotmodeller och de principer för "
            "sektorsövergripande samarbete som beskrivs i källmaterialet.",
        ),
        process("Hur nätverkssamarbetet framskrider", STEPS),
        CONCEPTS,
    ],
    "environment": [
        p(
            "Modellen är avsedd för det gemensamma arbetet inom barnskyddets öppenvård och vård utom hemmet samt "
            "HUS ungdomspsykiatri i Nyland: i Helsingfors stad och i Östra, Mellersta och Västra Nylands samt "
            "Vanda och Kervo välfärdsområden.",
            "Modellen prövas i barnskyddets och ungdomspsykiatrins gemensamma lokala verksamhetsmiljöer, eftersom "
            "försöken med nya arbetssätt ska göras i de yrkesverksammas vardagliga miljöer.",
        ),
    ],
    "conditions": [
        bullets(
            [
                "En förändring av verksamhetskulturen i samarbetet mellan barnskyddet och ungdomspsykiatrin, vilket "
                "kräver horisontell och vertikal samordning.",
                "Att ledningen förbinder sig: ledningen föregår med gott exempel, ger verksamheten riktning och "
                "skapar ett långsiktigt engagemang.",
                "Ett gemensamt språk och en delad förståelse, eftersom olika aktörer har olika begrepp och språk, "
                "också inom samma organisation.",
                "Försök i de yrkesverksammas vardagliga miljöer, så att de yrkesverksamma blir hörda i frågor som "
                "gäller deras arbete.",
                "Harmoniserade kärnelement, så att modellen lämpar sig för de gemensamma klientskapen i olika områden.",
            ],
            intro="Enligt källmaterialet förutsätter modellens funktion och ibruktagande:",
        ),
        p(
            "I källmaterialet konstateras också att skillnaderna mellan organisationerna kan vara betydande: en "
            "företrädare för samma yrkesgrupp, till exempel en socialarbetare, kan ha en helt annan "
            "arbetsbeskrivning, lagstiftningsbakgrund och synvinkel beroende på om hen arbetar inom psykiatrin "
            "eller inom barnskyddet.",
        ),
    ],
    "implementation": [
        p(
            "Beskrivningarna av verksamhetsmodellerna för nätverkssamarbete bearbetades utifrån "
            "samutvecklingsgruppens respons, och de nya beskrivningarna togs i bruk i pilotskedet.",
        ),
        DEVELOPMENT_STEPS,
    ],
    "evaluation": [
        p(
            "Barnets delaktighet förverkligas också i projektets utvärdering och uppföljning. Försöken utvärderas "
            "och dokumenteras medan de pågår.",
        ),
    ],
    "rooting": [
        p(
            "Modellen samutvecklas, tas i bruk och skalas upp för nationellt bruk. Harmoniseringen av "
            "kärnelementen stöder tillämpningen av modellen i olika områden.",
        ),
    ],
    "attachments": [
        link(
            "https://www.socca.fi/into",
            "IntO-projektets webbplats",
            "Presentation av projektet på Soccas webbplats (på finska).",
        ),
    ],
    "starting_point": [
        p(
            "Modellen utvecklas i projektet IntO – Integration genom delaktighet, som är ett av regionprojekten "
            "inom SOILA – Skyddsnät för ungas framtid. Projektets strategiska mål är 1. att minska placeringarna "
            "och 4. mentalvårds- och missbruksarbete inom vården utom hemmet.",
        ),
    ],
    "needs": [
        p(
            "Barnskyddets och ungdomspsykiatrins gemensamma klienter i utsatt ställning har komplexa behov av stöd "
            "och vård. Barnskyddet och ungdomspsykiatrin arbetar ofta parallellt, och i den ungas liv framstår "
            "tjänsterna som splittrade, reaktiva och symtomorienterade.",
            "I samutvecklingen söker man svar på frågan: Vilka sätt att vara i växelverkan med flera aktörer och "
            "vilka konkreta sätt att samarbeta behöver förverkligas för att verksamhetsmodellerna ska ge klienten "
            "mer nytta än i dag och förbättra klientens upplevelse av att klara vardagen och av sitt eget "
            "aktörskap?",
        ),
    ],
    "co_development": [
        heading("IntO:s ABC för samutveckling"),
        bullets(
            [
                (
                    "Tillsammans med flera aktörer:",
                    "med ledningen, de yrkesverksamma (300), klienterna och erfarenhetsexperterna inom barnskyddet "
                    "och ungdomspsykiatrin.",
                ),
                ("I dialog:", "tankar och erfarenheter korsbefruktar varandra."),
                ("Delaktighet", "som genomgående princip."),
                (
                    "Kunskaps- och forskningsbaserat:",
                    "med hjälp av kunskap om de gemensamma klienternas behov av vård och stöd, om utmaningarna i att "
                    "möta dem och om god praxis.",
                ),
                (
                    "Genom att modigt pröva:",
                    "i barnskyddets och ungdomspsykiatrins gemensamma lokala verksamhetsmiljöer genom att pröva, "
                    "utvärdera och dokumentera och slutligen skala upp för nationellt bruk.",
                ),
            ]
        ),
        p(
            "Samutvecklingens struktur är både horisontell och vertikal, och ett mångprofessionellt projektteam "
            "facilitaterar växelverkan. Arbetet har huvudsakligen skett i Teams: Teams-kanalerna har använts för "
            "att dela information, för växelverkan och för utvärdering, och Padlet har fungerat som en permanent "
            "plattform som gör processen transparent och underlättar introduktionen av nya deltagare. Mötena är "
            "regelbundna (en gång i månaden) och följer samma mönster. I smågrupper har diskussionen och tänkandet "
            "fördjupats, och mötena på plats har ökat växelverkan betydligt.",
        ),
        heading("Vad har fungerat bra?"),
        bullets(
            [
                "Arbetet i smågrupper fördjupade diskussionen och tänkandet.",
                "Regelbundet gemensamt arbete, till exempel möten en gång i månaden.",
                "Padlet gjorde processen transparent.",
                "Mötena på plats ökade diskussionen betydligt.",
                "Den rika dialogen gav upphov till nya perspektiv.",
                "Mångaktörskapet gav rikedom och bredd.",
            ]
        ),
        heading("Vad har varit utmanande?"),
        bullets(
            [
                "En stor och virtuell deltagargrupp.",
                "Att rätt personer är på plats vid rätt tidpunkt.",
                "Tekniska utmaningar.",
                "Olika aktörers olika begrepp och språk, också inom samma organisation.",
                "Deltagarnas engagemang när temat inte berör det egna arbetet.",
                "Ett problemfokuserat tänkesätt.",
                "Introduktionen av nya deltagare.",
                "Den sparsamma responsen.",
                "En upplevelse av att utvecklingsprocessen var rörig.",
            ]
        ),
        heading("Vad har vi lärt oss?"),
        bullets(
            [
                "Allt kan inte planeras på förhand: utvecklingen är levande och formbar.",
                "Det perfekta ögonblicket kommer aldrig, så utvecklingen måste ske mitt i vardagen.",
                "Samutveckling kräver en tydlig struktur, aktiv facilitering samt ett gemensamt språk och en delad "
                "förståelse.",
                "I vardagen finns det inte tillräckligt med utrymme för dialog, och samutvecklingen fyller det "
                "behovet.",
            ]
        ),
        quote(
            "Erfarenhetsexpertis ger ett betydande mervärde på många nivåer!",
            "IntO-projektets lärdomar om samutveckling",
        ),
        heading("Vad skulle vi nu göra annorlunda?"),
        bullets(
            [
                "Vi skulle satsa ännu mer på facilitering: på att ihärdigt styra diskussionen mot utvecklingens "
                "kärnuppgift och på att visa hur man går vidare från missförhållandena.",
                "Vi skulle bygga upp ett gemensamt språk från början genom att hela tiden förklara begrepp och "
                "termer och säkerställa en delad förståelse.",
            ]
        ),
        heading("Centrala insikter"),
        bullets(
            [
                "Samutveckling behöver en tydlig struktur och flexibilitet inom den.",
                "Facilitering är en kritisk framgångsfaktor.",
                "Samutvecklingens kärnuppgift måste hela tiden sättas ord på.",
                "Motivationen att delta uppstår när temat upplevs som eget och man litar på utvecklarna.",
                "Erfarenhetsexpertis stärker utvecklingens kvalitet och verkningsfullhet genom att utmana de "
                "yrkesverksamma att reflektera över sitt arbete.",
                "En förändring av verksamhetskulturen i samarbetet mellan barnskyddet och ungdomspsykiatrin kräver "
                "horisontell och vertikal samordning.",
            ]
        ),
    ],
    "target_change": [
        bullets(
            [
                "Verksamhetskulturen förändras och samarbetet förbättras varaktigt.",
                "De yrkesverksamma går på ett kontrollerat sätt över från parallell och reaktiv verksamhet till "
                "samordnad verksamhet med flera aktörer, där den ungas och familjens delaktighet förverkligas.",
                "Vården och stödet blir mer proportionerliga och ges mer i rätt tid.",
                "Unga gemensamma klienter i utsatt ställning som behöver starkt stöd klarar vardagen bättre, och "
                "deras aktörskap stärks.",
                "Felefterfrågan minskar.",
            ],
            intro="Mål:",
        ),
        p(
            "Förändringen väntas minska de upprepade avdelningsvårdperioderna inom HUS ungdomspsykiatri och "
            "placeringarna inom barnskyddet. Barnskyddet och ungdomspsykiatrin bildar en enhetlig helhet i den "
            "ungas liv, efterfrågan på reaktiva tjänster minskar och de ungas och familjernas anknytning till stöd "
            "och vård stärks, vilket ger betydande kostnadsbesparingar.",
        ),
    ],
    "target_group": [
        bullets(
            [
                (
                    "Direkta målgrupper:",
                    "yrkesverksamma inom barnskyddets öppenvård och vård utom hemmet samt HUS ungdomspsykiatri i "
                    "Nyland (Helsingfors samt Östra, Mellersta och Västra Nylands och Vanda och Kervo "
                    "välfärdsområden).",
                ),
                (
                    "Indirekta målgrupper:",
                    "barnskyddets och ungdomspsykiatrins gemensamma klienter i åldern 13–17 år och deras familjer.",
                ),
            ]
        ),
        p(
            "Barnets delaktighet förverkligas i projektets alla skeden, och erfarenhetsexperternas och klienternas "
            "deltagande i samutvecklingen är systematiskt. När den nya verksamhetsmodellen samutvecklas av de "
            "gemensamma klienterna och de yrkesverksamma inom barnskyddet och psykiatrin förbättras de "
            "gemensamma klienternas upplevelse av att bli stödda och hörda.",
        ),
    ],
}
