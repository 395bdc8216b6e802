"""dateparser for phrases our rules do not know, relative to the article's date; results memoised."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dossier.model import DateValue
from dossier.time import calendar as cal
from dossier.time.lexicon import alternation

# dateparser reads almost anything as "now"; ask it only about phrases with a number or a calendar word.
WORTH_ASKING = re.compile(rf"\d|\b(?:{alternation('months')}|{alternation('weekdays')})\b")


@lru_cache(maxsize=8)
def _parser(tense: str | None):
    from dateparser.date import DateDataParser  # imported late: it takes a second to load

    settings = {"PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(tense, "current_period"),
                "REQUIRE_PARTS": [], "RETURN_TIME_AS_PERIOD": False, "STRICT_PARSING": False}
    return DateDataParser(languages=["en"], settings=settings)


# dateparser's readings, asked only on a miss of `normalise._cached` (keyed by phrase, date and tense too): a repeat
# gets here rarely (4 hits in 340 calls on 512 Reuters stories), so few are kept (~740 bytes an entry: 20,000 held
# 15 MB).
_READINGS_KEPT = 1024


@lru_cache(maxsize=_READINGS_KEPT)
def parse(text: str, ref: date, tense: str | None) -> DateValue | None:
    """dateparser's reading of `text` at its own period (day, month, year), or None."""
    if not WORTH_ASKING.search(text):
        return None
    parser = _parser(tense)
    parser._settings.RELATIVE_BASE = datetime(ref.year, ref.month, ref.day)
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises on odd input; a phrase it cannot read is simply unknown
        return None
    found, period = data.date_obj, data.period
    if found is None or not 1000 <= found.year <= 2199:
        return None
    if period == "year":
        return cal.year(found.year)
    if period == "month":
        return cal.month(found.year, found.month)
    return cal.day(found.date())
