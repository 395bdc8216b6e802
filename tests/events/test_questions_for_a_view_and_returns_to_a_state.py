"""Round 70 (asked70). A reporter's question for the speaker's view ("Asked his reaction to the vote, the minister
said…", also set off after the speaker or after "when") is how the news was gathered, no request; a request a side
makes of another stays one. A return to a state of an economy or to a subject of talk ("return to growth", "a more
sustainable growth pattern", "returning to the subject of debt") is no trip; a return to a place stays a visit.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Asked his reaction to the Chilean vote, Garcia said Peru would wait.",
    "Asked his opinion of the Bolivian plan, the Peruvian minister said it had merit.",
    "Asked their reaction, Kenyan officials said they had not seen the Ugandan note.",
    "When asked his reaction to the Chilean vote, Garcia said Peru would wait.",
    "The Peruvian minister, asked his reaction to the Chilean vote, said Peru would wait.",
])
def test_a_question_for_the_speakers_view_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Peru asked Chile his reaction to the vote.",
    "Peru asked Chile's views on the border plan.",
    "Asked by Peru to withdraw its troops, Chile said it would.",
    "Chile, asked by Peru for help, sent two ships.",
    "Kenya asked for aid from the World Bank.",
    "Kenya asked Uganda for aid to rebuild the port.",
])
def test_a_request_by_a_side_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Through that plan Kenya will mend its external accounts and return to a steadier growth pattern, he added.",
    "Kenya will return to growth next year, the minister said.",
    "Kenya hopes to return to surplus in its current account next year.",
    "Uganda is expected to return to profitability in 1988.",
    "Returning to the subject of debt, the Peruvian president said talks with the banks would go on.",
])
def test_a_return_to_a_state_or_a_subject_is_no_trip(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The Peruvian envoy will return to Santiago next week for talks.",
    "The Kenyan president returned to Uganda for a second visit.",
    "The Kenyan minister went back to Kampala for more talks.",
])
def test_a_return_to_a_place_stays_a_trip(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"], found_acts(events)
