"""An act done in a document ("in a statement issued on Monday", "in a letter sent to the council on Tuesday") or by a
document as its subject ("A statement issued on Monday accused…") takes the time told of the document's putting out,
on a participle of time/data/lexicon.yaml's `issuing_verbs`, wherever the parser hangs the "in" phrase (on the verb,
its object or its infinitive complement). Not a participle of what others did with it, not a verb of many senses
("held"), not a document in another phrase ("in response to a statement issued…") (events/dates._issued_with).
Parses are built by hand, so the tests do not hang on the parser's choice; two tests run the whole pipeline."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _issued_with

VOCAB = English().vocab


def _doc(words, heads, deps, tags, lemmas):
    pos = {"VBD": "VERB", "VBN": "VERB", "VB": "VERB", "NN": "NOUN", "NNP": "PROPN", "IN": "ADP", "DT": "DET",
           "TO": "PART"}
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=[pos[t] for t in tags], lemmas=lemmas)


def test_an_accusation_in_a_statement_issued_on_a_day():
    # Chad accused Sudan in a statement issued on Friday
    words = ["Chad", "accused", "Sudan", "in", "a", "statement", "issued", "on", "Friday"]
    heads = [1, 1, 1, 1, 5, 3, 5, 6, 7]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "acl", "prep", "pobj"]
    tags = ["NNP", "VBD", "NNP", "IN", "DT", "NN", "VBN", "IN", "NNP"]
    lemmas = ["Chad", "accuse", "Sudan", "in", "a", "statement", "issue", "on", "Friday"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert _issued_with(doc[8], {1})


def test_a_bare_day_on_a_report_hung_on_the_object():
    # Malta condemned the seizure in a report released Wednesday ("in" hung on the object)
    words = ["Malta", "condemned", "the", "seizure", "in", "a", "report", "released", "Wednesday"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 7]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "acl", "npadvmod"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBN", "NNP"]
    lemmas = ["Malta", "condemn", "the", "seizure", "in", "a", "report", "release", "Wednesday"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert _issued_with(doc[8], {1})


def test_a_request_told_in_a_letter_hung_on_the_complement():
    # Fiji urged Tonga to withdraw in a letter sent on Sunday ("in" hung on the infinitive)
    words = ["Fiji", "urged", "Tonga", "to", "withdraw", "in", "a", "letter", "sent", "on", "Sunday"]
    heads = [1, 1, 1, 4, 1, 4, 7, 5, 7, 8, 9]
    deps = ["nsubj", "ROOT", "dobj", "aux", "xcomp", "prep", "det", "pobj", "acl", "prep", "pobj"]
    tags = ["NNP", "VBD", "NNP", "TO", "VB", "IN", "DT", "NN", "VBN", "IN", "NNP"]
    lemmas = ["Fiji", "urge", "Tonga", "to", "withdraw", "in", "a", "letter", "send", "on", "Sunday"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert _issued_with(doc[10], {1})


def test_a_statement_that_accuses_as_subject():
    # A statement published on Monday accused Oman
    words = ["A", "statement", "published", "on", "Monday", "accused", "Oman"]
    heads = [1, 5, 1, 2, 3, 5, 5]
    deps = ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "dobj"]
    tags = ["DT", "NN", "VBN", "IN", "NNP", "VBD", "NNP"]
    lemmas = ["a", "statement", "publish", "on", "Monday", "accuse", "Oman"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert _issued_with(doc[4], {5})


def test_not_a_participle_of_what_others_did_with_the_report():
    # Chad rejected the claims in a report criticised on Friday
    words = ["Chad", "rejected", "the", "claims", "in", "a", "report", "criticised", "on", "Friday"]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 7, 8]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "acl", "prep", "pobj"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBN", "IN", "NNP"]
    lemmas = ["Chad", "reject", "the", "claim", "in", "a", "report", "criticise", "on", "Friday"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert not _issued_with(doc[9], {1})


def test_not_a_town_held_by_rebels():
    # Mali condemned the raid in a town held by rebels in 2015
    words = ["Mali", "condemned", "the", "raid", "in", "a", "town", "held", "by", "rebels", "in", "2015"]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 7, 8, 7, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "acl", "agent", "pobj", "prep", "pobj"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBN", "IN", "NN", "IN", "NNP"]
    lemmas = ["Mali", "condemn", "the", "raid", "in", "a", "town", "hold", "by", "rebel", "in", "2015"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert not _issued_with(doc[11], {1})


def test_not_a_statement_in_another_phrase():
    # Laos rejected the demand in response to a statement issued on Monday
    words = ["Laos", "rejected", "the", "demand", "in", "response", "to", "a", "statement", "issued", "on", "Monday"]
    heads = [1, 1, 3, 1, 1, 4, 5, 8, 6, 8, 9, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "acl", "prep", "pobj"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "NN", "IN", "DT", "NN", "VBN", "IN", "NNP"]
    lemmas = ["Laos", "reject", "the", "demand", "in", "response", "to", "a", "statement", "issue", "on", "Monday"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert not _issued_with(doc[11], {1})


def test_not_the_act_of_another_verb():
    # A statement issued on Monday said Nepal erred (the time is the statement's; the anchor "erred" is another act)
    words = ["A", "statement", "issued", "on", "Monday", "said", "Nepal", "erred"]
    heads = [1, 5, 1, 2, 3, 5, 7, 5]
    deps = ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "nsubj", "ccomp"]
    tags = ["DT", "NN", "VBN", "IN", "NNP", "VBD", "NNP", "VBD"]
    lemmas = ["a", "statement", "issue", "on", "Monday", "say", "Nepal", "err"]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert not _issued_with(doc[4], {7})


def test_a_protest_in_a_letter_sent_on_a_day_is_dated(code):
    events, _ = code("Bolivia protested to Paraguay over the river tolls in a letter sent to the regional body on "
                     "Thursday.", "2024-06-17")
    dated = [e for e in events if e.date is not None]
    assert dated and all(e.date.start == "2024-06-13" for e in dated)


def test_a_rejection_in_response_to_a_dated_statement_is_not_dated(code):
    events, _ = code("Bolivia rejected the demands in response to a statement issued by Paraguay on Thursday.",
                     "2024-06-17")
    rejections = [e for e in events if e.type == "REJECT"]
    assert rejections and all(e.date is None for e in rejections)
