"""Subjects through definite descriptions and pairs, with the actors stage resolving names."""

from __future__ import annotations

from tests.facts.conftest import one


def test_two_countries_are_the_two_most_mentioned(facts):
    text = ("Chile and India met in Delhi. Chile wants more access to India's market. "
            "Trade between the two countries rose to $4 billion.")
    fact = one(facts(text), "$4 billion")
    assert fact.measure == "bilateral trade"
    assert set(fact.subject) == {"Q298", "Q668"}


def test_both_nations(facts):
    text = "Chile courted India again. Both nations sold $2 billion of copper and tea to each other."
    assert set(one(facts(text), "$2 billion").subject) >= {"Q298", "Q668"}


def test_the_country_is_the_country_in_focus(facts):
    text = ("Bolivia hosted ministers from Japan. Bolivia has lithium, tin and silver. "
            "Only 3% of the country's land has been surveyed.")
    assert one(facts(text), "3%").subject == ["Q750"]


def test_the_company_is_the_company_just_named(facts):
    text = "Ecuador signed a deal with Huawei under which the company will train 5,000 engineers."
    assert "Q160120" in one(facts(text), "5,000").subject


def test_an_appositive_demonym_is_not_a_party(facts):
    text = "Cosco Shipping, a Chinese state company, holds a 25% stake in the Callao terminal."
    fact = one(facts(text), "25%")
    assert "Q148" not in fact.subject
    assert fact.subject[0] == "chn:cosco-shipping"


def test_infinitive_takes_the_subject_of_its_verb(facts):
    text = "Huawei agreed to train 3,000 Chilean students."
    assert set(one(facts(text), "3,000").subject) == {"Q160120", "agent:CHL:EDU"}  # Chilean students: a generic agent


def test_percent_of_something_bought_is_a_stake(facts):
    fact = one(facts("In 2015 Siemens bought 40% of the Santos terminal."), "40%")
    assert fact.measure == "stake"
