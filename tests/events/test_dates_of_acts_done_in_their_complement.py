"""A verb whose act is done in doing its infinitive's act, or in trying to ("fail", "manage", "try", "attempt":
time/data/lexicon.yaml same_time_verbs), takes the time told of that complement ("Peru failed to reach a deal on
Tuesday": the failure was on Tuesday); a verb of a plan or promise does not ("agreed to withdraw in May"), nor does
a deadline or bound of the complement, nor a time of a thing inside it (events/dates._in_complement,
_one_time_with). Parses are built by hand, so the tests do not hang on the parser's choice; one test runs the whole
pipeline."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _in_complement
from dossier.nlp import extensions  # noqa: F401

VOCAB = English().vocab


def _doc(words, heads, deps, pos, lemmas=None):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words])
    doc._.token_actor = {}
    return doc


def _complement(verb, lemma, prep, time_words, time_dep="pobj"):
    """Peru <verb> to reach a deal <prep> <time words>: the time on "reach"."""
    words = ["Peru", verb, "to", "reach", "a", "deal"] + ([prep] if prep else []) + time_words
    lemmas = ["peru", lemma, "to", "reach", "a", "deal"] + ([prep] if prep else []) + [w.lower() for w in time_words]
    heads = [1, 1, 3, 1, 5, 3]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj"]
    pos = ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN"]
    if prep:
        heads.append(3)
        deps.append("prep")
        pos.append("ADP")
    at = len(heads)
    if len(time_words) == 2:  # "last week": "last" on "week"
        heads += [at + 1, 6 if prep else 3]
        deps += ["amod", time_dep]
        pos += ["ADJ", "NOUN"]
    else:
        heads.append(6 if prep else 3)
        deps.append(time_dep)
        pos.append("PROPN")
    return _doc(words, heads, deps, pos, lemmas), len(words) - 1


def test_a_day_on_the_complement_of_a_failure_is_the_failures():
    doc, time = _complement("failed", "fail", "on", ["Tuesday"])
    assert not _in_complement(doc[time], doc[1], {1})


def test_a_bare_time_on_the_complement_of_an_attempt_is_the_attempts():
    doc, time = _complement("tried", "try", None, ["last", "week"], time_dep="npadvmod")
    assert not _in_complement(doc[time], doc[1], {1})


def test_managing_and_attempting_take_the_complements_time_too():
    for verb, lemma in (("managed", "manage"), ("attempted", "attempt")):
        doc, time = _complement(verb, lemma, "on", ["Monday"])
        assert not _in_complement(doc[time], doc[1], {1})


def test_an_agreement_does_not_take_the_time_of_what_it_agrees_to_do():
    doc, time = _complement("agreed", "agree", "in", ["May"])
    assert _in_complement(doc[time], doc[1], {1})


def test_a_promise_does_not_take_the_time_of_what_it_promises():
    doc, time = _complement("promised", "promise", "on", ["Friday"])
    assert _in_complement(doc[time], doc[1], {1})


def test_a_deadline_of_the_complement_does_not_date_the_failure():
    doc, time = _complement("failed", "fail", "by", ["March"])
    assert _in_complement(doc[time], doc[1], {1})


def test_a_time_of_a_thing_inside_the_complement_does_not_date_the_failure():
    # Peru failed to repay loans due in March: March is when the loans fell due
    words = ["Peru", "failed", "to", "repay", "loans", "due", "in", "March"]
    heads = [1, 1, 3, 1, 3, 4, 5, 6]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "amod", "prep", "pobj"]
    pos = ["PROPN", "VERB", "PART", "VERB", "NOUN", "ADJ", "ADP", "PROPN"]
    doc = _doc(words, heads, deps, pos, ["peru", "fail", "to", "repay", "loan", "due", "in", "march"])
    assert _in_complement(doc[7], doc[1], {1})


def test_the_whole_pipeline_dates_a_failure_told_with_its_complements_day(code):
    events, _ = code("Negotiators from Chile and Peru failed to reach a trade agreement on Tuesday.", "2024-06-05")
    # the refusal is coded on the agreement not reached ("reach", denied: a failure is no refusal of its own)
    failed = [e for e in events if e.type == "REJECT" and e.trigger in ("failed", "reach")]
    assert failed and failed[0].date is not None and failed[0].date.start == "2024-06-04"
