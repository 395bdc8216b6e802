"""The training labels of the event-type model (events/training.py): a set's label read in the PLOVER manual's class
where the set departs from the manual for a kind of act (data/training_labels.yaml), beside the modality folds."""

from __future__ import annotations

import pytest

from dossier.events import training
from dossier.events.training import act_label, act_labels, label_readings
from dossier.model import PLOVER_TYPES, Event


def _event(ptype, cameo, trigger, status="occurred", issue=None):
    return Event(id="e", type=ptype, status=status, cameo=cameo, trigger=trigger, issue=issue)


def test_every_reading_names_plover_types_and_cites_the_manual():
    from dossier.data_files import load_yaml

    assert label_readings()
    raw = {r["name"]: r for r in load_yaml(training.LABEL_READINGS)["readings"]}
    for reading in label_readings():
        assert reading.label in PLOVER_TYPES and reading.learn in PLOVER_TYPES, reading
        assert reading.cameo and all(c.isdigit() for c in reading.cameo), reading
        assert raw[reading.name].get("section"), reading.name


def test_a_coercion_label_on_sanctions_the_rules_found_is_learned_as_a_sanction():
    # a set's COERCE for "the council imposed sanctions on Ruritania": the manual's SANCTION (CAMEO 163)
    assert act_label("COERCE", [_event("SANCTION", "163", "imposed", issue="sanctions on Ruritania")]) == "SANCTION"
    assert act_label("COERCE", [_event("SANCTION", "163", "ordered", issue="an arms embargo, at once")]) == "SANCTION"
    assert act_label("COERCE", [_event("SANCTION", "163", "sanctions")]) == "SANCTION"


def test_a_coercion_label_stays_where_the_rules_found_a_coercion_or_no_sanctions():
    # an arrest beside the sanctions: the label's own act is there
    assert act_label("COERCE", [_event("SANCTION", "163", "sanctions"), _event("COERCE", "173", "arrested")]) \
        == "COERCE"
    # another reduction of relations (an expulsion) or no act at all: the label as given
    assert act_label("COERCE", [_event("SANCTION", "166", "expelled", issue="sanctions monitors")]) == "COERCE"
    assert act_label("COERCE", []) == "COERCE"


def test_a_ban_at_home_the_rules_coded_as_an_embargo_keeps_its_coercion_label():
    # "the government banned two opposition newspapers": the manual's COERCE "restrict", no word of sanctions
    assert act_label("COERCE", [_event("SANCTION", "163", "banned", issue="two opposition newspapers")]) == "COERCE"
    assert act_label("COERCE", [_event("SANCTION", "163", "outlawed", issue="the practice")]) == "COERCE"


def test_other_labels_of_a_sanctions_sentence_are_unchanged():
    sanctions = _event("SANCTION", "163", "sanctions")
    assert act_label("SANCTION", [sanctions]) == "SANCTION"
    assert act_label("THREATEN", [_event("SANCTION", "163", "impose", status="planned")]) == "THREATEN"
    # the modality folds are still read back after the readings (a planned visit labelled AGREE is the visit)
    assert act_label("AGREE", [_event("CONSULT", "042", "visit", status="planned")]) == "CONSULT"


def test_only_the_codebook_labelled_sets_are_read_so():
    found = [[_event("SANCTION", "163", "imposed", issue="sanctions on Ruritania")]]
    assert act_labels([training.Sample("plv", "p", "t", "COERCE")], found) == ["SANCTION"]
    assert act_labels([training.Sample("gsr", "g", "t", "COERCE")], found) == ["SANCTION"]
    # the project's own gold (realnews_dev, the example corpus) is labelled in dossier's convention already
    assert act_labels([training.Sample("realnews", "r", "t", "COERCE")], found) == ["COERCE"]


def test_a_models_additions_are_read_by_the_coders_guard():
    import numpy as np

    from dossier.events.classifier import NONE, TypeModel

    model = TypeModel(vocabulary={"w:met": 0}, idf=np.ones(1), weights=np.array([[0.0], [2.0]]),
                      bias=np.array([-0.55, -0.8]), classes=[NONE, "CONSULT"])
    # "met" lifts CONSULT well above no event; a sentence without it leaves no event ahead
    assert training.additions(model, [["w:met"], ["w:other"], []]) == ["CONSULT", None, None]


