""""The two sides", "both countries": two parties of two different states, each by the actor of its state named
first (Resolver.pair for the nouns of states), never two bodies of one state named last."""

from __future__ import annotations

from tests.events.conftest import names


def _countries(ids, actors) -> set:
    return {actors[i].country for i in ids if i in actors}


def test_the_two_sides_after_a_second_body_of_one_state_are_the_two_states(code):
    events, actors = code("The U.S. Agriculture Department held wheat talks with Soviet trade officials this week. "
                          "Officials at the U.S. Commerce Department said no new offer was planned. "
                          "At those talks the two sides went over the earlier grain offer.")
    last = [e for e in events if e.type == "CONSULT"][-1]
    assert _countries(last.source, actors) | _countries(last.target, actors) == {"USA", "SUN"}
    assert _countries(last.source, actors) != _countries(last.target, actors)


def test_the_two_sides_are_the_states_not_their_ministries_named_later(code):
    events, actors = code("Kenya and Tanzania signed a border accord on Friday. The Kenyan Treasury and the "
                          "Kenyan Foreign Ministry praised it. The two sides held talks on fishing rights on Monday.")
    talks = next(e for e in events if e.type == "CONSULT")
    assert names(talks.source, actors) | names(talks.target, actors) == {"Kenya", "Tanzania"}


def test_two_ministries_of_one_state_are_not_two_sides(code):
    # must-not: the pair read as a state's two ministries, one on each side of a meeting of its own state
    events, actors = code("The French foreign ministry and the French defence ministry issued a joint statement "
                          "on Monday. The two sides said they would meet again.")
    for e in events:
        assert not (_countries(e.source, actors) == {"FRA"} and _countries(e.target, actors) == {"FRA"}), e


def test_both_countries_still_the_two_states_of_the_lede(code):
    # must-not: a lede's two states with nothing else named keep their pair
    events, actors = code("Chile and Peru agreed on Monday to open a new border crossing. "
                          "Both countries will share the cost of the road.")
    agreed = next(e for e in events if e.type == "AGREE")
    assert names(agreed.source, actors) | names(agreed.target, actors) == {"Chile", "Peru"}
