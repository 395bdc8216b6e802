"""Values and units: money, percentages, counts, ratios, one case each."""

from __future__ import annotations

import pytest

from tests.facts.conftest import one


@pytest.mark.parametrize("sentence, figure, value, unit", [
    ("The ministry said exports rose to $42 billion last year.", "$42 billion", 42e9, "USD"),
    ("The loan was worth $7.25 billion.", "$7.25 billion", 7.25e9, "USD"),
    ("The group paid US$2.4bn for the mine.", "US$2.4bn", 2.4e9, "USD"),
    ("Lima will spend S/ 80 million on the road.", "S/ 80 million", 8e7, "PEN"),
    ("The bank lent 900 million soles to farmers.", "900 million soles", 9e8, "PEN"),
    ("Beijing pledged 6 billion yuan in credit.", "6 billion yuan", 6e9, "CNY"),
    ("The fund holds RMB 15 billion in bonds.", "RMB 15 billion", 15e9, "CNY"),
    ("The club was sold for €12m.", "€12m", 12e6, "EUR"),
    ("Inflation slowed to 2.37% in the quarter.", "2.37%", 2.37, "percent"),
    ("Unemployment fell by 3 per cent.", "3 per cent", 3, "percent"),
])
def test_money_and_percent(facts, sentence, figure, value, unit):
    fact = one(facts(sentence), figure)
    assert fact.value == pytest.approx(value)
    assert fact.unit == unit


def test_people_count(facts):
    fact = one(facts("The company will hire 12,000 Chilean engineers."), "12,000")
    assert (fact.value, fact.unit) == (12000, "people")


def test_physical_unit(facts):
    fact = one(facts("The mine shipped 1.8 million tonnes of zinc."), "1.8 million tonnes")
    assert (fact.value, fact.unit) == (1.8e6, "t")


def test_fraction_is_a_ratio(facts):
    fact = one(facts("Local firms supply roughly one-third of the steel."), "one-third")
    assert (fact.value, fact.unit, fact.qualifier) == (0.3333, "ratio", "roughly")
    assert one(facts("Two-thirds of the voters stayed home."), "Two-thirds").value == 0.6667


def test_number_words(facts):
    fact = one(facts("Some twenty-five ships waited outside the harbour."), "twenty-five")
    assert (fact.value, fact.unit, fact.qualifier) == (25, "count", "some")
    assert one(facts("Officials counted a dozen trucks at the border."), "dozen").value == 12


def test_vague_amount_keeps_lower_bound_and_says_so(facts):
    fact = one(facts("Tens of thousands of farmers marched on the capital."), "Tens of thousands")
    assert (fact.value, fact.unit, fact.qualifier) == (10000, "people", "vague")


def test_qualifier_kept(facts):
    fact = one(facts("The airline ran more than 300 flights to Cusco."), "300")
    assert (fact.value, fact.qualifier, fact.measure) == (300, "more than", "flights")


def test_denominator_goes_in_the_measure(facts):
    fact = one(facts("Chile produces five of the 12 metals on the list."), "five")
    assert (fact.value, fact.unit) == (5, "count")
    assert fact.measure == "metals (of 12)"
