"""Documents longer than spaCy's max_length: run in pieces with offsets kept, or skipped past a set size."""

import json

from typer.testing import CliRunner

from dossier.cli import app
from dossier.config import Settings
from dossier.model import Document
from dossier.pipeline import process

runner = CliRunner()

PARAGRAPHS = ["Chile's foreign minister met his Argentine counterpart in Santiago on Friday.",
              "The two governments signed a fisheries agreement in Lima on Monday.",
              "Kenya's president visited Uganda on Tuesday."]


def _long_text(lines_between: int = 14) -> str:
    """Three reported acts with long lines between them (as in a page that embeds a data blob): well over a
    million characters but few tokens, so the test stays quick."""
    filler = "\n".join("x" * 40_000 for _ in range(lines_between))
    return ("\n\n" + filler + "\n\n").join(PARAGRAPHS)


def _check_offsets(text, result):
    for event in result.events + result.facts:
        for ev in event.evidence:
            assert text[ev.start:ev.end] == ev.text
    for item in result.mentions + result.timexes:
        assert text[item.start:item.end] == item.text


def test_a_document_over_spacys_limit_is_run_in_pieces_with_offsets_in_the_whole_text():
    text = _long_text()
    assert len(text) > 1_000_000
    (result,) = process([Document(id="long", source="long.txt", text=text, published="2025-05-10")])
    assert [e.type for e in result.events] == ["CONSULT", "AGREE", "CONSULT"]
    assert [e.id for e in result.events] == ["long:e1", "long:e2", "long:e3"]
    assert result.events[-1].evidence[0].start > 1_000_000
    _check_offsets(text, result)


def test_pieces_find_what_the_whole_text_finds():
    text = "\n\n".join(PARAGRAPHS + ["Trade between the two countries reached $4 billion in 2024."])
    doc = Document(id="d", source="d.txt", text=text, published="2025-05-10")
    (whole,) = process([doc])
    (pieces,) = process([doc], Settings(chunk_chars=90))
    _check_offsets(text, pieces)
    assert [(e.type, e.evidence[0].start) for e in pieces.events] == [(e.type, e.evidence[0].start) for e in whole.events]
    assert [(f.value, f.evidence[0].start) for f in pieces.facts] == [(f.value, f.evidence[0].start) for f in whole.facts]
    assert {e.id for e in pieces.entities} == {e.id for e in whole.entities}


def test_a_build_with_a_huge_document_keeps_everything(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, paragraph in enumerate(PARAGRAPHS):
        (folder / f"small{n}.txt").write_text(f"Published: Mar {n + 3}, 2025\n\n{paragraph}\n", encoding="utf-8")
    (folder / "huge.txt").write_text(_long_text(), encoding="utf-8")
    db = tmp_path / "d.duckdb"
    result = runner.invoke(app, ["build", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    data = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)
    assert sorted(d["source"].rsplit("/", 1)[-1] for d in data["documents"]) == \
        ["huge.txt", "small0.txt", "small1.txt", "small2.txt"]
    assert data["events"]


def test_a_document_past_the_size_limit_is_skipped_with_one_line_naming_it(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "small.txt").write_text(PARAGRAPHS[0] + "\n", encoding="utf-8")
    (folder / "huge.txt").write_text(_long_text(2), encoding="utf-8")
    monkeypatch.setenv("DOSSIER_MAX_DOCUMENT_CHARS", "50000")
    db = tmp_path / "d.duckdb"
    result = runner.invoke(app, ["build", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    (line,) = [ln for ln in result.output.splitlines() if "huge.txt" in ln]
    assert "limit of 50,000" in line and "Traceback" not in result.output
    data = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)
    assert [d["source"].rsplit("/", 1)[-1] for d in data["documents"]] == ["small.txt"]
