"""The real-news scorer's figures for the main events only (events with a prominence of at least main_at, and each
document's most prominent), on made-up documents: the existing figures stay as they were."""

from __future__ import annotations

from dossier.evaluate import realnews as rn
from dossier.events.prominence import main_at
from dossier.model import DateValue, Document, Entity, Event, Evidence
from dossier.pipeline import DocResult

ENTITIES = [Entity(id="NOR", name="Norway", type="GPE", country="NOR", known=True),
            Entity(id="SWE", name="Sweden", type="GPE", country="SWE", known=True)]
LEDE = "Norway signed a border treaty with Sweden on Tuesday."
LATER = "Norway also criticised Sweden over fishing rights."
GOLD = {"type": "AGREE", "source": [{"name": "Norway", "country": "NOR"}],
        "target": [{"name": "Sweden", "country": "SWE"}], "date": {"start": "2030-03-05", "end": None},
        "status": "occurred", "evidence": "Norway signed a border treaty with Sweden"}


def _event(n: int, kind: str, text: str, prominence: float | None, start: str | None = "2030-03-05") -> Event:
    date = DateValue(start=start, end=start, precision="day") if start else None
    return Event(id=f"d:e{n}", type=kind, source=["NOR"], target=["SWE"], date=date, status="occurred",
                 prominence=prominence, evidence=[Evidence(doc="d", text=text)])


def _result(events):
    return DocResult(document=Document(id="d", source="d", text=""), entities=ENTITIES, events=events)


def test_main_events_are_those_at_least_main_at():
    events = [_event(1, "AGREE", LEDE, 0.9), _event(2, "ACCUSE", LATER, 0.2), _event(3, "ACCUSE", LATER, None)]
    assert [e.id for e in rn.main_events(events)] == ["d:e1"]
    assert [e.id for e in rn.main_events(events, at=0.1)] == ["d:e1", "d:e2"]
    assert main_at() > 0.2


def test_the_top_events_are_the_most_prominent_the_earlier_first_among_equals():
    events = [_event(1, "ACCUSE", LATER, 0.5), _event(2, "AGREE", LEDE, 0.9), _event(3, "ACCUSE", LATER, 0.5),
              _event(4, "ACCUSE", LATER, None)]
    assert [e.id for e in rn.top_events(events, 2)] == ["d:e2", "d:e1"]


def test_the_main_events_figures_count_outputs_right_finders_and_recall():
    tally = rn.Tally()
    rn.score_document(_result([_event(1, "AGREE", LEDE, 0.9), _event(2, "ACCUSE", LATER, 0.3),
                               _event(3, "ACCUSE", "Sweden was not mentioned.", 0.95, start=None)]), [GOLD], tally)
    assert (tally.output, tally.fully_right, tally.found) == (3, 1, 1)  # the existing figures, as before
    assert (tally.main.output, tally.main.fully_right, tally.main.found, tally.main.gold_found) == (2, 1, 1, 1)
    figures = rn.report(tally, "wire", "dev", 1).figures
    assert figures["main events: share fully right"] == 0.5
    assert figures["main events: recall (type + both actors)"] == 1.0
    assert figures[f"each document's {rn.TOP} most prominent events: output events"] == 3


def test_a_gold_found_only_by_a_minor_event_is_no_main_events_recall():
    tally = rn.Tally()
    rn.score_document(_result([_event(1, "AGREE", LEDE, 0.2), _event(2, "ACCUSE", LATER, 0.9)]), [GOLD], tally)
    assert tally.found == 1 and tally.main.gold_found == 0
    assert (tally.main.output, tally.main.found, tally.main.fully_right) == (1, 0, 0)
