"""Builds the benchmark's pages once, lazily, with the project's test factories and bench/text.py."""

import json
import re
from functools import cached_property

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from home.models import StandardPage
from models_library.models import Stage
from models_library.sections import SECTIONS
from tests.factories import (
    build_site,
    make_model,
    make_project,
    make_region,
    make_target_group,
    make_term,
    stream,
)

from . import text

REGIONS = [
    f"{name} hyvinvointialue" for name in (
        "Etelä-Karjalan", "Etelä-Pohjanmaan", "Etelä-Savon", "Itä-Uudenmaan", "Kainuun", "Kanta-Hämeen",
        "Keski-Pohjanmaan", "Keski-Suomen", "Keski-Uudenmaan", "Kymenlaakson", "Lapin", "Länsi-Uudenmaan",
        "Pirkanmaan", "Pohjanmaan", "Pohjois-Karjalan", "Pohjois-Pohjanmaan", "Pohjois-Savon",
        "Päijät-Hämeen", "Satakunnan", "Vantaan ja Keravan", "Varsinais-Suomen",
    )
] + ["Helsingin kaupunki"]
TARGET_GROUPS = [
    f"{ages}-vuotiaat {who}" for ages in ("0–6", "7–12", "13–17")
    for who in ("lapset", "perheet", "yhteisasiakkaat", "sijoitetut", "koululaiset")
]
THEMES = ("Koulu", "Perhe", "Kriisi", "Verkosto")
STAGE_CYCLE = list(Stage)
TAG = re.compile(r"<[^>]+>")


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
        page = StandardPage(title="Saavutettavuusseloste", slug="saavutettavuusseloste",
                            body=stream("Palvelu täyttää saavutettavuusvaatimukset osittain."))
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
            pages.append(make_model(
                library, f"{theme}malli {i:03d}",
                stage=STAGE_CYCLE[i % len(STAGE_CYCLE)],
                regions=[regions[i % len(regions)], regions[(i * 7 + 3) % len(regions)]],
                target_groups=[groups[i % len(groups)]],
                tags=[theme.lower(), f"aihe {i % 12}"],
                project=self.projects[i % len(self.projects)] if i % 3 == 0 else None,
                lead=f"Toimintamalli, jossa {theme.lower()} ja palvelut toimivat yhdessä ({i}).",
            ))
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
        used_forms = [used for *_, used in text.GLOSSARY]
        documents = [self._document(f"Liite {scale}-{n}") for n in range(scale)]
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
        title = "Yhteisasiakkaan hoitopolku" if scale == 1 else f"Yhteisasiakkaan hoitopolku {scale}x"
        lead = maker.paragraph_text(60)
        page = make_model(
            self.site["library"], title,
            stage=Stage.IN_USE, project=self.projects[0], lead=lead,
            implementation_area="Pirkanmaa ja Keski-Suomi", funder="Sosiaali- ja terveysministeriö",
            author_organisation="Pirkanmaan hyvinvointialue", contact_name="projektipäällikkö",
            contact_organisation="Pirkanmaan hyvinvointialue", contact_email="malli@example.org",
            regions=self.regions[: 6 * scale], target_groups=self.target_groups[: 5 * scale],
            tags=[f"asiasana {scale}-{n}" for n in range(10 * scale)],
            **{key: json.dumps(blocks) for key, blocks in sections.items()},
        )
        words = count_words(list(sections.values())) + count_words(lead)
        block_count = sum(len(blocks) for blocks in sections.values())
        self.notes.append(f"long model ×{scale}: {words:,} words, {block_count} blocks, {10 * scale} tags, "
                          f"{6 * scale} regions, {5 * scale} target groups, {len(used_forms)} glossary terms")
        return page

    @staticmethod
    def _document(title):
        document = get_document_model()(title=title)
        document.file.save(f"{slugify(title)}.pdf", ContentFile(b"%PDF-1.4\n% bench\n"), save=False)
        document._set_document_file_metadata()
        document.save()
        return document
