"""The PLOVER codebook's view of an event: the category the PLOVER manual gives the act, modality folded in.

dossier keeps the act's own type and says in `status` whether it happened, is planned or was denied (a meeting
announced for next week is CONSULT, planned). The manual codes some of these differently (a future meeting is
AGREE, a signed treaty SUPPORT, an announced withdrawal CONCEDE). The rules are data (data/plover_codebook.yaml,
each citing its section of the manual); `category(event)` applies them, `view(event)` returns a copy of the event
in the codebook's terms. The stored events are never changed: the view is computed when asked for
(`dossier events --convention codebook`, `dossier evaluate plv`).
"""

from __future__ import annotations

import re
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
    told: tuple[str, ...] = ()
    issue: frozenset[str] = frozenset()  # words of what the act is about (Event.issue): "permission for the rally"
    # the category is also what dossier's own convention calls the act (a refusal to yield is REJECT there too,
    # events/status.py `refuses_to_yield`): a view, never a fold to read a label back through (`category`)
    act: bool = False

    def matches(self, ptype: str, status: str | None, mode: str | None, code: str | None,
                trigger: str | None, sentence: str | None = None, issue: str | None = None) -> bool:
        if ptype not in self.types or (self.status and status not in self.status):
            return False
        if self.told and not told_before(sentence or "", trigger or "", self.told):
            return False
        if not (self.modes or self.cameo or self.triggers or self.issue):
            return True
        words = set((trigger or "").lower().replace("…", " ").split())
        return (mode in self.modes or any((code or "").startswith(c) for c in self.cameo)
                or bool(words & self.triggers) or bool(self.issue and _words(issue) & self.issue))


def _words(text: str | None) -> set[str]:
    """The lower-case words of a phrase, punctuation stripped."""
    return set(re.findall(r"[a-z]+", (text or "").lower()))


@lru_cache(maxsize=4)
def rules(path: Path = RULES) -> tuple[Rule, ...]:
    """The codebook rules of a YAML file (the shipped one by default), in order."""
    raw = load_yaml(path) or {}
    out = []
    for r in raw.get("rules") or []:
        out.append(Rule(name=r["name"], section=r["section"], to=r["to"], types=frozenset(r["types"]),
                        status=frozenset(r.get("status") or ()), modes=frozenset(r.get("modes") or ()),
                        cameo=tuple(str(c) for c in r.get("cameo") or ()),
                        triggers=frozenset(w.lower() for w in r.get("triggers") or ()),
                        told=tuple(str(w).lower() for w in r.get("told") or ()),
                        issue=frozenset(w.lower() for w in r.get("issue") or ()), act=bool(r.get("act"))))
    return tuple(out)


# At most this many words between the phrase that tells the act ("will not") and its trigger ("will not
# immediately end the strike").
TOLD_GAP = 2


def told_before(sentence: str, trigger: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of the phrases ("will not", "refused to") stands just before the trigger's first word in the
    sentence, at most TOLD_GAP words before it."""
    words = trigger.lower().replace("…", " ").split()
    if not words or not sentence:
        return False
    text = sentence.lower().replace("’", "'")
    for phrase in phrases:
        gap = r"(?:(?!(?:have|has|had|need|needs)\b)[\w'-]+\s+){0,%d}" % TOLD_GAP  # not "will not have to end"
        if re.search(r"(?<![\w'])" + re.escape(phrase) + r"\s+" + gap + re.escape(words[0]) + r"\b", text):
            return True
    return False


def rule_for(event: Event, acts: bool = True) -> Rule | None:
    """The first codebook rule that applies to the event, or None (the codebook agrees with its type); with `acts`
    False, only the rules that fold modality into the category (not those marked `act`)."""
    sentence = event.evidence[0].text if event.evidence else None
    return next((r for r in rules() if (acts or not r.act)
                 and r.matches(event.type, event.status, event.mode, event.cameo, event.trigger, sentence,
                               event.issue)), None)


def category(event: Event, acts: bool = False) -> str:
    """The PLOVER category the codebook's modality folds give the event: what a codebook label is read back
    through to the act dossier stores (training.act_label: "will visit" labelled AGREE is the visit). With `acts`,
    the rules marked `act` too (a refusal to yield is REJECT), whose category is itself an act dossier codes, so
    that no label is ever read back through them: what `view` shows."""
    rule = rule_for(event, acts)
    return rule.to if rule is not None else event.type


def view(event: Event, convention: str = "codebook") -> Event:
    """The event as the convention codes it: itself for "act", for "codebook" a copy with the codebook's category
    as its type (its CAMEO code, mode and status stay: they say what the act was)."""
    if convention == "act":
        return event
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown convention {convention!r}: choose from {', '.join(CONVENTIONS)}")
    ptype = category(event, acts=True)
    return event if ptype == event.type else event.model_copy(update={"type": ptype})
