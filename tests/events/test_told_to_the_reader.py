"""A page's advice to its reader, and its notice to anyone at all, are no acts between parties
(events/promises.py `told_to_the_reader`, `told_of_anyone`, data/relevance.yaml promises: second_person,
indefinite_subjects): on a page, an act whose subject, or that of the verb it completes or hangs on, is "you",
outside quotation marks, is left out, whatever sides the roles read from its objects ("join a group of German
cyclists" read as a meeting with Germany). Inside quotation marks "you" is someone a speaker
addresses, and the act stays; so do the acts of named parties on the same page. An act whose subject is a pronoun of
anyone ("anyone who visited the shop may have been exposed") is told of no party, unless of force. Texts written
here."""

from __future__ import annotations

import pytest

from dossier.events.promises import _clause_subjects, told_to_the_reader
from dossier.model import Document, Event, Evidence
from dossier.pipeline import process

ADVICE = ('Travelling alone can be the best way to see a country. Hostels are cheap and the trains run on time. Once '
    'you have settled in, you can join a group of German cyclists for a day on the coast road. If you feel '
    'lost, ask the staff at the hostel for a map. You should also meet the Moroccan guides who wait by the '
    'harbour, since they know every path. Keep a copy of your passport in your bag at all times.')
QUOTED = ('The Greek foreign minister spoke to reporters in Athens on Monday. "You cannot meet the rebels in secret '
    'and expect us to stay silent," she told the Turkish ambassador. The ministry urged Greek citizens to avoid'
    ' travel to the border region. Talks between the two governments broke down last month. A new round is '
    'expected in June.')


def _code(nlp, text):
    result = next(process([Document(id="t", source="t", text=text, published="2020-05-01")], nlp=nlp))
    return result.events


def test_acts_told_to_the_reader_are_left_out(nlp):
    assert _code(nlp, ADVICE) == []


def test_the_rule_reads_pages_only(nlp):
    """A single sentence (PLV's) is no page: its act stays."""
    assert _code(nlp, "Once you have settled in, you can join a group of German cyclists for a day.")


@pytest.mark.parametrize("sentence, trigger, reader", [
    ("Once you have settled in, you can join a group of German cyclists.", "join", True),
    ("You should also meet the Moroccan guides who wait by the harbour.", "meet", True),
    ("If you have a spare day, you could visit the old fort with a Spanish guide.", "visit", True),
    ("The guides said they would meet the German cyclists at noon.", "meet", False),
    ('"You cannot meet the rebels in secret," she told the ambassador.', "meet", False),
])
def test_the_reader_is_the_subject_outside_quotation_marks(nlp, sentence, trigger, reader):
    doc = nlp(sentence)
    event = Event(id="t:e1", type="CONSULT", trigger=trigger,
                  evidence=[Evidence(doc="t", text=sentence, start=0, end=len(sentence))])
    assert told_to_the_reader(doc, event) is reader


def test_a_quoted_you_and_the_acts_of_named_parties_stay(nlp):
    kinds = [e.type for e in _code(nlp, QUOTED)]
    assert kinds.count("CONSULT") == 1 and "REQUEST" in kinds and "REJECT" in kinds



@pytest.mark.parametrize("sentence, trigger, kind, anyone", [
    ("Anyone who visited the gift shop on Route 9 may have been exposed.", "exposed", "CONCEDE", True),
    ("Everyone who attended the choir concert was exposed, the department said.", "exposed", "SUPPORT", True),
    ("Anybody can apply for the grant before June.", "apply", "REQUEST", True),
    ("Someone fired at the convoy near the bridge.", "fired", "ASSAULT", False),  # force: kept whoever does it
    ("The bakery owner said he was exposed at the market.", "exposed", "CONCEDE", False),
])
def test_acts_told_of_anyone_at_all_unless_of_force(nlp, sentence, trigger, kind, anyone):
    from dossier.events.promises import told_of_anyone
    doc = nlp(sentence)
    event = Event(id="t:e1", type=kind, trigger=trigger,
                  evidence=[Evidence(doc="t", text=sentence, start=0, end=len(sentence))])
    assert told_of_anyone(doc, event) is anyone


def test_a_quoted_you_a_misread_clause_hangs_on_is_no_reader(nlp):
    """The parser may hang a long clause on a quoted verb whose subject is "you" ("vowing … to beat the senator …
    to tell him 'you are so right,' the novelist failed"): a "you" in quotation marks is never the reader."""
    sentence = ('After winning attention in the first televised debates by attacking the rules, calling the "cold '
                'greedy machine of the lobbyists that this senator is feeding in the capital," vowing to "bring joy" '
                'to beat Senator Hale, and saying she would phone the king of Norway as governor to tell him "friend, '
                'you are so right," the novelist has failed to reach the ballot in recent weeks.')
    doc = nlp(sentence)
    assert [t.lower_ for t in _clause_subjects(next(t for t in doc if t.text == "beat"))] == ["you"]  # the misreading
    event = Event(id="t:e1", type="ACCUSE", trigger="beat",
                  evidence=[Evidence(doc="t", text=sentence, start=0, end=len(sentence))])
    assert not told_to_the_reader(doc, event)
