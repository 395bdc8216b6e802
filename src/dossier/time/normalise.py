"""normalise(text, published, tense) -> DateValue: one temporal phrase read against the article's date.

Rules for news conventions first (rules.py), ranges and "since" built from them, dateparser for the rest.
"since X" is an open interval closed by the article: start = X at X's precision, end = the article's own day
(the latest day the writer can vouch for), precision = X's ("since March 2010" read on 2024-11-16 is
2010-03 .. 2024-11-16, month). Without an article date it is unknown (None).
Durations ("a five-day visit") are not dates: normalise returns None and duration_days() gives their length.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from dossier.model import DateValue
from dossier.time import calendar as cal
from dossier.time import fallback, rules
from dossier.time.lexicon import alternation, lexicon, number

LEAD = re.compile(r"^(?:(?:on|in|at|during|by|until|till|through|throughout|for|over|of|as\s+of|around|about|"
                  r"starting|beginning|from|the|between|since|before|after|ahead\s+of|run[-\s]up\s+to)\s+)+")
SINCE = re.compile(r"^(?:ever\s+)?since\s+(?P<a>.+)$")
RANGE = re.compile(r"^(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b|-|–|—)\s*(?P<b>.+)$")
YEARS = re.compile(r"^(?P<a>(?:1[0-9]|2[01])[0-9]{2})\s*[-–/]\s*(?P<b>[0-9]{2}|[12][0-9]{3})$")
DURATION = re.compile(rf"^(?:(?:for|over|about|some|nearly|almost|more\s+than|less\s+than|a|an|the)\s+)*"
                      rf"(?P<num>\d+|{alternation('numbers')})[-\s]+(?P<unit>day|week|fortnight|month|year|decade)s?"
                      rf"(?:[-\s]+long)?(?:\s+.*)?$")
BARE_DAY = re.compile(r"^(?:the\s+)?([0-3]?[0-9])(?:st|nd|rd|th)?$")
_UNITS, _TEENS, _TENS = (alternation(k) for k in ("spoken_units", "spoken_teens", "spoken_tens"))
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:[-\s]+(?:{_UNITS}))?|{_TEENS}|oh[-\s]+(?:{_UNITS}))"
SPOKEN_YEAR = re.compile(rf"\b(?:(?P<hi>{_TEENS}|twenty)[-\s]+(?P<lo>{_TWO_DIGITS}|hundred)"
                         rf"|two\s+thousand(?:\s+and)?(?:[-\s]+(?P<lo2>{_TWO_DIGITS}|{_UNITS}))?)\b")


def _two_digits(words: str) -> int:
    lex = lexicon()
    total = 0
    for w in re.split(r"[-\s]+", words):
        total += lex["spoken_units"].get(w) or lex["spoken_teens"].get(w) or lex["spoken_tens"].get(w) or 0
    return total


def spoken_years(text: str) -> str:
    """Years said in words written as digits: 'nineteen ninety-six' -> '1996', 'two thousand and one' -> '2001'."""
    def digits(m: re.Match) -> str:
        if m["hi"]:
            hi = _two_digits(m["hi"])
            return str(hi * 100 + (0 if m["lo"] == "hundred" else _two_digits(m["lo"])))
        return str(2000 + (_two_digits(m["lo2"]) if m["lo2"] else 0))
    return SPOKEN_YEAR.sub(digits, text)


def clean(text: str) -> str:
    """Lower case, single spaces, no trailing punctuation or possessive."""
    text = " ".join(text.lower().replace("’", "'").split())
    return re.sub(r"(?:'s|')$", "", text.strip(" ,.;:()\"")).strip()


def vague_window(value: DateValue | None) -> bool:
    """A window the lexicon gives an indefinite phrase ("in recent days", "over the next few months", "recently",
    "soon"): a reading of the phrase, too loose to date an act by (what happened "in recent days" happened on some
    unknown day). Not a point at the article's date ("now", "currently") nor a named period ("this week")."""
    if value is None or value.precision != "vague" or not value.text:
        return False
    phrase = LEAD.sub("", clean(value.text))
    entry = lexicon()["vague"].get(phrase) or lexicon()["vague"].get(f"the {phrase}")
    return bool(entry) and entry[1] != entry[2]


def duration_days(text: str) -> int | None:
    """The length in days of a duration phrase: 'a five-day visit' -> 5, 'two weeks' -> 14; else None."""
    m = DURATION.match(clean(text))
    if not m or number(m["num"]) is None:
        return None
    return number(m["num"]) * lexicon()["unit_days"][m["unit"]]


def normalise(text: str, published: date | str | None, tense: str | None = None,
              sentence: str | None = None) -> DateValue | None:
    """The calendar value of a temporal phrase, relative to the article's date; None when unknown or a duration.

    tense is "past", "future" or None (the sentence's tense decides which Friday or which November is meant).
    Phrases that need no article date ("March 2010", "2024-06-29") are read even when published is None.
    sentence, when given, is the phrase's sentence: in a sentence about a quarter's results, "a year ago",
    "a year earlier", "year-ago" name that quarter a year back (year_back_quarter).
    """
    ref = cal.as_date(published)
    phrase = spoken_years(clean(text))
    value = year_back_quarter(phrase, sentence, ref, tense) if sentence and ref else None
    value = value or _cached(phrase, ref, tense)
    return value.model_copy(update={"text": text}) if value is not None else None


