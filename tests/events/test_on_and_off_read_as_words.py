"""Entries that name the word "on" or "off" unquoted, which YAML 1.1 read as booleans and so never matched, now read
as words (dossier.data_files): a concern voiced "on" a figure blames nobody, a going "on" a trip of leisure is no
visit (a meeting held on one stays), a market's opening "on" an exchange put off refuses nobody, a name before a
gerund after "on" does the gerund's act, an act at an occasion told by "on which" takes the occasion's day, and the
lists read by the roles and the dates hold the words. Sentences written here."""

from __future__ import annotations

import pytest

from dossier.events import patterns


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text", [
    "The Bundesbank voiced concern on the dollar's fall against the mark.",
    "The Swiss central bank expressed concern on the franc rising too fast.",
])
def test_a_concern_on_a_figure_blames_nobody(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_concern_on_a_party_s_act_stays(code):
    events, actors = code("Bonn voiced concern on Moscow's troop build-up near the border.")
    assert [e for e in events if e.type == "ACCUSE" and _countries(e.target, actors) == {"RUS"}]


def test_a_going_on_a_trip_of_leisure_is_no_visit(code):
    events, _ = code("The Norwegian prime minister left on a skiing holiday to Austria on Friday.")
    assert not events


@pytest.mark.parametrize("text, cameo", [
    ("The Norwegian prime minister left on a three-day trip to Austria on Friday.", "042"),
    ("Thatcher, on a family holiday in Switzerland, met the Swiss president.", "040"),
])
def test_a_state_trip_and_a_meeting_on_a_holiday_stay(code, text, cameo):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT" and e.cameo == cameo]


def test_a_market_s_opening_put_off_refuses_nobody(code):
    events, _ = code("Officials delayed the opening on the Tokyo exchange by an hour.")
    assert not [e for e in events if e.type == "REJECT"]


@pytest.mark.parametrize("text, doer, other", [
    ("Bonn relied on Paris backing its plan in Brussels.", "FRA", "DEU"),
    ("Seoul relied on Washington protecting it from the North.", "USA", "KOR"),
])
def test_a_name_before_a_gerund_after_on_does_its_act(code, text, doer, other):
    events, actors = code(text)
    event = next(e for e in events if e.type in ("SUPPORT", "AID"))
    assert _countries(event.source, actors) == {doer}
    assert other not in _countries(event.source, actors)


def test_an_act_at_an_occasion_on_which_takes_its_day(code):
    events, actors = code("Delegates gathered for the May 20 summit, on which Kenya accused Uganda of arming rebels.")
    event = next(e for e in events if e.type == "ACCUSE")
    assert event.date is not None and event.date.start == "2024-05-20"


def test_the_lists_hold_on_and_off():
    from dossier.events.roles.doers import _gerund_preps
    from dossier.time.lexicon import words

    assert "on" in _gerund_preps()
    assert "on" in words("occasion_relative_preps") and "off" in words("verb_particles")
    assert not [w for key in ("occasion_relative_preps", "verb_particles") for w in words(key) if not isinstance(w, str)]


def test_the_entries_prepositions_are_words():
    entries = patterns.load_entries()
    assert any("on" in e.prep for e in entries) and any("off" in e.prep for e in entries)
    assert all(isinstance(w, str) for e in entries for w in (*e.prep, *e.target_preps, *e.lemmas))


def test_the_non_event_contexts_patterns_hold_no_boolean():
    """Node names and attribute values of the dependency patterns are words ("RIGHT_ID: on", "LOWER: on")."""
    from dossier.data_files import load_yaml

    def scalars(value):
        if isinstance(value, dict):
            return [x for v in value.values() for x in scalars(v)]
        if isinstance(value, list):
            return [x for v in value for x in scalars(v)]
        return [value]

    found = [x for c in load_yaml(patterns.NON_EVENTS)["contexts"]
             for x in scalars([c.get("pattern"), c.get("patterns")]) if x is not None]
    assert "on" in found and "off" in found
    assert not [x for x in found if isinstance(x, bool)]
