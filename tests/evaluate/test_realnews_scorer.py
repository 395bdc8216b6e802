"""The real-news scorer's rules: the fixed split, name and actor matching, dates, and failure kinds."""

import json

import pytest

from dossier.evaluate import realnews as rn
from dossier.evaluate.corpora import BENCH, EXAMPLE_GOLD
from dossier.events import training
from dossier.model import DateValue, Document, Entity, Event, Evidence, Mention
from dossier.pipeline import DocResult


def test_every_third_article_is_held_out():
    assert [rn.split_of(i) for i in range(6)] == ["dev", "dev", "held-out", "dev", "dev", "held-out"]


@pytest.mark.parametrize("gold, candidate, same", [
    ("International Monetary Fund", "IMF", True),
    ("Savimbi", "Jonas Savimbi", True),
    ("U.S.", "US", True),
    ("the State Department", "State Department", True),
    ("Greece", "Turkey", False),
    ("Jonas Savimbi", "Jonas", True),
    ("New Delhi", "Delhi police", False),
])
def test_names_match_by_words_or_acronym(gold, candidate, same):
    assert rn.names_match(gold, candidate) is same


def _result(events, entities, mentions=()):
    doc = Document(id="d", source="d.txt", text="")
    return DocResult(document=doc, entities=list(entities), mentions=list(mentions), events=list(events))


ENTITIES = [Entity(id="GRC", name="Greece", type="GPE", country="GRC", known=True),
            Entity(id="TUR", name="Turkey", type="GPE", country="TUR", known=True),
            Entity(id="x:minister", name="Minister Kostas Alpha", type="PERSON")]
SENTENCE = "Greece called on Turkey yesterday to take the dispute over the seabed to the world court."


def _event(kind="REQUEST", source=("GRC",), target=("TUR",), start=None, status="occurred", text=SENTENCE):
    date = DateValue(start=start, end=start, precision="day") if start else None
    return Event(id="e", type=kind, source=list(source), target=list(target), date=date, status=status,
                 evidence=[Evidence(doc="d", text=text)])


GOLD = {"type": "REQUEST", "source": [{"name": "Greece", "country": "GRC"}],
        "target": [{"name": "Turkey", "country": "TUR"}], "date": {"start": "1987-03-26", "end": None},
        "status": "occurred", "evidence": "Greece called on Turkey yesterday to take the dispute"}


@pytest.mark.parametrize("event, kind", [
    (_event(start="1987-03-26"), "fully right"),
    (_event(), "wrong date"),
    (_event(start="1987-03-26", status="planned"), "wrong status"),
    (_event(source=()), "participant missing"),
    (_event(target=("x:minister",)), "wrong actor"),
    (_event(kind="ACCUSE"), "wrong type"),
    (_event(kind="ASSAULT", text="Markets were calm on Friday."), "not a gold event"),
])
def test_each_output_event_gets_one_failure_kind(event, kind):
    actors = rn.Actors.of(_result([event], ENTITIES))
    assert rn.failure_kind(event, [GOLD], actors) == kind


def test_an_actor_matches_by_a_mention_or_by_its_country():
    mention = Mention(entity="x:minister", doc="d", start=0, end=5, text="Alpha")
    actors = rn.Actors.of(_result([], ENTITIES, [mention]))
    assert actors.matches("x:minister", {"name": "Kostas Alpha", "country": "GRC"})
    assert actors.matches("GRC", {"name": "Andreas Beta", "country": "GRC"})
    assert not actors.matches("TUR", {"name": "Andreas Beta", "country": "GRC"})


def test_a_document_tally_counts_recall_output_and_actor_coverage():
    tally = rn.Tally()
    rn.score_document(_result([_event(start="1987-03-26"), _event(kind="ASSAULT", text="Shots were fired.")],
                              ENTITIES), [GOLD], tally)
    assert (tally.gold, tally.found, tally.output, tally.fully_right) == (1, 1, 2, 1)
    assert (tally.gold_actors, tally.actors_right) == (2, 2)
    assert tally.kinds["not a gold event"] == 1


