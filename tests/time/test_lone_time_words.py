"""The words the time stage tests one by one (a year of an occasion, a bare day) are found on the Doc's arrays: the
same words a pass over every Token finds."""

import spacy
from spacy.tokens import Doc

from dossier.time.component import _BARE_DAYS, _YEAR, _lone_time_words


def _scan(doc: Doc) -> list[int]:
    return [t.i for t in doc if _YEAR.match(t.text) or t.lower_ in _BARE_DAYS]


def test_years_and_bare_days_in_order_whatever_their_case():
    words = ["Tomorrow", "the", "1991", "uprising", "is", "recalled", ";", "TODAY", "1,991", "marched", "in",
             "2011", "and", "yesterday", "19911", "Todays", "2200", "0991"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert _lone_time_words(doc) == _scan(doc) == [0, 2, 7, 11, 13]


def test_none_in_a_text_without_a_year_or_a_day_word():
    doc = Doc(spacy.blank("en").vocab, words=["Shares", "of", "the", "mill", "fell", "3.5", "pct", "."])
    assert _lone_time_words(doc) == _scan(doc) == []
