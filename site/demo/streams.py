"""Builders for StreamField content, and the stable block ids that feedback anchors to."""

import copy
import uuid
from html import escape

# Fixed for good: feedback and version comparison point at block ids, so the demo content must
# get the same ids on every run and on every machine.
BLOCK_ID_NAMESPACE = uuid.UUID("6f1c2a5e-3b7d-4c1e-9a8f-2d5b7e9c0a14")

# Blocks whose value holds a ListBlock: its items need ids of their own.
LIST_FIELDS = {"process": "steps", "checklist": "items"}


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def build_stream(owner, section, blocks):
    """The raw StreamField value of `blocks`, with ids derived from owner, section and position.

    A block marked with `keep()` takes its id from the key it was given instead of its position,
    and so do its list items: an earlier version of a model names the positions its blocks have
    in the current version, so a block that continues from one version to the next keeps its id.
    """
    stream = []
    for index, block in enumerate(blocks):
        key = block.get("key", index)
        value = copy.deepcopy(block["value"])
        list_field = LIST_FIELDS.get(block["type"])
        if list_field:
            items = value[list_field]
            item_keys = block.get("item_keys") or range(len(items))
            if len(item_keys) != len(items):
                raise ValueError(f"{owner}/{section}/{key}: {len(items)} items but {len(item_keys)} item keys")
            value[list_field] = [
                {"type": "item", "value": item, "id": block_id(owner, section, key, list_field, item_key)}
                for item_key, item in zip(item_keys, items, strict=True)
            ]
        stream.append({"type": block["type"], "value": value, "id": block_id(owner, section, key)})
    ids = [entry["id"] for entry in stream]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{owner}/{section}: two blocks share a key")
    return stream


def keep(key, block, item_keys=None):
    """`block` as it was in an earlier version: the block at position `key` of the current version.

    `item_keys` does the same for the items of a process or checklist: the current positions of
    the earlier items, so an edited step keeps its id and a step added later gets a new one. A
    block or item that the current version no longer has is given a key of its own, e.g. "v1-…".
    """
    marked = {**block, "key": key}
    if item_keys is not None:
        marked["item_keys"] = list(item_keys)
    return marked


def _text(text):
    return escape(text, quote=False)


def p(*paragraphs):
    """One text block of one or more paragraphs."""
    return {"type": "paragraph", "value": "".join(f"<p>{_text(text)}</p>" for text in paragraphs)}


def bullets(items, intro=None, ordered=False):
    """A list, optionally led by a paragraph; items may be (bold label, text) pairs."""
    tag = "ol" if ordered else "ul"
    rows = []
    for item in items:
        if isinstance(item, tuple):
            label, text = item
            rows.append(f"<li><b>{_text(label)}</b> {_text(text)}</li>")
        else:
            rows.append(f"<li>{_text(item)}</li>")
    lead = f"<p>{_text(intro)}</p>" if intro else ""
    return {"type": "paragraph", "value": f"{lead}<{tag}>{''.join(rows)}</{tag}>"}


def heading(text, level="h4"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def process(title, steps):
    """Numbered steps; each step is (title, description) or (title, description, responsible)."""
    rows = []
    for step in steps:
        title_, description, responsible = (*step, "")[:3]
        rows.append(
            {
                "title": title_,
                "description": f"<p>{_text(description)}</p>" if description else "",
                "responsible": responsible,
            }
        )
    return {"type": "process", "value": {"title": title, "steps": rows}}


def checklist(title, items, intro="", two_columns=True, worker_column="Työntekijä", family_column="Nuori / perhe"):
    return {
        "type": "checklist",
        "value": {
            "title": title,
            "intro": intro,
            "two_columns": two_columns,
            "worker_column": worker_column,
            "family_column": family_column,
            "items": [{"text": text} for text in items],
        },
    }


def quote(text, attribution):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def link(url, title, description=""):
    return {"type": "link", "value": {"url": url, "title": title, "description": description}}
