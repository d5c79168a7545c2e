"""Word stems for the library search, the same on PostgreSQL and SQLite.

Each page's text is indexed as Snowball stems of its own language, and a query is stemmed the same way, so
"nuoren" finds "nuori" and "barnskyddet" finds "barnskydd" whichever database serves the search. The search
matches stems as prefixes, which also finds the Finnish compounds a word begins ("verkosto" finds
"verkostoneuvottelu").
"""

import re
import threading

import Stemmer

STEMMERS = {"fi": "finnish", "sv": "swedish", "en": "english"}
WORD = re.compile(r"\w+")
# Finnish and Swedish stems keep the letter where a word's forms differ (nuori/nuore-n, sijoitus/sijoituks-en):
# searching for a stem one letter shorter finds every form. Short stems are kept whole, or they match too much.
SHORTEST_TRIMMED_STEM = 5


_per_thread = threading.local()


def stemmer(language):
    """This thread's stemmer for `language` (PyStemmer's objects are not safe to share between threads)."""
    stemmers = _per_thread.__dict__.setdefault("stemmers", {})
    name = STEMMERS.get(language, STEMMERS["fi"])
    if name not in stemmers:
        stemmers[name] = Stemmer.Stemmer(name)
    return stemmers[name]


def words(text):
    return [word.lower() for word in WORD.findall(text or "")]


def stem(word, language):
    return stemmer(language).stemWord(word.lower())


def stemmed_text(text, language):
    """The text as its stems, for the search index."""
    return " ".join(stemmer(language).stemWords(words(text)))


def query_prefix(word, language):
    """The beginning of every form of `word` (and of the compounds it starts)."""
    stemmed = stem(word, language)
    return stemmed[:-1] if len(stemmed) >= SHORTEST_TRIMMED_STEM else stemmed


def query_prefixes(query, language):
    return [query_prefix(word, language) for word in words(query)]


def matches(word, prefixes, language):
    """Whether `word` (as written in a page) is what a query of these prefixes finds."""
    word = word.lower()
    stemmed = stem(word, language)
    return any(word.startswith(prefix) or stemmed.startswith(prefix) for prefix in prefixes)
