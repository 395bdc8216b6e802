"""Round 75 (noise75). A count of losses told in the passive with no doer ("300 troops had been killed, wounded or
captured"), deaths in a blast of gas, in a craft's crash told by a clause of time or in a leak from a works, and a
promise to ask one's own legislature for money name no act; a told "must"/"should" in the perfect or on the effect
of a thing no party is tells a view, no demand. A bare wish to act is hypothetical; an act in a past clause of time
under a plain "would" and what one looks forward to are still to come (planned). Losses with a doer, active
killings, bombings, a promise made to a party, a demand of a party, a hope with its date and acts told as done stay.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Peruvian army said at least 300 Chilean troops had been killed, wounded or captured since the offensive began.",
    "Lima said 2,000 Chilean soldiers were killed or wounded in the battle.",
    "Some 40 Bolivian conscripts were killed and wounded near the river, the paper said.",
])
def test_a_count_of_losses_with_no_doer_is_no_act(code, text):
    events, _ = code(text, "1987-04-13")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "300 Chilean troops were killed or wounded by Peruvian rebels.",
    "Peruvian rebels have killed or wounded 300 Chilean troops.",
    "Five Chilean soldiers were killed in an ambush by Peruvian rebels.",
    # the blow told by its own clause (round 75, lead: the count's rule had taken this one)
    "A Chilean policeman was killed and 40 were injured when a grenade was thrown into a barracks in Arica.",
])
def test_losses_with_a_doer_stay_an_attack(code, text):
    events, _ = code(text, "1987-04-13")
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "A Chilean policeman was killed and 40 were injured when a grenade was thrown into a barracks in Arica.",
    "At least 20 people were killed and 30 wounded today after a rebel-claimed car bomb struck a bus in Arica.",
])
def test_losses_told_with_the_blow_s_own_clause_keep_their_killing(code, text):  # round 75, lead
    events, _ = code(text, "1987-04-13")
    assert [e for e in events if e.type == "ASSAULT" and e.trigger == "killed"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Twenty-two miners were killed in a gas explosion at a Bolivian tin mine on Friday.",
    "Twenty people were killed when a Peruvian airliner flew into power lines near Cuzco.",
    "More than 2,000 people were killed when a cloud of poison gas from a pesticide plant covered the city.",
    "Nineteen people were killed and 12 injured when a Peruvian airliner hit power lines on its approach to Cuzco.",
    "Such a step might harm the fragile Chilean economic expansion, the officials said.",
])
def test_a_death_in_a_mishap_or_harm_to_an_economy_is_no_attack(code, text):
    events, _ = code(text, "1987-04-13")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Ten people were killed in a bomb explosion in Lima.",
    "Twelve people were killed when Peruvian jets bombed the camp.",
    "Iraqi planes hit a Greek tanker in the Gulf on Monday.",
])
def test_a_death_in_an_attack_stays(code, text):
    events, _ = code(text, "1987-04-13")
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The government has promised to ask Congress for 40 mln dlrs in aid to Peru under the agreement.",
    "Washington promised to seek 40 mln dlrs from Congress for Peru.",
])
def test_a_promise_to_ask_the_legislature_is_no_act(code, text):
    events, _ = code(text, "1987-04-13")
    assert not [e for e in events if e.type in ("AGREE", "REQUEST")], found_acts(events)


@pytest.mark.parametrize("text", [
    "The United States promised Peru 40 mln dlrs in aid.",
    "Chile promised to ask Peru for an explanation.",
])
def test_a_promise_to_a_party_stays(code, text):
    events, _ = code(text, "1987-04-13")
    assert [e.type for e in events if e.type == "AGREE"] == ["AGREE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The Chilean ambassador told the Peruvian foreign minister that the incident should not affect relations "
    "between the two countries.",
    "The Chilean ambassador told the Peruvian foreign minister that the shooting must have been a mistake.",
    # a forecast of a figure, whatever nationality it bears (round 76)
    "The Colombian coffee crop should be bigger than last season's, the growers' federation said.",
])
def test_a_view_told_is_no_demand(code, text):
    events, _ = code(text, "1987-04-13")
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The Chilean ambassador told the Peruvian foreign minister that Peru must withdraw its troops.",
    "The Chilean ambassador told the Peruvian foreign minister that the Peruvian army should not hamper the convoys.",
    "The Chilean ambassador told the Peruvian foreign minister that the fighting must stop.",
    "The Chilean president said Peru must withdraw its troops from the border.",
])
def test_a_demand_told_stays(code, text):
    events, _ = code(text, "1987-04-13")
    assert [e.type for e in events if e.type == "REQUEST"] == ["REQUEST"], found_acts(events)


def _status_of(events, trigger):
    return [e.status for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, status", [
    ('"We wish to reach an agreement with Chile on the border," Ortiz said.', "reach", "hypothetical"),
    ("Finland hopes to sign a fishing accord with Estonia next month.", "sign", "planned"),
    ("Peru plans to sign the accord with Chile next month.", "sign", "planned"),
    ("A Danish envoy said Denmark would release the credit as soon as Malawi concluded a new accord with the Fund.",
     "concluded", "planned"),
    ("He said Chile would sign the accord when its president visited Lima.", "visited", "planned"),
    ("He said Chile would have signed the accord when its president visited Lima.", "visited", "occurred"),
    ("Peruvian firms feared Chilean goods would flood their market after Lima cut its tariffs last April.", "cut",
     "occurred"),
    ("He said Chile would sign the accord when its president visited Lima last April.", "visited", "occurred"),
    ("Chile signed the accord when its president visited Lima.", "visited", "occurred"),
    ("Ortiz said he is looking forward to the talks with the Chilean foreign minister.", "talks", "planned"),
    ("Ortiz said he looked forward to meeting the Chilean president.", "meeting", "planned"),
    ("He said the talks with the Chilean president went well.", "talks", "occurred"),
])
def test_wishes_and_acts_still_to_come(code, text, trigger, status):
    events, _ = code(text, "1987-04-13")
    assert _status_of(events, trigger) == [status], found_acts(events, status=True)
