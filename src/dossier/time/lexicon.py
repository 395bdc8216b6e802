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
def movable_holidays() -> dict:
    """{holiday: {year: 'MM-DD[+days]' or a list of them}}: the days of lunar and lunisolar holidays."""
    return load_yaml(MOVABLE)


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
