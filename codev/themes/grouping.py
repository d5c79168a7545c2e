"""Suggested themes of a set of texts: analyse, vectorise, cluster and name, the same way for the same input."""

from dataclasses import dataclass, field

import numpy as np
from threadpoolctl import threadpool_limits

from codev.themes.clustering import MIN_POSTS_TO_GROUP, cluster, vectorise
from codev.themes.naming import suggested_name, surface_forms
from codev.themes.text import analyse


@dataclass
class SuggestedTheme:
    name: str
    members: list  # indices into the input, in input order


@dataclass
class Suggestion:
    too_few: bool
    themes: list = field(default_factory=list)
    unthemed: list = field(default_factory=list)


def suggest(texts, languages=None):
    """Themes of `texts` (plain text); `languages` gives each text's language, or None to detect it.

    The caller orders the texts (e.g. by post id): the same texts in the same order give the same themes.
    """
    if len(texts) < MIN_POSTS_TO_GROUP:
        return Suggestion(too_few=True, unthemed=list(range(len(texts))))
    languages = languages or [None] * len(texts)
    analysed = [analyse(text, language) for text, language in zip(texts, languages, strict=True)]
    # One thread for the linear algebra: several web processes share the cores, and threads fighting
    # over them made grouping several times slower.
    with threadpool_limits(limits=1):
        vectors = vectorise(analysed)
        labels = cluster(vectors.reduced)
    forms = surface_forms(analysed)
    by_label = {}
    unthemed = []
    for index, label in enumerate(labels):
        if label < 0:
            unthemed.append(index)
        else:
            by_label.setdefault(label, []).append(index)
    themes = [
        SuggestedTheme(suggested_name(vectors.weights, vectors.vocabulary, members, forms), members)
        for _label, members in sorted(by_label.items())
    ]
    themes.sort(key=lambda theme: (-len(theme.members), theme.members[0]))
    return Suggestion(too_few=False, themes=themes, unthemed=unthemed)


def labels_of(suggestion, count):
    """One label per text, for comparing with a labelled set; unthemed texts each count as their own group."""
    labels = [-(index + 1) for index in range(count)]
    for number, theme in enumerate(suggestion.themes):
        for index in theme.members:
            labels[index] = number
    return labels


# Below this cosine similarity a new post is not suggested into a theme: it stays "not yet themed".
PLACEMENT_THRESHOLD = 0.3


def nearest_themes(texts, labels):
    """For each text whose label is None, the label of the nearest theme (by the themes' centroids), or None."""
    if not texts or all(label is None for label in labels) or all(label is not None for label in labels):
        return [None] * len(texts)
    vectors = vectorise([analyse(text) for text in texts]).reduced
    centroids = {}
    for vector, label in zip(vectors, labels, strict=True):
        if label is not None:
            centroids.setdefault(label, []).append(vector)
    names = sorted(centroids)
    matrix = normalize_rows([sum(centroids[name]) for name in names])
    found = []
    for vector, label in zip(vectors, labels, strict=True):
        if label is not None:
            found.append(None)
            continue
        scores = matrix @ vector
        best = int(scores.argmax())
        found.append(names[best] if scores[best] >= PLACEMENT_THRESHOLD else None)
    return found


def normalize_rows(rows):
    matrix = np.array(rows)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)
