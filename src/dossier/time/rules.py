"""News-convention rules that read one temporal phrase against the article's date.

`point(text, ref, tense)` reads a single date or period (no ranges); it returns None for what it does not
know, and the caller falls back to dateparser. Text comes in lower case, with spaces collapsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from dossier.model import DateValue
from dossier.time import calendar as cal
from dossier.time.lexicon import alternation, lexicon, movable_holidays, number

LEX = lexicon()
MONTH = rf"(?P<month>{alternation('months')})\.?"
WEEKDAY = rf"(?P<weekday>{alternation('weekdays')})\.?"
YEAR = r"(?P<year>1[0-9]{3}|2[01][0-9]{2})"
DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
REL = r"(?P<rel>last|next|this|past|coming|previous|current|following|the\s+past|the\s+last|the\s+next|the\s+coming)"
NUM = rf"(?P<num>\d+|{alternation('numbers')})"
UNIT = r"(?P<unit>day|week|fortnight|month|year|decade)s?"
PART = rf"(?P<part>{alternation('parts')})"
SEASON = rf"(?P<season>{alternation('seasons')})"

Rule = Callable[[re.Match, date, str | None], DateValue | None]
RULES: list[tuple[re.Pattern, Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    """Register a rule for phrases that match `pattern` in full."""
    def register(fn: Rule) -> Rule:
        RULES.append((re.compile(pattern), fn))
        return fn
    return register


def point(text: str, ref: date, tense: str | None) -> DateValue | None:
    """The first rule whose pattern matches the whole phrase decides; None when none does."""
    for pattern, fn in RULES:
        m = pattern.fullmatch(text)
        if m:
            return fn(m, ref, tense)
    return None


def _month(m: re.Match) -> int:
    return LEX["months"][m["month"].rstrip(".")]


def _safe_day(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _day_year(ref: date, mo: int, d: int, tense: str | None) -> int:
    """A day-and-month without a year is in the article's year unless tense puts it two months away; with no
    tense, the nearest such day."""
    candidate = _safe_day(ref.year, mo, d) or date(ref.year, mo, 1)
    if tense == "past" and (candidate - ref).days > 60:
        return ref.year - 1
    if tense == "future" and (ref - candidate).days > 60:
        return ref.year + 1
    if tense is None and abs((candidate - ref).days) > 183:
        return ref.year + (1 if candidate < ref else -1)  # no tense: the nearest such day
    return ref.year


@rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:t[\d:.]+z?)?")
def iso_day(m, ref, tense):
    d = _safe_day(int(m["y"]), int(m["m"]), int(m["d"]))
    return cal.day(d) if d else None


@rule(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])")
def iso_month(m, ref, tense):
    return cal.month(int(m["y"]), int(m["m"]))


@rule(rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?(?:\s+{YEAR})?")
@rule(rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?(?:\s+{YEAR})?")
def month_day(m, ref, tense):
    mo, d = _month(m), int(m["day"])
    y = int(m["year"]) if m["year"] else _day_year(ref, mo, d, tense)
    found = _safe_day(y, mo, d)
    return cal.day(found) if found else None


@rule(rf"{MONTH},?\s+(?:of\s+)?{YEAR}")
def month_year(m, ref, tense):
    return cal.month(int(m["year"]), _month(m))


YEAR_REL = r"(?:of\s+)?(?P<yrel>last|next|this)\s+year"


@rule(rf"(?:(?:the\s+)?{DAY}\s+(?:of\s+)?)?{MONTH},?\s+{YEAR_REL}")
@rule(rf"{MONTH}\s+{DAY},?\s+{YEAR_REL}")
def month_of_a_year_named(m, ref, tense):
    """'February last year', 'March of next year', 'June 3 last year': the month (or day) in the year the words
    name, counted from the article's year (not 'the following year', counted from a year told before)."""
    y = ref.year + {"last": -1, "next": 1}.get(m["yrel"], 0)
    if m["day"]:
        found = _safe_day(y, _month(m), int(m["day"]))
        return cal.day(found) if found else None
    return cal.month(y, _month(m))


@rule(rf"(?P<rel>last|next|this|coming)\s+{MONTH}\s+{DAY}")
def month_day_named(m, ref, tense):
    """'last November 25', 'next March 3': the latest such day before the article's, the first after it; 'this
    June 4' is in the article's year."""
    mo, d = _month(m), int(m["day"])
    found = _safe_day(_named_year(m["rel"], (mo, d), (ref.month, ref.day), ref.year), mo, d)
    return cal.day(found) if found else None