YEAR_BACK = re.compile(r"(?:(?:about|nearly|almost|just\s+over)\s+)?(?:a|one)\s+year\s+(?:ago|earlier|before)"
                       r"|year[-\s](?:ago|earlier)")
QUARTER_TALK = re.compile(rf"\b(?:(?P<ord>{alternation('quarters')})[-\s]+)?quarter(?:ly)?\b")


def needs_sentence(text: str) -> bool:
    """Whether `normalise` reads the phrase's sentence: only for a year back ("a year ago"), so that a caller builds
    the sentence's text only then."""
    return YEAR_BACK.fullmatch(spoken_years(clean(text))) is not None


def year_back_quarter(phrase: str, sentence: str, ref: date, tense: str | None) -> DateValue | None:
    """'a year ago' in a sentence about a quarter ("third-quarter profit rose from $5 million a year ago"): the
    same quarter one year before: the quarter the sentence names by number, else the quarter a results story
    is about (rules.reported_quarter). None when the phrase is not a year back or the sentence names no quarter."""
    if not YEAR_BACK.fullmatch(phrase):
        return None
    m = QUARTER_TALK.search(" ".join(sentence.lower().split()))
    if m is None:
        return None
    quarter = rules.point(f"the {m['ord']} quarter" if m["ord"] else "the quarter", ref, tense)
    if quarter is None:
        return None
    (y1, m1), (y2, m2) = (map(int, v.split("-")) for v in (quarter.start, quarter.end))
    return cal.months(y1 - 1, m1, y2 - 1, m2)


# Without an article date, relative phrases are read against a fixed day and kept only if they did not use it.
_PROBE = (date(2001, 3, 14), date(2017, 10, 2))


# A phrase's reading at one article date: the same phrase again in the story or in another story of that day. On
# the first 512 Reuters stories (2.5 new keys a story) every hit came within the last 1,024 keys; an entry holds ~720
# bytes, so the 50,000 of before were 36 MB once some 20,000 stories had filled them.
_READINGS_KEPT = 4096


@lru_cache(maxsize=_READINGS_KEPT)
def _cached(text: str, ref: date | None, tense: str | None) -> DateValue | None:
    if ref is not None:
        return _read(text, ref, tense)
    first, second = (_read(text, probe, tense) for probe in _PROBE)
    return first if first == second else None


def _read(text: str, ref: date, tense: str | None) -> DateValue | None:
    if not text or duration_days(text) is not None and not text.endswith(("ago", "earlier")):
        return None
    m = SINCE.match(text)
    if m:
        start = _single(m["a"], ref, "past")
        return DateValue(start=start.start, end=ref.isoformat(), precision=start.precision) if start else None
    return _range(text, ref, tense) or _single(text, ref, tense)


def _single(text: str, ref: date, tense: str | None) -> DateValue | None:
    value = rules.point(text, ref, tense)
    if value is None:
        stripped = LEAD.sub("", text)
        value = rules.point(stripped, ref, tense) if stripped != text else None
        if value is None and stripped:
            value = fallback.parse(stripped, ref, tense)
    return value


def _range(text: str, ref: date, tense: str | None) -> DateValue | None:
    """'June 25 to 29', 'from Sunday to Tuesday', 'between March and May', '2024-2029', '25-29 June'."""
    m = YEARS.match(LEAD.sub("", text))
    if m:
        a, b = int(m["a"]), m["b"]
        b = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        return cal.span(cal.year(a), cal.year(b)) if b > a else None
    m = RANGE.match(text)
    if not m:
        return None
    a_text, b_text = LEAD.sub("", m["a"]), LEAD.sub("", m["b"])
    a = rules.point(a_text, ref, tense)
    b = rules.point(b_text, ref, tense)
    if a is None and b is not None and b.precision == "day" and BARE_DAY.match(a_text):
        a = _with_day(b, int(BARE_DAY.match(a_text)[1]))
    if a is None:
        return None
    if b is None and a.precision == "day" and BARE_DAY.match(b_text):
        b = _with_day(a, int(BARE_DAY.match(b_text)[1]))
    if b is None:
        return None
    return _ordered(a, b, b_text, ref)


def _with_day(other: DateValue, day: int) -> DateValue | None:
    y, mo, _ = map(int, other.start.split("-"))
    try:
        return cal.day(date(y, mo, day))
    except ValueError:
        return None


def _ordered(a: DateValue, b: DateValue, b_text: str, ref: date) -> DateValue | None:
    """Join two ends; an end that falls before the start moves forward (a week, a year) when it named no year."""
    if a.precision == "day" and b.precision == "day" and b.start < a.start:
        first, last = date.fromisoformat(a.start), date.fromisoformat(b.start)
        if re.search(rf"\b(?:{alternation('weekdays')})\b", b_text):
            while last < first:
                last = date.fromordinal(last.toordinal() + 7)
        elif not re.search(r"\d{4}", b_text):
            last = last.replace(year=last.year + 1)
        b = cal.day(last)
    elif a.precision == "month" and b.precision == "month" and b.start < a.start and not re.search(r"\d{4}", b_text):
        y, mo = map(int, b.start.split("-"))
        b = cal.month(y + 1, mo)
    if (b.end or b.start) < a.start:
        return None
    return cal.span(a, b)
