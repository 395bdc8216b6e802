"""The command line end to end, on a small folder of articles written for these tests."""

import json

import pytest
from typer.testing import CliRunner

from dossier.cli import app

runner = CliRunner()

ARTICLE_A = """Ministers meet in Quito
Published: Mar 4, 2025 09:00 AM

QUITO — Chile's President Gabriel Boric met Ecuadorian President Daniel Noboa in Quito on Monday.
The two presidents signed an agreement to expand trade in fruit.
"""

ARTICLE_B = """Leaders agree on trade
Published: Mar 6, 2025 11:30 AM

Gabriel Boric and Daniel Noboa signed an agreement on Monday in Quito to expand trade.
"""


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "A fine line about talks."}\n{not json\n',
                                         encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def _build(corpus, db):
    return runner.invoke(app, ["build", str(corpus), "--db", str(db)])


def test_build_is_idempotent_and_reports_bad_files_by_name(corpus, tmp_path):
    db = tmp_path / "d.duckdb"
    first = _build(corpus, db)
    assert first.exit_code == 0, first.output
    assert "broken.jsonl" in first.output and "photo.png" in first.output
    exported = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)
    assert len(exported["documents"]) == 3  # a, b and the good line of broken.jsonl
    second = _build(corpus, db)
    assert second.exit_code == 0, second.output
    assert "0 new document(s), 3 already" in second.output
    again = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)
    assert len(again["documents"]) == 3 and len(again["events"]) == len(exported["events"])


def test_outputs_of_the_read_commands(corpus, tmp_path):
    db = tmp_path / "d.duckdb"
    assert _build(corpus, db).exit_code == 0
    data = json.loads(runner.invoke(app, ["export", "--db", str(db)]).stdout)
    published = sorted(d["published"] for d in data["documents"] if d["published"])
    assert published == ["2025-03-04", "2025-03-06"]
    events = json.loads(runner.invoke(app, ["events", "--db", str(db), "--json", "--actor", "Boric"]).stdout)
    assert events and all(e["evidence"] for e in events)
    # the signing is AGREE/sign as stored, the PLOVER codebook's SUPPORT ("sign ... an agreement") in its view
    signed = [e["id"] for e in events if e["mode"] == "sign" and e["status"] == "occurred"]
    view = json.loads(runner.invoke(app, ["events", "--db", str(db), "--json", "--convention", "codebook",
                                          "--type", "SUPPORT"]).stdout)
    assert signed and set(signed) <= {e["id"] for e in view}
    assert runner.invoke(app, ["events", "--db", str(db), "--convention", "plover"]).exit_code != 0
    for command in ("entities", "facts", "timeline", "conflicts", "summary"):
        result = runner.invoke(app, [command, "--db", str(db)])
        assert result.exit_code == 0, (command, result.output)
    bad = runner.invoke(app, ["events", "--db", str(db), "--from", "March 1"])
    assert bad.exit_code != 0 and "2024-06-28" in bad.output


def test_events_between_two_actors_with_an_outlet_and_a_text(corpus, tmp_path):
    db = tmp_path / "d.duckdb"
    assert _build(corpus, db).exit_code == 0

    def ids(*args):
        result = runner.invoke(app, ["events", "--db", str(db), "--json", *args])
        assert result.exit_code == 0, result.output
        return {e["id"] for e in json.loads(result.stdout)}

    everything = ids()
    between = ids("--actor", "Boric", "--with", "Noboa")
    assert between and between == ids("--actor", "Noboa", "--with", "Boric") <= everything
    assert ids("--actor", "Chile", "--with", "Ecuador") >= between  # a country stands for its officials
    assert ids("--with", "Noboa") == ids("--actor", "Noboa")
    fruit = ids("--text", "FRUIT")
    assert fruit and fruit < everything
    assert ids("--outlet", "no outlet by this name") == set()
    for args, says in [(["--with", "Nobody Known"], "--with"), (["--text", "  "], "--text is empty")]:
        result = runner.invoke(app, ["events", "--db", str(db), *args])
        assert result.exit_code == 2 and says in result.output, result.output
    timeline = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "Boric", "--with", "Noboa", "--json"])
    assert {e["id"] for e in json.loads(timeline.stdout)} <= between
    facts = runner.invoke(app, ["facts", "--db", str(db), "--text", "fruit", "--json"])
    assert facts.exit_code == 0, facts.output


