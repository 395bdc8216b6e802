"""Read the trigger dictionaries (patterns/*.yaml, one file per PLOVER type) and the lexicon (data/lexicon.yaml).

A pattern file holds `type`, optional `reciprocal_modes`, and lists `verbs` and `nouns` of entries:
`lemmas`, `mode`, `cameo`, and optionally `target_preps` (prepositions that introduce the target),
`prep` (a required particle or preposition: "call for"), `object` (required object lemmas: "impose
sanctions"), `object_required` (any direct object), `target_labels` (the event needs a target of these entity types:
a host receives people or countries, not forums), `light_only` (a noun that names an event only as the
object of a light verb: "signed an agreement", "voiced criticism").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

PATTERN_DIR = Path(__file__).parent / "patterns"
LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"


@dataclass(frozen=True)
class Entry:
    """One trigger entry: which words, and what event they name."""

    key: str
    type: str
    pos: str  # "verb" or "noun"
    lemmas: tuple[str, ...]
    mode: str
    cameo: str
    target_preps: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    object_required: bool = False
    light_only: bool = False
    reciprocal: bool = False
    target_labels: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        """Constrained entries win over bare lemma entries for the same word."""
        return 2 * bool(self.prep or self.object) + bool(self.object_required)


@dataclass(frozen=True)
class Lexicon:
    light_verbs: frozenset[str] = field(default_factory=frozenset)
    reporting_verbs: frozenset[str] = field(default_factory=frozenset)
    planning_verbs: frozenset[str] = field(default_factory=frozenset)
    planning_modifiers: frozenset[str] = field(default_factory=frozenset)
    future_aux: frozenset[str] = field(default_factory=frozenset)
    hypothetical_aux: frozenset[str] = field(default_factory=frozenset)
    hypothetical_marks: frozenset[str] = field(default_factory=frozenset)
    opinion_predicates: frozenset[str] = field(default_factory=frozenset)
    pair_people: frozenset[str] = field(default_factory=frozenset)
    pair_states: frozenset[str] = field(default_factory=frozenset)
    leader_titles: frozenset[str] = field(default_factory=frozenset)

    @property
    def pairs(self) -> dict[str, str]:
        """Plural nouns that name two actors already named ("the two presidents"), with the actors' kind."""
        return {**{w: "person" for w in self.pair_people}, **{w: "government" for w in self.pair_states}}


def _entries(path: Path) -> list[Entry]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    ptype = data["type"]
    reciprocal = set(data.get("reciprocal_modes") or [])
    out = []
    for pos in ("verb", "noun"):
        for n, raw in enumerate(data.get(pos + "s") or []):
            out.append(Entry(
                key=f"{path.stem}:{pos}:{n}", type=ptype, pos=pos,
                lemmas=tuple(str(x).lower() for x in raw["lemmas"]), mode=raw["mode"], cameo=str(raw["cameo"]),
                target_preps=tuple(raw.get("target_preps") or ()), prep=tuple(raw.get("prep") or ()),
                object=tuple(str(x).lower() for x in raw.get("object") or ()),
                object_required=bool(raw.get("object_required")), light_only=bool(raw.get("light_only")),
                reciprocal=raw["mode"] in reciprocal, target_labels=tuple(raw.get("target_labels") or ()),
            ))
    return out


def load_entries(extra_dirs: tuple[str, ...] = ()) -> list[Entry]:
    """All entries from the shipped patterns and any extra folders of pattern files."""
    dirs = [PATTERN_DIR, *(Path(d) for d in extra_dirs)]
    return [e for d in dirs for path in sorted(d.glob("*.yaml")) for e in _entries(path)]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    return Lexicon(**{k: frozenset(str(w).lower() for w in v) for k, v in data.items()})
