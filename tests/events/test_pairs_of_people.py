""""The two men", "both women", "the two leaders": a definite pair of people stands for the last two named; "two men"
without "the" brings in two new people and names nobody told before."""

from __future__ import annotations

from tests.events.conftest import names


def test_the_two_men_are_the_last_two_people_named(code):
    events, actors = code("French President Jean Marchand met German Chancellor Otto Brenner in Paris on Monday. "
                          "The two men agreed to expand trade between their countries.")
    agreed = next(e for e in events if e.type == "AGREE")
    assert names(agreed.source, actors) | names(agreed.target, actors) == {"Jean Marchand", "Otto Brenner"}


def test_both_women_are_the_last_two_people_named(code):
    events, actors = code("Chilean President Marta Solis received Peruvian President Elena Quispe in Santiago. "
                          "Both women signed a pact on fisheries.")
    signed = next(e for e in events if e.type == "AGREE")
    assert names(signed.source, actors) | names(signed.target, actors) == {"Marta Solis", "Elena Quispe"}


def test_two_men_without_the_are_not_the_pair_named_before(code):
    events, actors = code("French President Jean Marchand met German Chancellor Otto Brenner in Paris on Monday. "
                          "Two men attacked the French embassy in Berlin on Tuesday.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert not names(attack.source, actors) & {"Jean Marchand", "Otto Brenner"}


def test_two_ministers_without_the_are_new_people(code):
    events, actors = code("Kenyan President Paul Otieno met Ugandan President Moses Okello in Nairobi. "
                          "Two ministers later criticised the border fence.")
    assert not any({"Paul Otieno", "Moses Okello"} & names(e.source, actors) for e in events if e.type != "CONSULT")
