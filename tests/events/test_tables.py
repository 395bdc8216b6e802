"""The shipped dictionaries and CAMEO table agree with each other."""

from dossier.events import cameo
from dossier.events.patterns import load_entries, load_lexicon, load_threats
from dossier.model import PLOVER_TYPES

# Documented departures from the root mapping: signing (057) is AGREE, appeals (02) are REQUEST; halted negotiations
# (164) are REJECT, as the PLOVER manual files cancelled meetings; resignations (0831, the bare
# "resign" 083) are RETREAT, its mode resign; apologies (055) are CONCEDE, the manual's regret.
EXCEPTIONS = {("057", "AGREE"), ("164", "REJECT"), ("0831", "RETREAT"), ("083", "RETREAT"), ("055", "CONCEDE")}


def test_every_entry_has_a_known_code_and_type():
    entries = load_entries()
    assert len({e.type for e in entries}) >= 15
    for e in entries:
        if e.type == "NONE":  # words that name no event: "---" (CAMEO's null code) or a 01 statement
            assert e.cameo == "---" or e.cameo.startswith("01"), e
            continue
        assert e.type in PLOVER_TYPES, e
        assert cameo.goldstein(e.cameo) is not None, e
        assert (e.cameo, e.type) in EXCEPTIONS or cameo.plover_type(e.cameo) == e.type, e


def test_cameo_scores_and_classes():
    assert cameo.goldstein("042") == 1.9 and cameo.quad_class("042") == 1
    assert cameo.quad_class("061") == 2 and cameo.quad_class("111") == 3 and cameo.quad_class("190") == 4
    assert cameo.plover_type("085") == "RETREAT" and cameo.plover_type("081") == "CONCEDE"
    assert cameo.plover_type("01") is None


def test_lexicon_loads():
    lex = load_lexicon()
    assert "will" in lex.future_aux and "say" in lex.reporting_verbs and "hold" in lex.light_verbs


def test_extra_pattern_folder_extends_the_coder(tmp_path, nlp):
    (tmp_path / "extra.yaml").write_text(
        "type: COOPERATE\nverbs:\n  - {lemmas: [bankroll], mode: invest, cameo: '061', object_required: true}\n")
    assert any(e.lemmas == ("bankroll",) for e in load_entries((str(tmp_path),)))


def test_threats_follow_their_files_through_the_start_up_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "patterns"
    extra.mkdir()
    shipped = load_threats()
    assert shipped.code("ASSAULT", conditional=False) and load_threats() == shipped  # the second read: the cache
    (extra / "more.yaml").write_text("type: RETREAT\nthreat_of: {RETREAT: '139'}\n")
    assert load_threats((str(extra),)).code("RETREAT", conditional=False) == "139"
    (extra / "more.yaml").write_text("type: RETREAT\n")  # changed: never read stale from the cache
    assert load_threats((str(extra),)).code("RETREAT", conditional=False) == shipped.code("RETREAT", False)
    assert list((tmp_path / "cache").glob("event-threats-*"))
