"""Words of acts that tell none: a ride or a drink had, a curve flattened, a bill rammed through, an order or a tactic
deployed, a report neither confirmed nor denied, one's own family supported, a letter joined, a group hit hardest, an
errand or a call to a scene, burdens recognised, a return to some version of normal life, power cuts that kill
businesses; and an act on a noun of failure is not done (events/data/non_events.yaml, figures_of_speech.yaml,
patterns/none*.yaml, data/negation.yaml `unwilling_nouns`)."""

import pytest

from tests.events.conftest import found_acts


def _types(events) -> set[str]:
    return {e.type for e in events}


@pytest.mark.parametrize("text", [
    "After weeks of waiting, the student finally managed to catch a flight out of Lima on Tuesday.",
    "The two reporters caught the last train to Kyiv before the border closed.",
    "Travellers who go grab a mojito with a Cuban stranger should tell someone first.",
    "Why not grab a drink with some Irish students after the match?",
    "Hikers who hit the trail with some Danish tourists should carry water.",
])
def test_a_ride_a_drink_or_a_hike_is_no_seizure_nor_blow(code, text):
    events, _ = code(text)
    assert not _types(events) & {"COERCE", "ASSAULT"}, found_acts(events, status=True)


def test_a_suspect_caught_stays_a_seizure(code):
    events, _ = code("Police caught the suspect near the Austrian border on Friday.")
    assert "COERCE" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Health officials urged residents to stay home to flatten the curve.",
    "Analysts said the Bank of England would execute two-day repurchases to drain surplus funds.",
    "Senator Brown said the majority leader will try to ram a judge through before the election.",
    "Brownouts are killing our businesses and our jobs, the chamber of commerce said.",
])
def test_a_curve_a_market_operation_a_vote_or_a_power_cut_is_no_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["Artillery hit the convoy near the town of Kupiansk on Sunday.",
                                  "Gunmen killed two shopkeepers in the market on Friday."])
def test_a_convoy_hit_or_people_killed_stay_attacks(code, text):
    events, _ = code(text)
    assert "ASSAULT" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "The mayor deployed an emergency order to close the schools.",
    "Last spring the county executive deployed a state of emergency order against the flu.",
    "The premier would face trouble if he brought back a lockdown, a harsh tactic deployed by Premier Daniel Andrews "
    "last year.",
])
def test_an_order_or_a_tactic_deployed_is_no_move_of_forces(code, text):
    events, _ = code(text)
    assert "MOBILIZE" not in _types(events), found_acts(events, status=True)


def test_troops_deployed_stay_a_move(code):
    events, _ = code("India deployed 2,000 troops to the border on Monday.")
    assert "MOBILIZE" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Officials at the central bank in Seoul would neither confirm nor deny the Yonhap figure.",
    "Ministry officials would neither confirm nor deny the Kyodo report, saying only that talks continue.",
    "Officials in Seoul neither confirmed nor denied that the envoy had left.",
])
def test_neither_confirmed_nor_denied_is_no_denial(code, text):
    events, _ = code(text)
    assert "ACCUSE" not in _types(events), found_acts(events, status=True)


def test_a_plain_denial_stays(code):
    events, _ = code("North Korea denied that it had fired a missile toward Japan.")
    assert "ACCUSE" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["The factory hires refugees so that they can support their families.",
                                  "He drove a taxi at night to support himself while at university."])
def test_ones_own_family_supported_is_no_backing(code, text):
    events, _ = code(text)
    assert "SUPPORT" not in _types(events), found_acts(events, status=True)


def test_a_state_supported_stays_support(code):
    events, _ = code("The European Union will support Ukraine's bid for membership.")
    assert "SUPPORT" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Ten senators joined Senator Reed in a letter urging the Pentagon to review the contract.",
    "The mayor joined other city leaders in a statement condemning the attack.",
    "Three more lawmakers joined the chorus of critics of the plan.",
])
def test_a_letter_or_a_chorus_joined_is_no_meeting(code, text):
    events, _ = code(text)
    assert "CONSULT" not in _types(events), found_acts(events, status=True)


