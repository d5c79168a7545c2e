"""Posts as words to weigh: plain text, lower case, no stop words, each word stemmed in its language."""

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from common.html_text import plain_text
from models_library.stemming import stemmer

LANGUAGES = {"fi": "finnish", "sv": "swedish"}
DEFAULT_LANGUAGE = "fi"
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
MIN_WORD_LENGTH = 3

DATA = Path(__file__).resolve().parent / "data"


def read_stop_words(language):
    lines = (DATA / f"stop_words_{language}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


STOP_WORDS = {language: read_stop_words(language) for language in LANGUAGES}

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


def words(text):
    """Lower-case words of plain text (post HTML goes through common.html_text.plain_text first)."""
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
