"""An "-ing" word the tagger reads as a noun but the parser makes the head of an adverbial clause with an object
("Opening Monday's debate, the minister accused…", with "Opening" tagged NN) is the present participle of the doer's
circumstance, as a participle tagged VBG is: the gathering it names dates the act. The parse is written out here,
as the tagger gives it only in some contexts."""

import spacy
from spacy.tokens import Doc

from dossier.events.dates import _circumstance, _present_participle, _verb_lemmas

VOCAB = spacy.blank("en").vocab
WORDS = ["Opening", "Monday", "'s", "debate", ",", "the", "minister", "accused", "Chad", "."]
HEADS = [7, 3, 1, 0, 7, 6, 7, 7, 7, 7]
DEPS = ["advcl", "poss", "case", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]


def _doc(tag: str, pos: str) -> Doc:
    tags = [tag, "NNP", "POS", "NN", ",", "DT", "NN", "VBD", "NNP", "."]
    poses = [pos, "PROPN", "PART", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    return Doc(VOCAB, words=WORDS, tags=tags, pos=poses, deps=DEPS, heads=HEADS)


def test_an_ing_noun_heading_a_clause_with_an_object_is_a_participle():
    doc = _doc("NN", "NOUN")
    assert _present_participle(doc[0])
    assert _circumstance(doc[0], {7})  # on the act "accused"
    assert "open" in _verb_lemmas(doc[0])


def test_a_tagged_participle_stays_one():
    doc = _doc("VBG", "VERB")
    assert _present_participle(doc[0]) and _circumstance(doc[0], {7})


def test_an_ing_noun_with_no_object_is_no_participle():
    doc = Doc(VOCAB, words=["The", "opening", "was", "late", "."], tags=["DT", "NN", "VBD", "JJ", "."],
              pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT"], deps=["det", "nsubj", "ROOT", "acomp", "punct"],
              heads=[1, 2, 2, 2, 2])
    assert not _present_participle(doc[1])
