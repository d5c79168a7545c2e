"""Builds the benchmark's pages once, lazily, with the project's test factories and bench/text.py."""

import copy
import json
import re
from functools import cached_property

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from home.models import StandardPage
from models_library.models import PublicationKind, Stage
from models_library.sections import SECTIONS
from testing.factories import (
    build_site,
    make_model,
    make_project,
    make_region,
    make_target_group,
    make_term,
    stream,
)

from . import text
from .board import build_workspace, fill_board
from .history import build_history
from .publishing import publish_version
from .voting import run_dot_vote

REGIONS = [
    f"{name} hyvinvointialue"
    for name in (
        "Etelä-Karjalan",
        "Etelä-Pohjanmaan",
        "Etelä-Savon",
        "Itä-Uudenmaan",
        "Kainuun",
        "Kanta-Hämeen",
        "Keski-Pohjanmaan",
        "Keski-Suomen",
        "Keski-Uudenmaan",
        "Kymenlaakson",
        "Lapin",
        "Länsi-Uudenmaan",
        "Pirkanmaan",
        "Pohjanmaan",
        "Pohjois-Karjalan",
        "Pohjois-Pohjanmaan",
        "Pohjois-Savon",
        "Päijät-Hämeen",
        "Satakunnan",
        "Vantaan ja Keravan",
        "Varsinais-Suomen",
    )
] + ["Helsingin kaupunki"]
TARGET_GROUPS = [
    f"{ages}-vuotiaat {who}"
    for ages in ("0–6", "7–12", "13–17")
    for who in ("lapset", "perheet", "yhteisasiakkaat", "sijoitetut", "koululaiset")
]
THEMES = ("Koulu", "Perhe", "Kriisi", "Verkosto")
STAGE_CYCLE = list(Stage)
LONG_MODEL_FACTS = {
    "implementation_area": "Pirkanmaa ja Keski-Suomi",
    "funder": "Sosiaali- ja terveysministeriö",
    "author_organisation": "Pirkanmaan hyvinvointialue",
    "contact_name": "projektipäällikkö",
    "contact_organisation": "Pirkanmaan hyvinvointialue",
    "contact_email": "malli@example.org",
}
TAG = re.compile(r"<[^>]+>")
HISTORY_MODELS = ("Verkostokokouksen malli", "Nuoren hoitopolun malli", "Kouluyhteistyön malli")


def count_words(value):
    """Words in every string of a StreamField's raw data, tags stripped."""
    if isinstance(value, str):
        return len(TAG.sub(" ", value).split())
    if isinstance(value, dict):
        return sum(count_words(v) for k, v in value.items() if k not in ("type", "id", "level", "url"))
    if isinstance(value, list):
        return sum(count_words(item) for item in value)
    return 0


