"""A merged event keeps the prominence of its most prominent report: an act one article leads with and another
mentions in passing is a main act."""

from __future__ import annotations

from dossier.merge.events import Cluster, merge_cluster
from dossier.merge.reports import Report
from tests.conftest import make_event


def _report(doc: str, prominence: float | None, confidence: float = 0.8) -> Report:
    event = make_event(doc, 0, "CONSULT", "visit", ["per:president"], ["CHN"], "2024-06-25")
    event.prominence, event.confidence = prominence, confidence
    return Report(event=event, published=None)


def test_the_merged_event_keeps_the_highest_prominence_whatever_the_surest_report():
    merged, _ = merge_cluster(Cluster([_report("a", 0.3, confidence=0.9), _report("b", 0.85, confidence=0.5)]))
    assert merged.prominence == 0.85


def test_reports_without_a_prominence_leave_it_unknown_or_to_the_others():
    assert merge_cluster(Cluster([_report("a", None), _report("b", None)]))[0].prominence is None
    assert merge_cluster(Cluster([_report("a", None), _report("b", 0.4)]))[0].prominence == 0.4
