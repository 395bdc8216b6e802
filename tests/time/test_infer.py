"""infer_published(): a lower bound from the latest past date an undated article mentions."""

from dossier.time import infer_published


def test_latest_past_month_is_the_lower_bound():
    text = "The pact was signed in 2009. During the president's November 2024 trip, the sides widened it."
    value = infer_published(text)
    assert (value.start, value.precision, value.inferred) == ("2024-11", "month", True)


def test_future_sentences_do_not_count():
    text = "Ministers met in May 2023. The two leaders will meet again in March 2026."
    assert infer_published(text).start == "2023-05"


def test_full_date_gives_a_day_bound():
    value = infer_published("The deal was signed on June 26, 2024 in the capital.")
    assert (value.start, value.precision) == ("2024-06-26", "vague")


def test_no_date_no_inference():
    assert infer_published("Officials met to discuss trade.") is None


def test_byline_date_is_not_a_deadline():
    text = "Harbour news in brief\n\nBy March 3, 2022\n\nThe ferry company ran its first route in 2019."
    assert infer_published(text).start == "2022-03-03"


def test_deadline_by_a_date_still_does_not_count():
    assert infer_published("Work began in 2019. The bridge must be finished by March 3, 2022.").start == "2019"
