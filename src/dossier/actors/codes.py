"""CAMEO actor codes: a country code followed by a sector code (CHN + BUS = CHNBUS)."""

from __future__ import annotations

# Kinds of actor and the sector code they take when the dictionary gives none.
KIND_SECTORS = {"government": "GOV", "company": "BUS", "party": "PTY", "igo": "IGO"}
# Sectors of a state's officials (a title's sector, or the part of a code after its country).
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def cameo_code(country: str | None, sector: str | None) -> str | None:
    """'CHN'+'BUS' -> 'CHNBUS'; an IGO has no country part; None when there is nothing to code."""
    if sector == "IGO":
        return "IGO"
    if country and sector:
        return f"{country}{sector}"
    return country or None


def for_kind(country: str | None, kind: str | None) -> str | None:
    """The code of an actor known only by country and kind (e.g. an unknown Chinese company: CHNBUS)."""
    return cameo_code(country, KIND_SECTORS.get(kind or ""))
