"""A report's table of counts by row (Report.table): kept in its JSON and printed by `dossier evaluate`."""

from __future__ import annotations

from dossier.evaluate.metrics import Report


def test_a_table_is_kept_in_the_json_only_when_there_is_one():
    report = Report("links", "here", table={"all events": {"right": 3, "wrong": 1, "share right": 0.75}})
    assert report.as_dict()["table"] == {"all events": {"right": 3, "wrong": 1, "share right": 0.75}}
    assert "table" not in Report("plain", "here").as_dict()


def test_the_table_is_printed_with_its_columns(capsys, monkeypatch):
    from rich.console import Console

    from dossier import cli

    monkeypatch.setattr(cli, "console", Console(width=200))
    cli._print_report(Report("links", "here", table={"verbs": {"right": 12, "share right": 0.6},
                                                      "nouns": {"right": 5, "share right": 0.5}}))
    out = capsys.readouterr().out
    assert "share right" in out and "0.600" in out and "nouns" in out