def test_date_agreement_in_the_gold_sentence_leaves_out_a_finding_event_of_another_sentence():
    tally = rn.Tally()
    elsewhere = _event(start="1987-02-02", text="Greece asked Turkey in February to withdraw its survey ship.")
    rn.score_document(_result([elsewhere], ENTITIES), [GOLD], tally)
    assert (tally.found, tally.date_ok, tally.found_here, tally.date_ok_here) == (1, 0, 0, 0)
    tally = rn.Tally()
    rn.score_document(_result([elsewhere, _event(start="1987-03-26")], ENTITIES), [GOLD], tally)
    assert (tally.found, tally.date_ok, tally.found_here, tally.date_ok_here) == (1, 1, 1, 1)


def test_another_sentence_s_right_date_does_not_make_the_gold_sentence_s_wrong_date_right():
    """The gold's own sentence dates it wrong; an act of the same parties told elsewhere happens to share the
    gold's day: the gold's date disagrees (the document-wide 'any' figure still counts it, to compare)."""
    tally = rn.Tally()
    elsewhere = _event(start="1987-03-26", text="Greece asked Turkey on Thursday to withdraw its survey ship.")
    rn.score_document(_result([_event(start="1987-03-20"), elsewhere], ENTITIES), [GOLD], tally)
    assert (tally.found, tally.found_here, tally.date_ok, tally.date_ok_here, tally.date_ok_any) == (1, 1, 0, 0, 1)
    figures = rn.report(tally, "reuters", "dev", 1).figures
    assert figures["date agreement on found events"] == 0.0
    assert figures["date agreement, any finding output of the document"] == 1.0


def test_a_gold_found_only_in_another_sentence_takes_that_sentence_s_date_and_status():
    tally = rn.Tally()
    elsewhere = _event(start="1987-03-26", status="planned", text="Greece will ask Turkey to withdraw its ship.")
    rn.score_document(_result([elsewhere], ENTITIES), [GOLD], tally)
    assert (tally.found, tally.found_here, tally.date_ok, tally.status_ok) == (1, 0, 1, 0)
    assert rn.report(tally, "reuters", "dev", 1).figures["date agreement, found only in other sentences"] == 1.0


def test_an_output_event_is_compared_with_the_gold_of_its_own_sentence_first():
    """Two gold acts of the same parties and type: the output of the first sentence, dated like the second
    gold act, has the wrong date (before, the other sentence's gold made it fully right)."""
    later = {**GOLD, "date": {"start": "1987-03-20", "end": None},
             "evidence": "Greece asked Turkey last Friday to withdraw its survey ship."}
    event = _event(start="1987-03-20")
    actors = rn.Actors.of(_result([event], ENTITIES))
    assert rn.failure_kind(event, [GOLD, later], actors) == "wrong date"
    assert rn.failure_kind(_event(start="1987-03-26"), [GOLD, later], actors) == "fully right"
    away = _event(start="1987-03-20", text="The two states had quarrelled for weeks over the seabed.")
    assert rn.failure_kind(away, [GOLD, later], actors) == "fully right"  # no gold of its sentence: any of the two


ELSEWHERE = "Greece had asked Turkey in February to take the quarrel to court."


def test_an_output_of_another_sentence_on_another_date_is_another_mention_where_its_gold_is_found_in_its_own():
    """The gold act is found, with its day, in its own sentence; the same parties' act told elsewhere on another
    date is another act, not a wrong date (paired with any found gold, before round 34, it was a wrong date)."""
    own, elsewhere = _event(start="1987-03-26"), _event(start="1987-02-01", text=ELSEWHERE)
    actors = rn.Actors.of(_result([own, elsewhere], ENTITIES))
    assert rn.failure_kind(elsewhere, [GOLD], actors, [own, elsewhere]) == rn.ANOTHER_MENTION
    assert rn.failure_kind(elsewhere, [GOLD], actors) == "wrong date"
    tally = rn.Tally()
    rn.score_document(_result([own, elsewhere], ENTITIES), [GOLD], tally)
    figures = rn.report(tally, "reuters", "dev", 1).figures
    assert (figures["output: fully right"], figures["output: wrong date"], figures[f"output: {rn.ANOTHER_MENTION}"]) \
        == (1, 0, 1)
    assert figures["output: wrong date, paired with any found gold"] == 1
    assert figures["share of output events that find a gold event"] == 1.0


