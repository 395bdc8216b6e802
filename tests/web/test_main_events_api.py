"""The HTTP API's main events: `main=true` and `min_prominence` select events by prominence, `sort=-prominence`
puts the stories' main acts first, and the page offers the filter."""

from __future__ import annotations

from fastapi.testclient import TestClient

from dossier.events.prominence import main_at
from dossier.model import Dossier, Entity, Event, Evidence
from dossier.store import Store
from dossier.web import create_app
from tests.web.conftest import ROOT


def _client(tmp_path) -> TestClient:
    states = [Entity(id="NOR", name="Norway", type="GPE", kind="government", country="NOR"),
              Entity(id="SWE", name="Sweden", type="GPE", kind="government", country="SWE")]
    events = [Event(id=f"e{n}", type="CONSULT", source=["NOR"], target=["SWE"], status="occurred", prominence=value,
                    evidence=[Evidence(doc="d1", text=f"sentence {n}")])
              for n, value in enumerate([0.2, 0.95, None, 0.7])]
    with Store(tmp_path / "s.duckdb") as s:
        s.write_merged(Dossier(entities=states, events=events))
    return TestClient(create_app(tmp_path / "s.duckdb"))


def test_main_true_keeps_the_events_at_least_main_at(tmp_path):
    client = _client(tmp_path)
    ids = {e["id"] for e in client.get("/api/events", params={"main": "true"}).json()["items"]}
    assert ids == {f"e{n}" for n, v in enumerate([0.2, 0.95, None, 0.7]) if v is not None and v >= main_at()}
    assert len(client.get("/api/events").json()["items"]) == 4  # no filter: every event


def test_min_prominence_selects_and_a_value_above_one_is_refused(tmp_path):
    client = _client(tmp_path)
    ids = {e["id"] for e in client.get("/api/events", params={"min_prominence": 0.1}).json()["items"]}
    assert ids == {"e0", "e1", "e3"}
    assert client.get("/api/events", params={"min_prominence": 1.5}).status_code == 422


def test_the_most_prominent_first(tmp_path):
    items = _client(tmp_path).get("/api/events", params={"sort": "-prominence"}).json()["items"]
    assert [e["id"] for e in items] == ["e1", "e3", "e0", "e2"]
    assert items[0]["prominence"] == 0.95


def test_the_page_offers_the_main_events_filter():
    page = (ROOT / "src/dossier/web/static/index.html").read_text()
    script = (ROOT / "src/dossier/web/static/app.js").read_text()
    assert 'name="main"' in page and '"main"' in script
