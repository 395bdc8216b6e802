"""A word after "anti-" or "pro-" on a protest noun or its crowd names whom the protest is against or for, never its
doer: the one it is against is the target, before the place where the crowd met; the one it is for is no side; a name
read with its prefix ("anti-Mugabe") is none (events/roles/protesters.py `stance_sides`). Sentences written here
(round 78)."""

from __future__ import annotations

from tests.events.conftest import countries, names


def _protests(events):
    found = [e for e in events if e.type == "PROTEST"]
    assert found, [(e.type, e.trigger) for e in events]
    return found


def test_anti_state_demonstrations_are_against_that_state(code):
    events, actors = code("Anti-French demonstrations broke out in several towns of Mali on Friday.")
    for e in _protests(events):
        assert "FRA" not in countries(e.source, actors), names(e.source, actors)
        assert countries(e.target, actors) == {"FRA"}, names(e.target, actors)


def test_an_anti_state_rally_held_by_students_is_theirs_against_that_state(code):
    events, actors = code("Students held an anti-American rally near the embassy in Manila.")
    for e in _protests(events):
        assert "USA" not in countries(e.source, actors), names(e.source, actors)
        assert "USA" in countries(e.target, actors), names(e.target, actors)


def test_anti_leader_protesters_march_against_him_not_the_city(code):
    events, actors = code("Hundreds of anti-Erdogan protesters marched through Istanbul on Sunday.")
    for e in _protests(events):
        assert "Recep Tayyip Erdoğan" not in names(e.source, actors), names(e.source, actors)
        assert "Recep Tayyip Erdoğan" in names(e.target, actors), names(e.target, actors)
        assert "Istanbul" not in names(e.target, actors)


def test_a_name_read_with_its_prefix_is_no_doer(code):
    events, actors = code("Thousands of anti-Mugabe demonstrators marched in the eastern town of Mutare.")
    for e in events:
        assert not [n for n in names(e.source, actors) if n.lower().startswith("anti")], names(e.source, actors)


def test_must_not_a_crowd_named_by_its_state_lose_its_side(code):
    events, actors = code("Thousands of Belarusian workers protested against Lukashenko in Minsk.")
    for e in _protests(events):
        assert countries(e.source, actors) == {"BLR"}, names(e.source, actors)
        assert "Alexander Lukashenko" in names(e.target, actors)


def test_must_not_a_rally_outside_an_embassy_lose_its_target(code):
    events, actors = code("Pakistani students staged a rally outside the Indian embassy in Islamabad.")
    for e in _protests(events):
        assert countries(e.source, actors) == {"PAK"}, names(e.source, actors)
        assert countries(e.target, actors) == {"IND"}, names(e.target, actors)


def test_opponents_of_a_leader_protest_against_him_not_as_him(code):
    events, actors = code("Opponents of Lukashenko protested in Minsk on Sunday.")
    for e in _protests(events):
        assert not [n for n in names(e.source, actors) if "Lukashenko" in n], names(e.source, actors)
        assert [n for n in names(e.target, actors) if "Lukashenko" in n], names(e.target, actors)


def test_a_leaders_opponents_and_supporters_rallying_are_not_he_by_the_rules(code, rules_only):
    # the rules leave him out; the role model, which fills an empty side, may still read him as the doer
    events, actors = code("Erdogan's opponents and supporters held large rallies across Istanbul on Sunday.")
    for e in events:
        assert "Recep Tayyip Erdoğan" not in names(e.source, actors), (e.type, names(e.source, actors))


def test_must_not_supporters_of_the_opposition_lose_their_side(code):
    events, actors = code("Supporters of the Kenyan opposition marched in Nairobi against the tax bill.")
    assert any(countries(e.source, actors) == {"KEN"} for e in _protests(events))


def _no_protest_by_the_police_or_troops(events, actors):
    for e in events:
        if e.type == "PROTEST":
            assert not [n for n in names(e.source, actors) if "police" in n or "military" in n], \
                names(e.source, actors)


def test_police_who_break_up_a_rally_hold_none(code):
    events, actors = code("Police broke up an anti-government rally in Minsk on Saturday.")
    _no_protest_by_the_police_or_troops(events, actors)


def test_troops_who_disperse_protesters_hold_no_protest(code):
    events, actors = code("Troops dispersed anti-Maduro demonstrators in Caracas with tear gas.")
    assert [e for e in events if e.type == "COERCE"], [(e.type, e.trigger) for e in events]
    _no_protest_by_the_police_or_troops(events, actors)


def test_police_who_arrest_dozens_of_protesters_hold_no_protest(code):
    events, actors = code("Police arrested dozens of anti-Erdogan protesters in Ankara.")
    _no_protest_by_the_police_or_troops(events, actors)


def test_must_not_students_who_stage_a_rally_lose_it(code):
    events, actors = code("Chilean students staged a rally outside the congress in Valparaiso.")
    assert any(countries(e.source, actors) == {"CHL"} for e in _protests(events))
