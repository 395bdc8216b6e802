"""Wire abbreviations and currency words several countries use: the words around the figure decide."""

from __future__ import annotations

import pytest

from dossier.pipeline import process_text


def unit_of(sentence: str, figure: str) -> tuple[float, str]:
    facts = process_text(sentence, published="1987-05-04").facts
    found = [f for f in facts if figure in (f.text or "")]
    assert len(found) == 1, [f.text for f in facts]
    return found[0].value, found[0].unit


@pytest.mark.parametrize("sentence, figure, value, unit", [
    ("Zambia owes its creditors about 4.2 billion dlrs, the central bank said.", "4.2 billion dlrs", 4.2e9, "USD"),
    ("The insurer set aside 85 mln stg for the claims.", "85 mln stg", 85e6, "GBP"),
    ("The airline ordered planes worth 640 mln D-marks.", "640 mln D-marks", 640e6, "DEM"),
    ("The dairy group raised 90 mln guilders from its members.", "90 mln guilders", 90e6, "NLG"),
    ("The board approved Rs 36 lakh for the new clinic.", "Rs 36 lakh", 3.6e6, "INR"),
    ("The state will spend Rs 12 crore on the canal.", "Rs 12 crore", 1.2e8, "INR"),
    # "lent 60": the tagger reads the season of Lent and labels the number a DATE; a scale word after it says amount
    ("The Bank of England lent 60 mln stg to the discount houses.", "60 mln stg", 60e6, "GBP"),
    ("The fund lent 2.5 billion dlrs to Mexico last year.", "2.5 billion dlrs", 2.5e9, "USD"),
])
def test_wire_abbreviations_and_south_asian_scales(sentence, figure, value, unit):
    assert unit_of(sentence, figure) == (pytest.approx(value), unit)


@pytest.mark.parametrize("sentence, figure, unit", [
    ("Cairo will cut subsidies worth 700 mln Egyptian pounds.", "700 mln Egyptian pounds", "EGP"),
    ("The exporter was fined 12 mln French francs.", "12 mln French francs", "FRF"),
    ("The exporter was fined 12 mln Belgian francs.", "12 mln Belgian francs", "BEF"),
    ("The exporter was fined 12 mln Swiss francs.", "12 mln Swiss francs", "CHF"),
    ("The port authority borrowed 310 mln Hong Kong dollars.", "310 mln Hong Kong dollars", "HKD"),
    ("The utility sold bonds worth 150 mln Canadian dlrs.", "150 mln Canadian dlrs", "CAD"),
])
def test_the_country_named_with_the_word_decides(sentence, figure, unit):
    assert unit_of(sentence, figure)[1] == unit


def test_the_country_of_the_sentence_decides():
    assert unit_of("Egypt expects its budget deficit to narrow to 4.5 billion pounds next year.",
                   "4.5 billion pounds")[1] == "EGP"
    assert unit_of("France ran a trade deficit of 3.4 billion francs in March.", "3.4 billion francs")[1] == "FRF"
    assert unit_of("Pakistan's cabinet cleared Rs 800 crore for new dams.", "Rs 800 crore")[1] == "PKR"


def test_the_country_the_article_names_most_decides():
    text = ("Belgium's coalition agreed a new budget on Sunday. "
            "The plan cuts spending by 95 billion francs, the prime minister told parliament in Brussels. "
            "Belgian unions said they would study it; a Swiss bank called it prudent.")
    assert unit_of(text, "95 billion francs")[1] == "BEF"


def test_dollars_stay_us_dollars_where_the_united_states_is_named_or_the_country_has_no_dollar():
    assert unit_of("Nigeria asked its banks to reschedule 1.9 billion dlrs of debt.", "1.9 billion dlrs")[1] == "USD"
    assert unit_of("Canada agreed to buy 200 mln dlrs of U.S. corn.", "200 mln dlrs")[1] == "USD"
    assert unit_of("Canada's federal deficit will reach 28 billion dlrs this year, Ottawa said.",
                   "28 billion dlrs")[1] == "CAD"


def test_the_default_applies_when_nothing_decides():
    assert unit_of("The fund lent 300 mln francs to the builder.", "300 mln francs")[1] == "CHF"
    assert unit_of("The fund lent 300 mln pounds to the builder.", "300 mln pounds")[1] == "GBP"
