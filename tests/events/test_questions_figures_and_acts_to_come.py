"""Round 69 (noise69). Wire talk that names no act: a reporter's question put to the speaker ("Asked whether …, he
said"), what a figure must do, a loan's purpose hung on the sum it comes to, a bank that stops making a market; the
no-act entries rounds 68 wrote twice, now one each (power taken, a gap met, a course barred). The acts told in the
same words stay. Status: a charge made before a deed told in the past is done; a visit in a clause of time under an
act to come is to come; talks one leaves for lie ahead. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, ptype", [
    ("Asked what the lenders had required as security, the minister said the figure was not fixed.", "REQUEST"),
    ("Asked whether the dispute would come up at the next council session, the envoy said he would raise it.",
     "REQUEST"),
    ("Asked about the border talks, the minister said they had gone well.", "REQUEST"),
    ("To make up for this, Japanese exports must continue to climb, lifting jobs in industry, he says.", "REQUEST"),
    ("He said coffee prices should fall further next year.", "REQUEST"),
    ("Midland said on Monday that it is withdrawing from market making in Swiss franc bonds.", "RETREAT"),
    ("The bank's decision to withdraw from making markets in Swiss bonds surprised dealers.", "RETREAT"),
    ("So far that desire has been met mainly by a small Texas firm.", "CONSULT"),
    ("The civilian cabinet took power in 1990.", "ASSAULT"),
    ("Kenya has met its budget gap with grants.", "CONSULT"),
    ("The Treasury barred any hasty step on the bond market.", "SANCTION"),
    ("The palace waited, barring hasty action.", "SANCTION"),
])
def test_talk_that_names_no_act(code, text, ptype):
    events, _ = code(text)
    assert not [e for e in events if e.type == ptype], found_acts(events)


def test_a_loans_purpose_on_its_sum_is_no_second_aid(code):
    events, _ = code("The World Bank said it approved three loans to Ghana totalling 80 mln dlrs to assist that country "
                     "with a road program and a water project.")
    assert [(e.type, e.trigger) for e in events if e.type == "AID"] == [("AID", "approved")], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("Peru asked Chile to withdraw its troops.", "REQUEST"),
    ("Asked by Peru to withdraw its troops, Chile refused.", "REQUEST"),
    ("Peru said Chile should withdraw its troops from the border.", "REQUEST"),
    ("He said Japan must open its market to American rice.", "REQUEST"),
    ("Britain said it would withdraw from the Common Market.", "RETREAT"),
    ("The army took power in a coup.", "ASSAULT"),
    ("Peru barred Chilean ships from its ports.", "SANCTION"),
    ("The Kenyan minister met his Ugandan counterpart in Kampala.", "CONSULT"),
])
def test_the_acts_told_in_the_same_words_stay(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype], found_acts(events)


def _status(events, trigger):
    return [e.status for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, status", [
    ("Lopez agreed to cooperate with prosecutors and to pay a fine after being charged with fraud.", "charged",
     "occurred"),
    ("The minister, who will sign the pact when he visits Oslo, said it mattered.", "visits", "planned"),
    ("The minister will sign the pact when he visits Oslo next week.", "visits", "planned"),
    ("The minister signed the pact when he visited Oslo last week.", "visited", "occurred"),
    ("Finance Minister Ruiz left on Sunday for Washington for talks with the Fund.", "talks", "planned"),
    ("Finance Minister Ruiz left on Sunday for Washington for talks with the Fund.", "left", "occurred"),
    # talks with the city's own state are the visit told again: one act, the arrival (acts_told_twice)
    ("The Kenyan minister arrived in Oslo on Monday for talks with Norwegian officials.", "arrived", "occurred"),
    ("The Kenyan minister arrived in Oslo on Monday for talks with Danish officials.", "talks", "occurred"),
])
def test_the_status_of_acts_before_and_to_come(code, text, trigger, status):
    events, _ = code(text)
    assert _status(events, trigger) == [status], found_acts(events, status=True)


def test_a_charge_before_a_deed_to_come_is_not_told_done(code):
    events, _ = code("Lopez will pay a fine after being charged with fraud.")
    assert "occurred" not in _status(events, "charged"), found_acts(events, status=True)
