"""Near-duplicate documents: Jaccard similarity of word 5-shingle sets, against a window of recent documents.

Exact duplicates already share an id (the hash of the normalised text). Near-duplicates (the same article
with another header, or a few words changed) get `duplicate_of` = the id of the first one seen.
Candidates come from an inverted index over a fixed sample of each document's shingles (those whose hash
is 0 mod 4), so each new document is compared exactly only with the few that share sampled shingles.
No MinHash library is needed at these sizes; the comparison is exact Jaccard. The index (`_Postings`) is held
as sorted numpy columns and forgets the documents that leave the window, so that its memory is bounded by the
window, not by the corpus (a dict of Python lists that kept every posting: ~9 kB a document, 93 MB at 10,000).
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict, defaultdict
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


class _Postings:
    """Which remembered documents (slots, numbered in the order remembered) hold each sampled shingle hash: sorted
    numpy columns (hash, slot), with the latest postings in a small dict until `fold` of them have come; folding
    drops the postings of slots below the first one still remembered (those that left the window)."""

    def __init__(self, fold: int = 1 << 16):
        import numpy as np

        self.fold = fold
        self._hashes = np.empty(0, dtype=np.uint32)
        self._slots = np.empty(0, dtype=np.int64)
        self._recent: dict[int, list[int]] = defaultdict(list)
        self._pending = 0

    def __len__(self) -> int:
        return len(self._hashes) + self._pending

    def add(self, slot: int, sample: set[int], first: int) -> None:
        """Index `slot` under each hash of `sample`; `first`: the first slot still remembered."""
        for h in sample:
            self._recent[h].append(slot)
        self._pending += len(sample)
        if self._pending >= self.fold:
            self._fold(first)

    def _fold(self, first: int) -> None:
        import numpy as np

        keep = self._slots >= first
        hashes = [self._hashes[keep], np.fromiter((h for h, s in self._recent.items() for _ in s), dtype=np.uint32,
                                                  count=self._pending)]
        slots = [self._slots[keep], np.fromiter((x for s in self._recent.values() for x in s), dtype=np.int64,
                                                count=self._pending)]
        hashes, slots = np.concatenate(hashes), np.concatenate(slots)
        order = np.argsort(hashes, kind="stable")
        live = slots[order] >= first
        self._hashes, self._slots = hashes[order][live], slots[order][live]
        self._recent, self._pending = defaultdict(list), 0

    def shared(self, sample: set[int], first: int) -> list[tuple[int, int]]:
        """(slot, sampled hashes it shares with `sample`) of every remembered slot sharing any, most shared
        first, then by slot."""
        import numpy as np

        counts: dict[int, int] = {}
        if len(self._hashes) and sample:
            wanted = np.fromiter(sample, dtype=np.uint32, count=len(sample))
            lo = np.searchsorted(self._hashes, wanted, side="left")
            hi = np.searchsorted(self._hashes, wanted, side="right")
            n = hi - lo
            total = int(n.sum())
            if total:  # the postings of every wanted hash: its run of the columns, runs laid end to end
                found = self._slots[np.repeat(lo - np.cumsum(n) + n, n) + np.arange(total)]
                slots, shared = np.unique(found[found >= first], return_counts=True)
                counts = dict(zip(slots.tolist(), shared.tolist()))
        for h in sample:
            for slot in self._recent.get(h, ()):
                if slot >= first:
                    counts[slot] = counts.get(slot, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


class NearDuplicates:
    """Remembers recent documents and marks each new one that nearly repeats one of them."""

    def __init__(self, threshold: float = THRESHOLD, window: int = WINDOW):
        self.threshold = threshold
        self.window = window
        self._docs: OrderedDict[int, tuple[str, object]] = OrderedDict()  # slot: (id, packed shingles)
        self._index = _Postings()
        self._ids: dict[str, int] = {}
        self._next = 0

    def find(self, text: str) -> str | None:
        """Id of the first remembered document whose shingles overlap this text's by the threshold, or None."""
        hashes = shingles(text)
        return self._find(hashes, _sample(hashes))

    def _find(self, hashes: set[int], sample: set[int]) -> str | None:
        mine = None
        for slot, shared in self._index.shared(sample, self._first()):
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
        while len(self._docs) > self.window:
            old, (old_id, _) = self._docs.popitem(last=False)
            self._ids.pop(old_id, None)
        self._index.add(slot, sample, self._first())

    def _first(self) -> int:
        """The first slot still remembered (slots leave the window in the order they came)."""
        return next(iter(self._docs), self._next)


def mark_near_duplicates(docs: Iterable[Document], threshold: float = THRESHOLD) -> list[Document]:
    """The documents in order, each near-duplicate pointing (duplicate_of) to the first of its kind."""
    detector = NearDuplicates(threshold=threshold)
    return [detector.mark(doc) for doc in docs]
