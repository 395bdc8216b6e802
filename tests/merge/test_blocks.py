"""The blocked merge: the same events as comparing every report with every other, and ids that stay put when
documents join an event."""

from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.ingest import read_paths
from dossier.merge.events import Report, merge_events
from dossier.merge.intervals import day
from dossier.merge.record import blocks, merge_blocks, merge_with_reports
from dossier.model import Event
from dossier.pipeline import process
from dossier.store import Store
from tests.conftest import ROOT, SHARED
from tests.stories import write_stories

runner = CliRunner()


def _reports(results):
    return [Report(e, day(r.document.published)) for r in results if not r.document.duplicate_of for e in r.events]


@pytest.fixture(scope="module")
def corpus_results():
    paths = [ROOT / "examples" / "china-peru" / "articles"]
    if (SHARED / "seeds").exists():
        paths.append(SHARED / "seeds")
    docs = [d for d in read_paths(paths) if not hasattr(d, "reason")]
    return list(process(docs))


def test_blocks_give_the_same_events_as_the_whole(corpus_results):
    reports = _reports(corpus_results)
    assert len(reports) > 20
    record, _ = merge_with_reports(corpus_results)
    from dossier.actors import merge_entities
    from dossier.merge.record import _places_in_countries

    places = _places_in_countries(record.entities)
    whole, whole_conflicts = merge_events(reports, places)
    blocked, blocked_conflicts, made_of = merge_blocks(reports, places, {})
    assert [e.model_dump() for e in blocked] == [e.model_dump() for e in whole]
    assert Counter(c.model_dump_json() for c in blocked_conflicts) == Counter(c.model_dump_json() for c in whole_conflicts)
    assert sorted(r for ids in made_of.values() for r in ids) == sorted(r.event.id for r in reports)
    assert len(blocks(reports, places)) > 5  # candidates are compared within far smaller groups


def test_reports_sharing_nobody_are_in_different_blocks():
    def report(n, type_, source, target):
        return Report(Event(id=f"d:e{n}", type=type_, mode="meet", source=source, target=target), None)

    reports = [report(1, "CONSULT", ["A"], ["B"]), report(2, "CONSULT", ["B"], ["C"]), report(3, "CONSULT", ["D"], ["E"]),
               report(4, "AGREE", ["A"], ["B"]), report(5, "CONSULT", [], []), report(6, "CONSULT", ["X"], ["E"])]
    found = sorted(sorted(r.event.id for r in b) for b in blocks(reports, {"X": "D"}))
    assert found == [["d:e1", "d:e2"], ["d:e3", "d:e6"], ["d:e4"], ["d:e5"]]


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