def test_the_stability_figure_counts_additions_that_change_between_two_draws():
    feats = [["w:met", "v:root:meet"], ["w:talks"], ["w:shelled"], ["w:bombed", "v:root:bomb"], ["w:said"],
             ["w:profit"], ["w:shares"]] * 4
    labels = ["CONSULT", "CONSULT", "ASSAULT", "ASSAULT", "NONE", "NONE", "NONE"] * 4
    groups = ["plv"] * len(feats)
    probe = [["w:met"], ["w:bombed"], ["w:profit"], ["w:unknown"]]
    # nothing left out: the two fits are the same model, and no decision changes
    same = training.stability(feats, labels, [1.0] * len(feats), groups, probe, share=0.0)
    assert same["sentences"] == 4 and same["flipped"] == 0 and same["added"][0] == same["added"][1] >= 1
    # only PLV_train's sentences are drawn: other groups are kept whatever the share
    other = training.stability(feats, labels, [1.0] * len(feats), ["gsr"] * len(feats), probe, share=1.0)
    assert other == same


def test_a_models_stability_is_kept_in_its_file(tmp_path):
    from dossier.events.classifier import TypeModel

    model = training.fit([["w:met"], ["w:shelled"]], ["CONSULT", "ASSAULT"])
    model.about = {"stability": {"sentences": 4, "added": [1, 2], "flipped": 1}}
    model.save(tmp_path / "m.npz")
    assert TypeModel.read(tmp_path / "m.npz").about == model.about
    model.about = None
    model.save(tmp_path / "n.npz")
    assert TypeModel.read(tmp_path / "n.npz").about is None


def _sure_of_none_by(leads: dict[str, float]):
    """A model whose lead of no event over its one type is set by one word feature per sentence."""
    import numpy as np

    from dossier.events.classifier import NONE, TypeModel

    words = sorted(leads)
    return TypeModel(vocabulary={w: i for i, w in enumerate(words)}, idf=np.ones(len(words)),
                     weights=np.array([[leads[w] for w in words], [0.0] * len(words)]), bias=np.zeros(2),
                     classes=[NONE, "AGREE"])


def test_the_leads_of_no_event_are_its_margin_less_the_best_types():
    model = _sure_of_none_by({"w:a": 0.5, "w:b": -0.2})
    assert [round(x, 6) for x in training.leads_of_none(model, [["w:a"], ["w:b"]])] == [0.5, -0.2]
    from dossier.events.classifier import TypeModel
    import numpy as np

    two = TypeModel(vocabulary={}, idf=np.zeros(0), weights=np.zeros((2, 0)), bias=np.zeros(2),
                    classes=["AGREE", "CONSULT"])
    assert training.leads_of_none(two, [[]]) == [None]  # no class of no event: nothing is dropped for it


def test_drop_edges_drop_the_share_of_the_negatives_candidates_of_each_kind():
    leads = {f"w:{n}": n / 10 for n in range(10)}  # leads 0.0 to 0.9
    model = _sure_of_none_by(leads)
    negatives = [[w] for w in leads]
    # every sentence's one candidate a converted dictionary's, and the same sentences' hand-written ones
    edges = training.drop_edges(model, negatives + negatives, [[False]] * 10 + [[True]] * 10,
                                shares={"dictionary": 0.3, "hand": 0.5})
    # 3 of 10 dropped (0.9, 0.8, 0.7): the last one's lead, the strictest edge that drops 3; 5 of 10: 0.5
    assert edges == {"dictionary": 0.7, "hand": 0.5}
    from dossier.events.coder import drop_edges as coders

    model.about = {"drop_edges": edges}
    assert coders(model) == (0.7, 0.5)
    dropped = training.drops(model, negatives, [[False, True]] * 10)
    assert sum(d for d, _ in dropped) == 3 and sum(h for _, h in dropped) == 5
    # the floor (no right candidate of PLV_train's CV dropped) wins over the share
    assert training.drop_edges(model, negatives, [[True]] * 10, floor={"hand": 0.8},
                               shares={"hand": 0.5}) == {"hand": 0.8}
    # a kind with no candidate among the negatives is left to the coder's constant
    assert training.drop_edges(model, negatives, [[False]] * 10, shares={"dictionary": 0.3, "hand": 0.5}) \
        == {"dictionary": 0.7}


