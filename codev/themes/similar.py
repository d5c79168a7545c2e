"""Posts on a board that say nearly what a member is writing, offered while they write ("agree with this instead?")."""

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from codev.themes.clustering import CHAR_NGRAMS
from codev.themes.text import analyse

# Cosine similarity from which a post counts as saying nearly the same; below it nothing is offered.
SIMILARITY_THRESHOLD = 0.2
MAX_SUGGESTIONS = 3
# A draft shorter than this many content words says too little to compare.
MIN_DRAFT_WORDS = 2


def _identity(tokens):
    return tokens


def similar(draft, candidates, limit=MAX_SUGGESTIONS):
    """Indices of the candidate texts most like the draft, best first, with their scores: [(index, score)]."""
    drafted = analyse(draft)
    if len(set(drafted.stems)) < MIN_DRAFT_WORDS or not candidates:
        return []
    analysed = [drafted, *(analyse(text) for text in candidates)]
    stems = [item.stems or ["\u2205"] for item in analysed]
    matrix = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit_transform(stems)
    try:
        ngrams = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True).fit_transform(
            [" ".join(item.words) for item in analysed]
        )
        matrix = hstack([matrix, ngrams]).tocsr()
    except ValueError:
        pass
    matrix = normalize(matrix)
    scores = np.asarray((matrix[1:] @ matrix[0].T).todense()).ravel()
    order = sorted(range(len(candidates)), key=lambda index: (-scores[index], index))
    return [(index, float(scores[index])) for index in order[:limit] if scores[index] >= SIMILARITY_THRESHOLD]
