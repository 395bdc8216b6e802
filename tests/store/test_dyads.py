"""Events counted per pair of countries: a country's people stand for it, each event counts once per pair."""

from datetime import date

import pytest

from dossier.model import DateValue, Dossier, Entity, Event, Evidence
from dossier.store import Store
from dossier.store.dyads import dyads
from dossier.store.search import Filters


QUAD = {"CONSULT": 1, "AGREE": 1, "ACCUSE": 3, "PROTEST": 4, "REQUEST": 1}


def _event(n, type_, source, target, status="occurred", day="2024-06-01"):
    return Event(id=f"e{n}", type=type_, source=source, target=target, status=status, goldstein=2.0,
                 quad_class=QUAD[type_],
                 date=DateValue(start=day), evidence=[Evidence(doc="d1", text=f"report {n}")])


@pytest.fixture
def store(tmp_path):
    people = [Entity(id="PER", name="Peru", type="GPE", kind="government", country="PER"),
              Entity(id="CHN", name="China", type="GPE", kind="government", country="CHN"),
              Entity(id="per:ana", name="Ana Torres", type="PERSON", kind="person", country="PER"),
              Entity(id="per:police", name="the police", type="ORG", kind="group", country="PER"),
              Entity(id="usa:firm", name="a US firm", type="ORG", kind="company", country="USA"),
              Entity(id="someone", name="a spokesman", type="PERSON", kind="person")]
    events = [_event(1, "CONSULT", ["per:ana"], ["CHN"]),
              _event(2, "AGREE", ["PER", "per:ana"], ["CHN"], status="planned"),  # two of Peru's: once
              _event(3, "ACCUSE", ["CHN"], ["PER", "usa:firm"], day="2024-09-01"),  # two countries: two pairs
              _event(4, "PROTEST", ["per:police"], ["per:ana"]),  # within Peru
              _event(5, "REQUEST", ["someone"], ["CHN"]),  # no country on the source side
              _event(6, "CONSULT", ["CHN"], [])]
    with Store(tmp_path / "s.duckdb") as s:
        s.write_merged(Dossier(entities=people, events=events))
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        yield s


def test_pairs_are_counted_once_per_event_with_their_types(store):
    found = dyads(store)
    assert found["events"] == 6 and found["with_pair"] == 4
    rows = {(r["source"], r["target"]): r for r in found["pairs"]}
    assert set(rows) == {("PER", "CHN"), ("CHN", "PER"), ("CHN", "USA"), ("PER", "PER")}
    peru_china = rows["PER", "CHN"]
    assert (peru_china["events"], peru_china["planned"], peru_china["goldstein"]) == (2, 1, 4.0)
    assert peru_china["types"] == {"AGREE": 1, "CONSULT": 1}
    assert (peru_china["source_name"], peru_china["target_name"]) == ("Peru", "China")
    assert rows["CHN", "USA"]["target_name"] == "United States"  # no state entity: ISO 3166's name
    assert (peru_china["verbal_cooperation"], peru_china["verbal_conflict"]) == (2, 0)
    assert (rows["CHN", "PER"]["verbal_conflict"], rows["CHN", "PER"]["verbal_cooperation"]) == (1, 0)
    assert rows["PER", "PER"]["material_conflict"] == 1 and rows["PER", "PER"]["material_cooperation"] == 0
    assert found["pairs"][0]["source"] == "PER" and found["pairs"][0]["target"] == "CHN"  # most events first


def test_undirected_pairs_and_filters(store):
    rows = {(r["source"], r["target"]): r["events"] for r in dyads(store, directed=False)["pairs"]}
    assert rows == {("CHN", "PER"): 3, ("CHN", "USA"): 1, ("PER", "PER"): 1}
    assert [r["source"] for r in dyads(store, Filters(type="accuse"))["pairs"]] == ["CHN", "CHN"]
    autumn = dyads(store, Filters(start=date(2024, 8, 1)))
    assert {(r["source"], r["target"]) for r in autumn["pairs"]} == {("CHN", "PER"), ("CHN", "USA")}
    assert dyads(store, Filters(actor="nobody at all")) == {"pairs": [], "events": 0, "with_pair": 0}


def test_a_pair_found_here_is_a_filter_by_its_countries_codes(store):
    from dossier.store import search

    assert search.actor_ids(store, "USA") == ["usa:firm"]  # no state entity: the code stands for its actors
    assert search.actor_ids(store, "PER") == ["PER", "per:ana", "per:police"]
    chn_usa = search.events(store, Filters(pair=("CHN", "USA")), limit=10)
    assert [e.id for e in chn_usa.items] == ["e3"]


@pytest.fixture
def dated(tmp_path):
    """Peru and China's events with dates of every grain, reported on 10 June 2024 (d1) or on no known day (d2)."""
    states = [Entity(id="PER", name="Peru", type="GPE", kind="government", country="PER"),
              Entity(id="CHN", name="China", type="GPE", kind="government", country="CHN")]

    def event(n, date_value, doc="d1"):
        return Event(id=f"e{n}", type="CONSULT", source=["PER"], target=["CHN"], goldstein=1.0, quad_class=1,
                     date=date_value, evidence=[Evidence(doc=doc, text=f"report {n}")])

    events = [event(1, DateValue(start="2024-05-20")),  # its own day
              event(2, DateValue(start="2024-05-03", end="2024-05-09")),  # a span within one month
              event(3, DateValue(start="2024-04-28", end="2024-05-02")),  # across two months
              event(4, None),  # no date: the report's day
              event(5, DateValue(start="2024")),  # the year holds the report's day
              event(6, DateValue(start="1990")),  # a year long ago: no month
              event(7, None, doc="d2")]  # no date, and a report of no known day
    with Store(tmp_path / "s.duckdb") as s:
        s.write_merged(Dossier(entities=states, events=events))
        s.con.execute("INSERT INTO documents (id, published) VALUES ('d1', '2024-06-10'), ('d2', NULL)")
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        yield s


def test_by_month_an_event_falls_in_its_own_month_else_in_its_reports(dated):
    rows = {r["period"]: r for r in dyads(dated, by="month")["pairs"]}
    assert {p: (r["events"], r["by_report"]) for p, r in rows.items()} == {
        "2024-04-01": (1, 0),  # e3: five days across two months, in the month where it starts
        "2024-05-01": (2, 0),  # e1, e2
        "2024-06-01": (2, 2),  # e4 has no date, e5's year holds the report's day
        None: (2, 0)}  # e6 (1990 is longer than a month, and not the report's), e7 (nothing dated)
    assert [r["period"] for r in dyads(dated, by="month")["pairs"]] == ["2024-04-01", "2024-05-01", "2024-06-01", None]
    weeks = {r["period"]: r["events"] for r in dyads(dated, by="week")["pairs"]}
    assert weeks["2024-05-20"] == 1 and weeks["2024-04-22"] == 1  # Mondays; e2's seven days are a week's length


def test_by_year_and_the_plain_table(dated):
    rows = {r["period"]: (r["events"], r["by_report"]) for r in dyads(dated, by="year")["pairs"]}
    assert rows == {"1990-01-01": (1, 0), "2024-01-01": (5, 1), None: (1, 0)}  # only e4 needs its report's day
    plain = dyads(dated)["pairs"]
    assert len(plain) == 1 and plain[0]["events"] == 7 and "period" not in plain[0]
    with pytest.raises(ValueError, match="fortnight"):
        dyads(dated, by="fortnight")