def test_export_of_a_dyad_holds_its_events_and_what_they_refer_to(corpus, tmp_path):
    db = tmp_path / "d.duckdb"
    assert _build(corpus, db).exit_code == 0
    listed = runner.invoke(app, ["events", "--db", str(db), "--json", "--actor", "Boric", "--with", "Noboa"])
    between = {e["id"] for e in json.loads(listed.stdout)}
    result = runner.invoke(app, ["export", "--db", str(db), "--actor", "Boric", "--with", "Noboa"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout[result.stdout.index("{"):])
    assert between and {e["id"] for e in data["events"]} == between
    assert {e["doc"] for ev in data["events"] for e in ev["evidence"]} == {d["id"] for d in data["documents"]}
    folder = tmp_path / "csv"
    written = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(folder), "--type", "AGREE"])
    assert written.exit_code == 0 and "selected" in written.output, written.output
    bad = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(tmp_path / "no"), "--with", "Nobody"])
    assert bad.exit_code == 2 and "--with" in bad.output and not (tmp_path / "no").exists()


def test_reading_a_missing_store_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such store" in result.output


def test_building_from_a_missing_path_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "d.duckdb")])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_export_formats(corpus, tmp_path):
    db = tmp_path / "d.duckdb"
    assert _build(corpus, db).exit_code == 0
    for fmt in ("csv", "parquet"):
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "-o", str(tmp_path / fmt)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / fmt / f"events.{fmt}").exists()
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "xml"]).exit_code != 0


def test_schema_command_prints_the_json_schema():
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert {"documents", "entities", "events", "facts", "conflicts"} <= set(schema["properties"])


def test_a_bad_user_dictionary_is_named_in_a_clear_error(corpus, tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("people:\n  - name: [this is not a name\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "--db", str(tmp_path / "d.duckdb"), "--actors", str(bad)])
    assert result.exit_code == 2
    assert "mine.yaml" in result.output and "Traceback" not in result.output


def test_a_user_dictionary_adds_an_actor(corpus, tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("people:\n  - id: my:ana-quispe\n    name: Ana Quispe\n    country: PER\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Trade envoy\nPublished: Mar 7, 2025\n\nAna Quispe met Gabriel Boric in Lima on "
                                  "Thursday.\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    assert runner.invoke(app, ["build", str(corpus), "--db", str(db), "--actors", str(mine)]).exit_code == 0
    entities = json.loads(runner.invoke(app, ["entities", "--db", str(db), "--json"]).stdout)
    ana = next(e for e in entities if e["name"] == "Ana Quispe")
    assert ana["id"] == "my:ana-quispe" and ana["known"] is True and ana["country"] == "PER"


def test_actors_show_and_import_round_trip(tmp_path):
    from typer.testing import CliRunner

    from dossier.cli import app

    runner = CliRunner()
    shown = runner.invoke(app, ["actors", "show", "Kohl", "--on", "1987-05-04"])
    assert shown.exit_code == 0 and "DEUGOV" in shown.output
    assert runner.invoke(app, ["actors", "show", "Kohl", "--on", "May 1987"]).exit_code == 1
    tabari = tmp_path / "mine.txt"
    tabari.write_text("ANNA_KOVACS_\n+MINISTER_KOVACS\n\t[HUNGOV 19900101-19941231]\n\t[HUNELI]\n", encoding="utf-8")
    as_yaml, again = tmp_path / "mine.yaml", tmp_path / "again.txt"
    assert runner.invoke(app, ["actors", "import", str(tabari), "--format", "tabari", "-o", str(as_yaml)]).exit_code == 0
    assert runner.invoke(app, ["actors", "import", str(as_yaml), "--format", "yaml", "-o", str(again)]).exit_code == 0
    text = again.read_text(encoding="utf-8")
    assert "ANNA_KOVACS" in text and "+MINISTER_KOVACS" in text and "[HUNGOV 19900101-19941231]" in text
    bad = runner.invoke(app, ["actors", "import", str(tmp_path / "absent.txt")])
    assert bad.exit_code == 1 and "cannot read" in bad.output


def test_actors_show_an_office_names_its_holder_on_the_date():
    from typer.testing import CliRunner

    from dossier.cli import app

    runner = CliRunner()
    later = runner.invoke(app, ["actors", "show", "the Japanese prime minister", "--on", "2022-03-01"],
                          env={"COLUMNS": "160"})
    assert later.exit_code == 0 and "Prime Minister of Japan" in later.output
    marked = [line for line in later.output.splitlines() if "→" in line]
    assert len(marked) == 1 and "Kishida" in marked[0]
    earlier = runner.invoke(app, ["actors", "show", "Japan's prime minister", "--on", "1987-05-01"],
                            env={"COLUMNS": "160"})
    marked = [line for line in earlier.output.splitlines() if "→" in line]
    assert earlier.exit_code == 0 and len(marked) == 1 and "Nakasone" in marked[0]
    unknown = runner.invoke(app, ["actors", "show", "the Ruritanian regent"])
    assert unknown.exit_code == 1 and "no actor or office" in unknown.output
