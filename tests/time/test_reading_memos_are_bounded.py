"""The memos of date readings and of unknown names' keys hold a bounded number of entries, and what they let go is
read again the same way (round 71: their former bounds held some 90 MB once a long build had filled them)."""

import importlib
from datetime import date, timedelta

from dossier.actors import unknown

normalise_module = importlib.import_module("dossier.time.normalise")
fallback = importlib.import_module("dossier.time.fallback")

PHRASES = ["last Thursday", "next month", "on 9 May", "two weeks ago", "August 1991", "earlier this year",
           "the third quarter", "from Monday to Wednesday", "since 1979"]


def _readings(day: date) -> list:
    return [normalise_module.normalise(p, day, tense) for p in PHRASES for tense in ("past", "future", None)]


def test_phrases_read_again_after_the_memos_let_them_go():
    day = date(1988, 11, 23)
    first = _readings(day)
    assert any(v is not None for v in first)
    normalise_module._cached.cache_clear()
    fallback.parse.cache_clear()
    assert _readings(day) == first


def test_the_readings_memo_keeps_at_most_its_bound_and_reads_the_same_past_it():
    day = date(1990, 4, 2)
    first = _readings(day)
    start = date(1950, 1, 1)
    for i in range(normalise_module._READINGS_KEPT + 50):  # as many article dates as fill the memo and more
        normalise_module.normalise("last week", start + timedelta(days=i))
    info = normalise_module._cached.cache_info()
    assert info.currsize == info.maxsize == normalise_module._READINGS_KEPT
    assert _readings(day) == first


def test_dateparser_s_memo_keeps_at_most_its_bound():
    start = date(1950, 1, 1)
    for i in range(fallback._READINGS_KEPT + 20):  # phrases dateparser is not asked about: cheap to memoise
        assert fallback.parse("a while", start + timedelta(days=i), None) is None
    info = fallback.parse.cache_info()
    assert info.currsize == info.maxsize == fallback._READINGS_KEPT
    assert fallback.parse("9 May 1987", date(1987, 6, 1), "past") is not None


def test_a_name_s_key_is_the_same_after_the_memo_lets_it_go():
    names = [("maria-t-lindqvist", True), ("harbour-authority", False), ("defence-council", False)]
    first = [unknown.group_key(s, p) for s, p in names]
    assert first[0] == "maria-lindqvist"
    for i in range(unknown.group_key.cache_info().maxsize + 10):
        unknown.group_key(f"name-{i}", False)
    info = unknown.group_key.cache_info()
    assert info.currsize == info.maxsize
    assert [unknown.group_key(s, p) for s, p in names] == first
