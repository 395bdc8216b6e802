"""Pairwise merge figures, and how a report is tied to the real-news gold line it is scored against."""

from dossier.evaluate import realnews
from dossier.evaluate.coref import SURE, Labelled, _tie, pairwise
from dossier.merge.intervals import day
from dossier.merge.reports import Actors, Report
from dossier.model import Entity

from tests.conftest import make_event

GOLD = {"doc": "a", "id": "a-E1", "type": "ACCUSE",
        "source": [{"name": "Mara Quist", "country": "NRL"}], "target": [{"name": "Tom Reyes", "country": "NRL"}],
        "evidence": "Senator Mara Quist called the nominee's record deeply troubling."}
ACTORS = realnews.Actors(
    entities={"quist": Entity(id="quist", name="Mara Quist", type="PERSON", country="NRL"),
              "reyes": Entity(id="reyes", name="Tom Reyes", type="PERSON", country="NRL"),
              "lund": Entity(id="lund", name="Ada Lund", type="PERSON", country="NRL")},
    surfaces={"quist": {"Mara Quist", "Quist"}, "reyes": {"Tom Reyes", "Reyes"}, "lund": {"Ada Lund", "Lund"}})


def _event(n, source, target, sentence):
    return make_event("a", n, "ACCUSE", "criticize", source, target, None, sentence=sentence, trigger="called")


def test_a_report_in_the_gold_sentence_is_tied_by_its_sentence():
    told = _event(0, ["quist"], ["reyes"], "Senator Mara Quist called the nominee's record deeply troubling.")
    assert _tie(told, GOLD, ACTORS) == "sentence"


def test_a_report_elsewhere_naming_the_gold_actors_is_tied_by_names():
    again = _event(1, ["quist"], ["reyes"], "Quist said again on Friday that Reyes should withdraw.")
    assert _tie(again, GOLD, ACTORS) == "names"


def test_another_senators_criticism_is_tied_only_by_country():
    other = _event(2, ["lund"], ["reyes"], "Senator Ada Lund described the nomination as a grave error.")
    assert realnews.finds(other, GOLD, ACTORS)  # the scorer's match: the country is enough
    assert _tie(other, GOLD, ACTORS) == "country"
    assert _tie(other, None, ACTORS) == ""


def _labelled(events, golds):
    return Labelled([Report(e, day("2025-05-02")) for e in events], golds, Actors(), {})


def test_the_sure_figures_count_only_the_pairs_of_flagged_reports():
    first = _event(0, ["quist"], ["reyes"], "Quist called the record troubling.")
    second = _event(1, ["lund"], ["reyes"], "Lund called the nomination an error.")
    third = _event(2, ["quist"], ["reyes"], "Quist called the record troubling once more.")
    data = _labelled([first, second, third], [GOLD, GOLD, GOLD])
    figures, wrong = pairwise(data, lambda a, b: a["id"] == b["id"], "id", [True, False, True])
    assert figures["reports that stand for a gold event"] == 3 and figures[SURE + "reports"] == 2
    merged, split = figures["pairs merged rightly"], figures["pairs left apart wrongly (split)"]
    assert merged + split == 3  # every two of the three stand for one line
    sure_merged, sure_split = figures[SURE + "pairs merged rightly"], figures[SURE + "pairs left apart wrongly (split)"]
    assert sure_merged + sure_split == 1  # the first and the third only
    plain, _ = pairwise(data, lambda a, b: a["id"] == b["id"], "id")
    assert not any(k.startswith(SURE) for k in plain)
