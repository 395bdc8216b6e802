"""The seed articles (../shared/seeds, read in place): each main actor is one id in every article."""

from pathlib import Path

import pytest
import yaml

from dossier.evaluate.entities import SEEDS_EXPECTED, norm

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MAIN = {"Dina Boluarte", "Xi Jinping", "China", "Peru", "Huawei", "BYD", "COSCO Shipping", "Chancay Port"}


@pytest.fixture(scope="module")
def results():
    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.skip(f"{seeds} is not available (../shared is read at run time, never copied)")
    from dossier.evaluate.corpora import analysed
    return analysed(seeds)


@pytest.fixture(scope="module")
def expected():
    return yaml.safe_load(SEEDS_EXPECTED.read_text(encoding="utf-8"))


def _ids(result, surfaces) -> set[str]:
    wanted = {norm(s) for s in surfaces}
    return {m.entity for m in result.mentions if norm(m.text) in wanted}


def test_every_expected_actor_is_one_id_with_the_right_attributes(results, expected):
    for name, actors in expected.items():
        result = results[name]
        entities = {e.id: e for e in result.entities}
        for gold in actors:
            ids = _ids(result, gold["surface"])
            assert len(ids) == 1, (name, gold["name"], ids)
            entity = entities[ids.pop()]
            got = {k: getattr(entity, k) for k in ("type", "kind", "country", "cameo")}
            assert got == {k: gold[k] for k in got}, (name, gold["name"])


def test_main_actors_have_one_id_across_all_seeds(results, expected):
    ids: dict[str, set[str]] = {}
    for name, actors in expected.items():
        for gold in actors:
            if gold["name"] in MAIN:
                ids.setdefault(gold["name"], set()).update(_ids(results[name], gold["surface"]))
    assert set(ids) == MAIN
    assert all(len(found) == 1 for found in ids.values()), ids


def test_the_two_wangs_stay_apart(results):
    result = results["000_7d142e7480bb7e3a.txt"]
    youming = _ids(result, ["Wang Youming"])
    chuanfu = _ids(result, ["Wang Chuanfu"])
    assert len(youming) == len(chuanfu) == 1 and youming != chuanfu
    assert _ids(result, ["Wang"]) == youming  # every bare "Wang" there follows the analyst


def test_unknown_actors_are_listed_with_stable_ids(results):
    unknown = {e.id for r in results.values() for e in r.entities if not e.known}
    assert unknown and all(i.startswith("unk:") for i in unknown)
    assert "unk:ORG:international-institute-of-governance" in unknown
