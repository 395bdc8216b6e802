"""Issue 4's acceptance: `dossier build ../shared/seeds` then the JSON export (the seeds are read in place)."""

import json

import pytest
from typer.testing import CliRunner

from dossier.cli import app

from tests.conftest import shared


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    seeds = shared("seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(seeds), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)


def _doc(exported, prefix):
    return next(d for d in exported["documents"] if d["source"].rsplit("/", 1)[-1].startswith(prefix))


def test_outlets_and_dates_of_the_seeds_that_state_them(exported):
    assert (_doc(exported, "000")["outlet"], _doc(exported, "000")["published"]) == ("Global Times", "2024-06-24")
    assert (_doc(exported, "001")["outlet"], _doc(exported, "001")["published"]) == ("Latin America Reports", "2024-07-04")
    assert _doc(exported, "004")["published"] == "2024-06-29"


@pytest.mark.parametrize("surface, canonical", [
    ("Boluarte", "Dina Boluarte"), ("Dina Boluarte", "Dina Boluarte"), ("Xi", "Xi Jinping"),
    ("Xi Jinping", "Xi Jinping"), ("China", "China"), ("Peru", "Peru"), ("Huawei", "Huawei"), ("BYD", "BYD"),
    ("Cosco", "COSCO Shipping"), ("COSCO Shipping Ports", "COSCO Shipping"), ("Chancay port", "Chancay Port"),
    ("Chancay Megaport", "Chancay Port"),
])
def test_main_actors_are_one_entity_each(exported, surface, canonical):
    hits = [e for e in exported["entities"]
            if surface.lower() in {e["name"].lower(), *(a.lower() for a in e["aliases"])}]
    assert [e["name"] for e in hits] == [canonical]
    assert sum(e["name"] == canonical for e in exported["entities"]) == 1


def test_two_people_named_wang_stay_apart(exported):
    wangs = {e["name"] for e in exported["entities"] if e["name"].startswith("Wang ")}
    assert {"Wang Youming", "Wang Chuanfu"} <= wangs


def _names(exported):
    return {e["id"]: e["name"] for e in exported["entities"]}


def _has_event(exported, type_, mode, *actors):
    names = _names(exported)
    for event in exported["events"]:
        people = " ".join(names.get(a, a) for a in event["source"] + event["target"]).lower()
        if event["type"] == type_ and event["mode"] == mode and all(a.lower() in people for a in actors):
            assert event["evidence"] and all(ev["text"] for ev in event["evidence"])
            return event
    return None


def test_visits_talks_and_signings_come_out_with_evidence(exported):
    assert _has_event(exported, "CONSULT", "visit", "Boluarte", "China")
    talks = _has_event(exported, "CONSULT", "meet", "Xi", "Boluarte")
    assert talks and talks["date"] and talks["date"]["start"] == "2024-06-28"
    assert _has_event(exported, "AGREE", "sign", "Xi", "Boluarte")  # the agreements the two presidents signed
    assert _has_event(exported, "AGREE", "sign", "Huawei")  # the training agreement in Shenzhen