def test_talks_joined_stay_a_meeting(code):
    events, _ = code("Egypt joined the talks in Doha on Tuesday.")
    assert "CONSULT" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["Poor neighbourhoods and older people are being hit the hardest, the mayor said.",
                                  "Families on low incomes are being hit the hardest by rising prices."])
def test_those_hit_hardest_by_no_one_suffer_no_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in _types(events), found_acts(events, status=True)


def test_a_town_hit_hard_by_shelling_stays_an_attack(code):
    events, _ = code("The town was hit hard by Russian shelling overnight.")
    assert "ASSAULT" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Many residents still cannot visit a grocery store without a long walk.",
    "Police attended the scene after a car struck a lamp post.",
    "Health experts said officials need to expand testing to return to some version of normalcy.",
])
def test_an_errand_a_scene_or_normal_life_is_no_visit(code, text):
    events, _ = code(text)
    assert "CONSULT" not in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["The minister visited the Interior Ministry on Monday.",
                                  "The premier began a three-day visit to Beijing on Sunday."])
def test_a_visit_to_a_ministry_or_a_capital_stays(code, text):
    events, _ = code(text)
    assert "CONSULT" in _types(events), found_acts(events, status=True)


def test_burdens_recognised_are_no_recognition(code):
    events, _ = code("The Commission's paper will recognise the heavy burdens that the farm policy places on budgets.")
    assert "SUPPORT" not in _types(events), found_acts(events, status=True)


def test_a_government_recognised_stays(code):
    events, _ = code("Japan recognised the new government in Kabul on Monday.")
    assert ("SUPPORT", "054") in {(e.type, e.cameo) for e in events}, found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "The peso, hit by the inability of Argentina's government to curb inflation, has lost half its value this year.",
    "The pound, hurt by the failure of the divided cabinet to end the civil war, fell again on Monday.",
])
def test_an_act_on_a_noun_of_failure_is_not_done(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in _types(events), found_acts(events, status=True)
    assert all(e.status != "occurred" for e in events if e.trigger in ("curb", "end")), found_acts(events, status=True)


def test_an_act_on_a_noun_of_decision_is_not_denied(code):
    events, _ = code("The cabinet's decision to withdraw troops from the island surprised Kenya.")
    assert any(e.type == "RETREAT" and e.status != "negated" for e in events), found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "The mayor's powers to shut the markets during the outbreak were struck down by a state judge last month.",
    "In what was blamed on a faulty wire, two traders died in a fire at the market.",
])
def test_a_rule_struck_down_or_a_mishap_blamed_on_a_fault_is_no_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in _types(events), found_acts(events, status=True)


def test_a_building_struck_stays_an_attack(code):
    events, _ = code("Israeli jets struck the building on Sunday.")
    assert "ASSAULT" in _types(events), found_acts(events, status=True)


def test_a_blast_blamed_on_a_state_stays_an_accusation(code):
    events, _ = code("Kyiv blamed the blast on Moscow.")
    assert "ACCUSE" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["Having gone through ebola, Liberia now has deep experience in tracing contacts.",
                                  "Having gone through mers, Korea now has long experience in testing travellers."])
def test_an_ordeal_gone_through_is_no_concession(code, text):
    events, _ = code(text)
    assert not events, found_acts(events, status=True)


def test_hospitals_overwhelmed_by_a_rise_in_cases_are_no_threat(code):
    events, _ = code("We face a fast rise in cases that threatens to overwhelm our hospitals, our nurses and your "
                     "access to care.")
    assert not _types(events) & {"THREATEN", "ASSAULT"}, found_acts(events, status=True)


def test_a_garrison_overwhelmed_by_rebels_stays_an_attack(code):
    events, _ = code("Rebels overwhelmed the garrison at dawn.")
    assert "ASSAULT" in _types(events), found_acts(events, status=True)


@pytest.mark.parametrize("text", ["The United States deployed air power against the militants on Friday.",
                                  "The army deployed more resources to the border."])
def test_air_power_or_resources_deployed_stay_a_move(code, text):
    events, _ = code(text)
    assert "MOBILIZE" in _types(events), found_acts(events, status=True)
