"""Posts as words to weigh: plain text, lower case, no stop words, each word stemmed in its language."""

import re
from collections import Counter
from functools import lru_cache

import Stemmer

from codev.sanitize import plain_text

LANGUAGES = {"fi": "finnish", "sv": "swedish"}
DEFAULT_LANGUAGE = "fi"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
MIN_WORD_LENGTH = 3

FINNISH_STOP_WORDS = frozenset(
    [
        "ja",
        "tai",
        "mutta",
        "sekä",
        "että",
        "kun",
        "jos",
        "niin",
        "kuin",
        "vaan",
        "vain",
        "myös",
        "jo",
        "vielä",
        "nyt",
        "sitten",
        "siis",
        "eli",
        "koska",
        "vaikka",
        "joten",
        "ei",
        "en",
        "et",
        "emme",
        "ette",
        "eivät",
        "ole",
        "olen",
        "olet",
        "on",
        "olemme",
        "olette",
        "ovat",
        "oli",
        "olin",
        "olit",
        "olivat",
        "ollut",
        "olleet",
        "olla",
        "olisi",
        "olisivat",
        "ollaan",
        "ovatko",
        "onko",
        "voi",
        "voisi",
        "voisiko",
        "voida",
        "voivat",
        "pitää",
        "pitäisi",
        "pitäisikö",
        "tulee",
        "tulisi",
        "kannattaa",
        "minä",
        "sinä",
        "hän",
        "me",
        "te",
        "he",
        "minun",
        "sinun",
        "hänen",
        "meidän",
        "teidän",
        "heidän",
        "minua",
        "sinua",
        "häntä",
        "meitä",
        "teitä",
        "heitä",
        "minulle",
        "sinulle",
        "hänelle",
        "meille",
        "teille",
        "heille",
        "minulla",
        "sinulla",
        "hänellä",
        "meillä",
        "teillä",
        "heillä",
        "minusta",
        "tämä",
        "tuo",
        "se",
        "nämä",
        "nuo",
        "ne",
        "tämän",
        "tuon",
        "sen",
        "näiden",
        "noiden",
        "niiden",
        "tätä",
        "tuota",
        "sitä",
        "näitä",
        "noita",
        "niitä",
        "tässä",
        "tuossa",
        "siinä",
        "näissä",
        "noissa",
        "niissä",
        "tästä",
        "siitä",
        "niistä",
        "tähän",
        "siihen",
        "niihin",
        "täällä",
        "siellä",
        "joka",
        "jotka",
        "jonka",
        "joiden",
        "jota",
        "joita",
        "jossa",
        "joissa",
        "josta",
        "joista",
        "johon",
        "joihin",
        "mikä",
        "mitkä",
        "minkä",
        "mitä",
        "missä",
        "mistä",
        "mihin",
        "kuka",
        "ketkä",
        "kenen",
        "ketä",
        "kenelle",
        "kuinka",
        "miten",
        "miksi",
        "milloin",
        "mikin",
        "kukaan",
        "mitään",
        "mikään",
        "kaikki",
        "kaikkien",
        "kaikille",
        "kaikkia",
        "jokainen",
        "jokaisen",
        "jokaiselle",
        "muu",
        "muut",
        "muiden",
        "muuta",
        "muita",
        "itse",
        "oma",
        "omat",
        "oman",
        "omaa",
        "omia",
        "aina",
        "usein",
        "joskus",
        "välillä",
        "jälkeen",
        "ennen",
        "aikana",
        "kanssa",
        "ilman",
        "mukaan",
        "kautta",
        "yli",
        "alle",
        "hyvin",
        "hyvä",
        "liian",
        "paljon",
        "vähän",
        "enemmän",
        "eri",
        "sama",
        "samaa",
        "saman",
        "samasta",
        "toinen",
        "toisen",
        "yksi",
        "yhden",
        "yhteen",
        "kyse",
        "asia",
        "asiat",
        "asiaa",
        "asioita",
        "esimerkiksi",
        "esim",
        "mm",
        "kuten",
        "ainakin",
        "kuitenkin",
        "ehkä",
        "melko",
        "aivan",
        "tapaan",
        "tavalla",
        "näin",
        "noin",
        "siten",
        "tuolla",
        "ettei",
        "jotta",
        "siksi",
        "malli",
        "mallin",
        "mallia",
        "mallissa",
        "mallista",
        "malliin",
        "mallille",
        "mallilla",
        "toimintamalli",
        "toimintamallin",
        "toimintamallia",
    ]
)
SWEDISH_STOP_WORDS = frozenset(
    [
        "och",
        "att",
        "det",
        "som",
        "en",
        "ett",
        "är",
        "för",
        "på",
        "med",
        "av",
        "till",
        "den",
        "de",
        "har",
        "inte",
        "om",
        "var",
        "vid",
        "så",
        "men",
        "eller",
        "från",
        "kan",
        "ska",
        "skulle",
        "måste",
        "borde",
        "får",
        "kunde",
        "vill",
        "han",
        "hon",
        "hen",
        "vi",
        "ni",
        "dem",
        "oss",
        "sig",
        "sin",
        "sitt",
        "sina",
        "dess",
        "deras",
        "man",
        "mig",
        "dig",
        "mitt",
        "min",
        "mina",
        "vår",
        "vårt",
        "våra",
        "er",
        "ert",
        "era",
        "detta",
        "dessa",
        "denna",
        "här",
        "där",
        "när",
        "vad",
        "vem",
        "vilken",
        "vilket",
        "vilka",
        "hur",
        "varför",
        "också",
        "bara",
        "redan",
        "nu",
        "då",
        "sedan",
        "samma",
        "alla",
        "allt",
        "andra",
        "annan",
        "annat",
        "något",
        "någon",
        "några",
        "ingen",
        "inget",
        "inga",
        "mycket",
        "mer",
        "mest",
        "lite",
        "sådan",
        "sådant",
        "sådana",
        "hos",
        "under",
        "över",
        "efter",
        "före",
        "mellan",
        "utan",
        "blir",
        "blev",
        "varit",
        "vara",
        "finns",
        "fanns",
        "gör",
        "göra",
        "gjorde",
        "går",
        "kommer",
        "kom",
        "nej",
        "ja",
        "eftersom",
        "jag",
        "du",
        "behöver",
        "behövs",
        "modell",
        "modellen",
        "modeller",
    ]
)
STOP_WORDS = {"fi": FINNISH_STOP_WORDS, "sv": SWEDISH_STOP_WORDS}

