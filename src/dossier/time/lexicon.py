"""The time stage's calendar words (data/lexicon.yaml), loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from dossier.data_files import load_yaml


DATA = Path(__file__).parent / "data" / "lexicon.yaml"
MOVABLE = Path(__file__).parent / "data" / "movable_holidays.yaml"


@cache
def lexicon() -> dict:
    """The parsed lexicon: months, weekdays, seasons, quarters, parts, days, vague periods, numbers."""
    return load_yaml(DATA)


@cache
def words(key: str) -> frozenset[str]:
    """One list of the lexicon as a set, read on first use (a module reads its words so, not at import time)."""
    return frozenset(lexicon()[key])


@cache
def movable_holidays() -> dict:
    """{holiday: {year: 'MM-DD[+days]' or a list of them}}: the days of lunar and lunisolar holidays."""
    return load_yaml(MOVABLE)


@cache
def calendar_words() -> frozenset[str]:
    """The single words of the calendar tables (months, weekdays, seasons, days told from the article's: 'today',
    'last night'; vague periods: 'recent weeks') and the units of time, singular and plural: the words a phrase
    that only tells a time is made of."""
    table = lexicon()
    words: set[str] = set()
    for key in ("months", "weekdays", "seasons", "days", "vague"):
        for phrase in table[key]:
            words.update(phrase.lower().split())
    for unit in table["unit_days"]:
        words.update({unit, unit + "s"})
    return frozenset(words)


def alternation(key: str) -> str:
    """A regex alternation of one lexicon table's phrases, longest first."""
    words = sorted(lexicon()[key], key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in words)


def number(word: str) -> int | None:
    """'three' -> 3, '12' -> 12, else None."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return lexicon()["numbers"].get(word)