@rule(rf"(?:(?P<rel>last|next|this|coming)\s+)?{MONTH}")
def month_alone(m, ref, tense):
    mo, rel = _month(m), m["rel"]
    y = _named_year(rel, (mo,), (ref.month,), ref.year) if rel else cal.month_year(ref, mo, tense)
    return cal.month(y, mo)


def _named_year(rel: str, when: tuple[int, ...], now: tuple[int, ...], year: int) -> int:
    """The year of a month (or a month and day) told "last", "next"/"coming" or "this" from the article's (`now`, in
    `year`): the latest such before it, the first after it, or the article's own."""
    if rel == "last":
        return year if when < now else year - 1
    if rel in ("next", "coming"):
        return year if when > now else year + 1
    return year


@rule(rf"(?:the\s+year\s+|fiscal\s+(?:year\s+)?|fy\s?)?{YEAR}")
def year(m, ref, tense):
    fiscal = m.group(0).startswith(("fiscal", "fy"))
    value = cal.year(int(m["year"]))
    return value.model_copy(update={"precision": "vague"}) if fiscal else value


@rule(r"(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]+)?(?P<dec>1[0-9]{2}|20[0-9])0'?s")
def decade(m, ref, tense):
    first = int(m["dec"]) * 10
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(m["part"], (0, 9))
    prec = "vague" if m["part"] else "decade"
    return DateValue(start=str(first + lo), end=str(first + hi), precision=prec)


DAYPART = r"(?:(?:early|late|earlier|later)\s+)?"


@rule(rf"{DAYPART}(?:(?:this\s+)?(?P<rel>last|next|this|coming|past)\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?")
def weekday(m, ref, tense):
    """A day named by its weekday: "last Monday" before the article's day, "next Monday" after it; a bare one (or
    "this Monday") by the tense, the article's own day when it is that weekday, whatever the tense (news names its
    own day by its weekday: "the council sits Wednesday" in Wednesday's paper is that day)."""
    wd = LEX["weekdays"][m["weekday"].rstrip(".")]
    rel = m["rel"]
    if rel in ("last", "past"):
        return cal.day(cal.weekday_near(ref - timedelta(days=1), wd, "past"))
    if rel in ("next", "coming"):
        return cal.day(cal.weekday_near(ref, wd, "future"))
    if wd == ref.weekday():
        return cal.day(ref)
    return cal.day(cal.weekday_near(ref, wd, tense))


