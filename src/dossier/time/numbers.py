"""Bare numbers the tagger takes for dates that name no time: an age, an amount, a count, an address, an hour.

A span of digits alone is read as a year or a day only where nothing around it makes it something else
(`not_a_time`). The words are data: the time lexicon's `count_nouns`, `street_words` and `time_zones`, the facts
lexicon's nouns of people and units of measure and its scale words.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dossier.facts.lexicon import lexicon as figure_lexicon
from dossier.time.lexicon import lexicon

COUNT_NOUNS = frozenset(lexicon()["count_nouns"])
STREET_WORDS = frozenset(lexicon()["street_words"])
TIME_ZONES = frozenset(lexicon()["time_zones"])
MONTHS = frozenset(m.lower() for m in lexicon()["months"])
# words that join a number to a date told just before it ("1957-58", "April 24 and 25")
_JOINERS = frozenset({"-", "–", "/", "and", "or", "to", "through", "until", "till"})
# words before a year that tell a time, so that a street name after it is another phrase ("in 1998 Park Avenue …")
_TIME_PREPOSITIONS = frozenset({"in", "since", "until", "till", "by", "during", "before", "after", "from"})


def not_a_time(span: Span) -> bool:
    """The span is digits alone that tell an age, an amount, a count or an hour, or open a street address."""
    if _ordinal_of_a_series(span):
        return True
    if not len(span) or not all(t.text[:1].isdigit() for t in span):
        return False
    return (_is_age(span) or _is_amount(span) or _lone_short_number(span) or _counts_the_noun_after(span)
            or _of_a_count(span) or _opens_an_address(span) or _clock_time(span))


def _is_age(span: Span) -> bool:
    """A bare number set off after a name is an age ("Assange, 47, ...", "Ms Ruiz (52)"), not a year."""
    doc = span.doc
    if len(span) != 1 or not span[0].text.isdigit() or len(span[0].text) > 3 or span.start < 2:
        return False
    opening, name = doc[span.start - 1], doc[span.start - 2]
    closing = doc[span.end].text if span.end < len(doc) else "."
    return (opening.text, closing) in ((",", ","), ("(", ")")) and name.pos_ == "PROPN"


def _is_amount(span: Span) -> bool:
    """Digits the tagger took for a date that a scale word follows are an amount ("lent 45 mln stg": the season of
    Lent and a year '45 to the tagger), not a year."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    return figure_lexicon().scales.get(doc[span.end].lower_.rstrip("."), 0) >= 1000


def _lone_short_number(span: Span) -> bool:
    """One or two digits alone are no year nor day ("He was 38.", "at 65", "sources (32, 33)", "with 20, 30 and 50
    topics"): a year is written in four digits or after an apostrophe, a day with its month. Not the end of a pair
    joined to a date before it ("1957-58", "April 24 and 25")."""
    tok = span[0]
    if len(span) != 1 or not tok.text.isdigit() or len(tok.text) > 2:
        return False
    return tok.i == 0 or tok.doc[tok.i - 1].lower_ not in _JOINERS


def _counts_the_noun_after(span: Span) -> bool:
    """A number right before a noun of people or a unit of measure counts it ("2000 soldiers", "1500 tonnes");
    not a year before another noun ("the 2016 election", "below 1990 levels")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end].lower_
    lex = figure_lexicon()
    return after in lex.people or after in lex.units


def _of_a_count(span: Span) -> bool:
    """A number in the "of" phrase of a noun that counts ("a total score of 2072", "a crowd of 1500"); not one of a
    noun of time or of an occasion ("the summer of 1995", "the war of 1812")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    return doc[span.start - 2].lower_ in COUNT_NOUNS


def _opens_an_address(span: Span) -> bool:
    """A number followed by capitalised words and a street word opens an address ("at 2134 Hill Place", "of 1119
    Eighth St."); not a year after a word of time ("in 1998 Park Avenue was closed")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _TIME_PREPOSITIONS:
        return False
    names = 0
    for tok in doc[span.end: span.end + 5]:
        if _street_word(tok) and names:
            return True
        if not tok.is_title:
            return False
        names += 1
    return False


def _clock_time(span: Span) -> bool:
    """Four digits before a time zone are an hour of the day ("due at 1630 EST", "(2130 GMT)", "at 1630
    EST/2130 GMT", where the tokenizer keeps the zone and the next hour together), not a year."""
    doc = span.doc
    return len(span) == 1 and span.end < len(doc) and doc[span.end].lower_.split("/")[0] in TIME_ZONES


def _ordinal_of_a_series(span: Span) -> bool:
    """An ordinal right before the words of the thing it numbers is its place in a series ("the 20th annual
    meeting", "its 47th member"), not a day of the month: a day is told alone or with its month ("on the 20th",
    "the 21st of May")."""
    doc = span.doc
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or not re.fullmatch(r"[0-9]{1,2}(st|nd|rd|th)", words[0].lower_) or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.pos_ in ("ADJ", "NOUN") and after.lower_ not in MONTHS and after.is_alpha


def _street_word(tok: Token) -> bool:
    return (tok.is_title or tok.is_upper) and tok.lower_.rstrip(".") in STREET_WORDS
