"""An act told as what its doer is able to do ("is able to strike", "will be able to veto", "has the means to block",
"is in a position to attack", "is capable of closing", "strong enough to blockade"), made possible ("the treaty
allows Kenya to deploy", "would let Kenya impose") or held under a condition of its own verb ("will press for it if
the banks win approval", "Should the rebels agree, Kenya will host talks", "in the event of an attack", "as long as")
is not done: hypothetical (data/negation.yaml `ability_words`, `ability_degrees`, `capability_words`,
`ability_nouns`, `enabling_verbs`, `inverted_conditions`, `condition_nouns`). "In this case", "in the case of Uganda"
name what is spoken of, no condition. An ability told in the past ("was able to evacuate", "managed to repel") was a
deed; a power put to use ("used its veto power to block") too; an act allowed in the past is left as told; an act
that comes "even if" another objects, or with no condition, keeps its plan. A conflict act held out on an inverted
modal ("Should Uganda refuse, Kenya will expel…") is a threat, as one held out with "unless" is; "on condition that"
offers the act and threatens nothing."""

from __future__ import annotations

import pytest


def _status(events, type_):
    return [e.status for e in events if e.type == type_]


@pytest.mark.parametrize("text, type_", [
    ("Iran is able to strike the American bases in the Gulf.", "ASSAULT"),
    ("Under the new rules Turkey will be able to veto the accord.", "REJECT"),
    ("Kenya has the means to block Uganda's oil exports.", "PROTEST"),
    ("Pakistan's army is in a position to attack India.", "ASSAULT"),
    ("China's navy is now strong enough to blockade Taiwan.", "ASSAULT"),
])
def test_an_act_within_reach_is_not_done(code, text, type_):
    events, _ = code(text, "2019-11-18")
    assert _status(events, type_) == ["hypothetical"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Kenya was able to evacuate its citizens from Sudan.", "RETREAT"),
    ("Kenyan troops managed to repel the rebel attack.", "ASSAULT"),
    ("Russia used its veto power to block the resolution on Syria.", "REJECT"),
    ("Kenya's army was strong enough to repel the Ugandan raid.", "ASSAULT"),
])
def test_an_ability_shown_in_the_past_or_a_power_used_is_a_deed(code, text, type_):
    events, _ = code(text, "2019-11-18")
    assert _status(events, type_) == ["occurred"], [(e.type, e.trigger, e.status) for e in events]


def test_a_capability_in_any_tense_tells_no_deed(nlp):
    from dossier.events.status import _within_reach, clause_chain
    for text in ("Iran is capable of closing the Strait of Hormuz.",
                 "Iran was capable of closing the Strait of Hormuz."):
        doc = nlp(text)
        assert _within_reach(clause_chain(next(t for t in doc if t.text == "closing"))), text
    doc = nlp("Iran began closing the Strait of Hormuz.")
    assert not _within_reach(clause_chain(next(t for t in doc if t.text == "closing")))


@pytest.mark.parametrize("text, type_", [
    ("Japan will press hard for similar status if American banks win approval.", "REQUEST"),
    ("Should the rebels agree, Kenya will host talks with Uganda in Nairobi.", "CONSULT"),
    ("The minister said Kenya will recall its ambassador from Uganda if the raids continue.", "SANCTION"),
    ("In the event of an attack, NATO will defend Estonia.", "SUPPORT"),
    ("In case of a Ugandan attack, Kenya will close the border.", "SANCTION"),
    ("Kenya will release the Ugandan prisoners as long as Uganda pays compensation.", "RETREAT"),
])
def test_an_act_on_a_condition_is_not_planned(code, text, type_):
    events, _ = code(text, "2019-11-18")
    assert _status(events, type_) == ["hypothetical"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya will sign the accord even if Uganda objects.",
    "Kenya will sign the accord with Uganda next week.",
])
def test_an_act_that_comes_either_way_stays_planned(code, text):
    events, _ = code(text, "2019-11-18")
    assert _status(events, "AGREE") == ["planned"], [(e.type, e.trigger, e.status) for e in events]


def test_a_condition_after_a_second_verb_leaves_the_first_going_on(code):
    # the "if" clause follows "could sign", joined to "continue": the talks go on whatever comes of it
    events, _ = code("Kenya and Uganda continue to hold talks and could sign a truce next month, if the rebels agree.",
                     "2019-11-18")
    assert _status(events, "CONSULT") == ["occurred"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "In this case, Kenya will close the border with Uganda next week.",
    "In the case of Uganda, Kenya will impose new tariffs next month.",
])
def test_a_case_spoken_of_is_no_condition(code, text):
    events, _ = code(text, "2019-11-18")
    assert _status(events, "SANCTION") == ["planned"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("The treaty allows Kenya to deploy troops in Uganda.", "MOBILIZE"),
    ("The bill would let Kenya impose sanctions on Uganda.", "SANCTION"),
])
def test_an_act_made_possible_is_not_done(code, text, type_):
    events, _ = code(text, "2019-11-18")
    assert _status(events, type_) == ["hypothetical"], [(e.type, e.trigger, e.status) for e in events]


def test_an_act_allowed_in_the_past_is_left_as_told(code):
    # (the entry may be the troops' move, MOBILIZE, or the access allowed, RETREAT 086: done, either way)
    events, _ = code("Kenya allowed Ugandan troops to enter its territory on Monday.", "2019-11-18")
    assert events and {e.status for e in events} == {"occurred"}, [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Should Uganda refuse, Kenya will expel its diplomats.",
    "Kenya will expel Uganda's diplomats unless the raids stop.",
])
def test_a_conflict_act_held_out_on_an_inverted_condition_is_a_threat_as_with_unless(code, text):
    events, _ = code(text, "2019-11-18")
    assert [(e.type, e.status) for e in events] == [("THREATEN", "occurred")], [(e.type, e.trigger) for e in events]


def test_a_release_on_condition_that_is_no_threat(code):
    # only "if", "unless" and an inverted modal hold an act out as a threat; "on condition that" offers it
    events, _ = code("Kenya will release the Ugandan prisoners on condition that Uganda pays compensation.",
                     "2019-11-18")
    assert [(e.type, e.status) for e in events] == [("RETREAT", "hypothetical")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya hopes to sign a trade accord with Uganda.",
    "The Kenyan minister hoped to sign a trade accord with Uganda.",
])
def test_an_act_hoped_for_is_planned_as_one_wished_for(code, text):
    # "hopes", "hoped" are of "hope", a planning verb (spaCy's rules made them "hop": nlp/silent_e.py)
    events, _ = code(text, "2019-11-18")
    assert _status(events, "AGREE") == ["planned"], [(e.type, e.trigger, e.status) for e in events]
