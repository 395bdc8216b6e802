"""Regions and blocs of several states read as names: coded by the region, as a coder codes them.

"Its European partners", "Gulf Arab states", "West Africa", "Latin America": the tagger and the coder take the region's
name or adjective for an actor, which no state owns. A coder gives such an actor the region's CAMEO code (EUR, PGS,
WAF, LAM) and no country; never a name of no code at all. The lexicon's `region_codes` lists each code's names; an
actor of no country and no code whose name is one of them takes that code, whatever stage made it.
"""

from __future__ import annotations

from functools import cache

from dossier.model import Entity


@cache
def _codes() -> dict[str, str]:
    """{a region's or bloc's name, lower-cased: its CAMEO region code}."""
    from dossier.actors.dictionary import load

    return {name.lower(): code for code, names in load().lexicon.region_codes.items() for name in names}


def region_codes() -> frozenset[str]:
    """The CAMEO region codes the lexicon gives."""
    return frozenset(_codes().values())


def region_code(name: str) -> str | None:
    """The CAMEO code of a region or bloc named so ("European": EUR, "the Gulf": PGS), else None."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return _codes().get(" ".join(words).lower())


# the labels of a region's or a bloc's name: a place or a people; not a firm's or a person's ("Gulf" of Gulf Oil,
# "Western" of a firm of that name, tagged ORG), nor an untagged proper noun the coder took for a name
_LABELS = frozenset({"LOC", "GPE", "NORP"})
_NOT_KINDS = frozenset({"company", "person", "organisation", "party"})


def coded(entities: list[Entity]) -> list[Entity]:
    """The actors, those of no country and no code named as a region or bloc and tagged a place or a people given
    its code (a place the gazetteer holds, "Latin America", and an unknown name, "European", alike); the others as
    they are."""
    out = []
    for entity in entities:
        code = None if entity.country or entity.cameo or entity.type not in _LABELS or entity.kind in _NOT_KINDS \
            else region_code(entity.name)
        out.append(entity.model_copy(update={"cameo": code}) if code else entity)
    return out
