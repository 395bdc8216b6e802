"""Figures that decline, things that back a loan, a market's demand met, what one insists is so (events/data/
non_events.yaml), and words against a side's conduct (patterns/accuse.yaml); the acts beside them that stay."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, kind", [
    ("Kenya's trade surplus started to decline sharply last year.", "REJECT"),
    ("Ugandan coffee exports declined sharply in January.", "REJECT"),
    ("Spanish use of American soymeal is likely to decline.", "REJECT"),
    ("The Chilean receivables are backed by a letter of credit from a Japanese bank.", "SUPPORT"),
    ("The Peruvian plant's expansion, backed by government grants, will create 500 jobs.", "SUPPORT"),
    ("Algerian gas would only serve to meet peak demand in France.", "CONCEDE"),
    ("The Kenyan opposition insisted that the election was rigged.", "REQUEST"),
    ("The Ugandan senator insisted his tactics will work.", "REQUEST"),
    ("Bolivia maintains that the vote was fair.", "REQUEST"),
])
def test_a_figure_a_thing_a_market_or_a_claim_is_no_act_of_that_kind(code, text, kind):
    events, _ = code(text)
    assert kind not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text, kind", [
    ("Uganda declined to sign the treaty with Kenya.", "REJECT"),
    ("The rebels in the north are backed by Uganda.", "SUPPORT"),
    ("Kenya insisted that Uganda withdraw its troops from the border.", "REQUEST"),
    ("Kenya insisted Uganda should pay for the damage.", "REQUEST"),
])
def test_a_refusal_a_backer_and_a_demand_stay(code, text, kind):
    events, _ = code(text)
    assert kind in {e.type for e in events}, found_acts(events)


def test_a_party_s_demands_met_stay_a_concession(code):
    events, _ = code("Peru met the Bolivian union's demands on Friday.")
    assert "CONCEDE" in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", ["Kenya attacked the Ugandan government's economic policies.",
                                  "The Kenyan president hammered Uganda's handling of the strike."])
def test_an_attack_on_a_side_s_conduct_is_criticism(code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events if e.trigger in ("attacked", "hammered")] == [("ACCUSE", "111")], \
        found_acts(events)


def test_an_attack_on_a_convoy_stays_an_assault(code):
    events, _ = code("Rebels attacked a Kenyan army convoy near the border.")
    assert "ASSAULT" in {e.type for e in events}, found_acts(events)


def test_a_minister_damaged_by_a_scandal_is_no_assault(code):
    events, _ = code("But the Kenyan foreign minister may have been damaged by the arms scandal.")
    assert "ASSAULT" not in {e.type for e in events}, found_acts(events)


def test_a_minister_damaged_by_the_rebels_stays_an_assault(code):
    events, _ = code("The Kenyan minister's convoy was damaged by Ugandan rebels near the border.")
    assert "ASSAULT" in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", ["Kenyan and Ugandan ministers overcame their differences over the border on Monday.",
                                  "Kenyan and Ugandan ministers failed on Monday to overcome their differences."])
def test_a_problem_overcome_is_no_assault(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.type for e in events}, found_acts(events)


def test_rebels_overcome_stay_an_assault(code):
    events, _ = code("Kenyan troops overcame the Ugandan rebels near the border on Monday.")
    assert "ASSAULT" in {e.type for e in events}, found_acts(events)
