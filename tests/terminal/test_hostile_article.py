"""An article holding a colour code and an OSC title sequence, built and printed end to end."""

import json

from typer.testing import CliRunner

from dossier.cli import app

runner = CliRunner()
ARTICLE = ("Talks in Quito \x1b]0;window title\x07\nPublished: Mar 4, 2025 09:00 AM\n\n"
           "QUITO — Chile's President Gabriel Boric met \x1b[41mEcuador's President Daniel Noboa\x1b[0m in Quito "
           "on Monday.\n")


def test_escape_sequences_in_an_article_never_reach_the_terminal(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "d.duckdb")
    built = runner.invoke(app, ["build", str(folder), "--db", db])
    assert built.exit_code == 0, built.output
    events = json.loads(runner.invoke(app, ["events", "--db", db, "--json"]).stdout)
    assert any("\x1b[41m" in e["evidence"][0]["text"] for e in events)  # the store keeps the text as it came
    outputs = [built.output]
    for args in (["events", "-s"], ["documents"], ["show", events[0]["id"]], ["show", events[0]["evidence"][0]["doc"],
                                                                            "--text"]):
        for fmt in (["--format", "table"], ["--format", "tsv"]) if args[0] != "show" else ([],):
            result = runner.invoke(app, [*args, "--db", db, *fmt], env={"COLUMNS": "80"})
            assert result.exit_code == 0, result.output
            outputs.append(result.output)
    printed = "\n".join(outputs)
    assert "Noboa" in printed and "Talks in Quito" in printed
    assert "\x1b" not in printed and "\x07" not in printed and "window title" not in printed
