"""Demo co-development: IntO's "Yhteiskehittämisryhmä 1", its members, rounds, boards and posts.

The feedback restates the themes seed 003 reports from IntO's co-development: different concepts and
language, unclear roles, the young person's and family's preparation, information flow, management
support, scarce feedback, small groups and live meetings. People appear by role title or pseudonym only.
Rounds are dated relative to today, so the demo always has a closed, an open and an upcoming round.
"""

from contextlib import contextmanager
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from codev import actions
from codev.attachment_checks import check_named
from codev.forms.boards import find_quote
from codev.models import Board, CoDevelopmentGroup, Membership, Post, Profile, Role, Round, RoundFormat, SmallGroup
from models_library.models import ModelVersion, OperationalModelPage, ProjectPage, Region

from .pictures import flip_chart
from .quiet import unannounced
from .users import FACILITATOR_GROUP

# Models the facilitators manage in the admin's Co-development menu.
ADMIN_MODELS = ["codevelopmentgroup", "membership", "invitation", "round", "board", "column", "smallgroup"]
ADMIN_ACTIONS = ["add", "change", "delete", "view"]

NETWORK = "verkostoyhteistyon-toimintamalli"
CHECKLIST = "verkostoneuvottelun-tarkistuslista"
WORKERS = "tyontekijoiden-valmistautuminen-verkostoneuvotteluun"
FAMILY = "nuoren-perheen-valmistaminen-verkostoneuvotteluun"
PILOT_PIECES = [CHECKLIST, WORKERS, FAMILY]

GROUP = {
    "slug": "into-yhteiskehittamisryhma-1",
    "name": "Yhteiskehittämisryhmä 1",
    "project": "into",
    "description": (
        "IntO-hankkeen yhteiskehittämisryhmä: lastensuojelun avo- ja sijaishuollon ja HUS nuorisopsykiatrian "
        "ammattilaiset, esihenkilöt, kokemusasiantuntijat ja nuoret kehittävät yhdessä verkostoyhteistyön "
        "toimintamallia ja sen kokeiltavia osia. Tapaamme kuukausittain samalla kaavalla; tapaamisten välillä "
        "annamme palautetta kuvauksista kierroksen tauluille."
    ),
    "models": [NETWORK, *PILOT_PIECES],
}

# (username, display name, role, organisation, region slug). The first three are the demo sign-ins;
# the others cannot sign in (no usable password) and exist so that the boards have a real group's voices.
MEMBERS = [
    ("facilitator", "Fasilitaattori (IntO)", Role.FACILITATOR, "Helsingin kaupunki, IntO-hanke", "helsinki"),
    (
        "professional",
        "Sosiaalityöntekijä, lastensuojelu",
        Role.PROFESSIONAL,
        "Helsingin kaupunki, lastensuojelu",
        "helsinki",
    ),
    ("expert", "Kokemusasiantuntija S.", Role.EXPERT, "Osallisuuden aika ry", None),
    ("demo-hus-laakari", "Erikoislääkäri, HUS nuorisopsykiatria", Role.PROFESSIONAL, "HUS nuorisopsykiatria", None),
    ("demo-hus-hoitaja", "Sairaanhoitaja, HUS nuorisopsykiatria", Role.PROFESSIONAL, "HUS nuorisopsykiatria", None),
    (
        "demo-sijaishuolto",
        "Sosiaaliohjaaja, sijaishuolto",
        Role.PROFESSIONAL,
        "Vantaan ja Keravan hyvinvointialue, lastensuojelun sijaishuolto",
        "vantaa-kerava",
    ),
    (
        "demo-esihenkilo",
        "Johtava sosiaalityöntekijä",
        Role.MANAGER,
        "Keski-Uudenmaan hyvinvointialue, lastensuojelu",
        "keski-uusimaa",
    ),
    ("demo-kokemus-2", "Kokemusasiantuntija M.", Role.EXPERT, "Osallisuuden aika ry", None),
    ("demo-nuori", "Nuori T.", Role.YOUNG_PERSON, "", None),
]
DEMO_SIGN_INS = {"facilitator", "professional", "expert"}

