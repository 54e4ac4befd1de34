"""Grouping similar visitor questions (popular questions, knowledge gaps): TF-IDF over word 1–2-grams and
character 3–5-grams within words (accents folded, so spelling variants and inflections meet), cosine
similarity, then greedy groups around the questions with the most neighbours."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.pipeline import FeatureUnion


class TfidfClusterer:
    def cluster(self, texts: Sequence[str], threshold: float) -> list[list[int]]:
        """Groups of indexes (most central first), every text in exactly one group."""
        if not texts:
            return []
        if len(texts) == 1:
            return [[0]]
        features = FeatureUnion([
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), strip_accents="unicode", sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), strip_accents="unicode", sublinear_tf=True)),
        ])
        try:
            matrix = features.fit_transform([t.lower() for t in texts])
        except ValueError:  # nothing but stop characters
            return [[i] for i in range(len(texts))]
        norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A1
        norms[norms == 0] = 1.0
        similar = (matrix @ matrix.T).toarray() / np.outer(norms, norms) >= threshold
        degree = similar.sum(axis=1)
        free = np.ones(len(texts), dtype=bool)
        groups: list[list[int]] = []
        for center in np.argsort(-degree, kind="stable"):
            if not free[center]:
                continue
            members = [int(center)] + [int(j) for j in np.flatnonzero(similar[center] & free) if j != center]
            free[members] = False
            groups.append(members)
        return groups

    def keywords(self, texts: Sequence[str], k: int) -> list[str]:
        """The group's most telling words (stop words and short words left out), for an article title."""
        try:
            vectorizer = TfidfVectorizer(analyzer="word", strip_accents="unicode", stop_words=list(ENGLISH_STOP_WORDS | _CHAT_WORDS),
                                         token_pattern=r"(?u)\b[^\W\d_]{3,}\b")
            matrix = vectorizer.fit_transform([t.lower() for t in texts])
        except ValueError:
            return []
        scores = np.asarray(matrix.sum(axis=0)).ravel()
        terms = vectorizer.get_feature_names_out()
        order = np.argsort(-scores, kind="stable")
        return [str(terms[i]) for i in order[:k] if scores[i] > 0]


_CHAT_WORDS = frozenset({"hello", "hi", "hey", "please", "thanks", "thank", "can", "could", "would", "want", "need", "help", "know",
                         "does", "tell", "question", "just", "like", "get"})
