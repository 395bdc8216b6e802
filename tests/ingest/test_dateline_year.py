"""A dateline with month and day but no year: the day is the article's, the year comes from its content."""

from __future__ import annotations

from dossier.ingest.document import document_from_text


def test_year_from_the_latest_past_date_the_article_states():
    text = ("QUITO, March 3 (Andes Ledger) -- Ecuador and Japan renewed a fisheries pact first signed in "
            "November 2019 and extended in May 2022. Ministers met on Monday.")
    doc = document_from_text("a.txt", text)
    assert (doc.published, doc.published_inferred, doc.dateline) == ("2023-03-03", True, "QUITO")


def test_same_year_when_the_day_falls_after_the_reported_event():
    text = "QUITO, Sept 9 (Andes Ledger) -- The pact signed in July 2021 took effect on Monday."
    doc = document_from_text("b.txt", text)
    assert (doc.published, doc.published_inferred) == ("2021-09-09", True)


def test_no_year_anywhere_gives_no_date():
    doc = document_from_text("c.txt", "QUITO, March 3 (Andes Ledger) -- Ministers met on Monday.")
    assert (doc.published, doc.published_inferred) == (None, False)


def test_a_stated_year_is_not_inferred():
    doc = document_from_text("d.txt", "QUITO, March 3, 2020 (Andes Ledger) -- Ministers met on Monday.")
    assert doc.published_inferred is False
