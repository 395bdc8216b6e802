"""Words that only say who the doer is are no target: the common noun of a verb trigger's own subject and the words
that qualify it ("the other Socialist member of the board objected": not the Socialists), and a word set in
apposition after the doer's name ("criticised by Rep. Ann Cole, the Ohio Democrat": not the Democrats)
(events/roles/model.py `qualifies_the_doer`, events/roles/no_party.py `apposed_to`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, word", [
    ("The other Republican member of the five-man tariff board, Ann Cole, agreed.", "agreed", "Republican"),
    ("The lone Socialist member of the Senate committee, Paul Berger, objected to the plan.", "objected",
     "Socialist"),
    ("The new tariff plan was sharply criticized on Tuesday by Senator Ann Cole, the Ohio Democrat.", "criticized",
     "Democrat"),
])
def test_the_doers_words_are_no_target(code, text, trigger, word):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert not any(word in n for n in names(event.target, actors)), names(event.target, actors)


def test_a_party_acted_on_stays(code):
    # the party named as what is criticised stays the target
    events, actors = code("Senator Ann Cole, the Ohio Republican, sharply criticized the Democratic Party's tariff plan.")
    event = next(e for e in events if e.trigger == "criticized")
    assert any("Democratic" in n for n in names(event.target, actors)), names(event.target, actors)


def test_officials_of_two_states_stay_both(code):
    # a subject described by coordinated words names both parties of a mutual act
    events, actors = code("Kenyan and Ugandan officials agreed on Monday to reopen the border.")
    event = next(e for e in events if e.trigger == "agreed")
    sides = {actors[i].country for i in event.source + event.target}
    assert {"KEN", "UGA"} <= sides, (names(event.source, actors), names(event.target, actors))
