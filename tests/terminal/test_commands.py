"""The listing commands, `show` and `sql` on a small store, in every format, at 80 columns."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dossier.cli import app

runner = CliRunner()
UNSAFE = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e")
LISTINGS = ("events", "timeline", "entities", "facts", "conflicts", "documents", "stories", "errors", "dyads")


def run(*args, width=80):
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", LISTINGS)
@pytest.mark.parametrize("fmt", ["table", "tsv", "json", "csv"])
def test_every_listing_in_every_format_prints_nothing_a_terminal_would_act_on(desk_store, command, fmt):
    out = run(command, "--db", desk_store, "--format", fmt)
    assert out.strip()
    assert not any(c in out for c in UNSAFE), repr(out)
    if fmt == "table":
        assert all(len(line) <= 80 for line in out.splitlines())


def test_a_pipe_gets_tab_separated_values_with_names_beside_ids(desk_store):
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", desk_store)), delimiter="\t"))
    visit = next(r for r in rows if r["mode"] == "visit")
    assert visit["source"] == "per:president" and visit["source_names"] == "Ana Torres"
    assert visit["target_names"] == "China"


def test_dyads_count_a_countrys_people_as_the_country(desk_store):
    (pair,) = json.loads(run("dyads", "--db", desk_store, "--json"))
    assert (pair["source_name"], pair["target_name"], pair["events"]) == ("Peru", "China", 2)
    assert pair["types"] == {"CONSULT": 2}
    (row,) = csv.DictReader(io.StringIO(run("dyads", "--db", desk_store, "--undirected", "--format", "csv")))
    assert (row["source"], row["target"], row["types"]) == ("CHN", "PER", "CONSULT 2")
    assert json.loads(run("dyads", "--db", desk_store, "--json", "--type", "accuse")) == []  # no country: no pair
    bad = runner.invoke(app, ["dyads", "--db", str(desk_store), "--type", "042"])
    assert bad.exit_code == 2 and "PLOVER type" in bad.output


def test_dyads_by_period_add_the_period_and_how_many_their_reports_placed(desk_store):
    rows = json.loads(run("dyads", "--db", desk_store, "--json", "--by", "year"))
    assert sum(r["events"] for r in rows) == 2 and all("period" in r and "by_report" in r for r in rows)
    table = run("dyads", "--db", desk_store, "--by", "month", "--format", "table", width=160)
    assert "period" in table and "by report" in table
    bad = runner.invoke(app, ["dyads", "--db", str(desk_store), "--by", "fortnight"])
    assert bad.exit_code == 2 and "fortnight" in bad.output


def test_json_and_csv_carry_names_beside_ids(desk_store):
    facts = json.loads(run("facts", "--db", desk_store, "--format", "json"))
    assert facts and all(f["subject"] == ["CHN"] and f["subject_names"] == ["China"] for f in facts)
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", desk_store, "--format", "csv"))))
    assert {r["source_names"] for r in rows} >= {"Ana Torres"}
    events = json.loads(run("events", "--db", desk_store, "--json"))
    hostile = next(e for e in events if e["type"] == "ACCUSE")
    assert hostile["source_names"][0].startswith("Hostile \x1b[41m")  # JSON keeps the data, escaped


def test_events_at_80_columns_take_one_line_each_and_two_with_the_sentence(desk_store):
    events = json.loads(run("events", "--db", desk_store, "--json"))
    plain = run("events", "--db", desk_store, "--format", "table").splitlines()
    assert len(plain) == 1 + len(events) + 1  # header, rows, count
    long = run("events", "--db", desk_store, "--format", "table", "--sentence").splitlines()
    assert len(long) <= 1 + 2 * len(events) + 1
    assert any("criticised China" in line for line in long)


def test_show_an_event_with_every_report_and_the_disagreement(desk_store):
    events = json.loads(run("events", "--db", desk_store, "--json"))
    visit = next(e for e in events if e["mode"] == "visit")
    out = run("show", visit["id"][:8], "--db", desk_store)
    assert "Ana Torres (per:president)" in out and "2024-06-23/28" in out
    assert "visit sentence in docA" in out and "visit sentence in docB" in out
    assert "Sources disagree" in out and "2024-06-25/29" in out
    data = json.loads(run("show", visit["id"], "--db", desk_store, "--format", "json"))
    assert data["id"] == visit["id"] and data["source_names"] == ["Ana Torres"]


def test_show_other_kinds_and_bad_ids(desk_store):
    assert "Ana Torres" in run("show", "per:president", "--db", desk_store)
    doc = run("show", "docC", "--db", desk_store, "--text")
    assert "Intro line." in doc and not any(c in doc for c in UNSAFE)
    story = json.loads(run("stories", "--db", desk_store, "--json"))[0]
    assert story["title"] in run("show", story["id"], "--db", desk_store)
    fact = json.loads(run("facts", "--db", desk_store, "--json"))[0]
    assert "bilateral trade" in run("show", fact["id"], "--db", desk_store)
    missing = runner.invoke(app, ["show", "nothing-like-this", "--db", str(desk_store)])
    assert missing.exit_code == 1 and "no event, fact" in missing.output
    ambiguous = runner.invoke(app, ["show", "doc", "--db", str(desk_store)])
    assert ambiguous.exit_code == 1 and "is the start of" in ambiguous.output


def test_sql_reads_and_cannot_write(desk_store):
    rows = json.loads(run("sql", "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type",
                          "--db", desk_store, "--format", "json"))
    assert {r["type"] for r in rows} == {"ACCUSE", "CONSULT"}
    for statement in ("DELETE FROM events", f"COPY events TO '{desk_store}.csv'", "ATTACH ':memory:' AS x",
                      "SET enable_external_access = true", "SELECT * FROM nowhere"):
        result = runner.invoke(app, ["sql", statement, "--db", str(desk_store)])
        assert result.exit_code == 2 and result.output.startswith("error:"), statement
        assert len(result.output.strip().splitlines()) == 1
    assert not (desk_store.parent / f"{desk_store.name}.csv").exists()


def test_a_bad_format_is_a_clear_error(desk_store):
    result = runner.invoke(app, ["events", "--db", str(desk_store), "--format", "xml"])
    assert result.exit_code == 2 and "table, tsv, json, csv" in result.output


def test_the_summary_is_a_few_lines(desk_store):
    out = run("summary", "--db", desk_store)
    assert "3 documents" in out and "events: CONSULT 2, ACCUSE 1" in out
    assert len(out.splitlines()) <= 12