@rule(rf"{WEEKDAY}\s+(?:the\s+)?{DAY}")
def weekday_and_number(m, ref, tense):
    """A day's name and a day's number with no month ("Tuesday 12", "Friday the 8th"): that numbered day of the
    article's month or the one before or after that falls on that weekday, the nearest one (on or before the
    article's day for the past, on or after it for the future); else the weekday alone, the number being no day's.
    Never the number's month (dateparser reads "Tuesday 12" as December)."""
    wd, d = LEX["weekdays"][m["weekday"].rstrip(".")], int(m["day"])
    months = [(ref.year + (ref.month + k - 1) // 12, (ref.month + k - 1) % 12 + 1) for k in (-1, 0, 1)]
    days = [x for x in (_safe_day(y, mo, d) for y, mo in months) if x is not None and x.weekday() == wd
            and not (tense == "past" and x > ref) and not (tense == "future" and x < ref)]
    if days:
        return cal.day(min(days, key=lambda x: abs((x - ref).days)))
    return cal.day(cal.weekday_near(ref, wd, tense))


@rule(rf"{DAYPART}(?P<name>{alternation('days')})(?:\s+(?:morning|afternoon|evening|night))?")
def named_day(m, ref, tense):
    return cal.day(ref + timedelta(days=LEX["days"][" ".join(m["name"].split())]))


def _table_days(name: str, y: int) -> list[tuple[date, date]]:
    """(first, last) day of each time a holiday of a lunar or lunisolar calendar begins in year y (data
    movable_holidays.yaml: 'MM-DD', 'MM-DD+N' for N days); none outside the years the table covers."""
    found = movable_holidays()[name].get(y)
    out = []
    for entry in ([] if found is None else found if isinstance(found, list) else [found]):
        day, _, length = str(entry).partition("+")
        first = date(y, int(day[:2]), int(day[3:5]))
        out.append((first, first + timedelta(days=int(length or 1) - 1)))
    return out


def _holiday_on(spec: list, y: int) -> list[tuple[date, date]]:
    """(first, last) day of each time one holiday (lexicon `holidays`) falls in year y."""
    if spec[0] == "calendar":
        return _table_days(spec[1], y)
    if spec[0] in ("easter", "orthodox easter"):
        d = easter(y, EASTER_ORTHODOX if spec[0] == "orthodox easter" else EASTER_WESTERN) + timedelta(days=spec[1])
        return [(d, d)]
    if len(spec) == 2:
        return [(date(y, spec[0], spec[1]),) * 2]
    mo, wd, n, *after = spec
    if n > 0:
        first = date(y, mo, 1)
        found = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = date(y, mo, cal.last_day(y, mo))
        found = last - timedelta(days=(last.weekday() - wd) % 7)
    found += timedelta(days=after[0] if after else 0)
    return [(found, found)]


def _held(first: date, last: date) -> DateValue:
    return cal.day(first) if first == last else cal.days(first, last, "vague")


HOLIDAY_WORDS = r"(?:\s+(?:holidays?|festival|festivities|celebrations?|period|season|break))?"


@rule(rf"(?:(?P<rel>last|next|this|this\s+year'?s|last\s+year'?s|next\s+year'?s)\s+)?(?:the\s+)?"
      rf"(?P<name>{alternation('holidays')}){HOLIDAY_WORDS}(?:\s+(?:of\s+)?{YEAR})?")
def holiday(m, ref, tense):
    """'Thanksgiving', 'last Christmas', 'Election Day 1998', 'the Lunar New Year holiday', 'Ramadan' (its days):
    a year given, or by 'last'/'next', or this year's; otherwise the latest begun on or before the article (past),
    the next on or after it (future), or the nearest. A holiday of several days is read as its days."""
    spec = LEX["holidays"][" ".join(m["name"].split())]
    rel = m["rel"] and m["rel"].split()[0]
    if m["year"] or rel == "this" or (rel in ("last", "next") and "year" in m["rel"]):
        y = int(m["year"]) if m["year"] else ref.year + {"this": 0, "last": -1, "next": 1}[rel]
        held = _holiday_on(spec, y)
        return _held(*held[0]) if held else None
    times = [t for y in (ref.year - 1, ref.year, ref.year + 1) for t in _holiday_on(spec, y)]
    begun, coming = [t for t in times if t[0] <= ref], [t for t in times if t[0] >= ref]
    if not begun or not coming:
        return None  # beyond the years a calendar table covers
    before, after = max(begun), min(coming)
    if rel == "last":
        return _held(*max(t for t in times if t[1] < ref)) if any(t[1] < ref for t in times) else None
    if rel == "next":
        return _held(*min(t for t in times if t[0] > ref)) if any(t[0] > ref for t in times) else None
    if tense == "past" or before[0] <= ref <= before[1]:
        return _held(*before)
    if tense == "future":
        return _held(*after)
    return _held(*(before if ref - before[0] <= after[0] - ref else after))


@rule(r"(?:(?P<rel>last|next|this|coming|past|the\s+past|the\s+coming|the)\s+)?weekend")
def weekend(m, ref, tense):
    """A Saturday-to-Sunday: 'last weekend' the one before this week's, 'this weekend' this week's (told in the past
    before it, the one just gone: "agreed this weekend" in a Monday story), 'next weekend' the first still to come;
    'the weekend' and a bare "weekend" on a noun ("a weekend visit") by tense (past: the latest begun, future: the
    next to end, none: the one just gone early in the week, else this week's)."""
    saturday = ref - timedelta(days=ref.weekday()) + timedelta(days=5)
    rel = m["rel"] and m["rel"].split()[-1]
    if rel in ("last", "past"):
        saturday -= timedelta(days=7)
    elif rel in ("next", "coming"):
        saturday += timedelta(days=7 if ref >= saturday else 0)
    elif rel == "this":
        if tense == "past" and ref < saturday:
            saturday -= timedelta(days=7)
    else:
        if tense == "past" and ref < saturday or tense is None and ref.weekday() < 3:
            saturday -= timedelta(days=7)
    return cal.days(saturday, saturday + timedelta(days=1), "vague")


VAGUE = alternation("vague").replace(r"the\s+", "")


@rule(rf"(?:in\s+|over\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?P<key>{VAGUE})")
def vague(m, ref, tense):
    key = " ".join(m["key"].split())
    entry = LEX["vague"].get(key) or LEX["vague"].get("the " + key)
    unit, lo, hi, prec = entry
    first, last = cal.shift(ref, unit, lo), cal.shift(ref, unit, hi)
    if prec == "decade":
        return DateValue(start=str(first.year), end=str(last.year), precision="decade")
    return cal.days(first, last, "vague")


def _relative(unit: str, rel: str, ref: date) -> DateValue | None:
    """'last/this/next' + week, month, year, quarter."""
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}[rel]
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return cal.days(monday, monday + timedelta(days=6), "vague")
    if unit == "month":
        d = cal.add_months(ref, step)
        return cal.month(d.year, d.month)
    if unit == "year":
        return cal.year(ref.year + step)
    if unit == "quarter":
        q = (ref.year * 4 + (ref.month - 1) // 3) + step
        return _quarter(q // 4, q % 4 + 1)
    if unit == "decade":
        first = (ref.year // 10 + step) * 10
        return DateValue(start=str(first), end=str(first + 9), precision="decade")
    return None


@rule(r"(?P<rel>last|next|this|previous|current|coming|following)\s+(?P<unit>week|month|year|quarter|decade)")
def relative_unit(m, ref, tense):
    return _relative(m["unit"], m["rel"], ref)


@rule(r"(?:over\s+|in\s+|during\s+|for\s+)?the\s+(?:past|last)\s+(?P<unit>week|month|year)")
def past_unit(m, ref, tense):
    return cal.days(cal.shift(ref, m["unit"], -1), ref, "vague")


@rule(r"(?:over\s+|in\s+|during\s+|for\s+|within\s+)?(?:the\s+)?(?P<dir>past|last|next|coming|previous)\s+" + NUM + r"\s+" + UNIT)
def past_n_units(m, ref, tense):
    n, unit = number(m["num"]), m["unit"]
    if n is None or unit == "fortnight":
        return None
    if unit == "decade":
        unit, n = "year", n * 10
    sign = -1 if m["dir"] in ("past", "last", "previous") else 1
    other = cal.shift(ref, unit, sign * n)
    return cal.days(min(ref, other), max(ref, other), "vague")


@rule(rf"(?P<when>earlier|later)\s+(?:this|the|in\s+the)\s+(?P<unit>week|month|year)")
def earlier_later(m, ref, tense):
    unit = m["unit"]
    if unit == "week":
        first, last = ref - timedelta(days=ref.weekday()), ref + timedelta(days=6 - ref.weekday())
    elif unit == "month":
        first, last = ref.replace(day=1), ref.replace(day=cal.last_day(ref.year, ref.month))
    else:
        first, last = date(ref.year, 1, 1), date(ref.year, 12, 31)
    return cal.days(first, ref, "vague") if m["when"] == "earlier" else cal.days(ref, last, "vague")


@rule(r"the\s+(?:(?:full|current|present|whole|entire)\s+)?(?:fiscal\s+)?year|(?:this|the\s+current)\s+fiscal\s+year")
def the_year(m, ref, tense):
    """'the year', 'the full year', 'the current fiscal year': the article's own year (a fiscal year by its calendar
    year, as TimeML writes it)."""
    return cal.year(ref.year)


HEDGE = r"(?:(?:nearly|almost|about|around|some|roughly|approximately|more\s+than|less\s+than|over|just|only)\s+)?"


@rule(HEDGE + NUM + r"\s+" + UNIT + r"(?:\s+or\s+so)?\s+(?:ago|earlier)")
def ago(m, ref, tense):
    """'three days ago', 'nearly four years ago', 'a year earlier' (counted back from the article's date); a decade
    is ten years ('more than a decade ago': the year ten years back, as 'more than ten years ago' is read)."""
    n, unit = number(m["num"]), m["unit"]
    if n is None or unit == "fortnight":
        return None
    if unit == "decade":
        n, unit = 10 * n, "year"
    d = cal.shift(ref, unit, -n)
    if unit == "day":
        return cal.day(d)
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return cal.days(monday, monday + timedelta(days=6), "vague")
    return cal.month(d.year, d.month) if unit == "month" else cal.year(d.year)


def _quarter(y: int, q: int) -> DateValue:
    return cal.months(y, 3 * q - 2, y, 3 * q)


def _period_year(ref: date, first_month: int, tense: str | None) -> int:
    """The year of a quarter/half/season named without one: the latest begun (past) or next to come (future)."""
    if tense == "future":
        return ref.year if first_month >= ref.month - 2 else ref.year + 1
    return ref.year if first_month <= ref.month else ref.year - 1


def _quarter_year(ref: date, q: int, tense: str | None) -> int:
    """The year of a quarter named without one. Results come out after a quarter closes, so in the future tense
    ("expects to report third-quarter profit") a quarter that ended less than four months ago is still this
    year's; otherwise the past tense takes the latest begun and the future the next to come."""
    if tense == "future":
        return ref.year if 3 * q >= ref.month - 3 else ref.year + 1
    return _period_year(ref, 3 * q - 2, tense)


def _reported_quarter(ref: date) -> tuple[int, int]:
    """(year, quarter) of the latest quarter closed before the article: the one an earnings report is about."""
    index = ref.year * 4 + (ref.month - 1) // 3 - 1
    return index // 4, index % 4 + 1


OWNER = r"(?:(?:the|its|their|a|an)\s+)?"
YEAR_OWNER = r"(?P<yrel>this|last|next|the\s+current|the\s+previous|the\s+prior)\s+year'?s\s+"
AGO = r"(?P<ago>year[-\s]ago|year[-\s]earlier|prior[-\s]year|previous[-\s]year|comparable\s+year[-\s]ago)"
YEAR_AFTER = r"(?P<after>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year)"


def _year_owner(m: re.Match, ref: date) -> int | None:
    rel = m["yrel"] and m["yrel"].split()[-1]
    return {"this": ref.year, "current": ref.year, "last": ref.year - 1, "previous": ref.year - 1,
            "prior": ref.year - 1, "next": ref.year + 1}.get(rel)


@rule(rf"{OWNER}(?:{YEAR_OWNER})?(?:the\s+)?(?:{AGO}\s+|(?P<y0>1[0-9]{{3}}|2[01][0-9]{{2}})\s+)?(?:fiscal[-\s]+(?:year\s+)?)?"
      rf"(?P<ord>{alternation('quarters')})[-\s]+quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?{YEAR})?(?:\s+{YEAR_AFTER})?"
      r"|(?P<q>q[1-4])(?:\s+(?P<y2>\d{4}))?|(?P<y3>\d{4})\s+(?P<q2>q[1-4])")
def quarter(m, ref, tense):
    """'the third quarter of 2023', 'Q3 2023', "next year's first quarter", 'the year-ago second quarter'."""
    q = LEX["quarters"][m["ord"] or m["q"] or m["q2"]]
    given = m["year"] or m["y2"] or m["y3"] or m["y0"]
    if given:
        y = int(given)
    elif m["yrel"]:
        y = _year_owner(m, ref)
    else:
        y = _quarter_year(ref, q, tense) - (1 if m["ago"] or m["after"] else 0)
    return _quarter(y, q)


@rule(rf"(?:(?:the|its|their)\s+)?(?:{YEAR_OWNER})?(?:(?P<which>latest|most\s+recent|recent|just[-\s]ended|past|current|same|comparable|corresponding)\s+)?"
      rf"(?:{AGO}\s+|(?P<y0>1[0-9]{{3}}|2[01][0-9]{{2}})\s+)?(?:fiscal\s+)?(?P<unit>quarter|period)"
      rf"(?:\s+(?:just\s+)?ended)?(?:\s+{YEAR_AFTER})?")
def reported_quarter(m, ref, tense):
    """The quarter a results report is about, named without its number: 'the quarter', 'the latest quarter',
    'the year-earlier period' (the same quarter a year before), 'the 1988 quarter'. A bare 'period' is too vague:
    it needs 'latest', a year or 'year-ago'; 'same'/'comparable' need a year back."""
    which, back = m["which"] and " ".join(m["which"].split()), bool(m["ago"] or m["after"])
    if m["unit"] == "period" and not (back or m["y0"] or m["yrel"] or which in ("latest", "most recent")):
        return None
    if which in ("same", "comparable", "corresponding") and not (back or m["y0"]):
        return None
    y, q = (ref.year, (ref.month - 1) // 3 + 1) if which == "current" else _reported_quarter(ref)
    if m["y0"] or m["yrel"]:
        y = int(m["y0"]) if m["y0"] else _year_owner(m, ref)
    elif back:
        y -= 1
    return _quarter(y, q)


@rule(rf"(?:the\s+)?(?P<ord>first|second)\s+half(?:\s+of)?(?:\s+{YEAR})?")
def half(m, ref, tense):
    h = LEX["halves"][m["ord"]]
    y = int(m["year"]) if m["year"] else _period_year(ref, 6 * h - 5, tense)
    return cal.months(y, 6 * h - 5, y, 6 * h)


def _in_season(month: int, first: int, last: int) -> bool:
    """The month lies in the season that runs from `first` to `last` (winter runs into the next year)."""
    return first <= month <= last if first <= last else month >= first or month <= last


def _season_span(y: int, first: int, last: int) -> tuple[date, date]:
    y2 = y + 1 if last < first else y
    return date(y, first, 1), date(y2, last, cal.last_day(y2, last))


def _nearest_season_year(ref: date, first: int, last: int) -> int:
    """The year of the season nearest the article's date (the one it falls in, else the one closest to it; a tie
    takes the one gone): a season named with no tense of its own, as a month with none is the nearest such month
    ("hoped to sign a contract in the summer", read in October: this summer gone; in May: the summer to come)."""
    def distance(y: int) -> int:
        start, end = _season_span(y, first, last)
        return 0 if start <= ref <= end else min(abs((start - ref).days), abs((ref - end).days))
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: (distance(y), y))


def _season_year(ref: date, first: int, last: int, rel: str | None, tense: str | None) -> int:
    """The year a season named without one begins in: "last" the one before the season now or latest gone, "next"
    the next to begin, "this" the one the article falls in or else this year's (a winter in January or February, or
    "this winter" just ended in March, is the one begun the December before), else by the tense the time stage reads:
    past the latest begun, future the next to come (or the one just begun), none the nearest."""
    current = _in_season(ref.month, first, last)
    if rel in ("last", "past"):
        latest = ref.year if first <= ref.month else ref.year - 1  # the latest begun
        return latest - 1 if current else latest
    if rel in ("next", "coming"):
        return ref.year if first > ref.month else ref.year + 1
    if rel == "this":
        return ref.year - 1 if last < first and ref.month <= last + 1 else ref.year
    if tense is None:
        return _nearest_season_year(ref, first, last)
    if last < first and current and ref.month <= last:
        return ref.year - 1  # a winter named in January or February: begun the December before (either tense)
    return _period_year(ref, first, tense)


@rule(rf"(?:(?:this\s+)?(?P<rel>last|next|this|coming|past)\s+)?(?:the\s+)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?")
def season(m, ref, tense):
    first, last = LEX["seasons"][m["season"]]
    y = int(m["year"]) if m["year"] else _season_year(ref, first, last, m["rel"], tense)
    y2 = y + 1 if last < first else y
    return cal.months(y, first, y2, last, "vague")


@rule(rf"(?:the\s+)?{PART}(?:\s+of|-|\s+)\s*(?:the\s+)?(?P<rest>.+)")
def part(m, ref, tense):
    inner = point(m["rest"], ref, tense) or point("the " + m["rest"], ref, tense)
    week = _week_of(inner)
    if week is not None:  # "late last week", "the end of this week": those weekdays of that week
        lo, hi = LEX["parts"][m["part"]]["week"]
        return cal.days(week + timedelta(days=lo), week + timedelta(days=hi), "vague")
    if _is_season(m["rest"], inner):  # "late summer", "early this spring": the season's first, middle or last month
        y, mo = map(int, inner.start.split("-"))
        k = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1}.get(m["part"], 2)
        y, mo = (y + 1, mo + k - 12) if mo + k > 12 else (y, mo + k)
        return cal.months(y, mo, y, mo, "vague")
    if inner is None or inner.precision not in ("month", "year") or inner.start != inner.end:
        return None
    lo, hi = (LEX["parts"][m["part"]]["month" if inner.precision == "month" else "year"])
    if inner.precision == "year":
        y = int(inner.start)
        return cal.months(y, lo, y, hi, "vague")
    y, mo = map(int, inner.start.split("-"))
    return cal.days(date(y, mo, lo), date(y, mo, min(hi, cal.last_day(y, mo))), "vague")


def _is_season(rest: str, value: DateValue | None) -> bool:
    """The words after a part name a season and read as its three months."""
    return value is not None and value.precision == "vague" and re.search(SEASON, rest) is not None \
        and len(value.start) == 7 and len(value.end) == 7 and value.start != value.end


def _week_of(value: DateValue | None) -> date | None:
    """The Monday of a value that is one whole week, Monday to Sunday ("last week"); else None."""
    if value is None or not value.start or not value.end or len(value.start) != 10 or len(value.end) != 10:
        return None
    first, last = date.fromisoformat(value.start), date.fromisoformat(value.end)
    return first if first.weekday() == 0 and (last - first).days == 6 else None