@pytest.mark.parametrize("others, start, kind", [
    ([], "1987-02-01", "wrong date"),  # no output of the gold's sentence finds it: this output is its coding
    ([_event(kind="ACCUSE")], "1987-02-01", "wrong date"),  # the gold's sentence codes another type: still not found
    ([_event(start="1987-03-26")], "1987-03-26", "fully right"),  # the gold's day: the act told again
    ([_event(start="1987-03-26")], None, rn.ANOTHER_MENTION),  # undated, the gold found and dated in its sentence
])
def test_an_output_of_another_sentence_is_paired_with_a_gold_no_output_of_its_own_sentence_finds(others, start, kind):
    elsewhere = _event(start=start, text=ELSEWHERE)
    events = [*others, elsewhere]
    actors = rn.Actors.of(_result(events, ENTITIES))
    assert rn.failure_kind(elsewhere, [GOLD], actors, events) == kind


OTHER_ACT = "Greece will ask Turkey next month to share the survey of the seabed."
LATER = {**GOLD, "date": {"start": "1987-04", "end": None}, "evidence": OTHER_ACT}


def test_a_gold_found_only_by_the_coding_of_another_gold_dated_otherwise_leaves_the_date_agreement():
    """The only finder codes the gold of its own sentence, which the gold dates in another month: another act of
    the same parties, so no output codes the gold's act, and its date leaves the figure (kept in the old one)."""
    other = _event(start="1987-04", text=OTHER_ACT)
    tally = rn.Tally()
    rn.score_document(_result([other], ENTITIES), [GOLD, LATER], tally)
    assert (tally.found, tally.date_ok, tally.found_by_another_act, tally.date_ok_by_another_act) == (2, 1, 1, 0)
    figures = rn.report(tally, "reuters", "dev", 1).figures
    assert figures["date agreement on found events"] == 1.0
    assert figures["date agreement on found events, with the golds found only by another gold's act "
                   "(before round 36)"] == 0.5
    assert figures["found gold events found only by another gold's act"] == 1
    assert figures["recall (type + both actors)"] == 1.0  # still found, as the README matches


def test_a_gold_found_only_by_the_coding_of_another_gold_leaves_the_status_agreement_too():
    """The other gold's act is planned, the gold's occurred: its status is no output's either, so it leaves the
    status agreement as it leaves the date agreement (kept in the figure before round 37)."""
    later = {**LATER, "status": "planned"}
    other = _event(start="1987-04", status="planned", text=OTHER_ACT)
    tally = rn.Tally()
    rn.score_document(_result([other], ENTITIES), [GOLD, later], tally)
    assert (tally.found, tally.status_ok, tally.found_by_another_act, tally.status_ok_by_another_act) == (2, 1, 1, 0)
    figures = rn.report(tally, "reuters", "dev", 1).figures
    assert figures["status agreement on found events"] == 1.0
    assert figures["status agreement on found events, with the golds found only by another gold's act "
                   "(before round 37)"] == 0.5


def test_must_not_a_gold_its_own_sentence_finds_stays_in_the_status_agreement():
    tally = rn.Tally()
    rn.score_document(_result([_event(start="1987-03-26", status="planned", text=GOLD["evidence"])], ENTITIES),
                      [GOLD], tally)
    assert (tally.found, tally.status_ok, tally.status_ok_by_another_act) == (1, 0, 0)
    assert rn.report(tally, "reuters", "dev", 1).figures["status agreement on found events"] == 0.0