WELL, CHANGE, QUESTIONS, IDEAS = "Toimii hyvin", "Muutettavaa", "Kysymyksiä", "Ideoita"

SMALL_GROUP_WORKERS = "Pienryhmä 1: työntekijöiden valmistautuminen"
SMALL_GROUP_FAMILY = "Pienryhmä 2: nuoren ja perheen valmistaminen"
SMALL_GROUPS = {
    SMALL_GROUP_WORKERS: ["professional", "demo-hus-laakari", "demo-sijaishuolto", "demo-esihenkilo"],
    SMALL_GROUP_FAMILY: ["expert", "demo-kokemus-2", "demo-nuori", "demo-hus-hoitaja"],
}

TEAMS_LINK = "https://teams.example.org/into-yhteiskehittamisryhma-1"


def post(
    author,
    column,
    body,
    *,
    section="",
    quote="",
    anonymous=False,
    small_group="",
    agree=(),
    replies=(),
    pinned=False,
    picture=None,
):
    """One post of the demo; `picture` is (title, notes, alt text) of a flip chart photo attached to it."""
    return {
        "picture": picture,
        "author": author,
        "column": column,
        "body": body,
        "section": section,
        "quote": quote,
        "anonymous": anonymous,
        "small_group": small_group,
        "agree": agree,
        "replies": replies,
        "pinned": pinned,
    }


