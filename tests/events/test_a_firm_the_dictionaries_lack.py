"""An organisation of no sector that no dictionary knows, read by its country alone ("Kestrel Analytics of Sweden"),
beside a firm is a firm the dictionaries lack: the deal, the purchase or the joint work of the two is firms' own
trade, no act of a state, and the state after its "of" is its home, no party (events/relevance.py
`firms_own_trade`, `_a_plain_organisation`, `_a_firms_home`). A state's deal with such an organisation stays.
Texts written here."""

import pytest

from tests.events.conftest import found_acts

PAGE = ("{} The news came on a quiet morning. The figures were published in a short note. Readers can find the note "
        "online. The note runs to two pages.")


@pytest.mark.parametrize("text", [
    "Boeing has agreed to collaborate with Kestrel Analytics of Sweden on cabin sensors.",
    "Boeing said on Monday it had bought Kestrel Analytics of Sweden for $80 million.",
])
def test_a_firms_deal_with_an_organisation_of_no_sector_is_its_own_trade(code, text):
    events, _ = code(PAGE.format(text))
    assert not events, found_acts(events)


@pytest.mark.parametrize("text", [
    "Sweden has agreed to collaborate with Kestrel Analytics of Norway on cabin sensors.",
    "The Swedish government has agreed to collaborate with Kestrel Analytics on cabin sensors.",
])
def test_a_states_deal_with_such_an_organisation_stays(code, text):
    events, actors = code(PAGE.format(text))
    assert [e for e in events if e.type == "AGREE" and {actors[i].country for i in e.source} == {"SWE"}], \
        found_acts(events)


@pytest.mark.parametrize("text", [
    "This is not the first time Boeing has been scrutinized by the KVTA of Sweden.",
    "The KVTA of Sweden accused Boeing of hiding faults in its cabin sensors.",
])
def test_an_unknown_organisations_charge_against_a_firm_is_no_trade(code, text):
    """Only a deal is trade: an unknown organisation that scrutinises or accuses a firm may be its regulator."""
    events, actors = code(PAGE.format(text))
    assert [e for e in events if e.type == "ACCUSE" and {actors[i].country for i in e.source} == {"SWE"}], \
        found_acts(events)