class Content:
    """The site tree and everything the scenarios ask for, each built on first use."""

    def __init__(self, model_count=200):
        self.model_count = model_count
        self.notes = []

    @cached_property
    def site(self):
        return build_site()

    @cached_property
    def regions(self):
        return [make_region(name) for name in REGIONS]

    @cached_property
    def target_groups(self):
        return [make_target_group(name) for name in TARGET_GROUPS]

    @cached_property
    def projects(self):
        return [make_project(self.site["projects"], title=f"Hanke {n}") for n in range(1, 6)]

    @cached_property
    def glossary_terms(self):
        return [make_term(term, definition, forms) for term, definition, forms, _used in text.GLOSSARY]

    @cached_property
    def floor_page(self):
        page = StandardPage(
            title="Saavutettavuusseloste",
            slug="saavutettavuusseloste",
            body=stream("Palvelu täyttää saavutettavuusvaatimukset osittain."),
        )
        self.site["home"].add_child(instance=page)
        page.save_revision().publish()
        return page

    @cached_property
    def library_models(self):
        """`model_count` short models spread over stages, themes, regions, groups, tags and projects."""
        library, regions, groups = self.site["library"], self.regions, self.target_groups
        pages = []
        for i in range(self.model_count):
            theme = THEMES[i % len(THEMES)]
            pages.append(
                make_model(
                    library,
                    f"{theme}malli {i:03d}",
                    stage=STAGE_CYCLE[i % len(STAGE_CYCLE)],
                    regions=[regions[i % len(regions)], regions[(i * 7 + 3) % len(regions)]],
                    target_groups=[groups[i % len(groups)]],
                    tags=[theme.lower(), f"aihe {i % 12}"],
                    project=self.projects[i % len(self.projects)] if i % 3 == 0 else None,
                    lead=f"Toimintamalli, jossa {theme.lower()} ja palvelut toimivat yhdessä ({i}).",
                )
            )
        self.notes.append(f"library: {len(pages)} published models")
        return pages

    def long_model(self, scale=1):
        """A model with every section filled; `scale` multiplies its tags, regions, groups and blocks."""
        key = f"_long_model_{scale}"
        if key not in self.__dict__:
            self.__dict__[key] = self._build_long_model(scale)
        return self.__dict__[key]

    def _build_long_model(self, scale):
        self.glossary_terms  # noqa: B018 -- the terms must exist before the page is rendered
        maker = text.TextMaker(seed=scale)
        documents = [self._document(f"Liite {scale}-{n}") for n in range(scale)]
        sections = self._long_sections(maker, scale, documents)
        title = "Yhteisasiakkaan hoitopolku" if scale == 1 else f"Yhteisasiakkaan hoitopolku {scale}x"
        lead = maker.paragraph_text(60)
        page = make_model(
            self.site["library"],
            title,
            stage=Stage.IN_USE,
            project=self.projects[0],
            lead=lead,
            regions=self.regions[: 6 * scale],
            target_groups=self.target_groups[: 5 * scale],
            tags=[f"asiasana {scale}-{n}" for n in range(10 * scale)],
            **LONG_MODEL_FACTS,
            **{key: json.dumps(blocks) for key, blocks in sections.items()},
        )
        self.notes.append(
            f"long model ×{scale}: {self._size(sections, lead)}, {10 * scale} tags, "
            f"{6 * scale} regions, {5 * scale} target groups, {len(text.GLOSSARY)} glossary terms"
        )
        return page

    @staticmethod
    def _long_sections(maker, scale, documents):
        """Every section filled with paragraphs, a heading and a checklist, process or quote."""
        used_forms = [used for *_, used in text.GLOSSARY]
        sections = {}
        content_sections = [section for section in SECTIONS if section.key != "attachments"]
        specials = (text.checklist_block, text.process_block, text.quote_block)
        for index, section in enumerate(content_sections):
            # Section i mentions term i first and term i-1 again: only first uses become links.
            inserts = [used_forms[i] for i in (index, index - 1) if 0 <= i < len(used_forms)]
            blocks = []
            for _copy in range(scale):
                blocks += [
                    text.paragraph_block(maker, 105, inserts),
                    text.heading_block(maker),
                    text.paragraph_block(maker, 105),
                    specials[index % len(specials)](maker),
                    text.paragraph_block(maker, 105),
                ]
            sections[section.key] = blocks
        sections["attachments"] = [text.link_block(maker, n) for n in range(3 * scale)] + [
            text.document_block(maker, document) for document in documents
        ]
        return sections

    @staticmethod
    def _size(sections, lead):
        words = count_words(list(sections.values())) + count_words(lead)
        return f"{words:,} words, {sum(len(blocks) for blocks in sections.values())} blocks"

    @cached_property
    def editor_user(self):
        return get_user_model().objects.create_superuser("bench-toimittaja", password="bench-not-secret")  # noqa: S106

    @cached_property
    def versioned_model(self):
        """A ~5,000-word model published twice; version 2 carries an author's realistic edits.

        About 5 % of the words change, spread over many blocks; one block is added, one removed
        and one moved, and stage, regions and tags change.
        """
        self.glossary_terms  # noqa: B018
        maker = text.TextMaker(seed=1001)
        sections = self._long_sections(maker, 1, [self._document("Liite versioitu")])
        lead = maker.paragraph_text(60)
        regions, tags = self.regions[6:12], [f"versioitu {n}" for n in range(10)]
        page = make_model(
            self.site["library"],
            "Verkostopalaverin toimintamalli",
            stage=Stage.PILOT,
            project=self.projects[1],
            lead=lead,
            regions=regions,
            target_groups=self.target_groups[5:10],
            tags=tags,
            **LONG_MODEL_FACTS,
            **{key: json.dumps(blocks) for key, blocks in sections.items()},
        )
        before = self._size(sections, lead)

        editor = text.Editor(seed=2002)
        revised = {
            key: editor.edit_blocks(blocks, share=0.6, rate=0.085) if key != "attachments" else copy.deepcopy(blocks)
            for key, blocks in sections.items()
        }
        revised["implementation"].insert(2, text.paragraph_block(maker, 60))  # added
        del revised["evaluation"][-1]  # removed
        moving = revised["environment"].pop(3)  # the checklist moves up, right after the first paragraph
        revised["environment"].insert(1, moving)
        new_lead = editor.edit_text(lead, 0.085)
        publish_version(
            page,
            user=self.editor_user,
            note="Kokeilun palautteen pohjalta tarkennettu kuvausta.",
            stage=Stage.IN_USE,
            lead=new_lead,
            regions=regions[2:] + self.regions[12:13],
            tags=tags[2:] + ["kokeiltu", "arvioitu", "laajennettu"],
            **{key: json.dumps(blocks) for key, blocks in revised.items()},
        )
        words = count_words(list(sections.values())) + count_words(lead)
        self.notes.append(
            f"versioned model: {before}; version 2 changes {editor.changed} words "
            f"({100 * editor.changed / words:.1f} %) in {editor.blocks_edited} blocks and the lead, adds, "
            f"removes and moves a block, changes stage, 2+1 regions and 2+3 tags"
        )
        return page

    def history_model(self, versions):
        """A short model published `versions` times with small text changes; version 2 is a pilot
        and version 3 has a correction, so every kind of history entry is on the page."""
        key = f"_history_model_{versions}"
        if key in self.__dict__:
            return self.__dict__[key]
        page = make_model(
            self.site["library"],
            f"Historiamalli {versions}",
            stage=Stage.UNDERSTANDING,
            regions=self.regions[:2],
            target_groups=self.target_groups[:1],
            tags=["historia", "versiot"],
            basic_idea=stream("Ensimmäinen luonnos yhteistyöstä."),
        )
        user = self.editor_user
        for number in range(2, versions + 1):
            stage = STAGE_CYCLE[min(len(STAGE_CYCLE) - 1, 1 + 3 * number // (versions + 1))]
            kind = PublicationKind.PILOT if number == 2 else PublicationKind.VERSION
            publish_version(
                page,
                user=user,
                kind=kind,
                stage=stage,
                note=f"Versio {number}: tarkennettu perusajatusta palautteen pohjalta.",
                basic_idea=stream(f"Perusajatus, versio {number}: yhteistyö tiivistyy."),
            )
            if number == 3:
                publish_version(
                    page,
                    user=user,
                    kind=PublicationKind.CORRECTION,
                    note="Kirjoitusvirhe korjattu.",
                    basic_idea=stream("Perusajatus, versio 3: yhteistyö tiivistyy, korjattu."),
                )
        self.notes.append(f"history model: {versions} versions and 1 correction")
        self.__dict__[key] = page
        return page

    @cached_property
    def workspace(self):
        """A co-development group of 40 members in an open round, with four small groups."""
        return build_workspace(40, self.regions)

    def board(self, posts, agreements, replies, pictures=0):
        """A board of its own model in the workspace's round, filled by bench/board.py."""
        key = f"_board_{posts}_{agreements}_{replies}_{pictures}"
        if key not in self.__dict__:
            model = make_model(
                self.site["library"],
                f"Nivelvaiheen malli {posts}" + (f", {pictures} kuvaa" if pictures else ""),
                stage=Stage.PILOT,
                regions=self.regions[:2],
                target_groups=self.target_groups[:2],
                tags=["nivelvaihe"],
            )
            filled = fill_board(self.workspace, model, posts, agreements, replies, seed=posts, pictures=pictures)
            self.notes.append(f"board: {filled.summary}")
            self.__dict__[key] = filled
        return self.__dict__[key]

    @cached_property
    def voted_board(self):
        """A board of 50 posts of its own model with a running dot vote of 100 votes (bench/voting.py)."""
        model = make_model(
            self.site["library"],
            "Työpajassa äänestetty malli",
            stage=Stage.PILOT,
            regions=self.regions[:2],
            target_groups=self.target_groups[:2],
            tags=["nivelvaihe"],
        )
        filled = fill_board(self.workspace, model, 50, 200, 30, seed=51)
        self.notes.append(f"voted board: {filled.summary}; {run_dot_vote(self.workspace, filled, 100, seed=51)}")
        return filled

    def history(self, rounds, posts):
        """A group of 40 with `rounds` rounds and `posts` posts on its three models' boards (bench/history.py)."""
        key = f"_history_{rounds}_{posts}"
        if key not in self.__dict__:
            filled = build_history(
                self.site["library"],
                self.regions,
                self.editor_user,
                rounds=rounds,
                posts=posts,
                seed=rounds * posts,
                name=f"Kehittäjäryhmä, {rounds} kierrosta",
                slug=f"bench-ryhma-{rounds}-{posts}",
                titles=[f"{title} ({rounds} kierrosta)" for title in HISTORY_MODELS],
            )
            self.notes.append(f"group history: {filled.summary}")
            self.__dict__[key] = filled
        return self.__dict__[key]

    @staticmethod
    def _document(title):
        document = get_document_model()(title=title)
        document.file.save(f"{slugify(title)}.pdf", ContentFile(b"%PDF-1.4\n% bench\n"), save=False)
        document._set_document_file_metadata()
        document.save()
        return document
