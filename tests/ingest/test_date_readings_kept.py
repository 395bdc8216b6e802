"""`parse_date` keeps its readings (`_parsed`, a bounded memo): a wire's stories name the same dateline day again and
again, and each reading by dateparser is dear. What it gives is the same whether read fresh or kept, for every kind
of string and argument it takes."""

from __future__ import annotations

from dossier.ingest.dates import _parsed, parse_date

CASES = [
    (("Jun 24, 2024 10:09 PM",), "2024-06-24"),
    (("2024-06-29",), "2024-06-29"),
    (("24 June 2024",), "2024-06-24"),
    (("  Nov 14 ", 1988), "1988-11-14"),
    (("Nov 14",), None),
    (("Feb 30", 1989), None),
    (("",), None),
    (("   ",), None),
    ((None,), None),
    (("no date here", 1990), None),
    (("Seg, 24 Set 2018", None, None), "2018-09-24"),
]


def _read_all():
    return [parse_date(*args) for args, _ in CASES]


def test_readings_fresh_and_kept_are_the_same():
    _parsed.cache_clear()
    fresh = _read_all()
    kept = _read_all()
    assert fresh == kept == [want for _, want in CASES]
    assert _parsed.cache_info().hits >= len([a for a, _ in CASES if a[0] and a[0].strip()])


def test_a_list_of_languages_reads_as_the_tuple_and_the_default():
    _parsed.cache_clear()
    assert parse_date("March 8", 1991, ["en"]) == parse_date("March 8", 1991, ("en",)) == parse_date("March 8", 1991)
    assert _parsed.cache_info().currsize == 1  # one key: the stripped string, the year, the languages as a tuple


def test_the_year_is_part_of_the_key():
    assert parse_date("Dec 31", 1991) == "1991-12-31"
    assert parse_date("Dec 31", 1992) == "1992-12-31"


def test_the_memo_is_bounded():
    _parsed.cache_clear()
    for year in range(1000, 3100):
        parse_date("2001-01-01T00:00", year)
    assert _parsed.cache_info().currsize == _parsed.cache_info().maxsize == 1024
    assert parse_date("March 8", 1991) == "1991-03-08"