@pytest.mark.parametrize("finder_text, later_date, left_out", [
    (ELSEWHERE, {"start": "1987-04", "end": None}, 0),  # no gold of the finder's sentence: maybe the act told again
    (OTHER_ACT, {"start": "1987-03-26", "end": None}, 0),  # two golds on one day: one act told twice
    (GOLD["evidence"], {"start": "1987-04", "end": None}, 1),  # the gold's own sentence finds it (the other is out)
])
def test_a_finder_of_another_sentence_stays_the_gold_s_coding_where_it_codes_no_gold_dated_otherwise(
        finder_text, later_date, left_out):
    finder = _event(start="1987-04", text=finder_text)
    golds = [GOLD, {**LATER, "date": later_date}]
    actors = rn.Actors.of(_result([finder], ENTITIES))
    assert not rn.another_golds_act(finder, GOLD, golds, actors)
    tally = rn.Tally()
    rn.score_document(_result([finder], ENTITIES), golds, tally)
    assert tally.found_by_another_act == left_out


def test_a_gold_found_by_another_gold_s_act_and_by_a_free_finder_keeps_the_free_one():
    """One finder codes another gold dated otherwise, another (in a sentence no gold quotes) may be the gold's act
    told again: the gold stays in the figure, dated by the outputs of other sentences as before."""
    other, free = _event(start="1987-04", text=OTHER_ACT), _event(start="1987-03-26", text=ELSEWHERE)
    tally = rn.Tally()
    rn.score_document(_result([other, free], ENTITIES), [GOLD, LATER], tally)
    assert (tally.found_by_another_act, tally.date_ok) == (0, 2)


def test_an_output_of_its_gold_s_own_sentence_keeps_its_wrong_date():
    """Two outputs of the gold's own sentence, one on the wrong day: a wrong date whatever the other finds."""
    right, wrong = _event(start="1987-03-26"), _event(start="1987-03-20")
    actors = rn.Actors.of(_result([right, wrong], ENTITIES))
    assert rn.failure_kind(wrong, [GOLD], actors, [right, wrong]) == "wrong date"


def test_a_gold_point_event_accepts_any_end_and_an_undated_gold_event_wants_no_date():
    assert rn.date_agrees(_event(start="1987-03-26"), {"start": "1987-03-26", "end": None})
    assert not rn.date_agrees(_event(start="1987-03-25"), {"start": "1987-03-26", "end": None})
    assert rn.date_agrees(_event(), None)
    assert not rn.date_agrees(_event(start="1987-03-26"), {"start": None, "end": None, "text": "recently"})


def test_a_year_agrees_with_the_gold_writing_it_as_its_months():
    year = _event(start="1987")
    year.date = DateValue(start="1987", end="1987", precision="year")
    assert rn.date_agrees(year, {"start": "1987-01", "end": "1987-12"})
    assert not rn.date_agrees(year, {"start": "1987-03", "end": None})


def _dated(start, end):
    event = _event(start=start)
    event.date = DateValue(start=start, end=end, precision="day")
    return event


@pytest.mark.parametrize("start, end, gold, agrees", [
    ("1987-04-14", "1987-04-14", {"start": "1987-04", "end": None}, True),  # a day the text derives, the gold's month
    ("1987-04-01", "1987-04-14", {"start": "1987-04", "end": None}, True),  # days inside the month the gold gives
    ("2020-02-02", "2020-03-02", {"start": "2020-02", "end": "2020-03-02"}, True),  # "in the last month"
    ("1987-04-28", "1987-05-03", {"start": "1987-04", "end": "1987-05"}, True),  # "late April or early May"
    # must-nots: a day of another month; days that run out of a month the gold gives as a point; a start
    # before the gold's month; a month against a gold day (the output is the coarser); a day against another day
    ("1987-03-31", "1987-03-31", {"start": "1987-04", "end": None}, False),
    ("1987-04-28", "1987-05-03", {"start": "1987-04", "end": None}, False),
    ("2019-01-01", "2019-10-26", {"start": "2019-10", "end": None}, False),
    ("1987-04", "1987-04", {"start": "1987-04-14", "end": None}, False),
    ("1987-04-13", "1987-04-13", {"start": "1987-04-14", "end": None}, False),
])
def test_a_day_inside_a_month_the_gold_writes_agrees_with_it(start, end, gold, agrees):
    assert rn.date_agrees(_dated(start, end), gold) is agrees


