"""Hand labels of news sentences (events/labelled.py): converted to files that hold no article text, read back in
place, a sentence that changed skipped and counted, and turned into the two models' training data."""

import gzip
import json

from dossier.events import labelled
from dossier.events.classifier import NONE, YIELD

STORY = ("The Vardan foreign ministry said on Tuesday\nit had summoned the ambassador of Kelmora over the\n"
         "border shooting.\n    Kelmora's envoy was asked to explain the incident.\n"
         "    Grain prices at the port of Ostrel rose for a third day.\n")


def _corpus(tmp_path, text=STORY):
    path = tmp_path / "reuters.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "reuters21578-77", "title": "VARDAN SUMMONS ENVOY", "date": "1987-04-07",
                            "text": text}) + "\n")
    return path


def _line(evidence, type_, source=(), target=(), status="occurred"):
    return {"corpus": "reuters21578", "doc": "reuters21578-77", "evidence": evidence, "type": type_, "mode": "",
            "cameo": "", "source": [{"name": n, "country": c} for n, c in source],
            "target": [{"name": n, "country": c} for n, c in target], "status": status, "note": "x",
            "labeller": "tester"}


LINES = [
    _line("The Vardan foreign ministry said on Tuesday it had summoned the ambassador of Kelmora over the border "
          "shooting.", "ACCUSE", [("Vardan foreign ministry", "VRD")], [("Kelmora", "KLM")]),
    _line("Grain prices at the port of Ostrel rose for a third day.", "none"),
    _line("Kelmora's envoy was asked to explain the incident.", "REQUEST", [("they", "VRD")], [("envoy", "KLM")]),
    _line("A sentence no story holds.", "none"),
    _line("Grain prices at the port of Ostrel rose for a third day.", "PROTEST",
          [("the farmers of the whole northern plain", None)], []),
]


