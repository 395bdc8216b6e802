"""The type model's edge decisions on sentences the coder asked it about (`Coder.asked`), for any model file.

Two of the model's decisions turn on edges (events/coder.py): dropping the rules' candidates of a sentence when the
model prefers "no event" to its best type by the drop edge of their kind (`coder.drop_edges`: the converted
dictionary's and a hand-written entry's), and adding an event where the rules found none (`coder.creates`). The
sentences are asked once, with the pipeline, and decided again by any model from their features: `near_edge` lists
the decisions a small move of the margins would turn (a retraining moves them by a few hundredths), `differ` the
sentences two models decide differently (a retrained model against the shipped one).
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.events.classifier import NONE, TypeModel
from dossier.events.coder import creates, drop_edges


@dataclass(frozen=True)
class Decision:
    kind: str  # "drop": the sentence has candidates; "create": it has none and the model may add one
    label: str  # the model's best type
    margin: float  # its margin
    lead: float | None  # the margin of no event less the best type's (None: the model has no class of no event)
    dropped: tuple[bool, ...] = ()  # "drop": whether each candidate is dropped
    created: bool = False  # "create": whether the margins let the model add an event (coder.creates)


def decide(model: TypeModel, asked: list[dict]) -> list[Decision | None]:
    """The model's decision for each asked sentence (None: one with no candidate where no event may be added)."""
    at, hand_at = drop_edges(model)
    out: list[Decision | None] = []
    for item, scores in zip(asked, model.scores_many([a["features"] for a in asked])):
        none = scores.pop(NONE, None)
        label, margin = max(scores.items(), key=lambda kv: kv[1])
        lead = None if none is None else none - margin
        if item["hands"]:
            out.append(Decision("drop", label, margin, lead, tuple(
                lead is not None and lead >= (hand_at if hand else at) for hand in item["hands"])))
        elif item.get("creatable"):
            out.append(Decision("create", label, margin, lead, created=creates(margin, none)))
        else:
            out.append(None)
    return out


def edge_of(model: TypeModel, item: dict, decision: Decision, width: float) -> str | None:
    """The edge a decision lies within `width` of: "dictionary" or "hand" (its lead of no event that far from the
    drop edge of a candidate of that kind), "create" (moving the margin of its type or of no event, or both, by up
    to `width`, their difference by no more, turns whether an event is added), else None."""
    if decision.lead is None:
        return None
    if decision.kind == "drop":
        at, hand_at = drop_edges(model)
        for hand, kind in ((False, "dictionary"), (True, "hand")):
            if hand in item["hands"] and abs(decision.lead - (hand_at if hand else at)) < width:
                return kind
        return None
    none = decision.margin + decision.lead
    steps = (-width, -width / 2, 0.0, width / 2, width)
    if any(creates(decision.margin + a, none + b) != decision.created for a in steps for b in steps
           if abs(a - b) <= width):  # neither margin nor the lead between them moved by more than the width
        return "create"
    return None


def near_edge(model: TypeModel, asked: list[dict], width: float = 0.1) -> list[tuple[dict, Decision, str]]:
    """The asked sentences whose decision by the model lies within `width` of an edge (`edge_of`), with it."""
    out = []
    for item, decision in zip(asked, decide(model, asked)):
        edge = edge_of(model, item, decision, width) if decision is not None else None
        if edge is not None:
            out.append((item, decision, edge))
    return out


def differ(model: TypeModel, other: TypeModel, asked: list[dict]) -> list[tuple[dict, Decision, Decision]]:
    """The asked sentences the two models decide differently: another candidate dropped, or an event added by one
    and not the other (or of another type)."""
    out = []
    for item, a, b in zip(asked, decide(model, asked), decide(other, asked)):
        if a is None or b is None:
            continue
        if a.dropped != b.dropped or (a.created, a.label if a.created else None) != (b.created,
                                                                                     b.label if b.created else None):
            out.append((item, a, b))
    return out
