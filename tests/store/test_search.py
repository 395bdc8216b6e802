"""SQL filters of store.search against the Python semantics of the rest of the project (merge.intervals)."""

from datetime import date, timedelta

import pytest

from dossier.merge.intervals import interval
from dossier.model import DateValue, Dossier, Entity, Event, Evidence
from dossier.store import Store, search
from dossier.store.search import Filters

DATES = [DateValue(start="2024"), DateValue(start="2024", end="2025"), DateValue(start="2024-06", end="2024-06"),
         DateValue(start="2024-02", end="2024-03"), DateValue(start="2024-06-23", end="2024-06-28"),
         DateValue(start="2024-06-28", end="2024-06-28"), DateValue(start="2024-11-13"),  # open end: a week
         DateValue(start="2024-12-30", end="2025-01-02"), DateValue(start="2024-W27"), None,
         DateValue(start="2024-06-10", end="2024-06-01")]  # an end before the start


@pytest.fixture
def store(tmp_path):
    people = [Entity(id="PER", name="Peru", type="GPE", kind="government", country="PER"),
              Entity(id="CHN", name="China", type="GPE", kind="government", country="CHN"),
              Entity(id="per:ana", name="Ana Torres", type="PERSON", kind="person", country="PER", aliases=["Torres"]),
              Entity(id="chn:li", name="Li Wei", type="PERSON", kind="person", country="CHN")]
    events = [Event(id=f"e{i}", type="CONSULT" if i % 2 else "AGREE", source=["per:ana" if i % 3 else "PER"],
                    target=["chn:li" if i % 2 else "CHN"], date=d, status="planned" if i == 4 else "occurred",
                    goldstein=1.0, evidence=[Evidence(doc="d1", text=f"sentence number {i}")])
              for i, d in enumerate(DATES)]
    with Store(tmp_path / "s.duckdb") as s:
        s.write_merged(Dossier(entities=people, events=events))
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        yield s


def _python(events, start, end):
    if start is None and end is None:
        return {e.id for e in events}  # no window: dated or not
    found = set()
    for e in events:
        span = interval(e.date)
        if span and (start is None or span[1] >= start) and (end is None or span[0] <= end):
            found.add(e.id)
    return found


def test_the_date_window_in_sql_is_the_python_interval(store):
    events = store.rows("events")
    days = [date(2023, 12, 31) + timedelta(days=n) for n in range(0, 400, 9)]
    for start in [None, *days[::3]]:
        for end in [None, *days[1::3]]:
            if start and end and end < start:
                continue
            got = {e.id for e in search.events(store, Filters(start=start, end=end), limit=100).items}
            assert got == _python(events, start, end), (start, end)


def test_actors_pairs_and_countries(store):
    assert search.actor_ids(store, "torres") == ["per:ana"]
    assert search.actor_ids(store, "Peru") == ["PER", "per:ana"]  # a country stands for its people too
    assert search.actor_ids(store, "nobody") == []
    pair = search.events(store, Filters(pair=("Ana Torres", "Li Wei")), limit=100)
    assert {e.id for e in pair.items} == {"e1", "e5", "e7"}
    both = search.events(store, Filters(pair=("Peru", "China")), limit=100)
    assert both.total == len(DATES)


def test_pages_type_status_and_text(store):
    first = search.events(store, Filters(), limit=4)
    rest = search.events(store, Filters(), limit=100, offset=4)
    assert first.total == rest.total == len(DATES)
    assert not {e.id for e in first.items} & {e.id for e in rest.items}
    assert {e.type for e in search.events(store, Filters(type="consult"), limit=100).items} == {"CONSULT"}
    assert [e.id for e in search.events(store, Filters(status="planned")).items] == ["e4"]
    assert [e.id for e in search.events(store, Filters(text="NUMBER 3")).items] == ["e3"]


def test_timeline_counts_by_first_day_and_network_counts_pairs(store):
    rows = search.timeline(store, Filters(), "month")
    assert sum(r["count"] for r in rows) == len(DATES) - 2  # the week and the undated event have no first day
    assert {"period": "2024-06-01", "type": "CONSULT", "count": 1, "planned": 0, "goldstein": 1.0} in rows
    with pytest.raises(ValueError):
        search.timeline(store, Filters(), "hour")
    net = search.network(store, Filters())
    assert {(e["source"], e["target"]): e["total"] for e in net["edges"]} == {
        ("per:ana", "chn:li"): 3, ("per:ana", "CHN"): 4, ("PER", "chn:li"): 2, ("PER", "CHN"): 2}
    assert {n["id"] for n in search.network(store, Filters(), limit=2)["nodes"]} == {"per:ana", "CHN"}  # 7 and 6


def test_the_command_lines_reads_take_an_actor_as_the_api_does(store):
    from dossier.store import queries

    by_api = {e.id for e in search.events(store, Filters(actor="Peru"), limit=100).items}
    assert {e.id for e in queries.events(store, actor="Peru")} == by_api == {f"e{i}" for i in range(len(DATES))}
    assert {e.id for e in queries.events(store, actor="Ana Torres")} == {
        e.id for e in search.events(store, Filters(actor="Ana Torres"), limit=100).items}


def test_the_command_lines_reads_take_a_counterpart_and_a_text_as_the_api_does(store):
    from dossier.store import queries

    for actor, counterpart in [("Ana Torres", "Li Wei"), ("Peru", "China"), ("Li Wei", "Ana Torres"), (None, "Li Wei")]:
        by_api = {e.id for e in search.events(store, Filters.of(actor, counterpart), limit=100).items}
        assert {e.id for e in queries.events(store, actor=actor, counterpart=counterpart)} == by_api, (actor, counterpart)
    assert {e.id for e in queries.events(store, actor="Ana Torres", counterpart="Li Wei")} == {"e1", "e5", "e7"}
    assert {e.id for e in queries.events(store, counterpart="Li Wei")} == {
        e.id for e in queries.events(store, actor="Li Wei")}  # a counterpart alone is the actor
    assert [e.id for e in queries.events(store, text="NUMBER 3")] == ["e3"]
    assert queries.events(store, actor="Ana Torres", counterpart="nobody") == []


def test_filters_of_an_actor_and_a_counterpart():
    assert Filters.of("Peru", "China", type="AGREE") == Filters(pair=("Peru", "China"), type="AGREE")
    assert Filters.of(None, "China") == Filters(actor="China")
    assert Filters.of("Peru") == Filters(actor="Peru")
