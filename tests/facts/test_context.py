"""Measure, subject and time of a figure, each read from its own clause."""

from __future__ import annotations

import pytest

from tests.facts.conftest import one


def test_bilateral_trade_between_two_countries(facts):
    fact = one(facts("Trade between Chile and India climbed to $4 billion."), "$4 billion")
    assert fact.measure == "bilateral trade"
    assert fact.subject == ["Q298", "Q668"]  # the actors stage resolves both


def test_stake_from_the_noun_it_modifies(facts):
    fact = one(facts("Siemens bought a 45% stake in the Santos terminal."), "45%")
    assert fact.measure == "stake"
    assert "unk:ORG:siemens" in fact.subject


def test_investment_from_the_subject_of_its_verb(facts):
    fact = one(facts("Foreign investment is expected to reach $9 billion."), "$9 billion")
    assert fact.measure == "investment"


def test_economic_growth(facts):
    fact = one(facts("Chile's economy grew 2.1% in the first quarter."), "2.1%")
    assert fact.measure == "economic growth"


def test_count_with_verb_names_what_happened(facts):
    fact = one(facts("Gunmen killed 14 villagers near the border."), "14")
    assert (fact.unit, fact.measure) == ("people", "villagers killed")


def test_source_of_the_figure_is_not_its_subject(facts):
    fact = one(facts("Exports from Chile reached $3 billion, according to Reuters."), "$3 billion")
    assert "unk:ORG:reuters" not in fact.subject


def test_time_from_the_clause_not_the_article(facts):
    text = "Trade between Chile and India reached $6 billion in 2021."
    assert one(facts(text, {"2021": "2021"}), "$6 billion").time.start == "2021"
    assert one(facts(text, {}), "$6 billion").time is None          # article date is never used


def test_two_months_joined_into_one_interval(facts):
    text = "Chile's economy grew 3% in March and April."
    fact = one(facts(text, {"March": "2024-03", "April": "2024-04"}), "3%")
    assert (fact.time.start, fact.time.end) == ("2024-03", "2024-04")


def test_timex_in_another_clause_is_not_taken(facts):
    text = "Ministers met on Friday, and exports grew 5%."
    fact = one(facts(text, {"Friday": "2024-06-28"}), "5%")
    assert fact.time is None


def test_second_figure_inherits_measure(facts):
    text = "Trade between Chile and India reached $6 billion in 2021, up from $2 billion in 2011."
    found = facts(text, {"2021": "2021", "2011": "2011"})
    later = one(found, "$2 billion")
    assert later.measure == "bilateral trade"
    assert later.time.start == "2011"


def test_fact_carries_its_sentence(facts):
    text = "Ministers met in Lima. Exports grew 5%."
    fact = one(facts(text), "5%")
    assert fact.evidence[0].text == "Exports grew 5%."
    assert fact.id == "t:f1"


def test_the_dateline_place_is_no_subject():
    from dossier.model import Document
    from dossier.pipeline import process

    text = "ROME, June 2 - Kenya's coffee exports fell to 310 mln dlrs in the first half."
    (result,) = process([Document(id="d", source="d", published="1987-06-02", dateline="ROME", text=text)])
    fact = one(result.facts, "310 mln dlrs")
    assert fact.subject == ["Q114"]


def test_a_resolved_name_and_its_article_are_one_subject(facts):
    fact = one(facts("The Bank of Canada lent 30 mln dlrs to the trust company."), "30 mln dlrs")
    assert len(fact.subject) == 1 and not fact.subject[0].startswith("unk:")


def test_a_time_in_the_phrase_a_figure_is_compared_against_is_not_the_figure_s(facts):
    text = "Net profit rose to 5 mln dlrs from 3 mln dlrs a year earlier."
    found = facts(text, {"a year earlier": "2023"})
    assert one(found, "5 mln").time is None
    assert one(found, "3 mln").time.start == "2023"


def test_a_time_in_a_comparison_phrase_without_a_figure_on_the_verb(facts):
    text = "Chile's trade fell into a deficit of 2 billion dlrs from a surplus three years earlier."
    assert one(facts(text, {"three years earlier": "2021"}), "2 billion").time is None


def test_the_time_a_change_is_counted_from_is_not_the_change_s(facts):
    assert one(facts("Peru's net profit rose 7% from a year earlier.", {"a year earlier": "2023"}), "7%").time is None


@pytest.mark.parametrize("text, times, figure, start", [
    ("Sales rose to 12 mln dlrs in the first quarter, compared with 9 mln dlrs in 2023.",
     {"the first quarter": "2024-01", "2023": "2023"}, "12 mln", "2024-01"),
    ("Output rose 4% from January to March.", {"January": "2024-01", "March": "2024-03"}, "4%", "2024-01"),
    ("Exports from Chile in 2021 reached $6 billion.", {"2021": "2021"}, "$6 billion", "2021"),
    ("The airline will grow its fleet to 40 from 25 jets by 2030.", {"2030": "2030"}, "40", "2030"),  # a deadline
    ("Copper exports fell to 30 tonnes in 2023 from 45 tonnes in 2022, and imports to 12 from 14 tonnes.",
     {"2023": "2023", "2022": "2022"}, "14 tonnes", "2022"),  # a compared figure takes the compared time
    ("The deposit on copper futures will be set at 9,000 yen from June 3.", {"June 3": "2024-06-03"}, "9,000",
     "2024-06-03"),  # an onset, not a compared time
    ("Holders may buy shares at 4 dlrs each from May 1, 2025, to June 1, 2026.",
     {"May 1, 2025": "2025-05-01", "June 1, 2026": "2026-06-01"}, "4 dlrs", "2025-05-01"),  # a range
])
def test_a_time_the_figure_owns_or_a_phrase_that_compares_nothing_still_dates_it(facts, text, times, figure, start):
    assert one(facts(text, times), figure).time.start == start
