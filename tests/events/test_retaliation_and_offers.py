"""A retaliation in a sentence about trade is a curb on trade, and a threat of one a threat of sanctions
(sanction.yaml, threaten.yaml: `sentence_words`); securities or amendments offered, a plan launched, a market targeted,
a firm taken over, capacity searched for, a team assembled, a licence given up, a breach of rules committed, reserves
cut pledge, mobilise, strike, seize, probe, meet, retreat or cut nothing (none.yaml); striking back is a blow returned,
of trade in a sentence about trade, never a stoppage of work (assault.yaml, sanction.yaml); a way of thinking attacked
is criticised (accuse.yaml); a petition denied is refused and a measure's adoption blocked is vetoed (reject.yaml).
A gathering told a statement: test_gathering_audiences.py."""

import pytest


def _coded(events):
    return [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text, code_", [
    ("Officials said Washington could retaliate against Seoul unless it opens its markets.", "163"),
    ("Ottawa said it would retaliate against Bonn over the new levy on its timber exports.", "163"),
])
def test_a_retaliation_in_a_sentence_about_trade_is_a_curb_on_trade(typed, text, code_):
    assert typed(text)["retaliate"] == ("SANCTION", code_)


@pytest.mark.parametrize("text", [
    "Iran vowed to retaliate against Iraq for the missile attack on Tehran.",
    "Syria said it would retaliate against Israel if its troops crossed the border to hit its export routes.",
])
def test_must_not_a_retaliation_told_with_blows_stays_a_fight(typed, text):
    assert typed(text)["retaliate"][0] == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Washington threatened retaliatory measures against Tokyo over its chip exports.",
    "The United States threatened to retaliate against Japan over its chip exports.",
])
def test_a_retaliation_threatened_in_a_trade_row_is_a_threat_of_sanctions(rules_only, code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "131")], _coded(events)


def test_must_not_a_retaliation_threatened_after_a_raid_is_a_threat_of_sanctions(rules_only, code):
    events, _ = code("Washington threatened retaliation against Moscow after the raid on its embassy.")
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "130")], _coded(events)


@pytest.mark.parametrize("text, word", [
    ("The bonds, offered in Zurich by a Swiss bank, mature in 1992.", "offered"),
    ("Three senators will offer amendments to the dairy bill next week.", "offer"),
    ("Chile offers a large market for European machine makers.", "offers"),
    ("The measure, offered by Senator Ruth Keller, was attached to the shipping bill.", "offered"),
    ("Several senators plan to offer a string of amendments to the water bill.", "offer"),
    ("The coffee growers launched a scheme to hold back exports.", "launched"),
    ("The ministry wants to target problem sectors in its trade with Seoul.", "target"),
    ("The Belgian bank took over the leasing unit of the group.", "took"),
    ("The cheap tractor revolutionised the country's farm industry.", "revolutionised"),
    ("The state gas firm is hunting abroad for more storage capacity.", "hunting"),
    ("The negotiating team assembled by the party chairman met on Friday.", "assembled"),
    ("The Swiss bank has surrendered the licence of its Tokyo branch.", "surrendered"),
    ("The order bars the dealers from committing further breaches of the banking rules.", "committing"),
    ("The aim is to cut Taiwan's foreign exchange reserves.", "cut"),
])
def test_economic_acts_name_no_act_between_parties(typed, text, word):
    assert typed(text)[word][0] == "NONE"


@pytest.mark.parametrize("text, word, type_", [
    ("Peru offered talks to Ecuador on the border.", "offered", "AGREE"),
    ("The rebels targeted the army base with rockets.", "targeted", "ASSAULT"),
    ("The rebels launched an offensive against the capital.", "launched", "ASSAULT"),
    ("The police searched for the gunmen in the hills.", "searched", "ACCUSE"),
    ("Washington cut aid to Managua.", "cut", "SANCTION"),
    ("The troops surrendered their weapons to the peacekeepers.", "surrendered", "RETREAT"),
])
def test_must_not_acts_between_parties_keep_their_type(rules_only, code, text, word, type_):
    events, _ = code(text)
    assert [e.type for e in events if word in e.trigger] == [type_], _coded(events)


def test_a_way_of_thinking_attacked_is_criticised(rules_only, code):
    events, _ = code("The Chinese premier attacked the 'money first' mentality of the provincial officials.")
    assert [e.type for e in events] == ["ACCUSE"], _coded(events)


@pytest.mark.parametrize("text, word", [
    ("The Supreme Court denied a petition by Hybrid Labs Inc asking it to review a patent.", "denied"),
    ("Enough EC states are opposed to the scheme to block its adoption.", "block"),
])
def test_a_petition_denied_or_an_adoption_blocked_is_refused(typed, text, word):
    assert typed(text)[word][0] == "REJECT"


def test_must_not_reports_denied_stay_a_denial(typed):
    assert typed("Iran denied reports that it had mined the strait.")["denied"] == ("ACCUSE", "110")


@pytest.mark.parametrize("text, expected", [
    ("Iran will strike back against Iraq for the attack on its oil terminal.", ("ASSAULT", "190")),
    ("Brazil said it may strike back against Washington over its tariffs.", ("SANCTION", "163")),
])
def test_striking_back_is_a_blow_returned_or_a_curb_on_trade_never_a_stoppage(typed, text, expected):
    assert typed(text)["strike"] == expected


def test_must_not_workers_who_strike_against_a_firm_stop_work(typed):
    assert typed("The dockers will strike against the port authority on Monday.")["strike"] == ("PROTEST", "143")
