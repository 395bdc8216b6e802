"""The trigger matcher's word tables read from the start-up cache are the ones it builds, on the caller's entries."""

from __future__ import annotations

import pytest
import spacy

from dossier.events.matching import TriggerMatcher
from dossier.events.patterns import Entry, entry_inputs, load_entries


def _entries() -> list[Entry]:
    return [
        Entry(key="a", type="ASSAULT", pos="verb", lemmas=("shell",), mode="a", cameo="190"),
        Entry(key="b", type="CONSULT", pos="noun", lemmas=("peace talk", "cease-fire"), mode="b", cameo="040"),
        Entry(key="c", type="DEMAND", pos="verb", lemmas=("call",), mode="c", cameo="100", prep=("for",),
              object=("talks",)),
        Entry(key="d", type="NONE", pos="verb", lemmas=("call",), mode="none", cameo="---", converted=True),
    ]


def _tables(m: TriggerMatcher):
    return (dict(m.by_word), m.candidates, {k: vars(v) for k, v in m.needed.items()}, dict(m.after), m.hand_words,
            m.single_ids, m.contexts, m.gated_by, m.ungated)


@pytest.fixture
def vocab():
    return spacy.blank("en").vocab


def test_tables_read_back_are_the_built_ones_on_the_same_entry_objects(vocab, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    entries = _entries()
    built = TriggerMatcher(vocab, entries)
    written = TriggerMatcher(vocab, entries, cached_from=["one"])
    assert len(list(tmp_path.glob("event-matcher-*.pickle"))) == 1
    read = TriggerMatcher(vocab, entries, cached_from=["one"])
    for m in (written, read):
        assert _tables(m) == _tables(built)
        assert all(a is b for k in built.by_word for a, b in zip(m.by_word[k], built.by_word[k]))
        assert all(a[0] is b[0] for k in built.candidates for a, b in zip(m.candidates[k], built.candidates[k]))
    assert read.by_word[("noun", "talk")][0] is entries[1]
    assert read.by_word.get(("verb", "missing")) is None


def test_other_entries_under_other_inputs_are_built_anew(vocab, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    TriggerMatcher(vocab, _entries(), cached_from=["one"])
    fewer = _entries()[:1]
    other = TriggerMatcher(vocab, fewer, cached_from=["two"])
    assert list(other.by_word) == [("verb", "shell")] and other.by_word[("verb", "shell")][0] is fewer[0]


def test_entries_unlike_the_cached_ones_get_tables_of_their_own(vocab, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    TriggerMatcher(vocab, _entries(), cached_from=["one"])
    fewer = _entries()[1:]
    m = TriggerMatcher(vocab, fewer, cached_from=["one"])  # the same inputs named, other entries given
    assert _tables(m) == _tables(TriggerMatcher(vocab, fewer))
    assert ("verb", "shell") not in m.by_word and m.by_word[("noun", "talk")][0] is fewer[0]


def test_caching_off_builds_the_same(vocab, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", "off")
    entries = _entries()
    assert _tables(TriggerMatcher(vocab, entries, cached_from=["one"])) == _tables(TriggerMatcher(vocab, entries))


def test_given_contexts_are_used_and_not_cached(vocab, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    m = TriggerMatcher(vocab, _entries(), contexts=[], cached_from=["one"])
    assert m.contexts == [] and not list(tmp_path.glob("*.pickle"))


def test_shipped_entries_match_the_same_words_from_the_cache(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    entries = load_entries(())
    built = TriggerMatcher(nlp.vocab, entries)
    TriggerMatcher(nlp.vocab, entries, cached_from=entry_inputs(()))
    read = TriggerMatcher(nlp.vocab, entries, cached_from=entry_inputs(()))
    assert _tables(read) == _tables(built)
    doc = nlp("Rebels shelled the town on Monday, and the envoys called for peace talks and a cease-fire.")
    found = [(t.i, e) for t, e in built(doc)]
    assert found and [(t.i, e) for t, e in read(doc)] == found
