"""The economic negatives of the type model's training set: the share of sentences without a candidate is taken in a
seeded order of their ids, so that a rule change that moves a few sentences changes the share by as few."""

from __future__ import annotations

from dossier.events.training import NONE, Sample, stable_share


def _plain(n: int) -> list[Sample]:
    return [Sample("economic", f"story-{i}:0", f"Quarterly sales of the firm rose {i} pct.", NONE) for i in range(n)]


def test_one_more_kept_adds_one_and_drops_none():
    plain = _plain(200)
    fewer, more = stable_share(plain, 50), stable_share(plain, 51)
    assert {s.id for s in fewer} < {s.id for s in more} and len(more) == 51


def test_a_sentence_gone_leaves_the_others_in_place():
    plain = _plain(200)
    kept = stable_share(plain, 50)
    without = stable_share([s for s in plain if s.id != kept[0].id], 49)
    assert {s.id for s in without} == {s.id for s in kept[1:]}


def test_the_seed_changes_the_order():
    plain = _plain(200)
    assert {s.id for s in stable_share(plain, 50, seed=1)} != {s.id for s in stable_share(plain, 50, seed=2)}
