"""The part of the record a set of filters selects: matching events and figures, with everything they refer to."""

import csv
import json
from datetime import date

import duckdb

from dossier.export import export
from dossier.store import Store
from dossier.store.selection import select


def _ids(items):
    return {i.id for i in items}


def test_an_actor_keeps_its_events_their_reports_actors_and_disagreements(desk_store):
    with Store(desk_store) as store:
        everything = store.dossier()
        kept = select(store, actor="Torres").dossier(store)
    assert kept.events and all("per:president" in e.source + e.target for e in kept.events)
    assert not any(e.type == "ACCUSE" for e in kept.events)  # the group's criticism of China is not Torres's
    assert _ids(kept.documents) == {"docA", "docB"}
    assert _ids(kept.entities) == {"per:president", "CHN"}
    assert not kept.facts  # the figures are China's, not Torres's
    assert kept.conflicts and {c.about for c in kept.conflicts} <= _ids(kept.events)
    assert len(kept.conflicts) == len([c for c in everything.conflicts if c.about in _ids(kept.events)])


def test_stories_are_cut_to_the_events_kept(desk_store):
    with Store(desk_store) as store:
        whole = store.dossier().stories
        kept = select(store, text="meet sentence").dossier(store)
    assert [e.mode for e in kept.events] == ["meet"]
    assert len(whole) == 1 and len(whole[0].events) == 2  # the visit and the talk are one story
    assert [s.events for s in kept.stories] == [[kept.events[0].id]]
    assert kept.stories[0].id == whole[0].id


def test_a_type_or_status_selects_events_only(desk_store):
    with Store(desk_store) as store:
        kept = select(store, type="ACCUSE").dossier(store)
    assert [e.type for e in kept.events] == ["ACCUSE"]
    assert not kept.facts and _ids(kept.documents) == {"docC"}
    assert _ids(kept.entities) == {"xx:hostile", "CHN"}


def test_a_window_keeps_the_figures_of_its_time(desk_store):
    with Store(desk_store) as store:
        kept = select(store, actor="China", start=date(2023, 1, 1), end=date(2023, 12, 31)).dossier(store)
    assert not kept.events and len(kept.facts) >= 1
    assert all(f.time.start == "2023" for f in kept.facts)
    assert _ids(kept.documents) == {d for f in kept.facts for d in (e.doc for e in f.evidence)}


def test_an_actor_nobody_is_selects_nothing(desk_store):
    with Store(desk_store) as store:
        kept = select(store, actor="no such actor").dossier(store)
    assert not (kept.events or kept.facts or kept.documents or kept.entities or kept.stories or kept.conflicts)


def test_every_format_writes_the_same_selection_with_no_id_left_hanging(desk_store, tmp_path):
    with Store(desk_store) as store:
        selection = select(store, actor="Torres")
        data = json.loads(export(store, "json", None, selection=selection))
        export(store, "parquet", tmp_path / "pq", selection=selection)
        export(store, "csv", tmp_path / "csv", selection=selection)
        full = json.loads(export(store, "json", None))
    counts = {table: len(rows) for table, rows in data.items() if table != "mentions"}
    assert 0 < counts["events"] < len(full["events"]) and counts["documents"] < len(full["documents"])
    for table, n in counts.items():
        got = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / f'{table}.parquet'}')").fetchall()[0][0]
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            assert got == n == len(list(csv.DictReader(fh))), table
    entities = {e["id"] for e in data["entities"]}
    documents = {d["id"] for d in data["documents"]}
    events = {e["id"] for e in data["events"]}
    for event in data["events"]:
        assert set(event["source"] + event["target"]) <= entities
        assert {e["doc"] for e in event["evidence"]} <= documents
    assert all(set(s["events"]) <= events for s in data["stories"])