# Common heads of Finnish and Swedish compounds in this field's feedback. A compound also counts as its head,
# so "muistilista" meets "tarkistuslista" and "lista", and "verkostoneuvottelu" meets "neuvottelu".
COMPOUND_HEADS = {
    "fi": (
        "lista",
        "neuvottelu",
        "palaveri",
        "tapaaminen",
        "kokous",
        "materiaali",
        "suunnitelma",
        "työntekijä",
        "henkilö",
        "esihenkilö",
        "koordinaattori",
        "tuki",
    ),
    "sv": ("lista", "möte", "material", "plan", "ansvar", "stöd"),
}
MIN_MODIFIER_LENGTH = 3

_SWEDISH_LETTERS = re.compile(r"[å]|\b(och|att|det|som|inte|för|är|med|vi|de)\b")
_FINNISH_LETTERS = re.compile(r"\b(ja|ei|on|että|ovat|olla|se|kun|mutta|pitää)\b|[äö]{1}\w*[aeiouyäö]\b")


def detect_language(text, default=DEFAULT_LANGUAGE):
    """Finnish or Swedish by common words and the letter å: enough for feedback in the two languages."""
    lowered = text.lower()
    swedish = len(_SWEDISH_LETTERS.findall(lowered))
    finnish = len(_FINNISH_LETTERS.findall(lowered))
    if swedish > finnish:
        return "sv"
    if finnish > swedish:
        return "fi"
    return default


@lru_cache(maxsize=2)
def stemmer(language):
    # PyStemmer keeps its own cache of stemmed words, so repeated words cost nothing.
    return Stemmer.Stemmer(LANGUAGES.get(language, LANGUAGES[DEFAULT_LANGUAGE]), 50000)


def words(text):
    """Lower-case words of plain text (post HTML goes through codev.sanitize.plain_text first)."""
    return WORD.findall(text.lower())


@lru_cache(maxsize=2)
def _heads(language):
    return tuple((head, head[: max(len(head) - 1, 4)]) for head in COMPOUND_HEADS.get(language, ()))


# A pure function of the word, so remembering its answers is safe in every process.
@lru_cache(maxsize=65536)
def compound_parts(word, language):
    """The word's head when it is a compound of a known head and a real modifier: "muistilistan" → "lista"."""
    for head, stem_of_head in _heads(language):
        if word.find(stem_of_head, MIN_MODIFIER_LENGTH) >= MIN_MODIFIER_LENGTH:
            return (head,)
    return ()


class Analysed:
    """One text's stems, with the surface words each stem came from, for naming themes in readable words."""

    __slots__ = ("language", "stems", "surfaces", "words")

    def __init__(self, language, stems, surfaces, words):
        self.language = language
        self.stems = stems
        self.surfaces = surfaces
        # The content words as written, for character n-grams: the stemmer cuts some compounds oddly
        # ("muistilista" → "muistil", "muistilistan" → "muistilist"), their letters still meet.
        self.words = words


def analyse(text, language=None, *, is_html=False):
    """The text's stems in its language (given, or detected when None); stop words and short words drop out."""
    plain = plain_text(text) if is_html else text
    language = language if language in LANGUAGES else detect_language(plain)
    stop = STOP_WORDS[language]
    kept = [word for word in words(plain) if len(word) >= MIN_WORD_LENGTH and word not in stop]
    stem = stemmer(language)
    stems = stem.stemWords(kept)
    surfaces = Counter(zip(stems, kept, strict=True))
    extra = []
    for word in kept:
        for head in compound_parts(word, language):
            extra.append(stem.stemWord(head))
    return Analysed(language, stems + extra, surfaces, kept)
