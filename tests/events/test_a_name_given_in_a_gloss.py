"""A noun of naming set in apposition to a thing as a gloss ("two naval targets -- Nairobi's term for dhows --";
events/data/lexicon.yaml `naming_nouns`) tells who calls the thing so: neither the gloss nor its owner or "by"
phrase is a party to the act done to the thing, nor the thing's owner (the teller of the attack was its target). An
apposition that is no word for the thing ("the port, Somalia's main outlet") still names its owner."""

from __future__ import annotations

from tests.events.conftest import names


def _attacked(events, actors, word="attacked"):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == word]


def test_the_namer_of_the_targets_is_not_attacked(code):
    events, actors = code("Kenya said its gunboats attacked three naval targets -- Nairobi's term for smuggling "
                          "dhows -- off the coast today.")
    sides = _attacked(events, actors)
    assert sides and all("Kenya" not in t for _, t in sides), sides


def test_a_term_used_by_the_teller_is_no_party(code):
    events, actors = code("Kenya said its warplanes hit two big naval targets, a term used by Nairobi for tankers, "
                          "in the Gulf today.")
    sides = _attacked(events, actors, "hit")
    assert sides and all(not t for _, t in sides), sides


def test_a_flag_named_on_the_targets_stays_the_target(code):
    events, actors = code("Kenya said its warplanes attacked two Somali naval targets today.")
    assert [t for _, t in _attacked(events, actors)] == [{"Somalia"}]


def test_an_apposition_that_is_no_word_names_the_owner(code):
    events, actors = code("Kenya said its warplanes attacked the port, Somalia's main outlet to the sea, today.")
    assert [t for _, t in _attacked(events, actors)] == [{"Somalia"}]