def test_a_day_inside_the_gold_s_month_is_fully_right_and_a_wrong_date_in_the_figure_before_round_35():
    gold = {**GOLD, "date": {"start": "1987-03", "end": None}}
    event = _event(start="1987-03-26")
    actors = rn.Actors.of(_result([event], ENTITIES))
    assert rn.failure_kind(event, [gold], actors, [event]) == "fully right"
    assert rn.failure_kind(event, [gold], actors, [event], finer=False) == "wrong date"
    tally = rn.Tally()
    rn.score_document(_result([event], ENTITIES), [gold], tally)
    figures = rn.report(tally, "reuters", "dev", 1).figures
    assert figures["date agreement on found events"] == 1.0
    assert figures["date agreement on found events, a day in the gold's month counted wrong (before round 35)"] == 0
    assert figures["output: wrong date, a day in the gold's month counted wrong"] == 1
    assert figures["output: fully right"] == 1 and figures["output: wrong date"] == 0


@pytest.mark.skipif(not (rn.REALNEWS / "reuters" / "articles").exists(), reason="../shared realnews_dev absent")
def test_the_split_is_fixed_on_the_shared_folders():
    splits = rn.article_splits(rn.REALNEWS / "reuters")
    names = sorted(splits)
    assert splits[names[2]] == "held-out" and splits[names[0]] == "dev"
    assert sum(v == "held-out" for v in splits.values()) == len(names) // 3


def test_actor_coverage_wants_the_gold_country_or_none_where_the_gold_gives_none():
    body = Entity(id="org:council", name="the Council", type="ORG", kind="igo", known=True)
    agent = Entity(id="agent:GRC:COP", name="Greek police", type="ORG", country="GRC", known=True)
    mention = Mention(entity="agent:GRC:COP", doc="d", start=0, end=6, text="police")
    gold = {**GOLD, "source": [{"name": "the Council", "country": None, "kind": "igo"}],
            "target": [{"name": "police", "country": "GRC", "kind": "police"},
                       {"name": "Turkey", "country": "CYP", "kind": "government"}]}
    tally = rn.Tally()
    rn.score_document(_result([], ENTITIES + [body, agent], [mention]), [gold], tally)
    assert (tally.gold_actors, tally.actors_named, tally.actors_right) == (3, 3, 2)
    report = rn.actor_report([tally], "dev")
    assert report.figures["coverage"] == 2 / 3 and report.figures["coverage, igo (1)"] == 1.0


def _tiny_bench(root):
    """A bench with one PLV_train row and one realnews_dev folder of three articles (the third held out)."""
    (root / "plv").mkdir(parents=True)
    (root / "plv" / "PLV_train.tsv").write_text(
        "sentence\tgold_root\nThe mayor of Lyon met the mayor of Turin on Monday.\tCONSULT\n", encoding="utf-8")
    folder = root / "realnews_dev" / "reuters"
    (folder / "articles").mkdir(parents=True)
    golds = []
    for n in range(3):
        (folder / "articles" / f"story-{n}.txt").write_text("Text.", encoding="utf-8")
        golds.append({"doc": f"story-{n}.txt", "id": f"{n}-E1", "type": "ACCUSE",
                      "evidence": f"Chile blamed Bolivia for the border incident number {n}."})
    (folder / "gold_events.jsonl").write_text("".join(json.dumps(g) + "\n" for g in golds), encoding="utf-8")
    return root


