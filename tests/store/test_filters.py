"""Filters checked against known values, with suggestions; case-insensitive; partial dates; CAMEO codes."""

from datetime import date

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.merge import merge
from dossier.pipeline import process_text
from dossier.store import Store
from dossier.store.filters import FilterError, check_date, check_status, check_type, event_filters

runner = CliRunner()


@pytest.fixture
def db(tmp_path, two_reports):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add_results(two_reports)
        store.write_merged(merge(store.extractions()))
    return path


def test_dates_may_be_a_year_or_a_month():
    assert check_date("2024-06", "--from") == date(2024, 6, 1)
    assert check_date("2024-06", "--to", end=True) == date(2024, 6, 30)
    assert check_date("2024-02", "--to", end=True) == date(2024, 2, 29)
    assert check_date("2024", "--to", end=True) == date(2024, 12, 31)
    assert check_date(" 2024-06-28 ") == date(2024, 6, 28)
    for bad in ("2024-13", "June 2024", "2024-06-31", "24-06-01", ""):
        with pytest.raises(FilterError, match="is not a date like"):
            check_date(bad)


def test_types_in_any_case_cameo_codes_and_suggestions():
    assert check_type("consult") == ("CONSULT", None)
    assert check_type("042") == (None, "042")
    assert check_type("04") == (None, "04")
    with pytest.raises(FilterError, match="did you mean CONSULT"):
        check_type("CONSLT")
    with pytest.raises(FilterError, match="not a CAMEO event code"):
        check_type("999")


def test_statuses_in_any_case_and_suggestions():
    assert check_status("Planned") == "planned"
    with pytest.raises(FilterError, match="did you mean planned"):
        check_status("planed")


def test_actor_suggestion_and_window(db):
    with Store(db, read_only=True) as store:
        assert event_filters(store, actor="torres")["actor"] == "torres"
        with pytest.raises(FilterError, match="did you mean Ana Torres"):
            event_filters(store, actor="Ana Toress")
        with pytest.raises(FilterError, match="is after --to"):
            event_filters(store, start="2024-07", end="2024-06")


def _lines(result):
    return [ln for ln in result.output.splitlines() if ln.strip()]


def test_the_cli_says_what_is_wrong_in_one_line(db):
    for args, words in ((["--type", "CONSLT"], "did you mean CONSULT?"), (["--status", "occured"], "did you mean occurred?"),
                        (["--actor", "Ana Toress"], "did you mean Ana Torres"), (["--from", "2024-6-"], "not a date")):
        result = runner.invoke(app, ["events", "--db", str(db), *args])
        assert result.exit_code == 2 and len(_lines(result)) == 1 and words in result.output, result.output


def test_the_cli_accepts_case_months_years_and_cameo_codes(db):
    def ids(*args):
        import json

        result = runner.invoke(app, ["events", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        return sorted(e["mode"] for e in json.loads(result.stdout))

    assert ids("--status", "OCCURRED") == ids("--status", "occurred") != []
    assert ids("--from", "2024-06", "--to", "2024-06") == ["meet", "visit"]
    assert ids("--from", "2024") == ["meet", "visit"]
    assert ids("--from", "2025") == []
    assert ids("--type", "Consult") == ["meet", "visit"]
    assert runner.invoke(app, ["timeline", "--db", str(db), "--from", "2024-06"]).exit_code == 0
    assert runner.invoke(app, ["facts", "--db", str(db), "--actor", "Chna"]).exit_code == 2


def test_cameo_codes_select_by_prefix(tmp_path):
    from dossier.model import Dossier, Event

    path = tmp_path / "c.duckdb"
    events = [Event(id="a", type="CONSULT", cameo="042"), Event(id="b", type="CONSULT", cameo="043"),
              Event(id="c", type="AGREE", cameo="057")]
    with Store(path) as store:
        store.write_merged(Dossier(events=events))
    from dossier.store import queries

    with Store(path, read_only=True) as store:
        assert [e.id for e in queries.events(store, **event_filters(store, type="04"))] == ["a", "b"]
        assert [e.id for e in queries.events(store, **event_filters(store, type="042"))] == ["a"]


def test_the_python_api_refuses_a_date_that_is_not_one():
    with pytest.raises(ValueError, match="published='not a date' is not a date"):
        process_text("The ministers met.", published="not a date")
