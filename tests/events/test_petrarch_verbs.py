"""The CAMEO verb dictionary reader: a small dictionary in PETRARCH's format, written for this test."""

from __future__ import annotations

from pathlib import Path

from dossier.events.patterns import PATTERN_DIR, load_entries
from dossier.events.petrarch_verbs import convert, write

SAMPLE = """\
&ARMS
+RIFLE
+HEAVY_GUN

--- SCOLD [111] ---
SCOLD
REBUKE [112]
- * POLICY                                [110]   # SCOLD
- STORM *                                 [---]   # SCOLD

--- HAND [---] ---
HAND
+HAND_OVER
- * &ARMS                                 [072]   # HAND
- * (TO {AID AGENCY})                     [073]   # HAND
- WILL NOT * (TO +)                       [030]   # HAND

--- LAND [---] ---
LAND
- * (AT ^) (WITH BLANKETS)                [073]   # LAND
- * (ON ^) (FROM +)                       [040]   # LAND
"""


def _by(entries, **want):
    return [e for e in entries if all(e.get(k) == v for k, v in want.items())]


def test_a_block_code_a_verb_code_and_patterns(tmp_path: Path):
    source = tmp_path / "verbs.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    out = convert(source)
    assert _by(out["ACCUSE"], lemmas=["scold"], cameo="111")  # the block's code for its bare verb
    assert _by(out["ACCUSE"], lemmas=["rebuke"], cameo="112")  # a verb's own code
    assert _by(out["ACCUSE"], cameo="110", object=["policy"])  # a pattern's object, for the whole block
    assert _by(out["NONE"], subject=["storm"])  # a storm that scolds names no event
    aid = out["AID"]
    assert _by(aid, cameo="072", object=["gun", "rifle"])  # a synset, each phrase by its head word
    assert _by(aid, cameo="073", prep=["to"], prep_object=["agency"])
    assert any(e["lemmas"] == ["hand"] and e.get("prep") == ["over"] for e in aid)  # "+HAND_OVER": the particle
    assert not any(e["cameo"] == "030" for items in out.values() for e in items)  # modal words before the verb
    # a first phrase with no noun and a later one with one: both words needed, with the later noun (not any
    # landing "at" a place); two phrases without a noun keep the first
    assert _by(aid, cameo="073", prep=["at", "with"], prep_object=["blankets"])
    assert not _by(aid, cameo="073", prep=["at"])
    assert _by(out["CONSULT"], cameo="040", prep=["on"])
    paths = write(out, tmp_path / "cameo")
    assert all("MIT License" in p.read_text(encoding="utf-8") for p in paths)


def test_the_shipped_conversion_carries_its_origin_and_licence():
    files = sorted((PATTERN_DIR / "cameo").glob("*.yaml"))
    assert len(files) >= 16
    for path in files:
        head = path.read_text(encoding="utf-8")[:1500]
        assert "CAMEO.2.0.txt" in head and "MIT License" in head and "Open Event Data Alliance" in head
    converted = [e for e in load_entries() if e.converted]
    assert len(converted) > 3000
