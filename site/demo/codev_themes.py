"""Demo feedback of the open round, enough for its themes to mean something: the kinds of feedback seed 003
reports from IntO's co-development (roles and responsibilities, preparing the young person and family,
management support, time and resources, onboarding, the checklist itself, different words for the same thing).

The expert by experience writes under their pseudonym here: the demo keeps one anonymous post, in the earlier
rounds. Each post is written once: a post already on the board from the same author with the same text is left alone,
so loading again adds nothing.
"""

from django.db import transaction

from codev import actions
from codev.models import Board, Post

from .codev import CHANGE, GROUP, IDEAS, NETWORK, QUESTIONS, WELL, writable
from .quiet import unannounced

OPEN_ROUND = 3

# (author, column, section, anonymous, text, who agrees)
POSTS = [
    ("professional", CHANGE, "implementation", False,
     "Kuka vastaa verkostoneuvottelun koollekutsumisesta? Roolit ja vastuut pitää kirjata kuvaukseen selvästi.",
     ["demo-hus-hoitaja", "demo-sijaishuolto"]),
    ("demo-hus-laakari", CHANGE, "implementation", False,
     "Vastuunjako lastensuojelun ja psykiatrian välillä on epäselvä: kuka kirjaa ja kuka seuraa sovitut asiat?",
     ["professional"]),
    ("demo-sijaishuolto", IDEAS, "implementation", False,
     "Ehdotan taulukkoa, jossa jokaisen ammattilaisen rooli ja vastuu on kuvattu: lastensuojelu, psykiatria.",
     ["demo-hus-laakari", "demo-esihenkilo"]),
    ("expert", QUESTIONS, "implementation", False,
     "Mikä on kokemusasiantuntijan rooli verkostoneuvottelussa? Tehtävä ja vastuu jäävät kuvauksessa epämääräisiksi.",
     ["demo-kokemus-2"]),
    ("expert", CHANGE, "target_group", False,
     "En tiennyt etukäteen, mitä tapaamisessa tapahtuu, ja se pelotti. Nuori pitää valmistella tapaamiseen etukäteen.",
     ["demo-nuori", "demo-kokemus-2", "demo-hus-hoitaja"]),
    ("demo-nuori", IDEAS, "target_group", False,
     "Nuorelle voisi kertoa etukäteen, keitä tapaamiseen tulee ja mistä puhutaan. Silloin on helpompi valmistautua.",
     ["expert"]),
    ("demo-hus-hoitaja", CHANGE, "target_group", False,
     "Vanhempien valmistaminen jää usein tekemättä. Perhe tulee tapaamiseen tietämättä, mitä siellä odotetaan.",
     ["professional", "demo-kokemus-2"]),
    ("demo-kokemus-2", IDEAS, "target_group", False,
     "Nuori kannattaa ottaa mukaan suunnittelemaan tapaamisen asialistaa, niin hän on valmistautunut ja osallinen.",
     ["demo-nuori"]),
    ("demo-esihenkilo", CHANGE, "rooting", False,
     "Johdon tuki puuttuu kuvauksesta. Esihenkilö päättää, saako verkostotyöhön käyttää työaikaa.",
     ["professional", "demo-sijaishuolto"]),
    ("professional", CHANGE, "rooting", False,
     "Ilman esihenkilön tukea yhteistyö jää yksittäisten työntekijöiden varaan. Johdon sitoutuminen pitää kirjata.",
     ["demo-esihenkilo"]),
    ("demo-sijaishuolto", QUESTIONS, "rooting", False,
     "Miten johto ja esihenkilöt seuraavat, toteutuuko malli? Esihenkilöiden seurantavastuu puuttuu.",
     []),
    ("demo-hus-laakari", CHANGE, "resources", False,
     "Aikaa ei ole. Verkostoneuvottelun valmisteluun ja kirjaamiseen menee puoli päivää, eikä sitä ole resursoitu.",
     ["demo-hus-hoitaja", "professional", "demo-sijaishuolto"]),
    ("demo-hus-hoitaja", CHANGE, "resources", False,
     "Resurssit eivät riitä: yhteisen ajan löytäminen viidelle ammattilaiselle vie viikkoja, kalenterit ovat täynnä.",
     ["demo-hus-laakari"]),
    ("demo-esihenkilo", QUESTIONS, "resources", False,
     "Kuinka monta tuntia kuukaudessa malli vie yhdeltä työntekijältä? Realistiset resurssit pitäisi kuvata.",
     []),
    ("professional", IDEAS, "rooting", False,
     "Uudet työntekijät eivät tunne mallia. Perehdytysmateriaali ja lyhyt ohje uudelle työntekijälle tarvitaan.",
     ["demo-sijaishuolto"]),
    ("demo-kokemus-2", CHANGE, "co_development", False,
     "Uudelle kokemusasiantuntijalle ei ollut perehdytystä ryhmään. En tiennyt, mitä minulta odotetaan.",
     ["expert"]),
    ("demo-sijaishuolto", IDEAS, "rooting", False,
     "Sijaiset ja uudet työntekijät kannattaa perehdyttää malliin heti alussa, esimerkiksi kokeneen kollegan kanssa.",
     ["professional"]),
    ("demo-hus-hoitaja", WELL, "", False,
     "Käytimme tarkistuslistaa pilotissa ja se toimi hyvin: lista auttaa muistamaan olennaisen ennen neuvottelua.",
     ["demo-hus-laakari"]),
    ("demo-hus-laakari", CHANGE, "", False,
     "Tarkistuslista on liian pitkä. Kolmekymmentä kohtaa ei mahdu yhteen tapaamiseen: lyhentäkää listaa.",
     ["demo-hus-hoitaja", "demo-esihenkilo"]),
    ("demo-esihenkilo", IDEAS, "", False,
     "Tarkistuslistan voisi jakaa kahteen osaan: ennen neuvottelua ja neuvottelun jälkeen.",
     ["professional"]),
    ("expert", CHANGE, "basic_idea", False,
     "Kuvauksessa puhutaan välillä verkostoneuvottelusta, välillä verkostopalaverista. Onko nämä sama asia?",
     ["demo-nuori", "demo-hus-hoitaja"]),
    ("demo-hus-laakari", CHANGE, "basic_idea", False,
     "Meillä psykiatrialla sanotaan hoitoneuvottelu, lastensuojelussa verkostoneuvottelu: sama tapaaminen, eri nimi.",
     ["professional"]),
    ("demo-nuori", QUESTIONS, "basic_idea", False,
     "Mitä tarkoittaa monialainen verkosto? Sanat ovat ammattilaisten kieltä, sanasto auttaisi nuorta.",
     ["expert", "demo-kokemus-2"]),
    ("professional", IDEAS, "basic_idea", False,
     "Lisätään kuvauksen alkuun sanasto: mitä tarkoitetaan verkostoneuvottelulla, asiakassuunnitelmalla ja työparilla.",
     ["demo-hus-laakari"]),
]  # fmt: skip


