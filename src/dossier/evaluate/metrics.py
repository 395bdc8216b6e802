"""Precision, recall and F1 counts, and the report every scorer returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def score_sets(predicted: set, gold: set) -> PRF:
    """Counts for two sets of hashable items."""
    return PRF(len(predicted & gold), len(predicted - gold), len(gold - predicted))


@dataclass
class Report:
    """One table of an evaluation: rows of P/R/F1 by category, plus other figures (accuracies, counts)."""

    title: str
    dataset: str
    rows: dict[str, PRF] = field(default_factory=dict)
    figures: dict[str, float | int | str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    table: dict[str, dict[str, float | int]] = field(default_factory=dict)  # other counts by row, same columns

    def as_dict(self) -> dict:
        out = {"title": self.title, "dataset": self.dataset,
               "rows": {k: v.as_dict() for k, v in self.rows.items()},
               "figures": self.figures, "notes": self.notes}
        if self.table:
            out["table"] = self.table
        return out
