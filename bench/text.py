"""Deterministic Finnish-like filler text and StreamField block data for benchmark content."""

import copy
import random
import re
import uuid

_WORD_TEXT = (
    "perhe nuori työntekijä palvelu tuki arki koulu kotona yhdessä tavoite tilanne keskustelu "
    "tapaaminen sovitaan kuukausi viikko alussa lopuksi hoito apu vastuu tieto jakaminen luottamus "
    "turvallisuus vanhempi huoltaja lapsi ammattilainen kunta alue hyvinvointi terveys mieli "
    "ahdistus masennus päihteet kriisi ohjaus arvio seuranta mittari muutos kokemus palaute "
    "kehittäminen pilotti käyttöönotto koulutus opas lomake kirjaus suunnitelma menetelmä malli "
    "toiminta yhteistyö rajapinta sektori sosiaalityö psykiatria poliklinikka osasto kotikäynti "
    "etäyhteys puhelin viesti sovellus aika paikka nopeasti joustavasti selkeästi yhteinen oma "
    "uusi nykyinen tarvittaessa säännöllisesti vähintään kerran kaksi kolme jokainen kaikki "
    "osallisuus kuuleminen ääni toive huoli vahvuus voimavara verkosto sukulainen ystävä harrastus "
    "opiskelu työ toimeentulo asuminen nuorisotyö kriisityö terapia lääkäri hoitaja psykologi "
    "kuraattori opettaja rehtori ohjaaja esihenkilö johto resurssi budjetti kustannus hyöty "
    "vaikutus tulos raportti aineisto haastattelu kysely tilasto vertailu ennen jälkeen aikana "
    "edelleen lisäksi myös vain ensin sitten lopulta usein harvoin aina joskus yleensä"
)
WORDS = tuple(_WORD_TEXT.split())

# A term, its definition, the beginnings of its forms, and the inflected form the text uses.
GLOSSARY = (
    (
        "yhteisasiakas",
        "Asiakas, jota lastensuojelu ja psykiatria palvelevat samaan aikaan.",
        "yhteisasiak",
        "yhteisasiakkaiden",
    ),
    ("lastensuojelu", "Palvelut, joilla turvataan lapsen kasvu ja kehitys.", "lastensuojelu", "lastensuojelun"),
    ("nuorisopsykiatria", "Nuorten mielenterveyden erikoissairaanhoito.", "nuorisopsykiatri", "nuorisopsykiatrian"),
    ("sijaishuolto", "Lapsen hoito kodin ulkopuolella.", "sijaishuol", "sijaishuollossa"),
    ("avohuolto", "Lastensuojelun tukitoimet lapsen asuessa kotona.", "avohuol", "avohuollon"),
    ("hoitoneuvottelu", "Tapaaminen, jossa sovitaan hoidon tavoitteista.", "hoitoneuvottelu", "hoitoneuvottelussa"),
    ("asiakassuunnitelma", "Kirjattu suunnitelma asiakkaan palveluista.", "asiakassuunnitelm", "asiakassuunnitelmaan"),
    (
        "verkostopalaveri",
        "Asiakkaan ja hänen verkostonsa yhteinen tapaaminen.",
        "verkostopalaver",
        "verkostopalaverissa",
    ),
    (
        "kokemusasiantuntija",
        "Henkilö, joka käyttää omaa kokemustaan kehittämisessä.",
        "kokemusasiantuntij",
        "kokemusasiantuntijoiden",
    ),
    ("omatyöntekijä", "Asiakkaan asioista vastaava työntekijä.", "omatyöntekijä", "omatyöntekijän"),
    ("palvelutarve", "Arvio siitä, mitä palveluja asiakas tarvitsee.", "palvelutarve,palvelutarpe", "palvelutarpeen"),
    ("konsultaatio", "Asiantuntijan neuvonta toiselle ammattilaiselle.", "konsultaatio", "konsultaatiota"),
)


def _check_vocabulary():
    stems = [stem for *_, forms, _used in GLOSSARY for stem in forms.split(",")]
    clashes = [word for word in WORDS for stem in stems if word.startswith(stem)]
    assert not clashes, f"filler words would match glossary terms: {clashes}"


