"""Acts a sentence only names, none of them done (events/data/non_events.yaml, events/roles/trips.py): an accord
or a failure held out as a condition, what a plan provides or a loan is for, a commentator's agreement, a gathering
named as the time of a market's move, a way back home, a seat on a firm's board left, the act a demand
names, an office taken up, news that forces, a cause said to be to blame; and the close sentences whose acts stay."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Japan will raise its tariffs on steel in May unless Tokyo and Washington reach an agreement.",
    "Brazil would impose quotas only if its talks with Argentina again fail to reach an accord.",
])
def test_an_accord_held_out_as_a_condition_is_not_reached(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Chile would recall its envoy if its talks with Peru fail.",
    "Brazil would impose quotas only if its talks with Argentina again fail to reach an accord.",
])
def test_a_failure_held_out_as_a_condition_has_not_happened(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "talks"], found_acts(events)


def test_an_accord_reached_and_a_failure_told_stay(code):
    events, _ = code("Brazil and Argentina reached an accord on Monday.")
    assert "AGREE" in {e.type for e in events}, found_acts(events)
    events, _ = code("Chile's talks with Peru failed on Monday.")
    assert ("REJECT", "talks") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The government's draft bill calls for new curbs on foreign banks.",
    "Chile's pension reform plan calls for a higher retirement age.",
])
def test_what_a_plan_or_a_bill_provides_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


def test_a_body_that_calls_for_a_thing_still_asks(code):
    events, _ = code("The Chilean senate called for a higher retirement age.")
    assert ("REQUEST", "called") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The World Bank said the credit will support Ghana's road programme.",
    "The new grant will help Ghana's cocoa farmers, the World Bank said.",
])
def test_what_a_loan_is_for_is_no_act_of_it(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("SUPPORT", "AID")], found_acts(events)


def test_the_lender_that_supports_a_programme_stays(code):
    events, _ = code("The World Bank will support Ghana's road programme with a new credit.")
    assert ("SUPPORT", "support") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Lena Park, an economist at a Seoul brokerage, agreed.",
    "Several analysts in Tokyo agreed.",
])
def test_a_commentator_who_agrees_shares_a_view(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"], found_acts(events)


def test_a_minister_who_agrees_still_agrees(code):
    events, _ = code("The Korean foreign minister agreed to the plan.")
    assert ("AGREE", "agreed") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Oil prices rose ahead of next week's OPEC meeting in Vienna.",
    "Kenya's shilling firmed on the eve of the African Union summit.",
    "Gold was steady in the run-up to Thursday's meeting of the European Central Bank.",
    "Tin prices are at their lowest level in a decade ahead of next month's OPEC conference.",
])
def test_a_gathering_named_as_the_time_of_a_market_move_is_no_meeting_told(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Zinc prices now stand three cents above their level at the outset of the OPEC meeting on Tuesday.",
    "Gold prices have risen by ten dollars since the close of the OPEC meeting on Friday.",
    "Traders expect the rally in gold to last until after the OPEC meeting in Vienna.",
    "Dealers said crude prices should stay firm until after next week's OPEC meeting.",
])
def test_a_gathering_whose_start_or_end_times_a_market_move_is_no_meeting_told(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


def test_a_meeting_held_after_a_summit_stays(code):
    events, _ = code("Iran's oil minister met Saudi officials after the OPEC meeting in Vienna.")
    assert ("CONSULT", "met") in found_acts(events), found_acts(events)
    events, _ = code("The OPEC ministers met in Vienna at the start of the summit.")
    assert ("CONSULT", "met") in found_acts(events), found_acts(events)


def test_a_meeting_held_ahead_of_a_summit_stays(code):
    events, _ = code("The French minister met his German counterpart ahead of the European Union summit.")
    assert ("CONSULT", "met") in found_acts(events), found_acts(events)
    events, _ = code("OPEC ministers will meet next month in Vienna.")
    assert ("CONSULT", "meet") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text, verb", [
    ("Peru's president returned to Peru on Sunday after a week of talks in Madrid.", "returned"),
    ("The Japanese prime minister returned to Japan after three days in Seoul.", "returned"),
    ("The Japanese prime minister flew back to Japan on Sunday.", "flew"),
])
def test_a_way_back_to_the_own_state_is_no_act(code, text, verb):
    events, _ = code(text)
    assert verb not in {e.trigger for e in events}, found_acts(events)


def test_a_return_to_another_state_is_a_visit(code):
    events, _ = code("The German chancellor returned to France for talks on Friday.")
    assert ("CONSULT", "returned") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "Dalton Mining Ltd said Walter Ngugi, a Kenyan lawyer, has stepped down from its board of directors.",
    "Orrin Blake has resigned from the board of directors, Dalton Mining Ltd said.",
    "Paula Greer, a former senator, has resigned from the company's board, Vantor Systems Inc said.",
])
def test_a_seat_on_a_firm_s_board_left_is_no_resignation_from_office(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONCEDE", "RETREAT")], found_acts(events)


def test_a_minister_who_leaves_a_state_bank_s_board_still_resigns(code):
    events, _ = code("The Kenyan finance minister resigned from the central bank's board on Friday.")
    assert ("RETREAT", "resigned") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The main obstacle is the opposition's insistence that the army should withdraw from the capital.",
    "The sticking point remains Peru's proposal that Chile should withdraw its troops from the border zone.",
    "Lima repeated its demand that Chile should withdraw its troops from the border zone.",
])
def test_the_act_a_demand_names_is_not_done(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "RETREAT"], found_acts(events)


def test_an_act_done_after_a_demand_stays(code):
    events, _ = code("The army withdrew from the capital after the opposition's demand.")
    assert ("RETREAT", "withdrew") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "General Moyo will take over as army chief next month.",
    "Amina Yusuf will take over as Nigeria's oil minister in June.",
    "Colonel Okoro took over as governor of Lagos state last year.",
])
def test_an_office_taken_up_is_no_seizure(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT")], found_acts(events)


def test_a_town_taken_over_stays_seized(code):
    events, _ = code("Rebels took over the town of Goma on Monday.")
    assert ("ASSAULT", "took") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "News of the bumper rice harvest compelled Thailand to lower its export prices.",
    "The prospect of lower rubber prices has forced Malaysia to cut its output.",
])
def test_news_or_a_prospect_that_forces_is_no_coercion(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "COERCE"], found_acts(events)


def test_an_army_that_forces_villagers_still_coerces(code):
    events, _ = code("The army forced the villagers to leave the valley.")
    assert ("COERCE", "forced") in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "EU ministers will also seek to end a row over cuts in dairy aid, largely to blame for a gap in the EU budget.",
    "Japan's rice subsidies, partly to blame for the rise in food prices, will be cut by the Japanese government.",
    "Nigerian officials will discuss the drought in the north, partly to blame for the rise in food prices.",
])
def test_a_cause_said_to_be_to_blame_is_no_accusation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


def test_a_side_held_to_blame_by_a_speaker_or_blamed_stays_accused(code):
    events, _ = code("Iran's navy was mainly to blame for the clashes, Kuwait said.")
    assert ("ACCUSE", "blame") in found_acts(events), found_acts(events)
    events, _ = code("Kuwait moved quickly to blame Iran for the raid on the tanker.")
    assert ("ACCUSE", "blame") in found_acts(events), found_acts(events)
