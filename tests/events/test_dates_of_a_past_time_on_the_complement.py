"""A time already past when the story is written, hung right on the infinitive complement of a verb in the simple
past, dates the verb's act ("invited Chad to rejoin the talks two weeks ago", "asked Peru to extradite him last
week"): not a verb of intending or promising ("planned to leave on Thursday"; time lexicon `intending_verbs`), not a
verb with an auxiliary ("had invited"), not a time still to come, not a deadline ("by May 3"), not a time of
another anchor than the verb (events/dates._in_complement, _past_on_complement). Parses are built by hand (article of
Wednesday 2024-06-12); two tests run the whole pipeline."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _in_complement
from dossier.model import DateValue
from dossier.nlp import extensions  # noqa: F401

VOCAB = English().vocab
_POS = {"VBD": "VERB", "VB": "VERB", "VBN": "VERB", "MD": "AUX", "TO": "PART", "NNP": "PROPN", "NN": "NOUN",
        "NNS": "NOUN", "IN": "ADP", "DT": "DET", "CD": "NUM", "JJ": "ADJ", "RB": "ADV"}
PAST_WEEK = DateValue(start="2024-06-03", end="2024-06-09", precision="vague", text="last week")
NEXT_WEEK = DateValue(start="2024-06-17", end="2024-06-23", precision="vague", text="next week")


def _doc(verb, lemma, tail, tail_heads, tail_deps, tail_tags, aux=None):
    """Peru [aux] <verb> Chad to rejoin the talks <tail>: the tail's heads count from the start of the sentence."""
    words = ["Peru"] + ([aux] if aux else []) + [verb, "Chad", "to", "rejoin", "the", "talks"]
    shift = 1 if aux else 0
    v = 1 + shift
    heads = [v] + ([v] if aux else []) + [v, v, v + 3, v, v + 5, v + 3]
    deps = ["nsubj"] + (["aux"] if aux else []) + ["ROOT", "dobj", "aux", "xcomp", "det", "dobj"]
    tags = ["NNP"] + (["VBD"] if aux else []) + ["VBD", "NNP", "TO", "VB", "DT", "NNS"]
    lemmas = ["Peru"] + ([aux] if aux else []) + [lemma, "Chad", "to", "rejoin", "the", "talk"]
    words += tail
    heads += [h + shift for h in tail_heads]
    deps += tail_deps
    tags += tail_tags
    lemmas += [w.lower() for w in tail]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=[_POS[t] for t in tags], lemmas=lemmas)
    doc._.published = "2024-06-12"
    doc._.token_actor = {}
    return doc, v


def _last_week(verb, lemma, aux=None):
    # "... the talks last week": "last" on "week", "week" on "rejoin" (index 4 without an auxiliary)
    return _doc(verb, lemma, ["last", "week"], [8, 4], ["amod", "npadvmod"], ["JJ", "NN"], aux)


def test_a_past_time_on_the_complement_of_an_invitation_is_the_invitations():
    doc, verb = _last_week("invited", "invite")
    assert not _in_complement(doc[len(doc) - 1], doc[verb], {verb}, PAST_WEEK)


def test_a_time_still_to_come_stays_the_complements():
    doc, verb = _last_week("invited", "invite")
    assert _in_complement(doc[len(doc) - 1], doc[verb], {verb}, NEXT_WEEK)


def test_not_a_verb_of_intending():
    for verb, lemma in (("planned", "plan"), ("promised", "promise"), ("vowed", "vow")):
        doc, v = _last_week(verb, lemma)
        assert _in_complement(doc[len(doc) - 1], doc[v], {v}, PAST_WEEK)


def test_not_a_verb_with_an_auxiliary():
    doc, verb = _last_week("invited", "invite", aux="had")
    assert _in_complement(doc[len(doc) - 1], doc[verb], {verb}, PAST_WEEK)


def test_not_a_deadline():
    # Peru asked Chad to rejoin the talks by June 3
    doc, verb = _doc("asked", "ask", ["by", "June", "3"], [4, 7, 8], ["prep", "pobj", "nummod"], ["IN", "NNP", "CD"])
    june3 = DateValue(start="2024-06-03", end="2024-06-03", precision="day", text="June 3")
    assert _in_complement(doc[8], doc[verb], {verb}, june3)


def test_a_day_in_on_on_the_complement_of_a_request_is_the_requests():
    # Peru asked Chad to rejoin the talks on Monday
    doc, verb = _doc("asked", "ask", ["on", "Monday"], [4, 7], ["prep", "pobj"], ["IN", "NNP"])
    monday = DateValue(start="2024-06-10", end="2024-06-10", precision="day", text="Monday")
    assert not _in_complement(doc[8], doc[verb], {verb}, monday)


def test_not_for_an_anchor_inside_the_complement():
    doc, verb = _last_week("invited", "invite")
    talks = 6
    assert _in_complement(doc[len(doc) - 1], doc[verb], {talks}, PAST_WEEK)


def test_the_whole_pipeline_dates_a_request_told_with_its_complements_past_week(code):
    events, _ = code("Bolivia asked Chile to extradite the former minister last week.", "2024-06-12")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all(e.date is not None and e.date.start == "2024-06-03" for e in requests)


def test_the_whole_pipeline_leaves_a_request_for_next_week_undated(code):
    events, _ = code("Bolivia asked Chile to extradite the former minister next week.", "2024-06-12")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all(e.date is None or e.date.start != "2024-06-03" for e in requests)
