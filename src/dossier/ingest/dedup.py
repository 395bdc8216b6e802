"""Near-duplicate documents: Jaccard similarity of word 5-shingle sets, against a window of recent documents.

Exact duplicates already share an id (the hash of the normalised text). Near-duplicates (the same article
with another header, or a few words changed) get `duplicate_of` = the id of the first one seen.
Candidates come from an inverted index over a fixed sample of each document's shingles (those whose hash
is 0 mod 4), so each new document is compared exactly only with the few that share sampled shingles.
No MinHash library is needed at these sizes; the comparison is exact Jaccard.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable

from dossier.model import Document

SHINGLE_WORDS = 5
THRESHOLD = 0.7  # Jaccard of shingle sets at or above which two texts are the same article
WINDOW = 20000  # documents remembered
_SAMPLE_MOD = 4
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the lower-cased word n-grams of the text (the whole text as one n-gram when shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + size]).encode()) for i in range(len(words) - size + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _packed(hashes: set[int]):
    """The shingle hashes as a sorted array of unsigned 32-bit integers (crc32 values)."""
    import numpy as np

    return np.fromiter(sorted(hashes), dtype=np.uint32, count=len(hashes))


def _packed_jaccard(a, b) -> float:
    import numpy as np

    if not len(a) and not len(b):
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


def _sample(hashes: set[int]) -> set[int]:
    sample = {h for h in hashes if h % _SAMPLE_MOD == 0}
    return sample or set(sorted(hashes)[:_SAMPLE_MOD])


class NearDuplicates:
    """Remembers recent documents and marks each new one that nearly repeats one of them."""

    def __init__(self, threshold: float = THRESHOLD, window: int = WINDOW):
        self.threshold = threshold
        self.window = window
        self._docs: OrderedDict[int, tuple[str, set[int]]] = OrderedDict()
        self._index: dict[int, list[int]] = defaultdict(list)
        self._ids: dict[str, int] = {}
        self._next = 0

    def find(self, text: str) -> str | None:
        """Id of the first remembered document whose shingles overlap this text's by the threshold, or None."""
        hashes = shingles(text)
        return self._find(hashes, _sample(hashes))

    def _find(self, hashes: set[int], sample: set[int]) -> str | None:
        counts = Counter(slot for h in sample for slot in self._index.get(h, ()) if slot in self._docs)
        mine = None
        for slot, shared in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if shared < self.threshold * len(sample) * 0.5:
                break
            doc_id, other = self._docs[slot]
            mine = _packed(hashes) if mine is None else mine
            if _packed_jaccard(mine, other) >= self.threshold:
                return doc_id
        return None

    def mark(self, doc: Document) -> Document:
        """The document, with duplicate_of set when it nearly repeats an earlier one (exact repeats keep their id)."""
        if doc.id in self._ids:
            return doc
        hashes = shingles(doc.text)
        sample = _sample(hashes)
        original = self._find(hashes, sample)
        if original is not None:
            doc = doc.model_copy(update={"duplicate_of": original})
        else:
            self._remember(doc.id, hashes, sample)
        return doc

    def _remember(self, doc_id: str, hashes: set[int], sample: set[int]) -> None:
        slot = self._next
        self._next += 1
        self._docs[slot] = (doc_id, _packed(hashes))  # 4 bytes a shingle instead of a set's ~60
        self._ids[doc_id] = slot
        for h in sample:
            self._index[h].append(slot)
        while len(self._docs) > self.window:
            old, (old_id, _) = self._docs.popitem(last=False)
            self._ids.pop(old_id, None)


def mark_near_duplicates(docs: Iterable[Document], threshold: float = THRESHOLD) -> list[Document]:
    """The documents in order, each near-duplicate pointing (duplicate_of) to the first of its kind."""
    detector = NearDuplicates(threshold=threshold)
    return [detector.mark(doc) for doc in docs]
