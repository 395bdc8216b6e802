"""`dossier build` runs with the collector's thresholds raised (fewer passes over a build's many short-lived objects)
and puts the caller's back when it ends, whether it ends well or with an error."""

import gc

from typer.testing import CliRunner

import dossier.build
from dossier.build import BuildReport
from dossier.cli import BUILD_GC_THRESHOLDS, app
from dossier.store import StoreError

runner = CliRunner()


def test_a_build_runs_with_the_builds_thresholds_and_gives_back_the_callers(tmp_path, monkeypatch):
    seen = []

    def run_build(*args, **kwargs):
        seen.append(gc.get_threshold())
        return BuildReport()

    monkeypatch.setattr(dossier.build, "run_build", run_build)
    before = gc.get_threshold()
    assert before != BUILD_GC_THRESHOLDS
    result = runner.invoke(app, ["build", "--db", str(tmp_path / "s.duckdb"), "-q"])  # no paths: nothing to load
    assert result.exit_code == 0, result.output
    assert seen == [BUILD_GC_THRESHOLDS]
    assert gc.get_threshold() == before


def test_a_failed_build_gives_back_the_callers_thresholds(tmp_path, monkeypatch):
    def run_build(*args, **kwargs):
        raise StoreError("the store is held by another process")

    monkeypatch.setattr(dossier.build, "run_build", run_build)
    before = gc.get_threshold()
    result = runner.invoke(app, ["build", "--db", str(tmp_path / "s.duckdb"), "-q"])
    assert result.exit_code == 2
    assert gc.get_threshold() == before


def test_other_commands_leave_the_thresholds_alone(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(gc, "set_threshold", lambda *a: seen.append(a))
    runner.invoke(app, ["build", "--help"])
    runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert seen == []