def _converted(tmp_path):
    corpus = _corpus(tmp_path)
    docs = labelled.documents({("reuters21578", "reuters21578-77")}, reuters=corpus)
    rows, skipped = labelled.convert(LINES, docs)
    folder = tmp_path / "labels"
    folder.mkdir()
    (folder / "reuters21578_tester.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return corpus, folder, rows, skipped


def test_converted_labels_hold_offsets_and_a_hash_but_no_sentence(tmp_path):
    _, folder, rows, skipped = _converted(tmp_path)
    assert len(rows) == 4 and skipped == {"sentence not found": 1}
    assert rows[3]["source"] == []  # a long name the sentence does not hold is no name kept
    stored = (folder / "reuters21578_tester.jsonl").read_text()
    assert "summoned" not in stored and "Grain" not in stored and "explain" not in stored
    first = rows[0]
    assert first["start"] == 0 and first["type"] == "ACCUSE" and len(first["hash"]) == 10
    assert first["source"] == [{"at": [4, 27], "country": "VRD"}]
    assert rows[2]["source"] == [{"name": "they", "country": "VRD"}]  # a side the sentence does not spell out
    assert rows[1]["source"] == [] and rows[1]["type"] == "none"


def test_labels_are_read_back_from_the_text_in_place(tmp_path):
    corpus, folder, _, _ = _converted(tmp_path)
    labels, skipped = labelled.read(folder, reuters=corpus)
    assert not skipped and [lab.type for lab in labels] == ["ACCUSE", "none", "REQUEST", "PROTEST"]
    assert labels[0].source == ("Vardan foreign ministry",) and labels[0].target == ("Kelmora",)
    assert labels[0].sentence.startswith("The Vardan") and labels[0].key == "reuters21578/reuters21578-77"


def test_a_label_whose_sentence_changed_is_skipped_and_counted(tmp_path):
    _, folder, _, _ = _converted(tmp_path)
    changed = _corpus(tmp_path, STORY.replace("Grain prices", "Wheat prices"))
    labels, skipped = labelled.read(folder, reuters=changed)
    assert [lab.type for lab in labels] == ["ACCUSE", "REQUEST"] and skipped == {"sentence changed": 2}
    labels, skipped = labelled.read(folder, reuters=tmp_path / "missing.jsonl.gz")
    assert labels == [] and skipped == {"no document": 4}


def test_labels_give_type_samples_and_role_items(tmp_path):
    corpus, folder, _, _ = _converted(tmp_path)
    labels, _ = labelled.read(folder, reuters=corpus)
    samples = labelled.samples(labels)
    assert [(s.group, s.label) for s in samples] == [("labels", "ACCUSE"), ("labels", NONE), ("labels", "REQUEST"),
                                                     ("labels", "PROTEST")]
    assert "\n" not in samples[0].text and samples[0].id.startswith("labels:reuters21578/reuters21578-77#")
    items, texts, dates = labelled.items(labels, reuters=corpus)
    assert [(i.type, i.source.names, i.target.names) for i in items] == [
        ("ACCUSE", ["Vardan foreign ministry"], ["Kelmora"]), ("REQUEST", ["they"], ["envoy"])]
    assert set(texts) == {"labels:reuters21578/reuters21578-77"} and dates[items[0].doc] == "1987-04-07"


def test_a_retreat_is_learned_as_a_yielding(tmp_path):
    label = labelled.Label("reuters21578", "d", 0, 10, "RETREAT", "occurred", "Kelmora pulled back its troops.",
                           ("Kelmora",), ())
    assert [s.label for s in labelled.samples([label])] == [YIELD]


def test_an_ecb_document_is_rebuilt_from_its_tokens_and_its_labels_found(tmp_path):
    ecb = tmp_path / "ecbplus_docs.jsonl"
    sentences = ["http : / / example . org / a", "The mayor of Tovra met `` union leaders '' on Monday .",
                 "They did n't agree ."]
    ecb.write_text(json.dumps({"doc": "4_2ecb", "sentences": [{"text": t} for t in sentences]}) + "\n")
    docs = labelled.documents({("ecb77", "ecb-4_2ecb")}, ecb=ecb)
    text = docs[("ecb77", "ecb-4_2ecb")][0]
    assert text == 'The mayor of Tovra met " union leaders " on Monday.\n\nThey didn\'t agree.'
    line = {**_line('The mayor of Tovra met "union leaders" on Monday.', "CONSULT", [("mayor of Tovra", None)],
                    [("union leaders", None)]), "corpus": "ecb77", "doc": "ecb-4_2ecb"}
    rows, skipped = labelled.convert([line], docs)
    assert not skipped and (rows[0]["start"], rows[0]["end"]) == (0, 51)
    assert rows[0]["target"] == [{"at": [25, 38], "country": None}]


def test_a_timeml_document_is_read_with_its_date(tmp_path):
    timeml = tmp_path / "timeml_docs.jsonl"
    timeml.write_text(json.dumps({"doc": "XYZ19990301.0042", "dct": "1999-03-01", "title": "Talks",
                                  "text": "\n\nThe premier of Ostrel phoned the leader of Vardan on Sunday.\n"}) + "\n")
    docs = labelled.documents({("aq77", "timeml-XYZ19990301.0042")}, timeml=timeml)
    text, published = docs[("aq77", "timeml-XYZ19990301.0042")]
    assert "phoned the leader of Vardan" in text and published == "1999-03-01"


def test_labels_of_the_evaluated_news_are_never_read():
    """A label on an article of realnews_dev (a Reuters id, or a page whose file name begins with the article's id)
    is left out; another document of the same corpus is kept."""
    articles = {"reuters21578-4242", "0a1b2c3d4e5f", "1500000001"}
    assert labelled._evaluated("reuters21578-4242", articles)
    assert labelled._evaluated("0a1b2c3d4e5f99887766.html.gz", articles)
    assert labelled._evaluated("1500000001.html.gz", articles)
    assert not labelled._evaluated("reuters21578-424", articles)
    assert not labelled._evaluated("reuters21578-42420", articles)
    assert not labelled._evaluated("ffff0a1b2c3d.html.gz", articles)


def test_the_shipped_type_model_learns_the_hand_labels_only_when_asked(monkeypatch, tmp_path):
    """training.samples leaves the OPTIONAL groups (the hand labels) out unless `optional` names them."""
    from dossier.events import training

    for name in ("plv", "gsr", "petrarch", "realnews", "example"):
        monkeypatch.setattr(training, name, lambda *a, name=name: [training.Sample(name, f"{name}:0", "x", NONE)])
    monkeypatch.setattr(training, "labels", lambda: [training.Sample("labels", "labels:0", "y", NONE)])
    plain = {s.group for s in training.samples(tmp_path, tmp_path)}
    asked = {s.group for s in training.samples(tmp_path, tmp_path, optional=training.OPTIONAL)}
    assert "labels" not in plain and "plv" in plain
    assert "labels" in asked
