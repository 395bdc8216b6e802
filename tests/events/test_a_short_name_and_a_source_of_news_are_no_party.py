"""A party's initials in brackets after its name are the same party, never the other side of its act ("the talks
were called off by the Popular Union Front (PUF)": no_party.short_name), and whoever an act is told "according to"
is the teller, not whom the act is done to ("according to the state power company, the rebels blew up two
pylons", also where the parser hangs the company's name between commas elsewhere: no_party.in_attribution). The
model fills neither; a state the act is done to stays its target."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def _sides(events, actors):
    return {a for e in events for a in names(e.source, actors) | names(e.target, actors)}


def test_initials_in_brackets_are_no_target(code):
    events, actors = code("The talks were called off by the Islamic Salvation Front (FIS).")
    assert "FIS" not in _sides(events, actors), _shown(events, actors)


def test_the_teller_after_according_to_is_no_target(code):
    events, actors = code("According to Bolivia's central bank, the rebels bombed three power lines last week.")
    assert events and "Bolivia" not in _sides(events, actors), _shown(events, actors)


def test_a_named_teller_between_commas_is_no_target(code):
    for doers in ("the FARC", "the guerrillas"):  # the parser hangs the name elsewhere in each
        events, actors = code(f"According to the state power company, ELECTROPAZ, {doers} carried out 40 "
                              "attacks on pylons between 1983 and 1985.")
        assert events and "ELECTROPAZ" not in _sides(events, actors), _shown(events, actors)


def test_the_state_attacked_stays_the_target(code):
    events, actors = code("According to diplomats, Iraq shelled Iranian border towns.")
    shelled = [e for e in events if e.trigger == "shelled"]
    assert shelled and names(shelled[0].target, actors) == {"Iran"}, _shown(events, actors)


def test_where_the_teller_is_is_no_target(code):
    """"according to Greek officials in Athens": the city is where the tellers are, not the ship hit."""
    events, actors = code("Iraqi jets hit the Cypriot-flagged tanker Aegis, which is owned by Greece, according to "
                          "Greek officials in Athens.")
    hit = [e for e in events if e.trigger == "hit"]
    assert hit and "Athens" not in names(hit[0].target, actors), _shown(events, actors)
