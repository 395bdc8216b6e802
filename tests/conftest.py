"""Shared fixtures: paths to ../shared and small hand-made extraction results."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.model import DateValue, Document, Entity, Event, Evidence, Fact
from dossier.pipeline import DocResult

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is read at run time, never copied)")
    return path


@pytest.fixture(autouse=True)
def _users_dictionaries_forgotten():
    """A user's actor dictionary a test loads is forgotten after it: `actors.dictionary.loaded()` (what the relevance
    rules and the fragments read) is the process's loaded dictionaries, and one test's `legal_forms: [Kft]` must not
    reach the next. The shipped dictionary (no user files) stays loaded."""
    from dossier.actors import dictionary

    before = set(dictionary._CACHE)
    yield
    for key in set(dictionary._CACHE) - before - {()}:
        del dictionary._CACHE[key]


@pytest.fixture(autouse=True)
def _hand_labels_of_the_repository_unread(tmp_path_factory, monkeypatch):
    """The hand-labelled news sentences of training/labels (events/labelled.py), which grow from round to round, are
    not read by a test unless it gives its own folder: a tiny bench's training data is the bench's alone."""
    from dossier.events import labelled

    monkeypatch.setattr(labelled, "LABELS", tmp_path_factory.mktemp("no-labels"))


def make_event(doc: str, n: int, type_: str, mode: str, source: list[str], target: list[str],
               start: str | None, end: str | None = None, status: str = "occurred", sentence: str = "",
               trigger: str | None = None) -> Event:
    date = DateValue(start=start, end=end or start, precision="day") if start else None
    return Event(id=f"{doc}:e{n}", type=type_, mode=mode, source=source, target=target, date=date, status=status,
                 trigger=trigger, confidence=0.8,
                 evidence=[Evidence(doc=doc, text=sentence or f"{mode} sentence in {doc}", start=n * 100)])


@pytest.fixture
def two_reports() -> list[DocResult]:
    """Two articles that report one state visit with different dates, and one talk."""
    return _two_reports()


def _two_reports() -> list[DocResult]:
    president = Entity(id="per:president", name="Ana Torres", type="PERSON", kind="person", country="PER",
                       cameo="PERGOV", known=True)
    chn = Entity(id="CHN", name="China", type="GPE", kind="place", country="CHN", cameo="CHN", known=True)
    a = Document(id="docA", source="a.txt", title="Visit announced", published="2024-06-24", text="...")
    b = Document(id="docB", source="b.txt", title="Visit reviewed", published="2024-07-04", text="...")
    return [
        DocResult(document=a, entities=[president, chn], events=[
            make_event("docA", 0, "CONSULT", "visit", ["per:president"], ["CHN"], "2024-06-25", "2024-06-29",
                       status="planned")],
            facts=[Fact(id="docA:f0", subject=["CHN"], measure="bilateral trade", value=37e9, unit="USD",
                        time=DateValue(start="2023", end="2023", precision="year"),
                        evidence=[Evidence(doc="docA", text="Trade reached $37 billion in 2023.")])]),
        DocResult(document=b, entities=[president.model_copy(update={"aliases": ["Torres"]}), chn], events=[
            make_event("docB", 0, "CONSULT", "visit", ["per:president"], ["CHN"], "2024-06-23", "2024-06-28"),
            make_event("docB", 1, "CONSULT", "meet", ["per:president"], ["CHN"], "2024-06-28")],
            facts=[Fact(id="docB:f0", subject=["CHN"], measure="bilateral trade", value=36e9, unit="USD",
                        time=DateValue(start="2023", end="2023", precision="year"),
                        evidence=[Evidence(doc="docB", text="Trade came to $36 billion in 2023.")])]),
    ]


HOSTILE = "\x1b[41mred\x1b[0m \x1b]0;retitled\x07<script>alert('x')</script> \u202eevil"


def desk_results() -> list[DocResult]:
    """two_reports and a third article whose title, text, sentence and an actor's name hold a terminal colour
    code, an OSC title sequence, a bidi override and a <script> element."""
    reports = _two_reports()
    actor = Entity(id="xx:hostile", name=f"Hostile {HOSTILE}", type="ORG", kind="organisation", known=False)
    chn = reports[0].entities[1]
    sentence = f"The group {HOSTILE} criticised China on 2024-06-30."
    doc = Document(id="docC", source="c.txt", title=f"Title {HOSTILE}", outlet="Wire",
                   published="2024-07-01", text=f"Intro line.\n{sentence}\nLast line.")
    event = make_event("docC", 0, "ACCUSE", "criticize", ["xx:hostile"], ["CHN"], "2024-06-30", sentence=sentence)
    event.evidence[0].start = doc.text.index(sentence)
    event.evidence[0].end = event.evidence[0].start + len(sentence)
    return [*reports, DocResult(document=doc, entities=[actor, chn], events=[event])]


@pytest.fixture
def desk_store(tmp_path) -> Path:
    """A store merged from desk_results, with one file that could not be read."""
    from dossier.merge import merge
    from dossier.store import Store

    path = tmp_path / "desk.duckdb"
    with Store(path) as store:
        for result in desk_results():
            store.add_result(result)
        store.add_error(f"bad{HOSTILE}.bin", "the file type '.bin' is not one dossier reads.")
        store.write_merged(merge(store.extractions()))
    return path
