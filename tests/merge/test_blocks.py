"""The blocked merge: the same events as comparing every report with every other, and ids that stay put when
documents join an event."""

from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from dossier.cli import app
from dossier.merge.events import Report, merge_events
from dossier.merge.record import blocks, merge_blocks, merge_with_reports
from dossier.merge.reports import Actors, actors_of, document_reports, idf, stems
from dossier.model import Event
from dossier.store import Store
from tests.conftest import ROOT
from tests.stories import write_stories

runner = CliRunner()


def _reports(results):
    kept = [r for r in results if not r.document.duplicate_of]
    words = {r.document.id: stems(r.document.text) for r in kept}
    weights = idf(list(words.values()))
    return [report for r in kept for report in document_reports(r.document, r.events, words[r.document.id], weights)]


def test_blocks_give_the_same_events_as_the_whole(corpus_results):
    reports = _reports(corpus_results)
    assert len(reports) > 20
    record, _ = merge_with_reports(corpus_results)
    actors = actors_of(record.entities)
    whole, whole_conflicts = merge_events(reports, actors)
    blocked, blocked_conflicts, made_of = merge_blocks(reports, actors, {})
    assert [e.model_dump() for e in blocked] == [e.model_dump() for e in whole]
    assert Counter(c.model_dump_json() for c in blocked_conflicts) == Counter(c.model_dump_json() for c in whole_conflicts)
    assert sorted(r for ids in made_of.values() for r in ids) == sorted(r.event.id for r in reports)


def test_reports_sharing_nobody_and_no_article_are_in_different_blocks():
    def report(doc, type_, source, target):
        return Report(Event(id=f"{doc}:e1", type=type_, mode="meet", source=source, target=target), None)

    reports = [report("a", "CONSULT", ["A"], ["B"]), report("b", "CONSULT", ["B"], ["C"]),
               report("c", "CONSULT", ["D"], ["E"]), report("d", "AGREE", ["A"], ["B"]),
               report("e", "CONSULT", [], []), report("f", "CONSULT", ["X"], ["E"]), report("f", "AGREE", ["Q"], [])]
    found = sorted(sorted(r.event.id for r in b) for b in blocks(reports, Actors()))
    # the AGREE of article f shares its article with f's CONSULT, which shares E with article c
    assert found == [["a:e1", "b:e1"], ["c:e1", "f:e1", "f:e1"], ["d:e1"], ["e:e1"]]


def test_merged_events_keep_their_ids_when_documents_join_them(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    write_stories(first, 12, seed=21)
    write_stories(second, 12, seed=21)  # the same stories again, with other files' words: see below
    for path in second.iterdir():  # reworded copies: each story told again, so its events get a second report
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Published:", "Published:", 1).replace(" on ", " on ", 1) +
                        "A second outlet carried the same report later that day.\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    assert runner.invoke(app, ["build", str(first), "--db", str(db), "-q"]).exit_code == 0
    with Store(db, read_only=True) as store:
        before = {e.id: e for e in store.rows("events")}
    monkey_env = {"DOSSIER_LANGUAGES": "any"}
    result = runner.invoke(app, ["build", str(second), "--db", str(db), "-q"], env=monkey_env)
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        after = {e.id: e for e in store.rows("events")}
        docs = store.count("documents")
    grown = [i for i in before if i in after and len(after[i].evidence) > len(before[i].evidence)]
    assert docs > 12 and grown, "some events should have gained a second report"
    assert set(before) <= set(after)  # no event that existed was renamed


def test_mentions_copied_in_sql_are_those_the_python_merge_gives(tmp_path):
    from dossier.build import run_build
    from dossier.config import Settings
    from dossier.merge import merge

    with Store(tmp_path / "d.duckdb") as store:
        run_build([ROOT / "examples" / "china-peru" / "articles"], Settings(), store)
        copied = store.con.execute('SELECT entity, doc, start, "end", text FROM mentions').fetchall()
        merged = [(m.entity, m.doc, m.start, m.end, m.text) for m in merge(store.extractions()).mentions]
    assert copied and copied == merged
