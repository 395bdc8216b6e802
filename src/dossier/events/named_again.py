"""Nouns that name again an act told before ("the deal", "the talks", "the offensive"): data/acts_named_again.yaml,
the one list the roles and the dates read; a measure named again ("lift the embargo") carries the parties only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from dossier.data_files import load_yaml


DATA = Path(__file__).parent / "data" / "acts_named_again.yaml"
SECTIONS = ("parties_and_date", "date_only", "parties_only")


def _by_noun(tables: list[dict]) -> dict[str, frozenset[str]]:
    """Noun -> PLOVER types, from tables of types each listing nouns."""
    out: dict[str, set[str]] = {}
    for table in tables:
        for ptype, nouns in table.items():
            for noun in nouns:
                out.setdefault(noun.lower(), set()).add(ptype)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _data() -> dict:
    data = load_yaml(DATA)
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise ValueError(f"{DATA.name}: unknown sections {sorted(unknown)}; expected {SECTIONS}")
    return data


@cache
def named_again() -> dict[str, frozenset[str]]:
    """Noun -> the PLOVER types of the earlier act whose parties (and date) it carries ("the deal", "the talks")."""
    return _by_noun([_data()["parties_and_date"]])


@cache
def dated_again() -> dict[str, frozenset[str]]:
    """Noun -> the PLOVER types of the earlier act whose date it carries: those of named_again() and the nouns that
    carry only a date ("the offensive, which began on Monday")."""
    return _by_noun([_data()[s] for s in ("parties_and_date", "date_only")])


@cache
def measures_again() -> dict[str, frozenset[str]]:
    """Noun -> the PLOVER types of the earlier measure it names again ("the embargo", "its tariffs")."""
    return _by_noun([_data()["parties_only"]])


@cache
def parties_again() -> dict[str, frozenset[str]]:
    """Noun -> the PLOVER types of the earlier act whose parties it carries: those of named_again() and the measures
    that carry no date ("lift the embargo": the embargo's parties, whenever it was laid)."""
    return _by_noun([_data()[s] for s in ("parties_and_date", "parties_only")])