# Each round: its days relative to today (feedback opens, workshop, feedback closes), the version of each
# model it reads (a number, or None for the newest), and the posts of each model's board.
ROUNDS = [
    {
        "number": 1,
        "theme": "Verkostoyhteistyön toimintamallin luonnos",
        "days": (-63, -42, -36),
        "format": RoundFormat.ONLINE,
        "place": "",
        "agenda": (
            "12.00 Tervetuloa ja kuulumiset\n"
            "12.15 Verkostoyhteistyön toimintamallin luonnos: mistä lähdemme liikkeelle\n"
            "12.45 Pienryhmät: mikä luonnoksessa toimii, mikä puuttuu\n"
            "13.30 Yhteinen purku ja palautteen kokoaminen tauluun\n"
            "13.50 Seuraavat askeleet"
        ),
        "versions": {NETWORK: 1},
        "posts": {
            NETWORK: [
                post(
                    "professional",
                    CHANGE,
                    "<p>Luonnoksessa nuori ja perhe vain kuulevat tulevasta neuvottelusta. Heidät pitäisi "
                    "<strong>valmistaa</strong> neuvotteluun: kertoa, miksi se pidetään ja keitä tulee paikalle, "
                    "ja kysyä heidän oma näkemyksensä etukäteen.</p>",
                    section="basic_idea",
                    quote="Työntekijät sopivat neuvottelun tarkoituksesta ja osallistujista ja kertovat nuorelle ja "
                    "perheelle tulevasta neuvottelusta.",
                    agree=["expert", "demo-kokemus-2", "demo-hus-hoitaja", "demo-nuori"],
                    replies=[
                        (
                            "expert",
                            "<p>Omasta kokemuksesta: kun en tiennyt etukäteen, keitä huoneessa on, en "
                            "saanut sanottua mitään. Nuoren valmistamiselle tarvitaan oma vaihe.</p>",
                        )
                    ],
                ),
                post(
                    "demo-hus-laakari",
                    CHANGE,
                    "<p>Puhumme samoista asioista eri sanoilla. Meillä puhutaan <em>hoitoneuvottelusta</em>, "
                    "lastensuojelussa <em>asiakassuunnitelmaneuvottelusta</em> tai verkostopalaverista. Kuvaukseen "
                    "tarvitaan käsitteiden avaus, muuten nuori ja perhe putoavat kärryiltä ensimmäisenä.</p>",
                    section="conditions",
                    agree=["professional", "demo-sijaishuolto", "expert"],
                    replies=[
                        (
                            "professional",
                            "<p>Sama nimike voi tarkoittaa eri tehtävää: sosiaalityöntekijä "
                            "psykiatrialla ja lastensuojelussa tekee aivan eri työtä. Sekin "
                            "kannattaa sanoa ääneen neuvottelun alussa.</p>",
                        )
                    ],
                ),
                post(
                    "demo-sijaishuolto",
                    QUESTIONS,
                    "<p>Kuka koordinoi, kun nuori on yhtä aikaa sijoitettuna ja osastohoidossa? Luonnoksesta ei "
                    "selviä, kenen tehtävä on kutsua koolle ja huolehtia, että sovitut asiat etenevät.</p>",
                    section="basic_idea",
                    agree=["demo-esihenkilo", "demo-hus-hoitaja"],
                ),
                post(
                    "demo-esihenkilo",
                    WELL,
                    "<p>Perusajatus rinnakkaisesta työstä yhteiseen työhön on oikea. Esihenkilönä voin tukea "
                    "varaamalla työntekijöille aikaa valmistautumiseen.</p>",
                    section="basic_idea",
                    agree=["professional"],
                ),
                post(
                    "expert",
                    IDEAS,
                    "<p>Nuorelle voisi antaa etukäteen paperin, johon hän voi merkitä, mitä haluaa neuvottelussa "
                    "sanoa. Moni ei uskalla puhua isossa porukassa, mutta paperin voi näyttää.</p>",
                    anonymous=True,
                    agree=["demo-nuori", "professional", "demo-kokemus-2"],
                ),
                post(
                    "facilitator",
                    QUESTIONS,
                    "<p>Kiitos kommenteista! Palautetta on tullut vielä vähän. Kirjoita vaikka yksi lause: mikä "
                    "luonnoksessa toimii ja mikä ei? Myös <em>samaa mieltä</em> -merkintä auttaa näkemään, mikä on "
                    "monelle tärkeää.</p>",
                ),
            ]
        },
    },
    {
        "number": 2,
        "theme": "Kuvausten muokkaus palautteen pohjalta",
        "days": (-35, -14, -8),
        "format": RoundFormat.ONLINE,
        "place": "",
        "agenda": (
            "12.00 Tervetuloa\n"
            "12.10 Mitä palautteesta nousi ja miten kuvausta muokattiin\n"
            "12.40 Pienryhmät: roolit, tiedonkulku ja johdon tuki\n"
            "13.30 Yhteinen purku\n"
            "13.50 Kokeiluvaiheen valmistelu"
        ),
        "versions": {NETWORK: 2},
        "posts": {
            NETWORK: [
                post(
                    "expert",
                    WELL,
                    "<p>Hienoa, että nuoren ja perheen valmistaminen on nyt oma vaiheensa. Juuri tätä toivoimme.</p>",
                    section="basic_idea",
                    quote="Nuorelle ja perheelle kerrotaan ymmärrettävästi, miksi neuvottelu pidetään ja keitä "
                    "siihen osallistuu",
                    agree=["demo-nuori", "demo-kokemus-2", "professional", "demo-hus-laakari"],
                ),
                post(
                    "professional",
                    CHANGE,
                    "<p>Tiedonkulku jää vielä epämääräiseksi: miten tieto kulkee neuvottelujen välillä, ja kuka "
                    "saa jakaa mitäkin? Luvat ja dokumentointi pitäisi sopia jo valmistautumisessa.</p>",
                    section="basic_idea",
                    agree=["demo-hus-hoitaja", "demo-sijaishuolto"],
                    replies=[
                        (
                            "demo-hus-laakari",
                            "<p>Potilastietojen luovuttamiseen tarvitaan suostumus. Kysytään "
                            "se valmistautumisvaiheessa, niin neuvottelussa ei tarvitse "
                            "pysähtyä siihen.</p>",
                        )
                    ],
                ),
                post(
                    "demo-esihenkilo",
                    QUESTIONS,
                    "<p>Mallissa sanotaan, että johto sitoutuu. Mitä se tarkoittaa käytännössä? Ehdotan, että "
                    "esihenkilöt sopivat yhdessä, paljonko työaikaa verkostoneuvotteluihin ja niihin "
                    "valmistautumiseen voi käyttää.</p>",
                    section="conditions",
                    quote="Johdon sitoutumista: johto näyttää esimerkkiä, suuntaa toimintaa ja sitouttaa "
                    "pitkäjänteisesti.",
                    agree=["professional", "demo-sijaishuolto", "demo-hus-laakari"],
                ),
                post(
                    "demo-hus-hoitaja",
                    IDEAS,
                    "<p>Pienryhmässä keskustelu syveni paljon enemmän kuin isossa Teams-kokouksessa. Jatketaan "
                    "pienryhmiä, ja kokoonnutaan välillä myös kasvokkain.</p>",
                    section="co_development",
                    agree=["expert", "facilitator", "demo-esihenkilo"],
                ),
                post(
                    "demo-nuori",
                    CHANGE,
                    "<p>Jos neuvottelussa puhutaan lyhenteillä, en ymmärrä mitään. Sanokaa asiat niin, että nuorikin "
                    "tajuaa.</p>",
                    agree=["expert", "demo-kokemus-2", "professional", "demo-hus-laakari"],
                    replies=[
                        (
                            "facilitator",
                            "<p>Kiitos! Keskeiset käsitteet avataan nyt kuvauksessa, ja "
                            "tarkistuslistaan tulee kohta siitä, että termit on avattu kaikille.</p>",
                        )
                    ],
                ),
            ]
        },
    },
    {
        "number": 3,
        "theme": "Kokeiluvaiheen käynnistys: tarkistuslista ja valmistautuminen",
        "days": (-6, 3, 10),
        "format": RoundFormat.HYBRID,
        "place": "Helsinki, IntO-hankkeen kokoustila (osoite kutsussa); etäosallistujille Teams-linkki",
        "agenda": (
            "Livetapaaminen: kokeiluvaihe alkaa. Lue muokatut kuvaukset huolellisesti ennen tapaamista, "
            "myös jos et pääse paikalle.\n"
            "12.00 Tervetuloa\n"
            "12.15 Voimaa verkostoyhteistyöhön: vaikuttavan yhteistyön keskeiset tekijät ja työkalut\n"
            "13.00 Pienryhmät: tarkistuslista ja valmistautumisen mallit käytännössä\n"
            "14.15 Yhteinen purku ja kokeiluvaiheen sopimukset\n"
            "14.45 Palaute tapaamisesta"
        ),
        "versions": {NETWORK: 3, CHECKLIST: None, WORKERS: None, FAMILY: None},
        "posts": {
            NETWORK: [
                post(
                    "facilitator",
                    QUESTIONS,
                    "<p>Tervetuloa kokeiluvaiheeseen! Kuvaukset on muokattu teidän palautteenne pohjalta. "
                    "Tulostakaa ne ja lukekaa huolellisesti ennen livetapaamista, myös jos ette pääse paikalle. "
                    "Kirjatkaa tähän kysymykset, joihin haluatte vastauksen tapaamisessa.</p>",
                    pinned=True,
                    picture=(
                        "Kierros 2: sovitut muutokset",
                        ["Nuoren oma\nkanta ensin", "Yksi yhteinen\nsuunnitelma", "Yksi nimetty\nkoordinaattori"],
                        "Fläppitaulu kierroksen 2 työpajasta: otsikko ”Kierros 2: sovitut muutokset” ja kolme lappua: "
                        "nuoren oma kanta ensin, yksi yhteinen suunnitelma, yksi nimetty koordinaattori.",
                    ),
                ),
                post(
                    "demo-sijaishuolto",
                    QUESTIONS,
                    "<p>Miten uudet osallistujat pääsevät mukaan? Meiltä tuli kaksi uutta työntekijää, jotka "
                    "eivät olleet aiemmissa tapaamisissa. Voisiko aiemmista kierroksista koota lyhyen "
                    "yhteenvedon?</p>",
                    agree=["demo-esihenkilo", "demo-hus-hoitaja"],
                    replies=[
                        (
                            "facilitator",
                            "<p>Hyvä ehdotus. Aiemmat kierrokset tauluineen ja kuvausten "
                            "versiot näkyvät ryhmän aikajanalla; kokoamme livetapaamiseen "
                            "lisäksi lyhyen yhteenvedon.</p>",
                        )
                    ],
                ),
            ],
            CHECKLIST: [
                post(
                    "expert",
                    WELL,
                    "<p>Tämä kohta on tärkein. Kun nuori saa rastittaa itse, hän näkee, että hänen sanomisensa "
                    "oikeasti lasketaan.</p>",
                    section="basic_idea",
                    quote="Nuoren ja perheen oma näkemys ja tieto tulevat kuulluiksi.",
                    small_group=SMALL_GROUP_FAMILY,
                    agree=["demo-nuori", "demo-kokemus-2", "professional"],
                ),
                post(
                    "demo-hus-laakari",
                    CHANGE,
                    "<p>Kolmetoista kohtaa on paljon yhteen neuvotteluun. Voisiko listan jakaa kahteen osaan: "
                    "ennen neuvottelua ja neuvottelun lopuksi?</p>",
                    section="basic_idea",
                    small_group=SMALL_GROUP_WORKERS,
                    agree=["demo-esihenkilo", "demo-hus-hoitaja"],
                    replies=[
                        (
                            "demo-kokemus-2",
                            "<p>Nuoren kannalta lyhyempi lista olisi helpompi. Tärkeintä on, "
                            "että lopussa on kohta siitä, mitä seuraavaksi tapahtuu.</p>",
                        )
                    ],
                ),
                post(
                    "demo-nuori",
                    IDEAS,
                    "<p>Listan voisi saada myös puhelimeen. Paperi hukkuu helposti.</p>",
                    small_group=SMALL_GROUP_FAMILY,
                    agree=["expert"],
                ),
            ],
            WORKERS: [
                post(
                    "professional",
                    CHANGE,
                    "<p>Kuka päättää koordinoijasta, jos lastensuojelu ja psykiatria eivät pääse yksimielisyyteen? "
                    "Tähän tarvitaan esihenkilöiden yhteinen linjaus.</p>",
                    section="basic_idea",
                    quote="Sopikaa, kuka koordinoi yhteistyötä.",
                    small_group=SMALL_GROUP_WORKERS,
                    agree=["demo-sijaishuolto", "demo-esihenkilo"],
                    replies=[
                        (
                            "demo-esihenkilo",
                            "<p>Vien tämän esihenkilöiden seuraavaan tapaamiseen. Ehdotus: "
                            "koordinoija sovitaan aina ensimmäisessä neuvottelussa ja "
                            "kirjataan muistioon.</p>",
                        )
                    ],
                ),
                post(
                    "demo-hus-hoitaja",
                    WELL,
                    "<p>Käsitteiden avaamiseen valmistautuminen on hyvä vaihe. Tein itselleni listan "
                    "psykiatrian termeistä, jotka kannattaa selittää.</p>",
                    section="basic_idea",
                    small_group=SMALL_GROUP_FAMILY,
                    agree=["demo-hus-laakari"],
                ),
            ],
            FAMILY: [
                post(
                    "demo-kokemus-2",
                    CHANGE,
                    "<p>Nuorelle pitää kertoa myös, että hän voi pitää tauon tai osallistua vain osaan "
                    "neuvottelusta. Muuten tilanne voi tuntua ylivoimaiselta.</p>",
                    section="basic_idea",
                    quote="Sovi nuoren kanssa, miten hän haluaa osallistua neuvotteluun",
                    small_group=SMALL_GROUP_FAMILY,
                    agree=["expert", "demo-nuori", "professional"],
                ),
                post(
                    "demo-nuori",
                    QUESTIONS,
                    "<p>Saako neuvotteluun ottaa mukaan oman tukihenkilön tai kaverin?</p>",
                    small_group=SMALL_GROUP_FAMILY,
                    replies=[
                        (
                            "professional",
                            "<p>Saa, kun siitä sovitaan etukäteen. Lisätään tämä valmistamisen vaiheisiin.</p>",
                        )
                    ],
                ),
            ],
        },
    },
    {
        "number": 4,
        "theme": "Kokeiluvaiheen kokemukset: mikä toimi verkostoneuvotteluissa?",
        "days": (25, 45, 52),
        "format": RoundFormat.ONLINE,
        "place": "",
        "agenda": (
            "12.00 Tervetuloa\n"
            "12.10 Kokemuksia kokeiluista: tarkistuslista ja valmistautuminen\n"
            "12.40 Pienryhmät: mitä muutetaan ennen käyttöönottoa\n"
            "13.30 Yhteinen purku ja jatkosuunnitelma"
        ),
        "versions": {NETWORK: None, CHECKLIST: None, WORKERS: None, FAMILY: None},
        "posts": {},
    },
]

