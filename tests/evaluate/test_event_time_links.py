"""The TimeML event-time link check (evaluate/event_time_links.py): reading a .tml document and sorting its events
into right / wrong / missed / outside_ok. The TimeML text here is written for the test."""

from __future__ import annotations

import pytest

from dossier.evaluate.event_time_links import link_kind, read_tml, sort_events

from tests.time.conftest import nlp  # noqa: F401  (the time stage's own pipeline, a fixture)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test_doc</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-04-09" temporalFunction="false" functionInDocument="CREATION_TIME">April 9, 2021</TIMEX3></DCT>
<TEXT>
The two foreign ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> in Oslo on <TIMEX3 tid="t1" type="DATE" value="2021-04-06">Tuesday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">signed</EVENT> a fishing <EVENT eid="e3" class="OCCURRENCE">accord</EVENT>.
Their envoys had <EVENT eid="e4" class="OCCURRENCE">quarrelled</EVENT> for months before <TIMEX3 tid="t2" type="DATE" value="2021-03" />the thaw.
The harbour <EVENT eid="e5" class="STATE">stays</EVENT> shut.
A trade envoy <EVENT eid="e6" class="OCCURRENCE">left</EVENT> before <TIMEX3 tid="t3" type="DATE" value="2021-04-02">Friday</TIMEX3>.
Border patrols <EVENT eid="e7" class="OCCURRENCE">resumed</EVENT> in <TIMEX3 tid="t4" type="DATE" value="PAST_REF">recent weeks</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="UNKNOWN"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="PERFECTIVE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e6" eiid="ei6" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e7" eiid="ei7" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="AFTER" timeID="t1" relatedToEventInstance="ei4"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei1" relatedToEvent="ei2"/>
<TLINK lid="l5" relType="BEFORE" eventInstanceID="ei6" relatedToTime="t3"/>
<TLINK lid="l6" relType="DURING" eventInstanceID="ei7" relatedToTime="t4"/>
</TimeML>
"""


def test_the_text_is_the_document_body_with_its_tags_taken_out():
    doc = read_tml(TML, "TimeBank/test_doc.tml")
    assert doc.dct == "2021-04-09"
    assert doc.corpus == "TimeBank"
    assert "<" not in doc.text
    assert "met in Oslo on Tuesday and signed a fishing accord." in doc.text
    assert "for months before the thaw." in doc.text  # an empty timex leaves no text and no span


def test_events_and_times_are_spans_of_the_plain_text():
    doc = read_tml(TML)
    spans = {k: doc.text[m.start:m.end] for k, m in {**doc.events, **doc.timexes}.items()}
    assert spans == {"e1": "met", "e2": "signed", "e3": "accord", "e4": "quarrelled", "e5": "stays", "e6": "left",
                     "e7": "resumed", "t1": "Tuesday", "t3": "Friday", "t4": "recent weeks"}
    assert doc.events["e5"].attrs["class"] == "STATE"
    assert doc.timexes["t1"].attrs["value"] == "2021-04-06"


def test_links_read_from_the_event_to_the_time():
    links = read_tml(TML).links
    assert ("e1", "t1", "IS_INCLUDED") in links
    assert ("e2", "t1", "IS_INCLUDED") in links  # the time INCLUDES the event: the event IS_INCLUDED in the time
    assert ("e4", "t1", "BEFORE") in links  # the time is AFTER the event
    assert ("e7", "t4", "DURING") in links
    assert len(links) == 5  # an event-event link is not an event-time link


@pytest.mark.parametrize("dated, used, inside, outside, kind", [
    (True, (10, 17), [(10, 17)], [], "right"),
    (True, (10, 17), [(12, 30)], [], "right"),  # our time overlaps the gold's
    (True, (40, 48), [(10, 17)], [], "wrong"),  # another time of the sentence
    (True, None, [(10, 17)], [], "counted"),  # a value counted from the sentence's times
    (False, None, [(10, 17)], [], "missed"),
    (False, None, [], [(10, 17)], "outside_ok"),
    (True, (10, 17), [], [(10, 17)], "wrong"),  # dated by the time the gold puts it outside of
    (True, (40, 48), [], [(10, 17)], "unlinked dated"),
    (True, (10, 17), [], [], "unlinked dated"),
    (False, None, [], [], "unlinked"),
])
def test_events_are_sorted_by_the_time_we_give_and_the_gold_links(dated, used, inside, outside, kind):
    assert link_kind(dated, used, inside, outside) == kind


def test_events_of_a_parsed_document_are_sorted_against_its_links(nlp):
    tml = read_tml(TML, "TimeBank/test_doc.tml")
    doc = nlp.make_doc(tml.text)
    doc._.published = tml.dct
    doc = nlp(doc)
    sorted_ = {s.event.id: (s.kind, s.token.text) for s in sort_events(doc, tml)}
    assert sorted_["e1"] == ("right", "met")
    assert sorted_["e2"] == ("right", "signed")
    assert sorted_["e3"][0] == "unlinked dated"  # the accord has no gold link: not scored
    assert sorted_["e6"] == ("outside_ok", "left")  # before Friday: not Friday, and left undated
    assert sorted_["e7"] == ("missed", "resumed")  # a vague window dates no act (events.dates.vague_window)
    assert "e5" not in sorted_  # no time of ours in its sentence