def test_the_type_model_of_the_honest_dev_rows_learns_nothing_of_realnews_dev(tmp_path):
    bench = _tiny_bench(tmp_path / "bench")
    shipped = training.samples(bench, tmp_path / "no-examples")
    assert {s.group for s in shipped} == {"plv", "realnews"}  # the shipped model learns from the dev articles
    unseen = training.samples(bench, tmp_path / "no-examples", without=rn.UNSEEN_WITHOUT)
    assert [s.group for s in unseen] == ["plv"]


def test_the_honest_dev_rows_use_the_scorers_training_data_less_realnews():
    if not (rn.REALNEWS / "reuters" / "gold_events.jsonl").exists():
        pytest.skip(f"{rn.REALNEWS} not found")
    unseen = rn.unseen_samples()
    shipped = training.samples(BENCH, EXAMPLE_GOLD)
    evidences = {" ".join(s.text.split()) for s in shipped if s.group == "realnews"}
    assert evidences and not any(s.group == "realnews" for s in unseen)
    assert len(unseen) == len(shipped) - sum(s.group == "realnews" for s in shipped)
    assert not evidences & {" ".join(s.text.split()) for s in unseen}


def test_the_honest_dev_rows_code_only_development_articles_within_the_limit(tmp_path, monkeypatch):
    bench = _tiny_bench(tmp_path / "bench")
    monkeypatch.setattr(rn, "REALNEWS", bench / "realnews_dev")
    asked = []
    monkeypatch.setattr(rn, "analysed", lambda folder, settings, model=None, only=None: asked.append(only) or {})
    model = object()
    out = rn.score_folder("reuters", rn.Settings(), None, model)
    assert asked == [{"story-0.txt", "story-1.txt"}] and list(out) == [rn.UNSEEN_SPLIT]
    assert out[rn.UNSEEN_SPLIT][1] == 2
    rn.score_folder("reuters", rn.Settings(), 1, model)
    assert asked[-1] == {"story-0.txt"}


def test_the_role_model_of_the_honest_dev_rows_learns_nothing_of_realnews_dev(monkeypatch):
    """The honest dev rows swap in a role model trained without realnews_dev, its training events coded with the
    type model that did not see realnews_dev either."""
    from dossier.events.roles import training as role_training

    types, seen = object(), {}
    monkeypatch.setattr(rn, "_UNSEEN_MODELS", {})
    monkeypatch.setattr(rn.training, "train", lambda *a, **k: (types, []))

    def groups(nlp, bench, gold, articles, sources):
        seen["sources"], seen["type model"] = sources, nlp.get_pipe("dossier_events").coder.model
        return []

    monkeypatch.setattr(role_training, "training_groups", groups)
    models = rn.unseen_models(rn.Settings())
    assert "realnews" not in seen["sources"] and set(seen["sources"]) == set(role_training.SOURCES) - {"realnews"}
    assert seen["type model"] is types and models.types is types
    assert rn.loader.load(rn.Settings()).get_pipe("dossier_events").coder.model is not types  # put back


def test_wrong_types_and_outputs_that_are_no_gold_event_are_counted_by_type():
    """The report says which gold type each wrong type stood for and which output types are no gold event."""
    tally = rn.Tally()
    events = [_event(kind="ACCUSE"), _event(kind="ASSAULT", text="Markets were calm on Friday.")]
    rn.score_document(_result(events, ENTITIES), [GOLD], tally)
    figures = rn.report(tally, "reuters", "dev", 1).figures
    assert figures["wrong type: gold REQUEST, output ACCUSE"] == 1
    assert figures["not a gold event: output ASSAULT"] == 1


def test_missed_gold_events_are_counted_by_their_type_and_why():
    tally = rn.Tally()
    rn.score_document(_result([_event(kind="ACCUSE")], ENTITIES), [GOLD], tally)
    assert rn.report(tally, "reuters", "dev", 1).figures["missed gold REQUEST: wrong type"] == 1
