"""Types of acts told through another (round 75, types75; events/blocked_acts.py, events/disavowals.py): a curb
voted down by a chamber is the curb, not done, by the chamber (SANCTION negated), not the chamber's refusal; a denial
that the denier means to act disowns the course, a refusal (REJECT deny), where a denial of a deed or a charge stays
the answer to an accusation (ACCUSE 110). Sentences written for these tests."""

import pytest

from tests.events.conftest import names


def _coded(events) -> list[tuple]:
    return [(e.type, e.cameo, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, target", [
    ("The Senate defeated an attempt to cut military aid to Honduras.", "Honduras"),
    ("The Senate rejected an effort to halt aid to Guatemala.", "Guatemala"),
    ("The House voted down a move to impose sanctions on Chile.", "Chile"),
    ("An amendment to suspend aid to Guatemala was defeated by the Senate on Tuesday.", "Guatemala"),
    ("The House defeated an amendment that would have cut aid to Honduras.", "Honduras"),
])
def test_a_curb_voted_down_is_the_curb_not_done(code, text, target):
    events, actors = code(text)
    curbs = [e for e in events if e.type == "SANCTION"]
    assert [e.status for e in curbs] == ["negated"], _coded(events)
    assert target in " ".join(names(curbs[0].target, actors)), _coded(events)
    assert curbs[0].source, _coded(events)
    assert not [e for e in events if e.type in ("REJECT", "COERCE")], _coded(events)


@pytest.mark.parametrize("text, ptype, status", [
    ("Iraq rejected an attempt to impose sanctions on it.", "REJECT", "occurred"),  # no chamber: a refusal
    ("The Senate passed a bill to cut aid to Honduras.", "SANCTION", "occurred"),   # passed, not voted down
])
def test_other_votes_and_refusals_keep_their_readings(code, text, ptype, status):
    events, _ = code(text)
    assert (ptype, status) in {(e.type, e.status) for e in events}, _coded(events)
    assert "negated" not in {e.status for e in events}, _coded(events)


@pytest.mark.parametrize("text", [
    "The junta in Tripoli denied as groundless reports that it meant to menace Chad.",
    "Syria denied that it would attack Israel.",
    "Greece denied that it was planning to close its airspace to Turkish flights.",
])
def test_a_denial_of_ones_own_intent_is_a_refusal(code, text):
    events, _ = code(text)
    assert [(e.type, e.mode) for e in events if e.trigger == "denied"] == [("REJECT", "deny")], _coded(events)


@pytest.mark.parametrize("text", [
    "Ankara has denied the charges.",
    "Greece denied that its boats had fired on the Turkish vessel.",
    "Kenya denied that Uganda planned to close the border.",   # another's intent: a claim answered
    "Syria denied that it would have attacked the convoy.",    # a deed, told as what would have been
])
def test_a_denial_of_a_deed_or_a_charge_stays_an_accusation_answered(code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events if e.trigger == "denied"] == [("ACCUSE", "110")], _coded(events)


@pytest.mark.parametrize("text, word, coded", [
    ("Moscow conducted an underground nuclear test near the lake on Friday.", "conducted", ("MOBILIZE", "150")),
    ("Paris carried out two missile tests over the ocean.", "carried", ("MOBILIZE", "150")),
    ("Last June the commission denied the merger on competitive grounds.", "denied", ("REJECT", "120")),
    ("The regulators denied the takeover of the carrier.", "denied", ("REJECT", "120")),
])
def test_words_take_the_type_of_their_sense(typed, text, word, coded):
    assert typed(text).get(word) == coded, typed(text)


@pytest.mark.parametrize("text, word", [
    ("The ports of Ruritania have been hit by a run of walkouts since the wage freeze.", "hit"),
    ("Four armed launches tried to approach the offshore oil terminal.", "approach"),
    ("A Swiss and a Dutch firm are the main contenders to take control of the state cable maker.", "take"),
    ("The black list of defaulters has been sanctioned by the central bank.", "sanctioned"),
])
def test_no_blow_and_no_meeting(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    ("The laboratory conducted a test of the new vaccine.", "conducted", None),   # no weapon: no show of force
    ("The town was hit by rockets and artillery shells.", "hit", "ASSAULT"),
    ("The minister approached the bank for a loan.", "approached", "CONSULT"),
    ("The rebels took control of the town on Sunday.", "took", "ASSAULT"),
    ("Ankara denied the charges.", "denied", "ACCUSE"),
    ("Washington sanctioned three Iranian firms on Monday.", "sanctioned", "SANCTION"),
])
def test_the_same_words_keep_their_readings(typed, text, word, ptype):
    got = typed(text).get(word, ("NONE",))[0]
    assert got != "MOBILIZE" if ptype is None else got == ptype, typed(text)


def test_diplomats_not_allowed_to_use_their_embassy_are_a_curb_on_their_state(code):
    events, actors = code("The ministry said Ruritanian diplomats would not be allowed to use the new embassy until "
                          "the quarrel over its site was settled.")
    curbs = [e for e in events if e.type == "SANCTION"]
    assert [(e.cameo, e.trigger) for e in curbs] == [("161", "allowed")], _coded(events)
    assert not [e for e in events if e.type == "REJECT"], _coded(events)


@pytest.mark.parametrize("text, coded", [
    ("The farmers would not be allowed to export their grain.", ("REJECT", "120")),
    ("The junta would not allow the visit.", ("REJECT", "120")),
])
def test_other_things_not_allowed_stay_refusals(typed, text, coded):
    got = typed(text)
    assert coded in got.values(), got


def test_money_for_a_state_asked_of_ones_legislature_is_aid_to_come(code):
    events, actors = code("Reagan said he would ask Congress to approve 40 mln dlrs a year for the Philippines.")
    aid = [e for e in events if e.type == "AID"]
    assert [e.status for e in aid] == ["planned"], _coded(events)
    assert "Philippines" in " ".join(names(aid[0].target, actors)), _coded(events)
    assert "REQUEST" in {e.type for e in events}, _coded(events)   # the request to Congress stays


@pytest.mark.parametrize("text", [
    "The union asked Congress to provide 5 mln dlrs for the fund.",        # a fund: no party given to
    "Reagan will ask Congress to approve the budget for next year.",       # no sum
])
def test_other_things_asked_of_a_legislature_stay_the_request(code, text):
    events, _ = code(text)
    assert "AID" not in {e.type for e in events}, _coded(events)
