"""Words that look like acts and are none where they stand (round 44): a craft's voyage told in a clause on it, a
stance told in a "with" clause on a state of things, a text released, a price a clause says is charged, sums
amassed, a stance taken, what a forecast calls for, and what one is confident will come. Each with the close
sentence that keeps its act."""

import pytest


def _acts(events, kind: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events if e.type == kind]


@pytest.mark.parametrize("text", [
    "Indian warships last week protected an Iranian ship which sailed to Oman with arms.",
    "Indian warships escorted a Kuwaiti ship that went to Oman with wheat.",
])
def test_a_craft_s_voyage_told_in_a_clause_on_it_is_no_visit(code, text):
    events, _ = code(text)
    assert not _acts(events, "CONSULT"), _acts(events, "CONSULT")


def test_a_traveller_s_voyage_told_in_a_clause_on_him_stays_a_visit(code):
    events, _ = code("The envoy, who sailed to Malta on a ferry, met the prime minister.")
    assert ("CONSULT", "sailed") in _acts(events, "CONSULT")


@pytest.mark.parametrize("text", [
    "Fishing rights are the main quarrel between the two states, with Lisbon accusing Rabat of ignoring the quotas.",
    "The dam has been a sore point for a decade, with Egypt criticising Ethiopia for filling it too fast.",
])
def test_a_stance_told_in_a_with_clause_on_a_state_of_things_is_no_act(code, text):
    events, _ = code(text)
    assert not _acts(events, "ACCUSE"), _acts(events, "ACCUSE")


def test_a_stance_told_in_a_with_clause_on_an_act_stays(code):
    events, _ = code("The talks broke up on Friday, with Lisbon accusing Rabat of ignoring the quotas.")
    assert _acts(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "In a communique released by its embassy in Rome, the ministry said exports rose by 12 percent.",
    "Chile released a declaration on the fishing dispute on Monday.",
])
def test_a_text_released_frees_nobody(code, text):
    events, _ = code(text)
    assert not _acts(events, "RETREAT"), _acts(events, "RETREAT")


def test_people_released_are_freed(code):
    events, _ = code("Chile released two fishermen held since May.")
    assert _acts(events, "RETREAT")


@pytest.mark.parametrize("text", ["The railway has cut the fares it charges farmers to 12 pesos a tonne.",
                                  "Mexico will raise the rate it charges Cuban importers."])
def test_a_price_a_clause_says_is_charged_is_no_accusation(code, text):
    events, _ = code(text)
    assert not _acts(events, "ACCUSE"), _acts(events, "ACCUSE")


def test_a_person_charged_with_a_crime_is_accused(code):
    events, _ = code("Prosecutors charged the mayor of Lima with fraud.")
    assert _acts(events, "ACCUSE")


@pytest.mark.parametrize("text", ["Air Chile amassed losses of up to 40 mln U.S. dlrs, the panel says.",
                                  "Air Peru amassed debts of 90 mln U.S. dlrs, the panel says."])
def test_sums_amassed_are_no_forces_massed(code, text):
    events, _ = code(text)
    assert not _acts(events, "MOBILIZE"), _acts(events, "MOBILIZE")


def test_troops_amassed_are_massed(code):
    events, _ = code("The rebels amassed troops near the border.")
    assert _acts(events, "MOBILIZE")


@pytest.mark.parametrize("text", ["Oslo has taken the position that the treaty does not cover the islands.",
                                  "Lima took the position of waiting for the court's ruling."])
def test_a_stance_taken_seizes_nothing(code, text):
    events, _ = code(text)
    assert not _acts(events, "ASSAULT"), _acts(events, "ASSAULT")


def test_positions_on_a_hill_taken_are_seized(code):
    events, _ = code("The rebels took positions on the hill overlooking the town.")
    assert _acts(events, "ASSAULT")


@pytest.mark.parametrize("text", ["The IMF's latest outlook calls for slower growth in Chile next year.",
                                  "The World Bank's projection calls for higher prices in Brazil."])
def test_what_a_forecast_calls_for_is_no_request(code, text):
    events, _ = code(text)
    assert not _acts(events, "REQUEST"), _acts(events, "REQUEST")


def test_what_a_person_calls_for_is_asked(code):
    events, _ = code("The IMF's mission chief calls for slower spending in Chile.")
    assert _acts(events, "REQUEST")


@pytest.mark.parametrize("text", [
    "Analysts are confident that the new governor will restore good relations with Brasilia.",
    "Analysts are optimistic that Lima will lift the ban on Chilean fruit.",
])
def test_what_one_is_confident_will_come_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


def test_a_past_act_one_is_sure_of_stays(code):
    events, _ = code("Diplomats are sure that Quito expelled the attache last week.")
    assert _acts(events, "SANCTION")


@pytest.mark.parametrize("text", [
    "He hoped talks would begin soon to enlarge the IMF's loan facility, which helps 40 of the poorest countries.",
    "Brazil wants to widen the IMF's compensatory facility, which aids countries hurt by falling export prices.",
])
def test_a_thing_s_standing_work_told_in_the_present_is_no_aid(code, text):
    events, _ = code(text)
    assert not _acts(events, "AID"), _acts(events, "AID")


