"""Single trigger words are found on the Doc's LEMMA and LOWER ids: the words a PhraseMatcher of one-word Docs finds."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from dossier.events.matching import TriggerMatcher, _WordTables
from dossier.events.patterns import Entry


def _entries() -> list[Entry]:
    return [
        Entry(key="a", type="ASSAULT", pos="verb", lemmas=("shell",), mode="a", cameo="190"),
        Entry(key="b", type="CONSULT", pos="noun", lemmas=("summit", "peace talk"), mode="b", cameo="040"),
        Entry(key="c", type="PROTEST", pos="noun", lemmas=("Boycott",), mode="c", cameo="140"),
    ]


def _phrase_matcher_hits(vocab, doc: Doc) -> set[tuple[int, str]]:
    """What two PhraseMatchers of one-word Docs (the matcher's way before round 44) find of the entries' words."""
    hits = set()
    for attr in ("LEMMA", "LOWER"):
        pm = PhraseMatcher(vocab, attr=attr)
        for pos, words in _WordTables.of(_entries()).single.items():
            pm.add(pos, [Doc(vocab, words=[w], lemmas=[w]) for w in words])
        hits |= {(end - 1, vocab.strings[key]) for key, _, end in pm(doc)}
    return hits


def _doc(vocab, words, lemmas, pos) -> Doc:
    return Doc(vocab, words=words, lemmas=lemmas, pos=pos)


def test_single_words_by_lemma_and_by_written_form_as_a_phrase_matcher_finds_them():
    vocab = spacy.blank("en").vocab
    matcher = TriggerMatcher(vocab, _entries())
    docs = [  # a lemma ("shelled"), a written form in capitals ("BOYCOTT"), a word of no entry ("talks")
        _doc(vocab, ["Rebels", "shelled", "the", "BOYCOTT", "summit"], ["rebel", "shell", "the", "boycott", "summit"],
             ["NOUN", "VERB", "DET", "NOUN", "NOUN"]),
        _doc(vocab, ["The", "Summit", "ended", "without", "talks"], ["the", "summit", "end", "without", "talk"],
             ["DET", "NOUN", "VERB", "ADP", "NOUN"]),
    ]
    for doc in docs:
        found = {(tok.i, pos) for tok, pos in matcher._hits(doc)}
        assert found == {h for h in _phrase_matcher_hits(vocab, doc) if doc[h[0]].pos_ in ("VERB", "NOUN")}
    assert [(t.text, pos) for t, pos in matcher._hits(docs[0])] == [("shelled", "verb"), ("BOYCOTT", "noun"),
                                                                     ("summit", "noun")]
    assert [(t.text, pos) for t, pos in matcher._hits(docs[1])] == [("Summit", "noun")]


def test_a_word_of_another_part_of_speech_is_no_hit():
    vocab = spacy.blank("en").vocab
    matcher = TriggerMatcher(vocab, _entries())
    doc = _doc(vocab, ["They", "summit", "daily"], ["they", "summit", "daily"], ["PRON", "ADV", "ADV"])
    assert matcher._hits(doc) == []
