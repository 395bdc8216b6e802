"""A document a stage fails on while scoring is counted and named, not scored as silently empty."""

import spacy
from spacy.language import Language

from dossier.config import Settings
from dossier.evaluate import failures
from dossier.model import Document


@Language.component("fails_on_a_marked_text")
def fails_on_a_marked_text(doc):
    if "unreadable" in doc.text:
        raise ValueError("a planted fault")
    return doc


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("fails_on_a_marked_text")
    return nlp


def test_processed_notes_each_failed_document_by_its_source():
    failures.clear()
    docs = [Document(id="a", source="first.txt", text="Ghana and Togo signed a border accord."),
            Document(id="b", source="second.txt", text="This unreadable page breaks a stage.")]
    results = list(failures.processed(docs, Settings(workers=1, engine="local"), _nlp()))
    assert [r.error is None for r in results] == [True, False]
    assert list(failures.failed()) == ["second.txt"]
    assert "planted fault" in failures.failed()["second.txt"]
    report = failures.report()
    assert report.figures == {"documents failed": 1}
    assert report.notes[0].startswith("second.txt: the fails_on_a_marked_text stage failed")
    failures.clear()
    assert failures.report().figures == {"documents failed": 0}


def test_the_report_lists_a_bounded_number_of_documents():
    failures.clear()
    docs = [Document(id=f"d{i}", source=f"page{i:02}.txt", text=f"Page {i} is unreadable.") for i in range(5)]
    list(failures.processed(docs, Settings(workers=1, engine="local"), _nlp()))
    report = failures.report(shown=2)
    assert report.figures == {"documents failed": 5}
    assert [n.split(":")[0] for n in report.notes[:2]] == ["page00.txt", "page01.txt"]
    assert report.notes[2] == "… and 3 more"
    failures.clear()


def test_dossier_evaluate_prints_the_failed_documents_after_the_scores(monkeypatch, tmp_path):
    import json

    from typer.testing import CliRunner

    from dossier import cli
    from dossier.evaluate.metrics import Report

    def scorer(settings, limit=None):
        docs = [Document(id="x", source="broken.html", text="An unreadable story.")]
        results = list(failures.processed(docs, Settings(workers=1, engine="local"), _nlp()))
        return [Report("A scorer", "planted", figures={"events found": sum(len(r.events) for r in results)})]

    monkeypatch.setattr(failures, "planted_scorer", scorer, raising=False)
    monkeypatch.setitem(cli.SCORERS, "planted", ["dossier.evaluate.failures:planted_scorer"])
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(cli.app, ["evaluate", "planted", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "documents failed: 1" in result.output
    assert "broken.html: the fails_on_a_marked_text stage failed" in result.output
    assert json.loads(out.read_text())[-1]["figures"] == {"documents failed": 1}
