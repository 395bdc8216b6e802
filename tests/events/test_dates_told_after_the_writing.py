"""A time told as after the moment of writing ("later today", "later this week", "later this year") lies after the
article though it may begin on its day: an act it dates and that is not told as done is planned
(events/dates.is_after, after_writing), a range it gives is not cut at the article's day, and right after the noun
of an act it is that act's time, not the time of the verb the parser hangs it on ("speaking ahead of a meeting
later today") unless that verb is itself still to come ("will host a summit later this year")
(events/dates._later_act_before); an act of the event's own type the verb is done for holds the verb's time
("was summoning the negotiators home for consultations later this week", `_on_own_object`). Not "earlier today", nor "later that day" or "later in the day", which count from
a time the story tells."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _attached_to, _later_act_before, _on_own_object, after_writing, is_after
from dossier.model import DateValue, Timex
from dossier.nlp import extensions  # noqa: F401

VOCAB = English().vocab
TODAY = "2024-06-05"


def _value(text, start=TODAY, end=TODAY, precision="day"):
    return DateValue(start=start, end=end, precision=precision, text=text)


def test_later_today_lies_after_the_article_on_its_own_day():
    assert is_after(_value("later today"), TODAY)
    assert is_after(_value("later this week", end="2024-06-09", precision="vague"), TODAY)
    assert is_after(_value("Later  this year", end="2024-12-31", precision="vague"), TODAY)


def test_earlier_today_and_a_later_day_of_the_story_are_not_after_the_writing():
    assert not is_after(_value("earlier today"), TODAY)
    assert not is_after(_value("today"), TODAY)
    assert not after_writing(_value("later that day"))
    assert not after_writing(_value("later in the day"))
    assert not after_writing(None)


def _doc(words, heads, deps, pos, tags, lemmas):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    doc._.token_actor = {}
    return doc


def _timex(doc, first, last, value):
    return Timex(start=doc[first].idx, end=doc[last].idx + len(doc[last].text), text=value.text, value=value)


def test_a_later_time_right_after_a_meeting_is_the_meetings_not_the_speakers():
    # officials, speaking ahead of a meeting later today, said… ("later today" hung on "speaking")
    words = ["officials", "speaking", "ahead", "of", "a", "meeting", "later", "today", "said"]
    heads = [8, 8, 1, 2, 5, 3, 7, 1, 8]
    deps = ["nsubj", "advcl", "advmod", "prep", "det", "pobj", "advmod", "npadvmod", "ROOT"]
    pos = ["NOUN", "VERB", "ADV", "ADP", "DET", "NOUN", "ADV", "NOUN", "VERB"]
    tags = ["NNS", "VBG", "RB", "IN", "DT", "NN", "RB", "NN", "VBD"]
    lemmas = ["official", "speak", "ahead", "of", "a", "meeting", "later", "today", "say"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    tx = _timex(doc, 6, 7, _value("later today"))
    assert _later_act_before(tx, doc[7]).i == 5
    assert _attached_to(tx, doc[7], {5})
    assert not _attached_to(tx, doc[7], {1})


def test_a_later_time_after_a_summit_a_verb_still_to_come_hosts_stays_the_verbs():
    # China will host a summit later this year: the hosting is then too
    words = ["China", "will", "host", "a", "summit", "later", "this", "year"]
    heads = [2, 2, 2, 4, 2, 7, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "advmod", "det", "npadvmod"]
    pos = ["PROPN", "AUX", "VERB", "DET", "NOUN", "ADV", "DET", "NOUN"]
    tags = ["NNP", "MD", "VB", "DT", "NN", "RB", "DT", "NN"]
    lemmas = ["china", "will", "host", "a", "summit", "later", "this", "year"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    tx = _timex(doc, 5, 7, _value("later this year", end="2024-12-31", precision="vague"))
    assert _later_act_before(tx, doc[7]) is None
    assert _attached_to(tx, doc[7], {2})


def _summoning(noun, lemma):
    # he was summoning the negotiators home for <noun> later this week ("later this week" hung on "summoning")
    words = ["he", "was", "summoning", "the", "negotiators", "home", "for", noun, "later", "this", "week"]
    heads = [2, 2, 2, 4, 2, 2, 5, 6, 10, 10, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "advmod", "prep", "pobj", "advmod", "det", "npadvmod"]
    pos = ["PRON", "AUX", "VERB", "DET", "NOUN", "ADV", "ADP", "NOUN", "ADV", "DET", "NOUN"]
    tags = ["PRP", "VBD", "VBG", "DT", "NNS", "RB", "IN", "NNS", "RB", "DT", "NN"]
    lemmas = ["he", "be", "summon", "the", "negotiator", "home", "for", lemma, "later", "this", "week"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    week = _value("later this week", end="2024-06-09", precision="vague")
    return doc, [_timex(doc, 8, 10, week)], week


def test_a_later_time_of_the_consultations_a_summoning_is_for_dates_the_consultation_event():
    doc, timexes, week = _summoning("consultations", "consultation")
    found = _on_own_object([doc[2]], doc[:], timexes, "CONSULT")
    assert found is not None and found[0] == week


def test_a_later_time_of_an_act_of_another_type_the_verb_is_done_for_does_not_date_it():
    doc, timexes, _ = _summoning("consultations", "consultation")
    assert _on_own_object([doc[2]], doc[:], timexes, "COERCE") is None
    assert not _attached_to(timexes[0], doc[10], {2})


def test_an_earlier_time_after_a_meeting_keeps_the_parsers_attachment():
    # Peru, speaking after a meeting earlier today, said…: no rule of a time to come
    words = ["Peru", "speaking", "after", "a", "meeting", "earlier", "today", "said"]
    heads = [7, 7, 1, 4, 2, 6, 1, 7]
    deps = ["nsubj", "advcl", "prep", "det", "pobj", "advmod", "npadvmod", "ROOT"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADV", "NOUN", "VERB"]
    tags = ["NNP", "VBG", "IN", "DT", "NN", "RB", "NN", "VBD"]
    lemmas = ["peru", "speak", "after", "a", "meeting", "earlier", "today", "say"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    tx = _timex(doc, 5, 6, _value("earlier today"))
    assert _later_act_before(tx, doc[6]) is None
    assert _attached_to(tx, doc[6], {1})


def test_a_time_after_a_noun_of_no_act_is_left_to_the_parser():
    # Peru, speaking to reporters later today… (a time to come after "reporters", no act)
    words = ["Peru", "will", "speak", "to", "reporters", "later", "today"]
    heads = [2, 2, 2, 2, 3, 6, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "advmod", "npadvmod"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "NOUN", "ADV", "NOUN"]
    tags = ["NNP", "MD", "VB", "IN", "NNS", "RB", "NN"]
    lemmas = ["peru", "will", "speak", "to", "reporter", "later", "today"]
    doc = _doc(words, heads, deps, pos, tags, lemmas)
    tx = _timex(doc, 5, 6, _value("later today"))
    assert _later_act_before(tx, doc[6]) is None


def _one(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert found, [e.trigger for e in events]
    return found[0]


def test_the_whole_pipeline_reads_a_meeting_later_today_as_planned(code):
    events, _ = code("European farm ministers meet later today to weigh deep cuts in subsidies.", TODAY)
    meet = _one(events, "meet")
    assert meet.status == "planned" and meet.date.start == TODAY


def test_the_whole_pipeline_dates_a_summit_later_today_and_not_the_meeting_before_it(code):
    events, _ = code("The Japanese prime minister met Chinese officials on Monday ahead of a summit later today.", TODAY)
    summit, met = _one(events, "summit"), _one(events, "met")
    assert summit.status == "planned" and summit.date.start == TODAY
    assert met.status == "occurred" and met.date.start == "2024-06-03"


def test_the_whole_pipeline_keeps_a_meeting_earlier_today_occurred(code):
    events, _ = code("Kenya and Uganda signed a border accord earlier today.", TODAY)
    signed = _one(events, "signed")
    assert signed.status == "occurred" and signed.date.start == TODAY
