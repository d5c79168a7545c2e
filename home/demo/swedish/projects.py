"""The IntO project page in Swedish: the project of the network co-operation model, block for block as in Finnish."""

from ..streams import bullets, heading, link, p
from .network_model import FIELDS as NETWORK_FIELDS
from .taxonomy import PROJECTS, REGIONS

LETTER_OF_INTENT = "genom avsiktsförklaring"

# Finnish slug -> the Swedish page. The other projects are shown in Finnish until they are translated.
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
}
