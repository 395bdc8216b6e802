"""The HTTP API on a small store: lists with filters and pages, items with their evidence, the timeline, the
network, errors as 4xx, read-only, and article text returned as data."""

from tests.conftest import HOSTILE


def test_events_are_listed_with_names_and_paged(client):
    page = client.get("/api/events").json()
    assert page["total"] == 3 and len(page["items"]) == 3
    assert page["names"]["per:president"] == "Ana Torres"
    first = client.get("/api/events", params={"limit": 1}).json()
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 3
    assert first["items"][0]["id"] != second["items"][0]["id"]
    dates = [e["date"]["start"] for e in page["items"]]
    assert dates == sorted(dates)  # in date order


def test_event_filters(client):
    def ids(**params):
        return {e["mode"] for e in client.get("/api/events", params=params).json()["items"]}

    assert ids(actor="Torres") == {"visit", "meet"}
    assert ids(actor="Torres", counterpart="China") == {"visit", "meet"}
    assert ids(actor="China", counterpart="Hostile") == {"criticize"}
    assert ids(type="ACCUSE") == {"criticize"}
    assert ids(status="planned") == set()
    assert ids(**{"from": "2024-06-28", "to": "2024-06-28"}) == {"visit", "meet"}
    assert ids(**{"from": "2024-06-30"}) == {"criticize"}
    assert ids(outlet="wire") == {"criticize"}
    assert ids(q="meet sentence") == {"meet"}
    assert ids(actor="nobody at all") == set()


def test_an_event_comes_with_its_reports_documents_disagreement_and_story(client):
    visit = next(e for e in client.get("/api/events").json()["items"] if e["mode"] == "visit")
    detail = client.get(f"/api/events/{visit['id']}").json()
    assert {ev["doc"] for ev in detail["item"]["evidence"]} == {"docA", "docB"}
    assert set(detail["documents"]) == {"docA", "docB"} and detail["documents"]["docA"]["text"] == ""
    assert detail["conflicts"][0]["field"] == "date"
    assert detail["names"] == {"per:president": "Ana Torres", "CHN": "China"}
    assert client.get("/api/events/no-such-event").status_code == 404


def test_other_kinds_by_list_and_by_id(client):
    facts = client.get("/api/facts", params={"actor": "China"}).json()
    assert facts["total"] == 2 and facts["names"] == {"CHN": "China"}
    assert set(facts["documents"]) == {"docA", "docB"}
    fact = client.get(f"/api/facts/{facts['items'][0]['id']}").json()
    assert fact["item"]["measure"] == "bilateral trade" and fact["conflicts"][0]["field"] == "value"
    conflicts = client.get("/api/conflicts").json()
    assert {c["field"] for c in conflicts["items"]} == {"date", "value"}
    assert set(conflicts["about"]) == {c["about"] for c in conflicts["items"]}
    assert client.get("/api/conflicts", params={"type": "ACCUSE"}).json()["total"] == 1  # the figures' only
    stories = client.get("/api/stories").json()
    assert stories["total"] >= 1
    story = client.get(f"/api/stories/{stories['items'][0]['id']}").json()
    assert story["events"] and story["names"]
    entity = client.get("/api/entities/per:president").json()
    assert entity["item"]["name"] == "Ana Torres" and len(entity["events"]) == 2
    assert client.get("/api/entities", params={"q": "torres"}).json()["total"] == 1
    docs = client.get("/api/documents").json()
    assert docs["total"] == 3 and all(d["text"] == "" for d in docs["items"])
    assert client.get("/api/documents", params={"actor": "Hostile"}).json()["items"][0]["id"] == "docC"
    assert "Intro line." in client.get("/api/documents/docC").json()["text"]


