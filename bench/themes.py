"""Themes: agreement with the labelled evaluation set (ARI, purity per theme) and the time of grouping and of
similar-post suggestions. `python -m bench --themes-only` runs just this part."""

import csv
import os
import random
import statistics
import time
from collections import Counter
from pathlib import Path

EVALUATION = Path(__file__).resolve().parents[1] / "codev" / "themes" / "data" / "evaluation.tsv"
LARGE_SET = 3000
BOARD_SIZE = 300
SUGGESTION_RUNS = 30
ARI_TARGET = 0.5
GROUPING_TARGET_S = 2.0
SUGGESTION_TARGET_MS = 100


def labelled(language):
    with EVALUATION.open(encoding="utf-8") as source:
        return [row for row in csv.DictReader(source, delimiter="\t") if row["lang"] == language]


def timed(function, *args):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def purity_rows(rows, suggestion):
    """Per labelled theme: where most of its posts went, what share of them, and how pure that theme is."""
    found = {}
    for number, theme in enumerate(suggestion.themes):
        for index in theme.members:
            found[index] = number
    table = []
    for label in sorted({row["theme"] for row in rows}):
        members = [index for index, row in enumerate(rows) if row["theme"] == label]
        placed = Counter(found.get(index, -1) for index in members)
        number, count = max(placed.items(), key=lambda item: (item[1], -item[0]))
        if number < 0:
            table.append((label, len(members), "(not themed)", count / len(members), 0.0))
            continue
        theme = suggestion.themes[number]
        same = sum(1 for index in theme.members if rows[index]["theme"] == label)
        table.append((label, len(members), theme.name, count / len(members), same / len(theme.members)))
    return table


def varied(texts, count, seed=0):
    """`count` posts made from the labelled ones, each with a few words dropped, so none repeats exactly."""
    chooser = random.Random(seed)
    made = []
    while len(made) < count:
        words = chooser.choice(texts).split()
        kept = [word for word in words if chooser.random() > 0.15] or words
        made.append(" ".join(kept))
    return made


def print_themes():
    from sklearn.metrics import adjusted_rand_score

    from codev.themes.grouping import labels_of, suggest
    from codev.themes.similar import similar

    print("Themes: agreement with the labelled set (codev/themes/data/evaluation.tsv)")
    for language in ("fi", "sv"):
        rows = labelled(language)
        suggestion, wall, cpu = timed(suggest, [row["text"] for row in rows])
        ari = adjusted_rand_score([row["theme"] for row in rows], labels_of(suggestion, len(rows)))
        verdict = (
            "" if language != "fi" else ("  (target ≥ 0.5: met)" if ari >= ARI_TARGET else "  (target ≥ 0.5: MISSED)")
        )
        print(
            f"  {language}: {len(rows)} posts in {len({row['theme'] for row in rows})} labelled themes → "
            f"{len(suggestion.themes)} themes, {len(suggestion.unthemed)} not themed; ARI {ari:.3f}{verdict}; "
            f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU"
        )
        print(f"    {'labelled theme':<14} {'posts':>5}  {'share':>5}  {'purity':>6}  most of them in")
        for label, size, name, share, purity in purity_rows(rows, suggestion):
            print(f"    {label:<14} {size:>5}  {share:>5.0%}  {purity:>6.0%}  {name}")

    texts = [row["text"] for language in ("fi", "sv") for row in labelled(language)]
    large = varied(texts, LARGE_SET)
    suggestion, wall, cpu = timed(suggest, large)
    verdict = "met" if wall <= GROUPING_TARGET_S else "MISSED"
    print(
        f"\n  Themes of {LARGE_SET} posts: {wall:.2f} s wall, {cpu:.2f} s CPU, {len(suggestion.themes)} themes "
        f"(target ≤ {GROUPING_TARGET_S:.0f} s wall: {verdict})"
    )

    board = varied(texts, BOARD_SIZE, seed=1)
    drafts = varied(texts, SUGGESTION_RUNS, seed=2)
    similar(drafts[0], board)  # warm-up: imports and the stemmers' first use
    walls, cpus = [], []
    for draft in drafts:
        _found, wall, cpu = timed(similar, draft, board)
        walls.append(wall * 1000)
        cpus.append(cpu * 1000)
    verdict = "met" if statistics.median(walls) <= SUGGESTION_TARGET_MS else "MISSED"
    print(
        f"  Similar posts on a board of {BOARD_SIZE} posts: median {statistics.median(walls):.0f} ms wall, "
        f"{statistics.median(cpus):.0f} ms CPU, slowest {max(walls):.0f} ms, over {SUGGESTION_RUNS} drafts "
        f"(target ≤ {SUGGESTION_TARGET_MS} ms: {verdict})"
    )
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(f"  Load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} CPUs")
