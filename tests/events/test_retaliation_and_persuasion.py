"""Round 39's types: a retaliation in trade is a sanction (sanction.yaml, CAMEO 163: against or for a trade measure,
practice or goods, or done by a curb on trade), one against positions or for a raid stays a fight (190), vowed a
threat; a response told by the act it is done by is that act (clauses.done_by_means); an effort to persuade another
to act is a request of it (request.yaml, 020); a figure of one's own economy cut, and a step "sanctioned", are no
sanction (none_figures_and_dues.yaml); an attack on a programme or a practice is words (accuse.yaml, 111); credit
withdrawn from someone is help stopped (sanction.yaml, 162); a trade measure fought is opposed (reject.yaml, 120)."""

import pytest

from tests.events.conftest import names


def _coded(events):
    return [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Ottawa could retaliate against unfair Brazilian trade practices.", "retaliate"),
    ("Beijing retaliated against the new Canadian tariffs on steel.", "retaliated"),
    ("Seoul retaliated by raising import duties on Australian beef.", "retaliated"),
])
def test_a_retaliation_in_trade_is_a_sanction(rules_only, code, text, trigger):
    events, _ = code(text)
    assert _coded(events) == [(trigger, "SANCTION", "163")], _coded(events)


def test_a_retaliation_in_trade_is_done_to_the_trading_partner(rules_only, code):
    events, actors = code("Beijing retaliated against the new Canadian tariffs on steel.")
    assert "Canada" in names(events[0].target, actors)


@pytest.mark.parametrize("text, type_, cameo", [
    ("Tokyo retaliated by expelling two Russian diplomats.", "SANCTION", "166"),
    ("The Danish government responded by imposing tariffs on Norwegian salmon.", "SANCTION", "163"),
])
def test_a_response_told_by_its_means_is_that_act(rules_only, code, text, type_, cameo):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [(type_, cameo)], _coded(events)
    assert events[0].trigger not in ("retaliated", "responded")


@pytest.mark.parametrize("text, type_", [
    ("The Israeli army retaliated against Hezbollah positions in southern Lebanon.", "ASSAULT"),
    ("Iran vowed to retaliate for the American raid on its oil platforms.", "THREATEN"),
])
def test_must_nots_a_retaliation_by_force(rules_only, code, text, type_):
    events, _ = code(text)
    assert type_ in [e.type for e in events], _coded(events)
    assert "SANCTION" not in [e.type for e in events] and "ACCUSE" not in [e.type for e in events], _coded(events)


@pytest.mark.parametrize("text", [
    "The Treasury has been trying to persuade the South Korean government to revalue its currency.",
    "The Greek minister convinced the Turkish envoy to drop the claim to the islets.",
])
def test_persuading_another_to_act_is_a_request(rules_only, code, text):
    events, _ = code(text)
    assert [e.type for e in events] == ["REQUEST"], _coded(events)


def test_must_not_persuading_without_an_act_asked(rules_only, code):
    events, _ = code("The Treasury has been trying to persuade the Asian exporters.")
    assert "REQUEST" not in [e.type for e in events], _coded(events)


@pytest.mark.parametrize("text", [
    "The minister backed efforts to help Washington cut its trade deficit with Tokyo.",
    "Manila plans to buy more American grain to reduce its trade surplus with Washington.",
    "The central bank finally sanctioned a cut in the base rate on Monday.",
])
def test_a_figure_cut_or_a_step_sanctioned_is_no_sanction(rules_only, code, text):
    events, _ = code(text)
    assert "SANCTION" not in [e.type for e in events], _coded(events)


@pytest.mark.parametrize("text", [
    "Norway cut trade with South Africa over apartheid.",
    "Washington sanctioned three Chinese firms for selling missiles to Iran.",
])
def test_must_nots_trade_cut_and_a_party_sanctioned(rules_only, code, text):
    events, _ = code(text)
    assert "SANCTION" in [e.type for e in events], _coded(events)


def test_an_attack_on_a_programme_is_words(rules_only, code):
    events, _ = code("The Brazilian delegate attacked American farm programs on Tuesday.")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "111")], _coded(events)


def test_credit_withdrawn_from_someone_is_help_stopped(rules_only, code):
    events, _ = code("Britain has decided to withdraw tax credits from Swiss banks.")
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "162")], _coded(events)


def test_must_not_troops_withdrawn_stay_a_retreat(rules_only, code):
    events, _ = code("Moscow will withdraw its troops from Afghanistan.")
    assert [e.type for e in events] == ["RETREAT"], _coded(events)


def test_staff_fired_is_no_assault(rules_only, code):
    events, _ = code("The Dutch airline fired nine flight attendants after the strike.")
    assert "ASSAULT" not in [e.type for e in events], _coded(events)


def test_must_not_fire_on_people_stays_an_assault(rules_only, code):
    events, _ = code("Syrian soldiers fired on the protesters in the square.")
    assert [e.type for e in events] == ["ASSAULT"], _coded(events)


@pytest.mark.parametrize("text", [
    "Ottawa will fight the new American duties on cedar shingles.",
    "Santiago will fight the Peruvian action against Chilean copper exports in the courts.",
])
def test_a_trade_measure_fought_is_opposed(rules_only, code, text):
    events, _ = code(text)
    assert "REJECT" in [e.type for e in events] and "ASSAULT" not in [e.type for e in events], _coded(events)


@pytest.mark.parametrize("text", [
    "The minister said the crisis was a factor that convinced him to stay on.",
    "The exchange hopes to persuade large corporations to list their shares in Zurich.",
    "Argentina must convince foreign businessmen to invest in its mines.",
    "Tokyo persuaded Japanese carmakers to limit their exports to the United States.",
])
def test_must_nots_persuading_no_party_is_no_request(rules_only, code, text):
    """The persuader an actor, the persuaded a party: no thing, nobody in particular, no firm of one's own state."""
    events, _ = code(text)
    assert "REQUEST" not in [e.type for e in events], _coded(events)


def test_persuading_a_party_is_a_request_of_it(rules_only, code):
    events, actors = code("Paris persuaded Germany to lower its interest rates.")
    assert [e.type for e in events] == ["REQUEST"], _coded(events)
    assert names(events[0].source, actors) == {"France"} and names(events[0].target, actors) == {"Germany"}
