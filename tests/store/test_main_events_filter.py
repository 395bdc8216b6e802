"""Selecting the stories' main events by prominence: the store's filter (SQL and the filters' check), the
selection an export keeps, and `dossier events --main` / `--min-prominence`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.events.prominence import main_at
from dossier.model import Dossier, Entity, Event, Evidence, Fact
from dossier.store import Store, queries, search
from dossier.store.filters import FilterError, check_prominence, event_filters
from dossier.store.search import Filters
from dossier.store.selection import select

PROMINENCE = {"lede": 0.9, "second": 0.65, "passing": 0.3, "unranked": None}


@pytest.fixture
def path(tmp_path):
    people = [Entity(id="PER", name="Peru", type="GPE", kind="government", country="PER"),
              Entity(id="CHL", name="Chile", type="GPE", kind="government", country="CHL")]
    events = [Event(id=name, type="CONSULT", source=["PER"], target=["CHL"], status="occurred", prominence=value,
                    evidence=[Evidence(doc="d1", text=f"the {name} sentence")]) for name, value in PROMINENCE.items()]
    fact = Fact(id="f1", subject=["PER"], value=3.0, unit="percent", evidence=[Evidence(doc="d1", text="3 pct")])
    with Store(tmp_path / "s.duckdb") as s:
        s.write_merged(Dossier(entities=people, events=events, facts=[fact]))
    return tmp_path / "s.duckdb"


def test_the_least_prominence_selects_events_and_none_leaves_them_all(path):
    with Store(path, read_only=True) as store:
        assert {e.id for e in queries.events(store)} == set(PROMINENCE)
        assert {e.id for e in queries.events(store, min_prominence=0.6)} == {"lede", "second"}
        assert {e.id for e in queries.events(store, min_prominence=0.0)} == {"lede", "second", "passing"}
        assert {e.id for e in search.events(store, Filters(min_prominence=0.8)).items} == {"lede"}


def test_the_most_prominent_come_first_when_asked(path):
    with Store(path, read_only=True) as store:
        order = [e.id for e in search.events(store, Filters(), most_prominent=True).items]
    assert order == ["lede", "second", "passing", "unranked"]


def test_main_means_the_data_files_threshold_and_a_value_outside_0_1_is_an_error(path):
    assert check_prominence(main=True) == main_at()
    assert check_prominence(main=True, value=0.2) == 0.2  # a value given wins
    assert check_prominence() is None
    with pytest.raises(FilterError, match="between 0 and 1"):
        check_prominence(value=1.5)
    with Store(path, read_only=True) as store:
        assert event_filters(store, main=True)["min_prominence"] == main_at()
        assert event_filters(store)["min_prominence"] is None


def test_an_export_of_the_main_events_keeps_no_figures(path):
    with Store(path, read_only=True) as store:
        chosen = select(store, min_prominence=0.6)
        everything = select(store)
    assert set(chosen.events) == {"lede", "second"} and chosen.facts == []
    assert set(everything.events) == set(PROMINENCE) and everything.facts == ["f1"]


def test_the_command_line_lists_the_main_events(path):
    runner = CliRunner()
    shown = runner.invoke(app, ["events", "--db", str(path), "--main", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert {e["id"] for e in json.loads(shown.output)} == {e for e, v in PROMINENCE.items() if v and v >= main_at()}
    low = runner.invoke(app, ["events", "--db", str(path), "--min-prominence", "0.5", "--format", "json"])
    assert {e["id"] for e in json.loads(low.output)} == {"lede", "second"}
    bad = runner.invoke(app, ["events", "--db", str(path), "--min-prominence", "2"])
    assert bad.exit_code != 0 and "between 0 and 1" in bad.output
