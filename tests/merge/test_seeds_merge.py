"""The seeds (../shared/seeds, read in place) merged: what issue 12 found glued or split comes out right.

Articles are named by their file's number: 000 the June preview, 001 the July review, 002 the November preview,
003 the party delegation's visit, 004 the Beijing talks.
"""

import pytest

from dossier.evaluate.corpora import analysed
from dossier.merge import merge
from dossier.merge.intervals import interval

from tests.conftest import shared


@pytest.fixture(scope="module")
def seeds():
    results = analysed(shared("seeds"))
    record = merge(list(results.values()))
    docs = {name[:3]: r.document.id for name, r in results.items()}
    names = {e.id: e.name for e in record.entities}
    return record, docs, names


def _meetings_of_xi_and_boluarte(record, names):
    out = []
    for e in record.events:
        people = {names.get(a, a) for a in e.source + e.target}
        if e.mode == "meet" and {"Xi Jinping", "Dina Boluarte"} <= people:
            out.append(e)
    return out


def test_the_three_reports_of_the_beijing_talks_are_one_event(seeds):
    record, docs, names = seeds
    (beijing,) = [e for e in _meetings_of_xi_and_boluarte(record, names)
                  if any(ev.doc == docs["004"] for ev in e.evidence)]
    assert {docs["001"], docs["003"], docs["004"]} <= {ev.doc for ev in beijing.evidence}
    assert beijing.status == "occurred" and beijing.date.start == "2024-06-28"


def test_the_november_talks_are_another_event_and_no_june_event_holds_a_november_plan(seeds):
    record, docs, names = seeds
    november = [e for e in _meetings_of_xi_and_boluarte(record, names)
                if any(ev.doc == docs["002"] and ev.status == "planned" for ev in e.evidence)]
    assert november and all(docs["004"] not in {ev.doc for ev in e.evidence} for e in november)
    for event in record.events:
        span = interval(event.date)
        if span and span[0].month == 6 and span[0].year == 2024:
            assert not any(ev.doc == docs["002"] and ev.status == "planned" for ev in event.evidence), event


def test_xi_visit_to_peru_is_one_event(seeds):
    record, docs, names = seeds
    visits = [e for e in record.events if e.mode == "visit" and "Xi Jinping" in {names.get(a) for a in e.source}]
    assert len(visits) == 1
    assert {docs["002"], docs["003"]} <= {ev.doc for ev in visits[0].evidence}


def test_the_june_state_visit_is_one_event_and_its_dates_disagreement_remains(seeds):
    record, docs, names = seeds
    visits = [e for e in record.events if e.mode == "visit" and "Dina Boluarte" in {names.get(a) for a in e.source}
              and "China" in {names.get(a) for a in e.target}]
    assert len(visits) == 1
    visit = visits[0]
    assert {docs["000"], docs["001"], docs["004"]} <= {ev.doc for ev in visit.evidence}
    (conflict,) = [c for c in record.conflicts if c.about == visit.id and c.field == "date"]
    assert {v.value for v in conflict.values} == {"2024-06-25/2024-06-29", "2024-06-23/2024-06-28"}


def test_each_report_keeps_its_own_account(seeds):
    record, docs, names = seeds
    (beijing,) = [e for e in _meetings_of_xi_and_boluarte(record, names)
                  if any(ev.doc == docs["004"] for ev in e.evidence)]
    accounts = {(ev.doc, ev.status, ev.date.start if ev.date else None, ev.published) for ev in beijing.evidence}
    assert any(doc == docs["000"] and status == "planned" and published == "2024-06-24"
               for doc, status, _, published in accounts)
    assert (docs["004"], "occurred", "2024-06-28", "2024-06-29") in accounts
