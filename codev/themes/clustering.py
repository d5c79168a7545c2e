"""Grouping analysed posts by content: TF-IDF of stems and of character n-grams, reduced, then cut from one tree.

Stems make inflected forms meet; character n-grams of the stems make compounds meet their parts
("muistilista", "tarkistuslista"). Average-linkage clustering on cosine distance is deterministic, and the
number of themes is the cut of the tree whose silhouette is best. Everything runs in this process.
"""

from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import hstack
from scipy.spatial.distance import pdist, squareform
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

# Fewer posts than this are not grouped: the page says so instead of inventing themes.
MIN_POSTS_TO_GROUP = 6
MAX_THEMES = 15
# At most one theme per this many posts: silhouettes of small sets otherwise favour pairs.
POSTS_PER_THEME = 3
# A cluster of one post is not a theme: it stays "not yet themed".
MIN_THEME_SIZE = 2
CHAR_NGRAMS = (4, 5)
# Enough n-grams to carry the meaning of thousands of posts; more only slow the reduction down.
MAX_NGRAMS = 8000
# Silhouettes of large sets are estimated on a fixed sample: the same sample for the same input.
SILHOUETTE_SAMPLE = 1000


def _identity(tokens):
    return tokens


@dataclass
class Vectors:
    """The posts as unit vectors in a reduced space, and the weights of each stem for naming."""

    reduced: np.ndarray
    weights: object
    vocabulary: list


def vectorise(analysed):
    word_vectoriser = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
    words = word_vectoriser.fit_transform([item.stems or ["\u2205"] for item in analysed])
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, min_df=2, max_features=MAX_NGRAMS
    )
    try:
        ngrams = chars.fit_transform([" ".join(item.words) for item in analysed])
        combined = normalize(hstack([words, ngrams]).tocsr())
    except ValueError:
        # Too few repeated n-grams in a tiny set: the stems alone carry it.
        combined = words
    dimensions = min(max(len(analysed) // 12, 8), 40, combined.shape[1] - 1, len(analysed) - 1)
    if dimensions >= 2:
        reduced = TruncatedSVD(dimensions, random_state=0).fit_transform(combined)
    else:
        reduced = combined.toarray()
    return Vectors(normalize(reduced), words, word_vectoriser.get_feature_names_out().tolist())


def cluster(reduced):
    """A label per post (0, 1, …), numbered by first appearance; -1 for posts left alone."""
    count = len(reduced)
    distances = np.nan_to_num(pdist(reduced, metric="cosine"), nan=1.0)
    tree = linkage(distances, method="average")
    square = squareform(distances)
    best = None
    for k in range(2, min(MAX_THEMES, count - 1, max(2, count // POSTS_PER_THEME)) + 1):
        labels = fcluster(tree, k, criterion="maxclust")
        if len(set(labels)) < 2:
            continue
        score = silhouette_score(
            square, labels, metric="precomputed", sample_size=min(count, SILHOUETTE_SAMPLE), random_state=0
        )
        if best is None or score > best[0] + 1e-9:
            best = (score, labels)
    labels = best[1] if best else np.ones(count, dtype=int)
    return renumber(labels)


def renumber(labels):
    sizes = {}
    for label in labels:
        sizes[label] = sizes.get(label, 0) + 1
    numbers, result = {}, []
    for label in labels:
        if sizes[label] < MIN_THEME_SIZE:
            result.append(-1)
            continue
        result.append(numbers.setdefault(label, len(numbers)))
    return result
