"""Which section or basic-information field a heading names, tolerant of case, numbering and small changes.

Names come in Finnish, Swedish and English, as Innokylä and the editor's labels write them. A heading matches the
name it is most similar to, if that similarity reaches THRESHOLD: the better of difflib's ratio over the whole
heading and the share of words found on both sides (each word compared by its own ratio, so inflections match).
"""

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from django.utils import translation

from models_library.sections import GROUP_LABELS, SECTIONS

THRESHOLD = 0.82
WORD_THRESHOLD = 0.8
STOP_WORDS = {"ja", "sekä", "och", "samt", "and", "of", "the", "for"}

SECTION, FIELD, NOTE, GROUP, OTHER = "section", "field", "note", "group", "other"

# Innokylä's and editors' own wordings beside the labels of sections.py (in fi, sv and en).
SECTION_NAMES = {
    "basic_idea": ["Ratkaisun perusidea", "Lösningens grundidé", "Perusidea"],
    "environment": ["Toimintaympäristö", "Verksamhetsmiljö"],
    "conditions": [
        "Toimivuuden ja käyttöönoton ehdot",
        "Toimivuuden ja käyttöönoton edellytykset",
        "Förutsättningar för funktion och ibruktagande",
    ],
    "implementation": ["Toteutus", "Genomförande"],
    "resources": ["Resurssit", "Resurser"],
    "evaluation": ["Arviointi ja vaikutukset", "Utvärdering och effekter", "Arviointi"],
    "rooting": ["Juurtuminen ja levittäminen", "Förankring och spridning", "Juurruttaminen ja levittäminen"],
    "attachments": ["Liitetiedostot ja linkit", "Bilagor och länkar", "Liitteet ja linkit"],
    "starting_point": ["Lähtötilanne ja strategiset liittymäkohdat", "Utgångsläge och strategiska kopplingar"],
    "needs": ["Kehitystyön lähtökohtana olevat tarpeet", "Behov som ligger till grund för utvecklingsarbetet"],
    "co_development": [
        "Kehittäjäjoukon kokoaminen ja yhteiskehittäminen",
        "Sammansättning av utvecklargruppen och samutveckling",
    ],
    "target_change": ["Tavoiteltu muutos", "Eftersträvad förändring"],
    "measuring_change": ["Muutoksen mittaaminen", "Mätning av förändringen"],
    "target_group": ["Kohderyhmä ja asiakasymmärrys", "Målgrupp och klientförståelse"],
}
# Basic information (Perustiedot): the field each of Innokylä's labels fills.
FIELD_NAMES = {
    "title": ["Kokonaisuuden nimi", "Toimintamallin nimi", "Helhetens namn", "Verksamhetsmodellens namn"],
    "lead": ["Lyhyt kuvaus", "Kort beskrivning", "Short description"],
    "implementation_area": ["Toteutusalue", "Missä toteutetaan", "Var den genomförs", "Where it is implemented"],
    "funder": ["Rahoittaja", "Finansiär", "Funder"],
    "author_organisation": ["Tekijäorganisaatio", "Kuvaajan organisaatio", "Författarorganisation"],
    "contact_name": ["Yhteyshenkilön nimi", "Kontaktpersonens namn", "Contact person"],
    "contact_organisation": ["Yhteyshenkilön organisaatio", "Kontaktpersonens organisation", "Contact organisation"],
    "contact_email": [
        "Yhteyshenkilön sähköpostiosoite",
        "Yhteyshenkilön sähköposti",
        "Kontaktpersonens e-postadress",
        "Contact email",
    ],
}
# Facts of the Innokylä page itself: shown in the summary, not stored on the model.
NOTE_NAMES = {
    "created": ["Luotu", "Skapad", "Created"],
    "modified": ["Viimeksi muokattu", "Senast ändrad", "Last modified"],
}
# Headings that only group others: they start no part of their own.
GROUP_NAMES = {"basic_information": ["Perustiedot", "Grundinformation", "Basic information"]} | {
    key: [] for key in GROUP_LABELS
}
# Headings of Innokylä's project pages (kokonaisuus) that have no place in a model: kept apart, not placed.
OTHER_NAMES = {
    "purpose": ["Kokonaisuuden tarkoitus ja tavoitteet", "Helhetens syfte och mål"],
    "period": ["Toimiaika", "Verksamhetstid"],
    "actors": ["Toimijat", "Aktörer"],
    "aim": ["Päämäärä ja päätavoite", "Syfte och huvudmål"],
    "intended_results": ["Tavoiteltavat tulokset, tuotokset ja vaikutukset"],
    "results": ["Tuotokset ja tulokset", "Resultat"],
    "impacts": ["Vaikutukset ja vaikuttavuus", "Effekter och genomslag"],
}

NOISE = re.compile(r"icon/\S+ created with sketch\.?\s*")
NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\))\s+")


@dataclass(frozen=True)
class Target:
    kind: str
    key: str


@dataclass(frozen=True)
class Match:
    target: Target
    score: float


def normalise(text):
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = NOISE.sub("", text).strip()
    text = NUMBERING.sub("", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio_at_least(a, b, threshold):
    """difflib's ratio if it reaches `threshold`, else 0; its cheap upper bounds reject most pairs first."""
    matcher = SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= threshold else 0.0


@lru_cache(maxsize=65536)
def words_alike(a, b):
    return a == b or ratio_at_least(a, b, WORD_THRESHOLD) > 0


def content_words(text):
    return [word for word in text.split() if word not in STOP_WORDS]


def similarity(a, b):
    if a == b:
        return 1.0
    return max(ratio_at_least(a, b, THRESHOLD), word_overlap(a, b))


def word_overlap(a, b):
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0.0
    share_a = sum(any(words_alike(word, other) for other in words_b) for word in words_a) / len(words_a)
    if share_a < THRESHOLD:
        return 0.0
    share_b = sum(any(words_alike(other, word) for word in words_a) for other in words_b) / len(words_b)
    return min(share_a, share_b)


def labels(label):
    names = []
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            names.append(str(label))
    return names


@cache
def known_names():
    """(normalised name, target) pairs; built once per process from constants and the catalogues."""
    pairs = []
    for section in SECTIONS:
        for name in SECTION_NAMES.get(section.key, []) + labels(section.label):
            pairs.append((normalise(name), Target(SECTION, section.key)))
    for kind, table in ((FIELD, FIELD_NAMES), (NOTE, NOTE_NAMES), (GROUP, GROUP_NAMES), (OTHER, OTHER_NAMES)):
        for key, names in table.items():
            extra = labels(GROUP_LABELS[key]) if key in GROUP_LABELS else []
            pairs += [(normalise(name), Target(kind, key)) for name in names + extra]
    return [(name, target) for name, target in pairs if name]


@cache
def exact_names():
    names = {}
    for name, target in known_names():
        names.setdefault(name, target)
    return names


def match_heading(text):
    """The best Match for a heading's text, or None when nothing is similar enough."""
    wanted = normalise(text)
    if not wanted:
        return None
    exact = exact_names().get(wanted)
    if exact is not None:
        return Match(exact, 1.0)
    best = None
    for name, target in known_names():
        score = similarity(wanted, name)
        if best is None or score > best.score:
            best = Match(target, score)
    return best if best and best.score >= THRESHOLD else None
