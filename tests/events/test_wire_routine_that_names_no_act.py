"""Wire routine that names no act between parties (events/data/non_events.yaml): a government or a president taking
power (a change of office), a gap or a target met, a course not ruled out, a comparison rejected, an economy or a
financial system supported, a market's opening put off, a line of business closed by a standing rule, a treaty held.
The acts told in the same words stay: a coup, a meeting, a course ruled out, a proposal rejected, a party's economy
backed, talks put off, a ban on a party, a treaty signed. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, ptype", [
    ("The land plan, launched soon after the government of President Ana Lima took power, aimed to give farms to "
     "50,000 families.", "ASSAULT"),
    ("Until now, Peru has met its budget gap mainly with loans from its neighbours.", "CONSULT"),
    ("Peru met its trade deficit with loans from Chile.", "CONSULT"),
    ("Finance Minister Hans Keller told a news conference he could not rule out joint intervention by central "
     "banks.", "REJECT"),
    ("Prime Minister Yuri Sato rejected a comparison between the present crisis and the crash of 1929.", "REJECT"),
    ("The Bank of Canada is prepared to inject liquidity to support the economy and the banking system, its "
     "governor said.", "SUPPORT"),
    ("The opening of the Lisbon bourse has been delayed by two hours by the market regulator.", "REJECT"),
    ("Some British banks, which are barred from the insurance business in Britain, have looked at buying U.S. "
     "insurers.", "SANCTION"),
    ("He said the ruling would hurt savers living in states which do not have a double taxation treaty with Canada.",
     "AGREE"),
])
def test_wire_routine_names_no_act(code, text, ptype):
    events, _ = code(text)
    assert not [e for e in events if e.type == ptype], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("Rebels took power in the capital after a week of fighting.", "ASSAULT"),
    ("The Peruvian president met the Chilean foreign minister on Monday.", "CONSULT"),
    ("Egypt ruled out talks with Israel.", "REJECT"),
    ("Iraq rejected a proposal from Iran for a truce.", "REJECT"),
    ("Iran delayed the opening of the talks with Iraq by a week.", "REJECT"),
    ("The Chinese firm has been barred from the U.S. market by the Commerce Department.", "SANCTION"),
    ("Peru barred the Chilean ship from its ports.", "SANCTION"),
    ("Kenya and Uganda have signed a trade agreement.", "AGREE"),
])
def test_the_acts_told_in_the_same_words_stay(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype], found_acts(events)