WORKSHOP_START = time(12, 0)
WORKSHOP_LENGTH = timedelta(hours=3)


def at(day, clock):
    return timezone.make_aware(datetime.combine(timezone.localdate() + timedelta(days=day), clock))


def round_dates(days):
    opens, workshop, closes = days
    starts = at(workshop, WORKSHOP_START)
    return {
        "feedback_opens_at": at(opens, time(8, 0)),
        "feedback_closes_at": at(closes, time(16, 0)),
        "workshop_starts_at": starts,
        "workshop_ends_at": starts + WORKSHOP_LENGTH,
    }


class CodevDemo:
    """Creates what is missing and leaves what exists; a board that has posts is not posted to again."""

    def __init__(self, counts):
        self.counts = counts
        self.models = {}
        self.members = {}

    def count(self, kind, status):
        self.counts[(kind, status)] += 1

    def load(self):
        with transaction.atomic():
            self.grant_admin_permissions()
            group = self.load_group()
            self.load_members(group)
            for spec in ROUNDS:
                self.load_round(group, spec)
        return self.counts

    def grant_admin_permissions(self):
        facilitators = Group.objects.get(name=FACILITATOR_GROUP)
        facilitators.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="codev",
                content_type__model__in=ADMIN_MODELS,
                codename__in=[f"{action}_{model}" for action in ADMIN_ACTIONS for model in ADMIN_MODELS],
            )
        )

    def load_group(self):
        self.models = {page.slug: page for page in OperationalModelPage.objects.filter(slug__in=GROUP["models"])}
        group, created = CoDevelopmentGroup.objects.get_or_create(
            slug=GROUP["slug"],
            defaults={
                "name": GROUP["name"],
                "description": GROUP["description"],
                "project": ProjectPage.objects.filter(slug=GROUP["project"]).first(),
            },
        )
        group.operational_models.add(*self.models.values())
        self.count("co-development group", "created" if created else "unchanged")
        return group

    def load_members(self, group):
        user_model = get_user_model()
        regions = {region.slug: region for region in Region.objects.originals()}
        for username, name, role, organisation, region in MEMBERS:
            if username in DEMO_SIGN_INS:
                user = user_model.objects.get(username=username)
            else:
                user, created = user_model.objects.get_or_create(
                    username=username, defaults={"email": f"{username}@example.org"}
                )
                if created:
                    user.set_unusable_password()
                    user.save(update_fields=["password"])
            Profile.objects.get_or_create(user=user, defaults={"display_name": name})
            wanted = {"role": role, "organisation": organisation, "region": regions.get(region), "is_active": True}
            membership, created = Membership.objects.get_or_create(group=group, user=user, defaults=wanted)
            changed = {field: value for field, value in wanted.items() if getattr(membership, field) != value}
            if changed:
                for field, value in changed.items():
                    setattr(membership, field, value)
                membership.save(update_fields=list(changed))
            self.count("co-development member", "created" if created else "updated" if changed else "unchanged")
            self.members[username] = membership

    def load_round(self, group, spec):
        wanted = {
            "theme": spec["theme"],
            "format": spec["format"],
            "place": spec["place"],
            "agenda": spec["agenda"],
            "meeting_link": TEAMS_LINK,
            **round_dates(spec["days"]),
        }
        round_, created = Round.objects.get_or_create(group=group, number=spec["number"], defaults=wanted)
        changed = {field: value for field, value in wanted.items() if getattr(round_, field) != value}
        if changed:
            # Dates follow today, so the demo's timeline stays current when it is loaded again later.
            for field, value in changed.items():
                setattr(round_, field, value)
            round_.save(update_fields=list(changed))
        self.count("co-development round", "created" if created else "updated" if changed else "unchanged")

        versions = {slug: self.version(slug, number) for slug, number in spec["versions"].items()}
        round_.pre_reading.set([version for version in versions.values() if version])
        small_groups = self.load_small_groups(round_) if spec["posts"] and round_.accepts_feedback() else {}
        for slug in spec["versions"]:
            if slug not in self.models:
                continue
            model = self.models[slug]
            exists = Board.objects.filter(round=round_, operational_model=model).exists()
            board = actions.create_board(round_, model)
            board.round = round_
            self.count("co-development board", "unchanged" if exists else "created")
            posts = spec["posts"].get(slug, [])
            if posts and not board.posts.exists():
                self.write_posts(board, posts, versions[slug], small_groups)

    def version(self, slug, number):
        versions = ModelVersion.objects.filter(page__slug=slug)
        newest = versions.order_by("-number").values_list("number", flat=True).first()
        if newest is None:
            return None
        return versions.of_number(min(number or newest, newest))

    def load_small_groups(self, round_):
        loaded = {}
        for name, usernames in SMALL_GROUPS.items():
            small_group, created = SmallGroup.objects.get_or_create(round=round_, name=name)
            small_group.members.set([self.members[username] for username in usernames])
            self.count("small group", "created" if created else "unchanged")
            loaded[name] = small_group
        return loaded

    def write_posts(self, board, specs, version, small_groups):
        columns = {column.name: column for column in board.columns.all()}
        written = []
        with writable(board.round):
            for spec in specs:
                quote = find_quote(version, spec["quote"], spec["section"]) if spec["quote"] and version else None
                parent, _created = actions.do_create_post(
                    member=self.members[spec["author"]],
                    board=board,
                    column=columns[spec["column"]],
                    body=spec["body"],
                    section=spec["section"],
                    quote=quote,
                    is_anonymous=spec["anonymous"],
                    small_group=small_groups.get(spec["small_group"]),
                    attachments=demo_picture(spec["picture"]),
                )
                written.append(parent)
                for author, body in spec["replies"]:
                    reply, _created = actions.do_reply(member=self.members[author], post=parent, body=body)
                    written.append(reply)
                for username in spec["agree"]:
                    actions.do_agree(member=self.members[username], post=parent)
                if spec["pinned"]:
                    actions.do_pin(actor=self.members["facilitator"].user, post=parent)
                self.count("co-development post", "created")
        backdate(written, board.round)