_check_vocabulary()


class TextMaker:
    """Seeded text so every run builds exactly the same pages."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def words(self, count):
        return " ".join(self.random.choice(WORDS) for _ in range(count))

    def sentence(self, count=None):
        text = self.words(count or self.random.randint(7, 13))
        return text[:1].upper() + text[1:] + "."

    def paragraph_text(self, words, inserts=()):
        sentences = []
        written = 0
        while written < words:
            count = self.random.randint(7, 13)
            sentences.append(self.sentence(count))
            written += count
        for position, insert in enumerate(inserts):
            sentences.insert(min(position * 2 + 1, len(sentences)), f"Myös {insert} kanssa toimitaan.")
        return " ".join(sentences)


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def list_items(values):
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def paragraph_block(maker, words, inserts=()):
    return block("paragraph", f"<p>{maker.paragraph_text(words, inserts)}</p>")


def heading_block(maker):
    return block("heading", {"text": maker.sentence(4).rstrip("."), "level": "h4"})


def checklist_block(maker, items=6):
    return block(
        "checklist",
        {
            "title": maker.sentence(3).rstrip("."),
            "intro": maker.sentence(),
            "two_columns": True,
            "worker_column": "Työntekijä",
            "family_column": "Nuori / perhe",
            "items": list_items([{"text": maker.sentence(6)} for _ in range(items)]),
        },
    )


def process_block(maker, steps=4):
    return block(
        "process",
        {
            "title": maker.sentence(3).rstrip("."),
            "steps": list_items(
                [
                    {
                        "title": maker.sentence(3).rstrip("."),
                        "description": f"<p>{maker.sentence(20)}</p>",
                        "responsible": maker.words(2),
                    }
                    for _ in range(steps)
                ]
            ),
        },
    )


def quote_block(maker):
    return block("quote", {"quote": maker.paragraph_text(40), "attribution": "kokemusasiantuntija, vanhempi"})


def link_block(maker, number):
    return block(
        "link",
        {
            "url": f"https://example.org/aineisto/{number}",
            "title": maker.sentence(4),
            "description": maker.sentence(12),
        },
    )


def document_block(maker, document):
    return block("document", {"document": document.pk, "title": "", "description": maker.sentence(10)})


# --- Edits between versions -------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_NOT_TEXT = {"type", "id", "level", "url", "two_columns", "document"}  # keys whose values are not prose
_WORD_SET = frozenset(WORDS)


class Editor:
    """Seeded edits an author makes between versions: words replaced, dropped and added.

    Only filler words change, so glossary terms and markup stay as they were; `changed` counts
    the words touched, which is what a reader of the comparison sees marked.
    """

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.changed = 0
        self.blocks_edited = 0

    def _edit_word(self, match, rate):
        word = match.group(0)
        if word not in _WORD_SET or self.random.random() >= rate:
            return word
        self.changed += 1
        roll = self.random.random()
        if roll < 0.6:
            return self.random.choice([w for w in WORDS if w != word])
        if roll < 0.8:
            return ""
        return f"{word} {self.random.choice(WORDS)}"

    def edit_text(self, value, rate):
        edited = _WORD.sub(lambda match: self._edit_word(match, rate), value)
        return re.sub(r" {2,}", " ", edited).replace(" .", ".")

    def edit_value(self, value, rate):
        """Every prose string in a block's raw value edited at `rate`."""
        if isinstance(value, str):
            return self.edit_text(value, rate)
        if isinstance(value, list):
            return [self.edit_value(item, rate) for item in value]
        if isinstance(value, dict):
            return {k: v if k in _NOT_TEXT else self.edit_value(v, rate) for k, v in value.items()}
        return value

    def edit_blocks(self, blocks, share, rate):
        """About `share` of the blocks edited at `rate` each; ids kept, as the editor keeps them."""
        edited = []
        for original in blocks:
            if self.random.random() < share:
                self.blocks_edited += 1
                edited.append({**original, "value": self.edit_value(original["value"], rate)})
            else:
                edited.append(copy.deepcopy(original))
        return edited
