"""The PLOVER codebook's view of an event: the category the PLOVER manual gives the act, modality folded in.

dossier keeps the act's own type and says in `status` whether it happened, is planned or was denied (a meeting
announced for next week is CONSULT, planned). The manual codes some of these differently (a future meeting is
AGREE, a signed treaty SUPPORT, an announced withdrawal CONCEDE). The rules are data (data/plover_codebook.yaml,
each citing its section of the manual); `category(event)` applies them, `view(event)` returns a copy of the event
in the codebook's terms. The stored events are never changed: the view is computed when asked for
(`dossier events --convention codebook`, `dossier evaluate plv`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dossier.data_files import load_yaml
from dossier.model import Event

RULES = Path(__file__).parent / "data" / "plover_codebook.yaml"
CONVENTIONS = ("act", "codebook")  # dossier's own (the act and its status), the PLOVER codebook's


@dataclass(frozen=True)
class Rule:
    name: str
    section: str
    to: str
    types: frozenset[str]
    status: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    cameo: tuple[str, ...] = ()
    triggers: frozenset[str] = frozenset()

    def matches(self, ptype: str, status: str | None, mode: str | None, code: str | None,
                trigger: str | None) -> bool:
        if ptype not in self.types or (self.status and status not in self.status):
            return False
        if not (self.modes or self.cameo or self.triggers):
            return True
        words = set((trigger or "").lower().replace("…", " ").split())
        return (mode in self.modes or any((code or "").startswith(c) for c in self.cameo)
                or bool(words & self.triggers))


@lru_cache(maxsize=4)
def rules(path: Path = RULES) -> tuple[Rule, ...]:
    """The codebook rules of a YAML file (the shipped one by default), in order."""
    raw = load_yaml(path) or {}
    out = []
    for r in raw.get("rules") or []:
        out.append(Rule(name=r["name"], section=r["section"], to=r["to"], types=frozenset(r["types"]),
                        status=frozenset(r.get("status") or ()), modes=frozenset(r.get("modes") or ()),
                        cameo=tuple(str(c) for c in r.get("cameo") or ()),
                        triggers=frozenset(w.lower() for w in r.get("triggers") or ())))
    return tuple(out)


def rule_for(event: Event) -> Rule | None:
    """The first codebook rule that applies to the event, or None (the codebook agrees with its type)."""
    return next((r for r in rules() if r.matches(event.type, event.status, event.mode, event.cameo, event.trigger)),
                None)


def category(event: Event) -> str:
    """The PLOVER category the codebook gives the event."""
    rule = rule_for(event)
    return rule.to if rule is not None else event.type


def view(event: Event, convention: str = "codebook") -> Event:
    """The event as the convention codes it: itself for "act", for "codebook" a copy with the codebook's category
    as its type (its CAMEO code, mode and status stay: they say what the act was)."""
    if convention == "act":
        return event
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown convention {convention!r}: choose from {', '.join(CONVENTIONS)}")
    ptype = category(event)
    return event if ptype == event.type else event.model_copy(update={"type": ptype})