def demo_picture(picture):
    """The post's flip chart photo, checked and re-encoded as a member's upload is."""
    if not picture:
        return []
    title, notes, alt_text = picture
    return [(check_named(flip_chart(title, notes), "fläppitaulu.jpg"), alt_text)]


@contextmanager
def writable(round_):
    """The actions take posts only while a round is open; a closed round's posts are written as they were then.

    Only the round object in memory is opened, for the length of the writing; the database keeps its dates.
    """
    saved = {field: getattr(round_, field) for field in ("feedback_opens_at", "feedback_closes_at")}
    now = timezone.now()
    if not round_.accepts_feedback(now):
        round_.feedback_opens_at, round_.feedback_closes_at = now - timedelta(hours=1), now + timedelta(hours=1)
    try:
        yield
    finally:
        for field, value in saved.items():
            setattr(round_, field, value)


def backdate(posts, round_):
    """Spread the posts over the feedback window up to now, in the order they were written."""
    start = round_.feedback_opens_at + timedelta(hours=2)
    end = min(round_.feedback_closes_at, timezone.now()) - timedelta(hours=1)
    step = (end - start) / max(len(posts), 1)
    for index, written in enumerate(posts):
        Post.objects.filter(pk=written.pk).update(created_at=start + step * index)


def load_codev_demo(counts):
    """Load the demo group after the models are published; adds its rows to the loader's `counts`."""
    with unannounced():
        return CodevDemo(counts).load()
