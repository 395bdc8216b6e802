"""The share of plain "no event" sentences the type model learns from is chosen per sentence by a hash of its text,
so that a change of the pool (a rule that moves a few sentences in or out) leaves the rest of the choice as it was."""

from __future__ import annotations

from dossier.events.classifier import NONE
from dossier.events.training import Sample, draw_key, plain_share


def _pool(n: int, start: int = 0) -> list[Sample]:
    return [Sample("economic", f"story{i}:0", f"Quarterly net profit of company number {i} rose to {i * 7} mln dlrs.",
                   NONE) for i in range(start, start + n)]


def _texts(samples: list[Sample]) -> set[str]:
    return {s.text for s in samples}


def test_the_draw_keeps_as_many_as_asked_in_pool_order():
    pool = _pool(200)
    chosen = plain_share(pool, 50)
    assert len(chosen) == 50
    assert [pool.index(s) for s in chosen] == sorted(pool.index(s) for s in chosen)


def test_the_draw_is_the_same_on_every_call_and_in_any_order():
    pool = _pool(200)
    assert _texts(plain_share(pool, 50)) == _texts(plain_share(list(reversed(pool)), 50))


def test_adding_sentences_to_the_pool_keeps_the_old_choice_but_for_its_margin():
    pool = _pool(400)
    before = _texts(plain_share(pool, 100))
    after = _texts(plain_share(pool + _pool(4, start=400), 101))
    assert len(before - after) <= 4  # at most one lost per sentence added: no reshuffle of the rest
    removed = _texts(plain_share(pool[4:], 100))
    assert before - _texts(pool[:4]) <= removed  # every chosen sentence still in the pool stays chosen


def test_a_sentence_keeps_its_place_whatever_else_is_in_the_pool():
    text = "Money supply rose 1.2 pct in the week, the central bank said."
    assert draw_key(text) == draw_key(text)
    assert draw_key(text) != draw_key(text, seed=14)
    assert draw_key(text) != draw_key(text + " ")


def test_nothing_asked_nothing_drawn():
    assert plain_share(_pool(10), 0) == []
    assert len(plain_share(_pool(10), 30)) == 10


def test_every_sentence_with_a_rule_candidate_is_drawn_and_a_share_of_the_others():
    from dossier.events.training import ECONOMIC_PLAIN_SHARE, candidate_draw

    flagged = _pool(40)
    plain = _pool(200, start=40)
    pool = [(s, True) for s in flagged[:20]] + [(s, False) for s in plain[:100]] + \
        [(s, True) for s in flagged[20:]] + [(s, False) for s in plain[100:]]
    drawn = candidate_draw(pool)
    assert drawn[:40] == flagged  # those with a candidate first, all of them, in pool order
    assert len(drawn) == 40 + int(40 * ECONOMIC_PLAIN_SHARE)
    assert set(map(id, drawn[40:])) <= set(map(id, plain))
    assert candidate_draw([(s, False) for s in plain]) == []  # no candidate anywhere: nothing to weigh against
