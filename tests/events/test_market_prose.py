"""Wire prose about markets and firms (events/data/non_events.yaml contexts): a wish about a market
or a figure, a forecast with "should", a question hung on a noun, a feeling raised by an outcome, trade that harms;
the requests, demands, decisions and attacks beside them that stay."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, kind", [
    # a wish about a market, a currency or a figure
    ("The Kenyan finance minister said the government does not want the shilling to fall sharply.", "REQUEST"),
    ("Peru's central bank wants the sol to be flexible and to respond to market conditions.", "REQUEST"),
    ("The Ugandan minister said the government wants it to remain stable.", "REQUEST"),
    # a forecast with "should"
    ("Codelco chairman Juan Perez said Codelco should experience a 20 pct improvement in earnings.", "REQUEST"),
    ("A U.S. official said U.S. copper stockpile releases should have a small effect on the accord.", "REQUEST"),
    # a question hung on a noun
    ("Kenya will announce its ruling on whether Ugandan exports have injured Kenyan farmers.", "ASSAULT"),
    # a feeling raised by an outcome
    ("Chilean officials said they were encouraged by the outcome of the talks.", "REQUEST"),
    # trade, or a failure, that harms
    ("Failure to find buyers for the maize is damaging Zimbabwe.", "ASSAULT"),
])
def test_market_prose_names_no_act_of_that_kind(code, text, kind):
    events, _ = code(text)
    assert kind not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text, kind", [
    ("Washington wants Tokyo to open its rice market.", "REQUEST"),
    ("The Peruvian minister said Bolivia should withdraw its troops from the border.", "REQUEST"),
    ("Kenya will decide whether to impose sanctions on Uganda.", "SANCTION"),
    ("The rebels were encouraged by Uganda to attack the town.", "REQUEST"),
    ("Ugandan troops were harming civilians in the border towns.", "ASSAULT"),
    ("Kenyan producers were hit by sanctions imposed by Uganda.", "SANCTION"),
])
def test_requests_demands_decisions_and_attacks_stay(code, text, kind):
    events, _ = code(text)
    assert kind in {e.type for e in events}, found_acts(events)


def test_talks_beside_an_encouraging_outcome_stay(code):
    events, _ = code("Peru said it was encouraged by the progress made in the negotiations with Bolivia.")
    assert [e.type for e in events] == ["CONSULT"], found_acts(events)


def test_trading_in_a_stock_held_up_is_no_refusal(code):
    events, _ = code("The Nairobi Stock Exchange delayed trading in Kenya Airways shares this morning pending news.")
    assert "REJECT" not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text, kind", [("Kenya suspended talks with Uganda over the border dispute.", "SANCTION"),
                                        ("Uganda halted the delivery of arms to the rebels.", "SANCTION")])
def test_talks_and_deliveries_held_up_stay(code, text, kind):
    events, _ = code(text)
    assert kind in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", ["The Kenyan government had expressed concern about inflation in its latest survey.",
                                  "Peru voiced concern over the rise in food prices."])
def test_concern_about_a_figure_blames_nobody(code, text):
    events, _ = code(text)
    assert "ACCUSE" not in {e.type for e in events}, found_acts(events)


def test_concern_over_a_side_s_act_stays(code):
    events, _ = code("Kenya's banks expressed grave concern over Uganda's suspension of interest payments.")
    assert "ACCUSE" in {e.type for e in events}, found_acts(events)


def test_trading_a_stock_held_up_told_as_a_modifier_is_no_refusal(code):
    events, _ = code("The Lima exchange delayed trading Banco Andino shares this morning.")
    assert "REJECT" not in {e.type for e in events}, found_acts(events)


def test_a_position_in_a_market_is_no_ground_taken(code):
    events, _ = code("Dealers took out new positions against Nigeria's naira.")
    assert "ASSAULT" not in {e.type for e in events}, found_acts(events)


def test_positions_taken_by_troops_stay_to_the_rules(code):
    events, _ = code("Ugandan troops took up positions near the Kenyan border.")
    assert "ASSAULT" in {e.type for e in events}, found_acts(events)


def test_a_question_on_doubts_is_asked_not_done(code):
    events, _ = code("Dealers said they were reluctant to trade amid doubts over whether Nigeria can defend the naira.")
    assert "SUPPORT" not in {e.type for e in events}, found_acts(events)
