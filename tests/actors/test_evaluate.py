from dossier.evaluate.entities import Tally
from dossier.model import Entity, Mention


def _m(entity: str, text: str) -> Mention:
    return Mention(entity=entity, doc="d", start=0, end=len(text), text=text)


def test_tally_counts_found_splits_merges_and_attributes():
    gold = [
        {"name": "Dina Boluarte", "type": "PERSON", "kind": "person", "country": "PER", "cameo": "PERGOV",
         "surface": ["Dina Boluarte", "Boluarte"]},
        {"name": "Wang Youming", "type": "PERSON", "country": "CHN", "surface": ["Wang Youming"]},
        {"name": "Wang Chuanfu", "type": "PERSON", "country": "CHN", "surface": ["Wang Chuanfu"]},
        {"name": "China", "type": "GPE", "surface": ["China", "Beijing"]},
        {"name": "Beijing", "type": "GPE", "surface": ["Beijing"]},
        {"name": "Ghost", "type": "ORG", "surface": ["Ghost Corp"]},
    ]
    mentions = [_m("p1", "Dina Boluarte"), _m("p2", "Boluarte"), _m("w", "Wang Youming"), _m("w", "Wang Chuanfu"),
                _m("c", "China"), _m("b", "Beijing"), _m("x", "Acme")]
    entities = {"p1": Entity(id="p1", name="Dina Boluarte", type="PERSON", kind="person", country="PER", cameo="PERGOV"),
                "w": Entity(id="w", name="Wang", type="PERSON", country="CHN")}
    tally = Tally()
    tally.add(gold, mentions, entities)
    report = tally.report("t", "d")
    assert (report.rows["all"].tp, report.rows["all"].fn, report.rows["all"].fp) == (5, 1, 1)
    assert report.figures["split rate"] == round(1 / 5, 4)  # Boluarte in two ids
    assert report.figures["wrong-merge rate"] == round(2 / 5, 4)  # the two Wangs in one
    assert report.rows["GPE"].tp == 2  # Beijing found through the shared surface the other actor did not take


def test_ecbplus_keeps_proper_names_only():
    from dossier.evaluate.entities import _named
    assert _named("Tara Reid") and _named("Bank of America") and _named("AP")
    assert not _named("the 33-year-old actress") and not _named("she") and not _named("Her rep")
