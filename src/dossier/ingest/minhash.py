"""Near-duplicates with MinHash LSH (datasketch): the same job as `dedup.NearDuplicates`, for large corpora.

Each text's word 5-shingles (the same hashes as `dedup.shingles`) go into a MinHash of NUM_PERM permutations;
an LSH index tuned to the Jaccard threshold proposes candidates, and the exact Jaccard of the shingle sets
confirms them, so a proposal never marks a document on its own. Documents beyond the window are forgotten.
"""

from __future__ import annotations

from collections import OrderedDict

from dossier.ingest.dedup import THRESHOLD, WINDOW, jaccard, shingles
from dossier.model import Document

NUM_PERM = 64
SEED = 1  # fixed: the same text always gets the same signature


class MinHashDuplicates:
    """Remembers recent documents and marks each new one that nearly repeats one of them."""

    def __init__(self, threshold: float = THRESHOLD, window: int = WINDOW, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.window = window
        self.num_perm = num_perm
        # the LSH threshold a little below the decision's, so that borderline pairs are proposed and then checked
        self._lsh = MinHashLSH(threshold=max(0.1, threshold - 0.15), num_perm=num_perm)
        self._docs: OrderedDict[str, set[int]] = OrderedDict()

    def _signature(self, hashes: set[int]):
        from datasketch import MinHash

        sig = MinHash(num_perm=self.num_perm, seed=SEED, hashfunc=_already_hashed)
        if hashes:
            sig.update_batch(list(hashes))
        return sig

    def mark(self, doc: Document) -> Document:
        """The document, with duplicate_of set when it nearly repeats an earlier one (exact repeats keep their id)."""
        if doc.id in self._docs:
            return doc
        hashes = shingles(doc.text)
        sig = self._signature(hashes)
        best, best_score = None, 0.0
        for other in self._lsh.query(sig):
            score = jaccard(hashes, self._docs[other])
            if score >= self.threshold and (score > best_score or (score == best_score and other < best)):
                best, best_score = other, score
        if best is not None:
            return doc.model_copy(update={"duplicate_of": best})
        self._lsh.insert(doc.id, sig)
        self._docs[doc.id] = hashes
        while len(self._docs) > self.window:
            old, _ = self._docs.popitem(last=False)
            self._lsh.remove(old)
        return doc


def _already_hashed(value: int) -> int:
    """The shingles are 32-bit hashes already (crc32): MinHash permutes them as they are."""
    return value
