"""Compares two versions of a model: basic information, then each section in Innokylä's order.

Blocks are matched by their StreamField id, so an edited block reads as edited and a block
that changed place reads as moved; blocks without a counterpart id are paired by similarity.
"""

from bisect import bisect_left
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from common.html_text import text_lines
from models_library.diff import diff_words, render_pieces, similarity
from models_library.sections import SECTIONS

PAIRING_THRESHOLD = 0.5

UNCHANGED, CHANGED, ADDED, REMOVED = "unchanged", "changed", "added", "removed"

TEXT_FACTS = [
    ("title", _("Name")),
    ("lead", _("Short description")),
    ("implementation_area", _("Where it is implemented")),
    ("funder", _("Funder")),
    ("author_organisation", _("Author organisation")),
    ("contact_name", _("Contact person")),
    ("contact_organisation", _("Contact organisation")),
    ("contact_email", _("Contact email")),
]
LIST_FACTS = [
    ("regions", _("Wellbeing services counties")),
    ("target_groups", _("Target groups")),
    ("tags", _("Tags")),
]


def block_text(block):
    """The readable text of a StreamField block, one line per paragraph or item."""
    value = block.value
    if block.block_type == "paragraph":
        return text_lines(value.source)
    if block.block_type == "heading":
        return value["text"]
    if block.block_type == "image":
        return f"[{_('Image')}: {getattr(value, 'contextual_alt_text', '') or getattr(value, 'title', '')}]"
    if block.block_type == "document":
        document = value.get("document")
        return "\n".join(
            filter(None, [value.get("title") or getattr(document, "title", ""), value.get("description", "")])
        )
    lines = []
    for item in block.block.get_searchable_content(value):
        lines.extend(line for line in text_lines(str(item)).split("\n") if line)
    return "\n".join(lines)


@dataclass
class BlockChange:
    status: str
    block_type: str
    label: str
    diff: str
    moved: bool = False


@dataclass
class SectionChange:
    section: object
    blocks: list = field(default_factory=list)

    @property
    def status(self):
        statuses = {block.status for block in self.blocks}
        if statuses <= {UNCHANGED} and not any(block.moved for block in self.blocks):
            return UNCHANGED
        if statuses == {ADDED}:
            return ADDED
        if statuses == {REMOVED}:
            return REMOVED
        return CHANGED

    @property
    def is_changed(self):
        return self.status != UNCHANGED


@dataclass
class FactChange:
    label: str
    diff: str = ""
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)


def pair_blocks(old_blocks, new_blocks):
    """Map new block index -> old block index, by id first and then by similar text."""
    old_index_by_id = {block.id: i for i, block in enumerate(old_blocks) if block.id}
    pairs = {}
    for j, block in enumerate(new_blocks):
        if block.id in old_index_by_id:
            pairs[j] = old_index_by_id.pop(block.id)
    free_old = [i for i in range(len(old_blocks)) if i not in pairs.values()]
    for j, block in enumerate(new_blocks):
        if j in pairs:
            continue
        candidates = [i for i in free_old if old_blocks[i].block_type == block.block_type]
        scored = [(similarity(block_text(old_blocks[i]), block_text(block)), i) for i in candidates]
        best = max(scored, default=(0, None))
        if best[0] >= PAIRING_THRESHOLD:
            pairs[j] = best[1]
            free_old.remove(best[1])
    return pairs


def moved_positions(pairs):
    """New indices of paired blocks that left the relative order (outside the longest kept order)."""
    ordered = sorted(pairs)
    old_order = [pairs[j] for j in ordered]
    # Longest increasing subsequence of the old indices, in O(n log n).
    tails, tails_at, previous = [], [], [None] * len(old_order)
    for k, value in enumerate(old_order):
        position = bisect_left(tails, value)
        if position == len(tails):
            tails.append(value)
            tails_at.append(k)
        else:
            tails[position] = value
            tails_at[position] = k
        previous[k] = tails_at[position - 1] if position else None
    kept = set()
    k = tails_at[-1] if tails_at else None
    while k is not None:
        kept.add(ordered[k])
        k = previous[k]
    return {j for j in ordered if j not in kept}


def compare_stream(old_stream, new_stream):
    old_blocks, new_blocks = list(old_stream or []), list(new_stream or [])
    pairs = pair_blocks(old_blocks, new_blocks)
    moved = moved_positions(pairs)
    paired_old = set(pairs.values())
    changes, emitted_old = [], set()

    def removed_before(limit):
        for i in range(limit):
            if i not in paired_old and i not in emitted_old:
                emitted_old.add(i)
                block = old_blocks[i]
                changes.append(
                    BlockChange(
                        REMOVED, block.block_type, block.block.label, render_pieces(diff_words(block_text(block), ""))
                    )
                )

    for j, block in enumerate(new_blocks):
        if j in pairs:
            i = pairs[j]
            removed_before(i)
            old_text, new_text = block_text(old_blocks[i]), block_text(block)
            status = UNCHANGED if old_text == new_text else CHANGED
            changes.append(
                BlockChange(
                    status,
                    block.block_type,
                    block.block.label,
                    render_pieces(diff_words(old_text, new_text)),
                    moved=j in moved,
                )
            )
        else:
            changes.append(
                BlockChange(
                    ADDED, block.block_type, block.block.label, render_pieces(diff_words("", block_text(block)))
                )
            )
    removed_before(len(old_blocks))
    return changes


def compare_facts(old_page, new_page, old_facts, new_facts):
    changes = []
    for name, label in TEXT_FACTS:
        before, after = getattr(old_page, name) or "", getattr(new_page, name) or ""
        if before != after:
            changes.append(FactChange(label, diff=render_pieces(diff_words(before, after))))
    if old_facts.get("stage_label") != new_facts.get("stage_label"):
        changes.append(
            FactChange(
                _("Development stage"),
                diff=render_pieces(diff_words(old_facts.get("stage_label", ""), new_facts.get("stage_label", ""))),
            )
        )
    if old_facts.get("project") != new_facts.get("project"):
        changes.append(
            FactChange(
                _("Project"),
                diff=render_pieces(diff_words(old_facts.get("project") or "", new_facts.get("project") or "")),
            )
        )
    for name, label in LIST_FACTS:
        before, after = set(old_facts.get(name, [])), set(new_facts.get(name, []))
        if before != after:
            changes.append(FactChange(label, added=sorted(after - before), removed=sorted(before - after)))
    return changes


@dataclass
class Comparison:
    old: object
    new: object
    facts: list
    sections: list

    @property
    def changed_sections(self):
        return [section for section in self.sections if section.is_changed]

    @property
    def unchanged_sections(self):
        return [section for section in self.sections if not section.is_changed]


def compare_versions(old_version, new_version, page=None):
    old_page, new_page = old_version.get_page_object(page), new_version.get_page_object(page)
    sections = []
    for section in SECTIONS:
        old_stream, new_stream = getattr(old_page, section.key), getattr(new_page, section.key)
        if not old_stream and not new_stream:
            continue
        sections.append(SectionChange(section, compare_stream(old_stream, new_stream)))
    facts = compare_facts(old_page, new_page, old_version.localized_facts, new_version.localized_facts)
    return Comparison(old_version, new_version, facts, sections)
