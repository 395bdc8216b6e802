"""The seeds' key events, read from ../shared/seeds at run time (skipped when absent)."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process
from tests.events.conftest import SHARED

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason=f"seeds not found at {SEEDS}")


@pytest.fixture(scope="module")
def seed_events(nlp):
    """{file prefix: [(event, {id: name})]}."""
    docs = [Document(id=p.name[:3], source=p.name, text=p.read_text(encoding="utf-8"))
            for p in sorted(SEEDS.glob("*.txt"))]
    out = {}
    for r in process(docs, nlp=nlp):
        names = {e.id: e.name for e in r.entities}
        out[r.document.id] = [(e, names) for e in r.events]
    return out


def find(seed_events, doc, type_, mode=None, actors=(), status=None):
    """Events of a document with this type (and mode, status), naming all these actors in source or target."""
    hits = []
    for e, names in seed_events[doc]:
        parties = " ".join(names.get(i, i) for i in e.source + e.target).lower()
        if e.type == type_ and (mode is None or e.mode == mode) and (status is None or e.status == status) \
                and all(a.lower() in parties for a in actors):
            hits.append(e)
    return hits


def test_state_visit_announced_as_planned(seed_events):
    assert find(seed_events, "000", "CONSULT", "visit", ("Boluarte", "China"), "planned")


def test_xi_boluarte_talks_occurred(seed_events):
    assert find(seed_events, "004", "CONSULT", "meet", ("Xi", "Boluarte"), "occurred")


def test_huawei_signing(seed_events):
    hits = find(seed_events, "001", "AGREE", "sign", ("Huawei",), "occurred")
    assert hits and any("train" in (e.issue or "") for e in hits)


def test_presidents_signed_agreements(seed_events):
    assert find(seed_events, "001", "AGREE", "sign", ("Xi", "Boluarte"), "occurred")


def test_meetings_with_byd_and_cosco_planned(seed_events):
    assert find(seed_events, "000", "CONSULT", "meet", ("Wang Chuanfu",), "planned")
    assert find(seed_events, "000", "CONSULT", "meet", ("Cosco",), "planned")


def test_xi_november_visit(seed_events):
    assert find(seed_events, "003", "CONSULT", "visit", ("Xi", "Peru"), "occurred")
    assert find(seed_events, "002", "CONSULT", "visit", ("Xi",), "planned")


def test_cpc_delegation_visit(seed_events):
    assert find(seed_events, "003", "CONSULT", "visit", ("Peru",), "occurred")
    assert find(seed_events, "003", "CONSULT", "meet", ("Ma Hui", "Eduardo Salhuana"), "occurred")


def test_us_commander_criticism_is_accuse(seed_events):
    hits = find(seed_events, "000", "ACCUSE", actors=("Laura Richardson",))
    assert hits and "Chancay" in (hits[0].issue or "")


def test_no_event_from_expert_opinion(seed_events):
    for doc, events in seed_events.items():
        for e, _ in events:
            text = e.evidence[0].text
            assert "is likely to elevate" not in text, (doc, e.type, e.trigger)
            assert not text.lstrip().startswith("This visit also demonstrates"), (doc, e.type, e.trigger)


@pytest.fixture(scope="module")
def ingested(nlp):
    """The seeds read as `dossier build` reads them (ingest gives the article dates), {file prefix: DocResult}."""
    from dossier.ingest import read_paths

    docs = [d for d in read_paths(sorted(SEEDS.glob("*.txt")), dedup=False) if hasattr(d, "text")]
    return {r.document.source.rsplit("/", 1)[-1][:3]: r for r in process(docs, nlp=nlp)}


def test_chancay_inauguration_is_planned_with_the_port_as_target(ingested):
    for prefix, month in (("000", "2024-11"), ("002", None)):
        result = ingested[prefix]
        names = {e.id: e.name for e in result.entities}
        hits = [e for e in result.events if e.mode == "inaugurate"
                and "Chancay Port" in {names.get(i) for i in e.target}]
        assert hits and all(e.type == "COOPERATE" and e.status == "planned" for e in hits), prefix
        if month:  # "next November" in an article of June 2024
            assert {e.date.start for e in hits if e.date} == {month}
    presidents = {names.get(i) for e in hits for i in e.source}
    assert {"Xi Jinping", "Dina Boluarte"} <= presidents  # the preview: both presidents will open it


def test_invitation_by_xi_is_coded_with_its_guest(ingested):
    result = ingested["000"]
    names = {e.id: e.name for e in result.entities}
    hits = [e for e in result.events if e.type == "REQUEST" and e.mode == "invite"]
    assert any(names.get(e.source[0]) == "Xi Jinping" and "Dina Boluarte" in {names.get(i) for i in e.target}
               for e in hits if e.source)