class ThemesDemo:
    def __init__(self, counts):
        self.counts = counts

    def load(self):
        board = (
            Board.objects.filter(
                round__group__slug=GROUP["slug"], round__number=OPEN_ROUND, operational_model__slug=NETWORK
            )
            .select_related("round__group")
            .first()
        )
        if board is None:
            return self.counts
        members = {found.user.username: found for found in board.round.group.memberships.select_related("user")}
        columns = {column.name: column for column in board.columns.all()}
        with transaction.atomic(), writable(board.round):
            for author, column, section, anonymous, text, agreeing in POSTS:
                body = f"<p>{text}</p>"
                if Post.objects.filter(board=board, author=members[author].user, body=body).exists():
                    self.counts[("round feedback for themes", "unchanged")] += 1
                    continue
                post, _created = actions.do_create_post(
                    member=members[author],
                    board=board,
                    column=columns[column],
                    body=body,
                    section=section,
                    is_anonymous=anonymous,
                )
                for username in agreeing:
                    actions.do_agree(member=members[username], post=post)
                self.counts[("round feedback for themes", "created")] += 1
        return self.counts


def load_themes_demo(counts):
    """The open round's extra feedback, after the group, its members and boards are loaded."""
    with unannounced():
        return ThemesDemo(counts).load()
