"""Inputs a newsroom has: CSV and TSV exports and JSON with its own field names, and text in other languages."""

import csv
import gzip
import io
import json

from typer.testing import CliRunner

from dossier.cli import app
from dossier.ingest import Fields, IngestError, read_paths
from dossier.ingest.language import detect

runner = CliRunner()

BODY = ("The trade ministers of Ghana and Togo met in Accra on Tuesday and agreed to reopen the border crossing at "
        "Aflao to freight traffic, officials from both governments said after the talks.")
SPANISH = ("Los ministros de comercio de Chile y Bolivia se reunieron el martes en La Paz y acordaron reabrir el paso "
           "fronterizo de Colchane al tráfico de mercancías, según informaron funcionarios de ambos gobiernos tras "
           "las conversaciones, que duraron más de seis horas.")


def _csv(rows, delimiter=","):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def test_csv_with_the_usual_column_names(tmp_path):
    long_body = BODY + " " + "Further detail. " * 20000  # longer than the csv module's default cell limit
    path = tmp_path / "export.csv"
    path.write_text(_csv([{"id": "a1", "title": "Border reopens", "date": "2024-03-05", "text": long_body},
                          {"id": "a2", "title": "Empty", "date": "", "text": ""}]), encoding="utf-8")
    first, second = read_paths([path])
    assert first.source.endswith("export.csv#a1") and first.title == "Border reopens"
    assert first.published == "2024-03-05" and first.text.startswith("The trade ministers") and len(first.text) > 200_000
    assert isinstance(second, IngestError) and second.source.endswith("#a2")


def test_mapped_fields_in_csv_tsv_and_nested_json(tmp_path):
    rows = [{"story_body": BODY, "headline_en": "Border reopens", "pub": "5 March 2024", "link": "https://n.example/1"}]
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress(_csv(rows, ";").encode()))
    (tmp_path / "b.tsv").write_text(_csv(rows, "\t"), encoding="utf-8")
    nested = {"article": {"story_body": BODY, "headline_en": "Border reopens"}, "pub": "2024-03-05"}
    (tmp_path / "c.jsonl").write_text(json.dumps(nested) + "\n", encoding="utf-8")
    fields = Fields(text="story_body", title="headline_en", date="pub", url="link")
    docs = list(read_paths([tmp_path / "a.csv.gz", tmp_path / "b.tsv"], fields=fields))
    assert [(d.title, d.published) for d in docs] == [("Border reopens", "2024-03-05")] * 2
    nested_fields = Fields(text="article.story_body", title="article.headline_en", date="pub")
    (doc,) = read_paths([tmp_path / "c.jsonl"], fields=nested_fields)
    assert doc.title == "Border reopens" and doc.text == BODY
    (error,) = read_paths([tmp_path / "c.jsonl"], fields=Fields(text="body"))
    assert "'body' (--text-field)" in error.reason


def test_broken_rows_and_files_without_a_header(tmp_path):
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    (errors,) = read_paths([tmp_path / "empty.csv"])
    assert "empty" in errors.reason
    (tmp_path / "nul.csv").write_bytes(b'text,title\n"' + BODY.encode() + b'",x\x00y\n')
    (doc,) = read_paths([tmp_path / "nul.csv"])
    assert doc.text == BODY


def test_language_detection_needs_enough_text():
    assert detect(BODY + " " + BODY)[0] == "en"
    assert detect(SPANISH)[0] == "es"
    assert detect("Reunión en La Paz.") == (None, 0.0)


def test_build_skips_and_counts_documents_in_other_languages(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "en.txt").write_text(BODY + "\n", encoding="utf-8")
    (folder / "es.txt").write_text(SPANISH + "\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--db", str(tmp_path / "d.duckdb")])
    assert result.exit_code == 0, result.output
    (line,) = [ln for ln in result.output.splitlines() if "es.txt" in ln]
    assert "not in en but Spanish (es)" in line
    assert "1 new document(s)" in result.output and "(1 not in en)" in result.output
    monkeypatch.setenv("DOSSIER_LANGUAGES", "any")
    again = runner.invoke(app, ["build", str(folder), "--db", str(tmp_path / "d.duckdb"), "-q"])
    assert again.exit_code == 0
    data = json.loads(runner.invoke(app, ["export", "--db", str(tmp_path / "d.duckdb")]).stdout)
    assert len(data["documents"]) == 2


def test_build_with_field_options(tmp_path):
    path = tmp_path / "wire.csv"
    path.write_text(_csv([{"story_body": BODY, "headline_en": "Border reopens", "pub": "2024-03-05"}]), encoding="utf-8")
    db = tmp_path / "d.duckdb"
    result = runner.invoke(app, ["build", str(path), "--db", str(db), "-q", "--text-field", "story_body",
                                 "--title-field", "headline_en", "--date-field", "pub"])
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)["documents"]
    assert (doc["title"], doc["published"]) == ("Border reopens", "2024-03-05")
