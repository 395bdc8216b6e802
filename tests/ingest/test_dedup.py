"""The near-duplicate index: the same marks however its postings are held, and a memory bounded by the window."""

from dossier.ingest.dedup import NearDuplicates, _sample, shingles
from dossier.ingest.document import make_document
from tests.stories import make_stories


def _stream(n: int, seed: int) -> list:
    """n made-up stories, each fifth followed by a copy with a header added and a word changed, and one copy of
    the first story after all of them (by then it has left a window smaller than n)."""
    stories = make_stories(n, seed=seed)
    docs = []
    for i, text in enumerate(stories):
        docs.append(make_document(f"s{i}", text))
        if i % 5 == 2:
            docs.append(make_document(f"c{i}", "UPDATED: " + text.replace(" on ", " on the ", 1)))
    return docs + [make_document("late", "CORRECTED: " + stories[0])]


def _marks(docs: list, **postings) -> list:
    detector = NearDuplicates(window=30)
    detector._index.fold = postings.get("fold", detector._index.fold)
    return [d.duplicate_of for d in map(detector.mark, docs)]


def test_folded_and_recent_postings_mark_alike():
    docs = _stream(80, seed=5)
    kept_recent = _marks(docs, fold=10**9)  # every posting in the dict, never folded
    folded = _marks(docs, fold=7)  # folded into the sorted columns every few documents
    assert folded == kept_recent
    assert sum(m is not None for m in folded) == 16  # each planted copy, pointing to its story
    story = {d.source: d.id for d in docs}
    assert all(m == story["s" + d.source[1:]] for d, m in zip(docs, folded) if m)


def test_a_copy_of_a_story_that_left_the_window_is_not_marked():
    docs = _stream(80, seed=5)
    assert _marks(docs, fold=7)[-1] is None
    assert NearDuplicates(window=1000).mark(docs[0]).duplicate_of is None  # must-not: a first story


def test_the_postings_held_are_those_of_the_window():
    detector = NearDuplicates(window=20)
    detector._index.fold = 50
    docs = [make_document(f"s{i}", t) for i, t in enumerate(make_stories(200, seed=9))]
    for doc in docs:
        detector.mark(doc)
    by_id = {d.id: d for d in docs}
    remembered = [by_id[doc_id] for doc_id, _ in detector._docs.values()]
    window = sum(len(_sample(shingles(d.text))) for d in remembered)
    assert len(detector._docs) == 20
    assert window <= len(detector._index) <= window + detector._index.fold  # not the 200 stories' postings