def test_what_a_fund_did_in_the_past_stays_aid(code):
    events, _ = code("Chile backs the World Bank's trade fund, which helped Bolivia and Peru last year.")
    assert ("AID", "helped") in _acts(events, "AID")


@pytest.mark.parametrize("text", ["The envoy is widely admired in Peru.",
                                  "Ruiz is greatly esteemed by Peruvian bankers."])
def test_a_regard_held_in_the_present_is_no_praise(code, text):
    events, _ = code(text)
    assert not _acts(events, "SUPPORT"), _acts(events, "SUPPORT")


def test_a_regard_shown_in_the_past_stays(code):
    events, _ = code("Chilean voters admired the judges of the supreme court for their courage.")
    assert _acts(events, "SUPPORT")


@pytest.mark.parametrize("text", ["Peru's president is keen to hear the Chilean envoy explain the plan.",
                                  "Bankers are eager to hear Ruiz set out his views on the debt."])
def test_what_one_longs_to_hear_is_no_meeting(code, text):
    events, _ = code(text)
    assert not _acts(events, "CONSULT"), _acts(events, "CONSULT")


@pytest.mark.parametrize("text", [
    "As Santiago strains to finance its tax cuts through lower subsidies, it cannot pay for the layoffs.",
    "The second budget will be used to finance the Chilean government's wage bill.",
])
def test_one_s_own_spending_financed_is_no_aid(code, text):
    events, _ = code(text)
    assert not _acts(events, "AID"), _acts(events, "AID")


def test_a_work_financed_stays_aid(code):
    events, _ = code("Japan will finance the new dam in Chile.")
    assert _acts(events, "AID")


@pytest.mark.parametrize("text", ["In this way the Chilean Finance Ministry could meet growing pressure to raise "
                                  "spending.",
                                  "The Chilean cabinet has to meet pressures from the unions to raise wages."])
def test_pressure_met_is_no_meeting(code, text):
    events, _ = code(text)
    assert not _acts(events, "CONSULT"), _acts(events, "CONSULT")


def test_leaders_met_are_a_meeting(code):
    events, _ = code("The Chilean finance minister will meet union leaders on Monday.")
    assert _acts(events, "CONSULT")


@pytest.mark.parametrize("text", ["The reform will give the Chilean treasury better borrowing terms next year, the "
                                  "minister said.",
                                  "The accord will grant Peru softer credit terms."])
def test_terms_of_a_deal_are_no_prison_term(code, text):
    events, _ = code(text)
    assert not _acts(events, "COERCE"), _acts(events, "COERCE")


def test_a_prison_term_given_is_a_sentence(code):
    events, _ = code("The Chilean court gave the mayor a five-year prison term.")
    assert _acts(events, "COERCE")


@pytest.mark.parametrize("text", ["The force's task would be to protect Chilean ships in the strait.",
                                  "The IMF's role would be to warn Chile when its spending strays."])
def test_a_role_told_is_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]


def test_a_first_act_told_stays(code):
    events, _ = code("The minister's first act was to expel the Peruvian envoy.")
    assert _acts(events, "SANCTION")


@pytest.mark.parametrize("text", ["Mexican traders are returning to dealing with the Bank of Japan.",
                                  "Several Peruvian banks have returned to lending to the World Bank."])
def test_a_way_of_acting_taken_up_again_is_no_return(code, text):
    events, _ = code(text)
    assert "returning" not in {e.trigger for e in events} and "returned" not in {e.trigger for e in events}, \
        [(e.type, e.trigger) for e in events]


def test_a_return_to_a_place_stays_a_trip(code):
    events, _ = code("The Peruvian envoy returned to Santiago for talks with the Chilean president.")
    assert ("CONSULT", "returned") in _acts(events, "CONSULT")


def test_the_act_taken_up_again_stays(code):
    events, _ = code("Peruvian rebels have returned to attacking power lines in the Andes.")
    assert _acts(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Chilean banks invested heavily in Peruvian bonds last year.",
    "Some big Chilean pension funds are slowly returning to investing in U.S. Treasuries.",
])
def test_a_stake_taken_in_a_market_is_no_investment_in_a_party(code, text):
    events, _ = code(text)
    assert not _acts(events, "COOPERATE"), _acts(events, "COOPERATE")


def test_an_investment_in_a_plant_stays(code):
    events, _ = code("Japan will invest in a new steel plant in Chile.")
    assert _acts(events, "COOPERATE")


@pytest.mark.parametrize("text", [
    "A confused view of the Chile-Peru trade talks is again weighing on traders in Lima.",
    "Hopes for a meeting between the Chilean and Peruvian presidents lifted shares in Lima.",
    "Doubts about the Chilean-Argentine border talks pushed the peso lower.",
])
def test_an_act_named_inside_a_mood_is_not_told(code, text):
    events, _ = code(text)
    assert not _acts(events, "CONSULT"), _acts(events, "CONSULT")


def test_talks_told_as_held_stay(code):
    events, _ = code("The talks between Chile and Peru ended on Friday without a deal.")
    assert _acts(events, "CONSULT")
