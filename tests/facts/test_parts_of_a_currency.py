"""Amounts told in a currency's parts ("31 cts", "90 pence") are that share of the currency, an amount told for each
unit of something ("a share", "per barrel") names that unit in its measure, and a currency's name is never a party
the figure concerns (the tagger may read "cts" as an organisation)."""

from __future__ import annotations

import pytest

from dossier.pipeline import process_text


def facts_of(sentence: str) -> dict[str, tuple]:
    return {f.text: (f.measure, pytest.approx(f.value), f.unit, f.subject)
            for f in process_text(sentence, published="1987-05-04").facts}


@pytest.mark.parametrize("sentence, figure, value, unit", [
    ("The co-operative paid its growers 45 cts for each kilo.", "45 cts", 0.45, "USD"),
    ("Bus fares in the capital go up by 20 cents next month.", "20 cents", 0.20, "USD"),
    ("A loaf now sells for 85 pence in Scottish shops.", "85 pence", 0.85, "GBP"),
    ("Bread rose to 60 kopecks in the Soviet capital.", "60 kopecks", 0.60, "RUB"),
    ("The levy is 40 pfennigs on each litre of diesel.", "40 pfennigs", 0.40, "DEM"),
])
def test_a_currencys_parts_are_that_share_of_it(sentence, figure, value, unit):
    _, got, got_unit, _ = facts_of(sentence)[figure]
    assert (got, got_unit) == (pytest.approx(value), unit)


def test_a_symbol_before_the_number_names_the_currency_whatever_follows():
    (fact,) = [f for f in process_text("The stall sells tea for $2 cents off.", published="2024-05-04").facts]
    assert fact.value == pytest.approx(2) and fact.unit == "USD"


def test_an_amount_for_each_share_is_told_per_share():
    found = facts_of("The mill declared a dividend of 14 cts a share, up from 11 cts.")
    assert found["14 cts a share"][:3] == ("dividend per share", pytest.approx(0.14), "USD")


def test_an_amount_for_each_unit_leaves_the_whole_figures_measure_to_the_figure_after_it():
    found = facts_of("Net profit climbed to 8.6 mln dlrs, or 52 cts a share, from 7.1 mln dlrs a year before.")
    assert found["8.6 mln dlrs"][0] == "profit"
    assert found["52 cts a share"][0] == "profit per share"
    assert found["7.1 mln dlrs"][0] == "profit"  # not the amount for each share told between them


def test_a_price_for_each_barrel_and_the_earlier_price_share_the_measure():
    found = facts_of("Saudi crude sold for 17.40 dlrs per barrel, against 17.90 dlrs last week.")
    measure, value, unit, _ = found["17.40 dlrs per barrel"]
    assert measure.endswith("per barrel") and (value, unit) == (pytest.approx(17.40), "USD")
    assert found["17.90 dlrs"][0] == measure


def test_a_rate_for_each_year_is_no_unit_of_the_amount():
    found = facts_of("The ministry will spend 300 mln dlrs a year on rural roads.")
    (text,) = found
    assert text == "300 mln dlrs" and "per" not in (found[text][0] or "")


def test_a_market_share_stays_a_share():
    found = facts_of("The brewer now holds a 23 percent share of the beer market.")
    assert found["23 percent"][0] == "share"


def test_a_currency_word_is_no_party_to_the_figure():
    for fact in process_text("Earnings were 3.10 dlrs a share, or 93 cts above forecasts.", published="1987-05-04").facts:
        assert not any("cts" in s or "dlrs" in s for s in fact.subject), fact


def test_an_amount_for_each_of_the_things_bought_is_their_price():
    found = facts_of("The brokers placed the shares at 12.60 dlrs per share.")
    assert found["12.60 dlrs per share"][0] == "price per share"  # not "share per share"
    found = facts_of("The group bid 21.50 dlrs a share for the remaining shares of the miner.")
    assert found["21.50 dlrs a share"][0] == "per share"  # no measure named: the unit alone