def test_the_floor_is_just_above_the_right_candidates_leads_in_cross_validation():
    from dossier.model import Event

    feats = [["w:met", "r:type:CONSULT"], ["w:shelled", "r:type:ASSAULT"]] * 10 + [["w:profit"]] * 6
    labels = ["CONSULT", "ASSAULT"] * 10 + ["NONE"] * 6
    groups = ["plv"] * 20 + ["economic"] * 6
    events = [[Event(id="e", type=label)] for label in labels[:20]] + [[]] * 6
    hands = [[True] if i % 4 == 0 else [False] for i in range(20)] + [[]] * 6
    floor = training.right_leads(feats, labels, [1.0] * 26, groups, events, hands)
    assert set(floor) == {"dictionary", "hand"}
    # the right candidates are sure events: no event trails them, and the floor is below any edge in use
    assert all(edge < 0.4 for edge in floor.values())
    # a candidate of a type other than the gold's puts no floor
    wrong = [[Event(id="e", type="PROTEST")] for _ in range(20)] + [[]] * 6
    assert training.right_leads(feats, labels, [1.0] * 26, groups, wrong, hands) == {}


def test_the_stability_figure_counts_drops_that_change_between_two_draws():
    feats = [["w:met", "v:root:meet"], ["w:talks"], ["w:shelled"], ["w:bombed", "v:root:bomb"], ["w:said"],
             ["w:profit"], ["w:shares"]] * 4
    labels = ["CONSULT", "CONSULT", "ASSAULT", "ASSAULT", "NONE", "NONE", "NONE"] * 4
    probe = [["w:met"], ["w:bombed"], ["w:profit"], ["w:shares"], ["w:unknown"]]
    hands = [[], [], [False], [True], [False, True]]
    negatives = ([["w:profit"], ["w:shares"], ["w:met"]], None, [[False, True], [True], [False]])
    same = training.stability(feats, labels, [1.0] * len(feats), ["plv"] * len(feats), probe, share=0.0,
                              negatives=negatives, hands=hands)
    assert same["sentences"] == 2 and same["with_candidates"] == 3 and same["drops_flipped"] == 0
    assert same["dropped"][0] == same["dropped"][1] >= 1
    # without candidates' flags the figure is the additions' alone, as before
    assert "dropped" not in training.stability(feats, labels, [1.0] * len(feats), ["plv"] * len(feats), probe,
                                               share=0.0)


def _bench(tmp_path):
    """A bench folder with one PLV row, one GSR record of each half and a realnews_dev folder."""
    (tmp_path / "plv").mkdir()
    (tmp_path / "plv" / "PLV_train.tsv").write_text("sentence\tgold_root\nKaldia met Norvan.\tCONSULT\n")
    (tmp_path / "plover_gsr").mkdir()
    (tmp_path / "plover_gsr" / "plover_gsr.jsonl").write_text(
        '{"seq": 2, "text": "Kaldia praised Norvan.", "event": "SUPPORT"}\n'
        '{"seq": 3, "text": "Kaldia hit Norvan.", "event": "ASSAULT"}\n')
    (tmp_path / "realnews_dev" / "reuters" / "articles").mkdir(parents=True)
    return tmp_path


def test_a_measure_without_realnews_opens_none_of_its_folder(tmp_path, monkeypatch):
    bench = _bench(tmp_path)
    monkeypatch.setattr(training, "realnews", lambda b: pytest.fail("realnews_dev's gold read"))
    monkeypatch.setattr(training, "realnews_ids", lambda b: pytest.fail("realnews_dev's ids read"))
    drawn = []
    monkeypatch.setattr(training, "economic", lambda corpus, nlp, exclude: drawn.append(exclude) or [])
    got = training.samples(bench, tmp_path / "none", nlp=object(), corpus=tmp_path / "reuters.jsonl.gz",
                           without=frozenset({"realnews"}), exclude=set())
    assert [(s.group, s.label) for s in got] == [("plv", "CONSULT"), ("gsr", "SUPPORT")]
    assert drawn == [set()]


def test_the_negatives_keep_out_realnews_articles_unless_told_otherwise(tmp_path, monkeypatch):
    bench = _bench(tmp_path)
    monkeypatch.setattr(training, "realnews", lambda b: [])
    monkeypatch.setattr(training, "realnews_ids", lambda b: {"reuters21578-7"})
    drawn = []
    monkeypatch.setattr(training, "economic", lambda corpus, nlp, exclude: drawn.append(exclude) or [])
    training.samples(bench, tmp_path / "none", nlp=object(), corpus=tmp_path / "reuters.jsonl.gz")
    assert drawn == [{"reuters21578-7"}]
