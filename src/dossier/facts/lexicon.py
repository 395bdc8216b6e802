"""The facts stage's knowledge, read once from data/*.yaml: currencies, number words, units, measures."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dossier.data_files import load_yaml


DATA = Path(__file__).parent / "data"


def _read(name: str) -> dict:
    return load_yaml((DATA / name))


def _lower(table: dict) -> dict:
    return {str(k).lower(): v for k, v in table.items()}


@dataclass(frozen=True)
class SharedCurrency:
    """A currency word several countries use ("francs"): their codes by country, and what decides."""

    default: str
    countries: dict[str, str]  # ISO alpha-3 -> ISO 4217
    qualifiers: dict[str, str]  # words before the name ("hong kong") -> ISO 4217
    reference: str | None = None  # the country whose currency is kept whenever it is named ("USA")
    inferred: frozenset[str] | None = None  # the countries the text around may decide (None: all)


@dataclass(frozen=True)
class Lexicon:
    symbols: dict[str, str]  # values: an ISO 4217 code, or a key of `shared`
    codes: dict[str, str]
    currency_names: dict[str, str]  # values as in `symbols`
    subunits: dict[str, tuple[str, int]]  # a part's name -> (the currency, as in `symbols`; how many make one)
    shared: dict[str, SharedCurrency]
    number_words: dict[str, int]
    scales: dict[str, int]
    currency_scales: dict[str, int]
    fractions: dict[str, int]
    vague: dict[str, int]
    qualifiers: tuple[tuple[str, ...], ...]
    people: frozenset[str]
    units: dict[str, str]
    time_nouns: frozenset[str]
    label_words: frozenset[str]
    keywords: dict[str, str]
    bilateral: dict[str, str]
    bilateral_by_countries: frozenset[str]
    growth_of: dict[str, str]
    pair_markers: frozenset[str]
    stake_verbs: frozenset[str]
    comparison_preps: frozenset[str]
    comparison_verbs: dict[str, frozenset[str]]
    range_words: frozenset[str]
    deadline_preps: frozenset[str]
    change_words: frozenset[str]


def _shared(table: dict) -> dict[str, SharedCurrency]:
    return {key: SharedCurrency(default=entry["default"], countries=dict(entry.get("countries", {})),
                                qualifiers=_lower(entry.get("qualifiers", {})), reference=entry.get("reference"),
                                inferred=frozenset(entry["inferred"]) if "inferred" in entry else None)
            for key, entry in table.items()}


@cache
def lexicon() -> Lexicon:
    cur, num, units, meas = (_read(n) for n in ("currencies.yaml", "numbers.yaml", "units.yaml", "measures.yaml"))
    qualifiers = sorted((tuple(q.lower().split()) for q in num["qualifiers"]), key=len, reverse=True)
    return Lexicon(
        symbols=dict(cur["symbols"]), codes={k.upper(): v for k, v in cur["codes"].items()},
        currency_names=_lower(cur["names"]), shared=_shared(cur["shared"]),
        subunits={name: (value, int(per)) for name, (value, per) in _lower(cur.get("subunits", {})).items()},
        number_words=_lower(num["units"]), scales=_lower(num["scales"]),
        currency_scales=_lower(num["currency_scales"]), fractions=_lower(num["fractions"]),
        vague=_lower(num["vague"]), qualifiers=tuple(qualifiers),
        people=frozenset(w.lower() for w in units["people"]), units=_lower(units["measures"]),
        time_nouns=frozenset(w.lower() for w in units["time_nouns"]),
        label_words=frozenset(w.lower() for w in units["label_words"]),
        keywords=_lower(meas["keywords"]), bilateral=_lower(meas["bilateral"]),
        bilateral_by_countries=frozenset(meas["bilateral_by_countries"]),
        growth_of=_lower(meas["growth_of"]), pair_markers=frozenset(meas["pair_markers"]),
        stake_verbs=frozenset(meas.get("stake_verbs", [])),
        comparison_preps=frozenset(w.lower() for w in meas.get("comparison_preps", [])),
        comparison_verbs={v.lower(): frozenset(p.lower() for p in ps) for v, ps in meas.get("comparison_verbs", {}).items()},
        range_words=frozenset(w.lower() for w in meas.get("range_words", [])),
        deadline_preps=frozenset(w.lower() for w in meas.get("deadline_preps", [])),
        change_words=frozenset(w.lower() for w in meas.get("change_words", [])),
    )


@cache
def money_words() -> frozenset[str]:
    """Names of currencies and of their parts and ISO codes, lower case ("dlrs", "cts", "usd"): words the tagger
    may take for a name ("cts" as an organisation) and after which "a share" is what an amount is for."""
    lex = lexicon()
    return frozenset([*lex.currency_names, *lex.subunits, *(code.lower() for code in lex.codes)])
