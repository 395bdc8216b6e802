"""A time standing alone at the end of a verb's object that names a thing ("seized 40 rifles Sunday", "found a cache of
mines Sunday") dates the verb's act, though the parser hangs it on the object; a time in an "of" phrase on a noun of a
stretch of time ("on the night of Oct. 23") dates the clause's act too (events/dates._describes_noun with
_object_thing and _part_of_day; time lexicon `time_of_day_nouns`). Not an object that names an act ("condemned the
attack Sunday": the attack's time), not a noun that is no object ("the minister's remarks Tuesday in Lima angered Chile"),
not a time with words after it in the object's phrase. Parses are built by hand, so the tests do not hang on the
parser's choice."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _describes_noun

VOCAB = English().vocab
_POS = {"VBD": "VERB", "VBN": "VERB", "VB": "VERB", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "IN": "ADP",
        "DT": "DET", "CD": "NUM", "POS": "PART", "JJ": "ADJ"}


def _doc(words, heads, deps, tags, lemmas=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=[_POS[t] for t in tags],
               lemmas=lemmas or [w.lower() for w in words])


def test_a_bare_day_after_a_thing_seized():
    # Police seized 40 rifles Sunday
    doc = _doc(["Police", "seized", "40", "rifles", "Sunday"], [1, 1, 3, 1, 3],
               ["nsubj", "ROOT", "nummod", "dobj", "npadvmod"], ["NNS", "VBD", "CD", "NNS", "NNP"],
               ["police", "seize", "40", "rifle", "Sunday"])
    assert not _describes_noun(doc[4], {1})


def test_a_bare_day_after_the_of_phrase_of_the_object():
    # Troops found a cache of mines Sunday
    doc = _doc(["Troops", "found", "a", "cache", "of", "mines", "Sunday"], [1, 1, 3, 1, 3, 4, 5],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "npadvmod"],
               ["NNS", "VBD", "DT", "NN", "IN", "NNS", "NNP"], ["troop", "find", "a", "cache", "of", "mine", "Sunday"])
    assert not _describes_noun(doc[6], {1})


def test_a_date_of_the_night_an_act_was_done():
    # Rebels attacked the post on the night of May 4
    doc = _doc(["Rebels", "attacked", "the", "post", "on", "the", "night", "of", "May", "4"],
               [1, 1, 3, 1, 1, 6, 4, 6, 7, 8],
               ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "nummod"],
               ["NNS", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "CD"],
               ["rebel", "attack", "the", "post", "on", "the", "night", "of", "May", "4"])
    assert not _describes_noun(doc[8], {1})


def test_not_an_object_that_names_an_act():
    # Chile condemned the attack Sunday (the attack's day may be meant)
    doc = _doc(["Chile", "condemned", "the", "attack", "Sunday"], [1, 1, 3, 1, 3],
               ["nsubj", "ROOT", "det", "dobj", "npadvmod"], ["NNP", "VBD", "DT", "NN", "NNP"],
               ["Chile", "condemn", "the", "attack", "Sunday"])
    assert _describes_noun(doc[4], {1})


def test_not_a_noun_that_is_the_subject():
    # The minister's remarks Tuesday in Lima angered Chile (the remarks' day, not the angering's)
    doc = _doc(["The", "minister", "'s", "remarks", "Tuesday", "in", "Lima", "angered", "Chile"],
               [1, 3, 1, 7, 3, 3, 5, 7, 7],
               ["det", "poss", "case", "nsubj", "npadvmod", "prep", "pobj", "ROOT", "dobj"],
               ["DT", "NN", "POS", "NNS", "NNP", "IN", "NNP", "VBD", "NNP"],
               ["the", "minister", "'s", "remark", "Tuesday", "in", "Lima", "anger", "Chile"])
    assert _describes_noun(doc[4], {7})


def test_not_a_time_with_more_of_the_object_after_it():
    # Peru sold bonds Friday worth a billion (the parser's odd phrase: the time does not end the object)
    doc = _doc(["Peru", "sold", "bonds", "Friday", "worth", "a", "billion"], [1, 1, 1, 2, 2, 6, 4],
               ["nsubj", "ROOT", "dobj", "npadvmod", "amod", "det", "npadvmod"],
               ["NNP", "VBD", "NNS", "NNP", "JJ", "DT", "CD"], ["Peru", "sell", "bond", "Friday", "worth", "a",
                                                                "billion"])
    assert _describes_noun(doc[3], {1})


def test_not_an_of_phrase_on_a_noun_of_no_time():
    # Iran marked the anniversary of June 4 (the anniversary is a thing the date names)
    doc = _doc(["Iran", "marked", "the", "anniversary", "of", "June", "4"], [1, 1, 3, 1, 3, 4, 5],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "nummod"],
               ["NNP", "VBD", "DT", "NN", "IN", "NNP", "CD"],
               ["Iran", "mark", "the", "anniversary", "of", "June", "4"])
    assert _describes_noun(doc[5], {1})
