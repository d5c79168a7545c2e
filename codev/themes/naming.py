"""Suggested names of themes: the cluster's most characteristic stems, each shown as the word people wrote most."""

from collections import Counter

import numpy as np

NAME_WORDS = 3


def surface_forms(analysed):
    """For each stem, how often each written form of it occurs across the posts."""
    forms = {}
    for item in analysed:
        for (stem, word), count in item.surfaces.items():
            forms.setdefault(stem, Counter())[word] += count
    return forms


def characteristic_stems(weights, vocabulary, members, forms, count=NAME_WORDS):
    """Stems weighing most in the cluster's posts compared with all posts; ties go alphabetically, so it is stable.

    Only stems someone wrote as a word name a theme: a compound's head alone ("lista" of "muistilista") does not.
    """
    inside = np.asarray(weights[members].mean(axis=0)).ravel()
    overall = np.asarray(weights.mean(axis=0)).ravel()
    score = inside - 0.5 * overall
    candidates = [index for index in range(len(vocabulary)) if inside[index] > 0 and vocabulary[index] in forms]
    candidates.sort(key=lambda index: (-round(float(score[index]), 9), vocabulary[index]))
    return [vocabulary[index] for index in candidates[:count]]


def readable(stem, forms):
    """The written form people used most for the stem; the shortest on a tie, then alphabetical."""
    counted = forms.get(stem)
    if not counted:
        return stem
    return min(counted.items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]


def suggested_name(weights, vocabulary, members, forms):
    words = []
    for stem in characteristic_stems(weights, vocabulary, members, forms):
        word = readable(stem, forms)
        if word not in words:
            words.append(word)
    return ", ".join(words).capitalize()