def test_timeline_and_network(client):
    timeline = client.get("/api/timeline", params={"bucket": "month"}).json()
    assert {(r["period"], r["type"]) for r in timeline["rows"]} == {("2024-06-01", "CONSULT"), ("2024-06-01", "ACCUSE")}
    (point,) = timeline["line"]
    assert point["count"] == 3
    days = client.get("/api/timeline", params={"bucket": "day", "actor": "Torres"}).json()
    assert [r["period"] for r in days["rows"]] == ["2024-06-23", "2024-06-28"]
    net = client.get("/api/network").json()
    assert {n["id"] for n in net["nodes"]} == {"per:president", "CHN", "xx:hostile"}
    edge = next(e for e in net["edges"] if e["source"] == "per:president")
    assert edge["target"] == "CHN" and edge["total"] == 2 and edge["types"] == {"CONSULT": 2}


def test_dyads_count_events_per_pair_of_countries(client):
    found = client.get("/api/dyads").json()
    assert (found["events"], found["with_pair"]) == (3, 2)  # the hostile group has no country
    (pair,) = found["pairs"]
    assert (pair["source"], pair["target"], pair["source_name"], pair["events"]) == ("PER", "CHN", "Peru", 2)
    assert client.get("/api/dyads", params={"type": "ACCUSE"}).json()["pairs"] == []
    assert client.get("/api/dyads", params={"undirected": "true"}).json()["pairs"][0]["source"] == "CHN"
    by_year = client.get("/api/dyads", params={"by": "year"}).json()["pairs"]
    assert sum(p["events"] for p in by_year) == 2 and all("period" in p and "by_report" in p for p in by_year)
    assert found["pairs"][0]["period"] is None  # counted whole, a pair has no period
    assert client.get("/api/dyads", params={"by": "hour"}).status_code == 422


def test_bad_parameters_are_4xx_with_a_reason(client):
    for params in ({"type": "VISIT"}, {"status": "maybe"}, {"from": "June"}, {"limit": 0}, {"limit": 10_000},
                   {"offset": -1}, {"from": "2024-07-01", "to": "2024-06-01"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"]
    assert client.get("/api/timeline", params={"bucket": "hour"}).status_code == 422


def test_read_only_and_guarded(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/openapi.json").json()["info"]["title"] == "dossier"


def test_article_text_is_returned_as_data_never_rendered(client):
    doc = client.get("/api/documents/docC")
    assert doc.headers["content-type"].startswith("application/json")
    assert HOSTILE in doc.json()["text"] and HOSTILE in doc.json()["title"]


def test_a_missing_store_is_a_clear_error(tmp_path):
    import pytest

    from dossier.store.database import StoreError
    from dossier.web import create_app

    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "none.duckdb")


def test_the_store_is_let_go_when_requests_stop(desk_store):
    """Between bursts of requests the file is free for a writer (a `dossier build`)."""
    import time

    import duckdb
    from fastapi.testclient import TestClient

    from dossier.web import create_app

    app = create_app(desk_store)
    app.state.keeper.idle = 0.2
    client = TestClient(app)
    assert client.get("/api/events").status_code == 200
    assert app.state.keeper.held is not None  # kept for the next request
    time.sleep(0.6)
    assert app.state.keeper.held is None
    duckdb.connect(str(desk_store)).close()  # a writer gets in
    assert client.get("/api/events").json()["total"] == 3


def test_events_newest_first(client):
    dates = [e["date"]["start"] for e in client.get("/api/events", params={"sort": "-date"}).json()["items"]]
    assert dates == sorted(dates, reverse=True)


def test_export_holds_the_filtered_slice_whole(client):
    answer = client.get("/api/export", params={"actor": "Torres", "counterpart": "China"})
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    data = answer.json()
    listed = {e["id"] for e in client.get("/api/events", params={"actor": "Torres", "counterpart": "China"}).json()["items"]}
    assert listed and {e["id"] for e in data["events"]} == listed
    assert {d["id"] for d in data["documents"]} == {"docA", "docB"} and all("text" not in d for d in data["documents"])
    assert {e["id"] for e in data["entities"]} == {"per:president", "CHN"}
    assert all(set(s["events"]) <= listed for s in data["stories"])
    assert client.get("/api/export", params={"type": "ACCUSE"}).json()["facts"] == []
    everything = client.get("/api/export").json()
    assert len(everything["events"]) > len(data["events"]) and everything["facts"]
