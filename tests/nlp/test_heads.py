"""Climbing a parse from a word to the words it hangs on (nlp/heads.py), on a Doc built by hand."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.nlp.heads import reaches


def _doc() -> Doc:
    # "Deputy Energy Minister Ruiz met them": Deputy -> Minister, Energy -> Minister, Minister -> Ruiz, Ruiz -> met
    words = ["Deputy", "Energy", "Minister", "Ruiz", "met", "them"]
    return Doc(Vocab(), words=words, heads=[2, 2, 3, 4, 4, 4],
               deps=["compound", "compound", "compound", "nsubj", "ROOT", "dobj"])


def test_a_word_reaches_a_target_through_the_links_given():
    doc = _doc()
    assert reaches(doc[0], {"compound"}, {3}, 6)
    assert reaches(doc[0], {"compound"}, {2}, 1)


def test_the_climb_stops_at_another_link_at_the_root_and_after_its_steps():
    doc = _doc()
    assert not reaches(doc[0], {"compound"}, {4}, 6)  # "nsubj" is no link given
    assert not reaches(doc[0], {"compound"}, {3}, 1)  # two steps needed
    assert not reaches(doc[4], {"ROOT"}, {4}, 3)  # the root hangs on nothing
    assert not reaches(doc[5], {"dobj"}, {0}, 3)
