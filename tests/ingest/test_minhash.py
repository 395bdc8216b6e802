"""MinHash LSH near-duplicates (kept beside the shingle index, which is faster at 50,000 documents)."""

import pytest

from dossier.ingest.dedup import NearDuplicates
from dossier.ingest.document import make_document
from tests.stories import make_stories

pytest.importorskip("datasketch")
from dossier.ingest.minhash import MinHashDuplicates  # noqa: E402


def test_minhash_marks_what_the_shingle_index_marks():
    stories = make_stories(40, seed=2)
    docs = [make_document(f"s{i}", t) for i, t in enumerate(stories)]
    copies = [make_document(f"c{i}", "UPDATED " + t.replace("according to", "says") + " Corrected.")
              for i, t in enumerate(stories[:10])]
    stream = docs[:20] + copies + docs[20:]
    by_index = [d.duplicate_of for d in map(NearDuplicates().mark, stream)]
    by_minhash = [d.duplicate_of for d in map(MinHashDuplicates().mark, stream)]
    assert by_minhash == by_index
    assert [m for m in by_minhash if m] == [d.id for d in docs[:10]]
