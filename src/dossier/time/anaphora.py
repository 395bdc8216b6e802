"""Times counted from a time the article told before, not from its date: "the previous day", "a day earlier",
"the day before", "two days later", "the following week", "that day", "earlier that month", "later in the day"; and
a time a demonstrative names again: "at that time", "had chosen this time to …".

News tells a sequence by counting from the last time it named: "Kenya closed the border on Monday. The previous day,
rebels had attacked a post" (Sunday, not the day before the article). The words are data (lexicon
`counted_from_told`). A phrase is read against the latest time told before it, in its sentence or the few before,
that is a single time fine enough for its unit (a day for "the previous day", a day or a month for "that month");
without one, the caller keeps the reading against the article's date. "the day before the vote" is not such a
phrase: the time it counts from is named after it (followed_by_noun).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from dossier.model import DateValue
from dossier.time import calendar as cal
from dossier.time.lexicon import alternation, lexicon, number

WINDOW = 3  # sentences back in which the time counted from is looked for


@cache
def _patterns() -> tuple[re.Pattern, ...]:
    table = lexicon()["counted_from_told"]
    rel = "|".join(table["relative"])
    way = "|".join(sorted(table["direction"], key=len, reverse=True))
    unit = "|".join(table["units"])
    day_units = "|".join(u for u, of in table["units"].items() if of == "day")
    lead = r"^(?:(?:on|by|until|in|during|from|of|at)\s+)?"
    return (
        # "the previous day", "the following week", "that same day", "the same morning"
        re.compile(lead + rf"(?:(?:earlier|later)\s+)?(?:(?:the|that)\s+(?:very\s+)?(?P<rel>{rel})|that)"
                   rf"\s+(?P<unit>{unit})$"),
        # "the day before", "the night after", "the week before"
        re.compile(lead + rf"the\s+(?P<unit>{unit})\s+(?P<way>{way})$"),
        # "a day earlier", "two weeks later", "three days before"
        re.compile(lead + rf"(?P<num>\d+|{alternation('numbers')})\s+(?P<unit>{unit})s?\s+(?P<way>{way})$"),
        # "earlier in the day", "later in the evening": within the day told. Not "earlier in the year", which news
        # tells of the article's year whatever year a comparison named before ("up from a year ago")
        re.compile(rf"^(?P<within>earlier|later)\s+in\s+the\s+(?P<unit>{day_units})$"),
    )


def counted(phrase: str) -> tuple[str, int] | None:
    """(unit, steps) of a phrase counted from a time told before ("the previous day" -> ("day", -1), "that week"
    -> ("week", 0), "two days later" -> ("day", 2)); None for any other phrase."""
    text = " ".join(phrase.lower().replace("’", "'").split()).strip(" ,.;:")
    table = lexicon()["counted_from_told"]
    for pattern in _patterns():
        m = pattern.match(text)
        if m is None:
            continue
        unit = table["units"][m["unit"]]
        if "within" in m.groupdict():  # "later in the day": inside the time told, not a step from it
            return unit, 0
        if "rel" in m.groupdict():  # "that day" has no word of its own: the same time
            return unit, table["relative"][m["rel"]] if m["rel"] else 0
        n = number(m["num"]) if "num" in m.groupdict() and m["num"] else 1
        if n is None:
            return None
        return unit, n * table["direction"][m["way"]]
    return None


def fits(value: DateValue, unit: str) -> bool:
    """A time one can count `unit`s from: a single day; for weeks a Monday-to-Sunday week too; for months a month;
    for years a month or a year."""
    start, end = value.start or "", value.end or value.start or ""
    if unit == "time":  # a time named again ("at that time"): any time told
        return bool(start)
    if len(start) == 10:
        if start == end:
            return True
        first, last = cal.as_date(start), cal.as_date(end)
        return unit != "day" and first is not None and last is not None and first.weekday() == 0 \
            and (last - first).days == 6
    if start != end:
        return False
    return (len(start) == 7 and unit in ("month", "year")) or (len(start) == 4 and unit == "year")


def resolve(unit: str, steps: int, told: DateValue, text: str | None = None) -> DateValue | None:
    """The time `steps` units from the time told: a day for days, a Monday-to-Sunday week, a month, a year."""
    start = told.start or ""
    if len(start) == 10:
        anchor = date.fromisoformat(start)
    elif len(start) == 7:
        anchor = date(int(start[:4]), int(start[5:]), 1)
    else:
        anchor = date(int(start), 1, 1)
    d = cal.shift(anchor, unit, steps)
    if unit == "day":
        return cal.day(d, text)
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return cal.days(monday, monday + timedelta(days=6), "vague", text)
    if unit == "month":
        return cal.month(d.year, d.month, text)
    return cal.year(d.year, text)


def told_before(unit: str, earlier: list[tuple[int, DateValue]], sentence: int) -> DateValue | None:
    """The latest of the times told before (sentence number, value) within WINDOW sentences that fits the unit."""
    for at, value in reversed(earlier):
        if sentence - at > WINDOW:
            return None
        if fits(value, unit):
            return value
    return None


def demonstrative(span) -> bool:
    """A time named by a demonstrative that is a time told before (lexicon `demonstrative_times`): "that time" or
    "that moment" after "at" ("At that time, officials said …"), and "this/that time" that a verb of choosing takes
    ("had chosen this time … to make accusations"); not "This time, X did …" (this occasion, against others), "at this
    time" (now), "at that time of year", "that time last year" (a spaCy Span of two tokens)."""
    table = lexicon()["demonstrative_times"]
    if len(span) != 2 or span[0].lower_ not in ("this", "that") or span[1].lower_ not in table["nouns"]:
        return False
    noun = span[1]
    if any(c.dep_ in ("prep", "npadvmod", "amod", "compound") for c in noun.children) or noun.i + 1 < len(
            noun.doc) and noun.doc[noun.i + 1].ent_type_ == "DATE":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in table["at"]:
        return span[0].lower_ == "that"
    return noun.dep_ in ("dobj", "npadvmod") and head.pos_ == "VERB" and head.lemma_ in table["choosing_verbs"]


_NAMED_AFTER = frozenset({"DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"})


def followed_by_noun(span) -> bool:
    """The phrase counts from a time named right after it, not from one told before: "the day before the vote",
    "a week after Easter", "two days after his arrest" (a spaCy Span)."""
    doc = span.doc
    last = span[-1].lower_
    table = lexicon()["counted_from_told"]["direction"]
    return last in table and span.end < len(doc) and doc[span.end].pos_ in _NAMED_AFTER
