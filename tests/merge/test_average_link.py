"""Average link cut at a distance, without scipy for small groups: the same flat clusters, numbered as scipy
numbers them, ties included; and the merge's other two scipy readings made in Python (connected components, the
articles' dot products), the same to the last bit."""

import random

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from dossier.merge import coref
from dossier.merge.average_link import SMALL, flat_clusters


def _scipy(y: list[float], t: float) -> list[int]:
    return fcluster(linkage(np.array(y), method="average"), t=t, criterion="distance").tolist()


def test_a_tie_at_the_cut_is_broken_as_scipy_breaks_it():
    # A-B 0.3, B-C 0.3, A-C 0.9: which pair joins first decides the groups at 0.5
    assert flat_clusters([0.3, 0.9, 0.3], 3, 0.5) == _scipy([0.3, 0.9, 0.3], 0.5) == [1, 1, 2]


def test_close_items_join_and_far_ones_stay_apart():
    y = [0.1, 0.8, 0.85, 0.9, 0.95, 0.2]  # 0-1 close, 2-3 close, the pairs far apart
    assert flat_clusters(y, 4, 0.5) == _scipy(y, 0.5) == [1, 1, 2, 2]


def test_a_vetoed_pair_keeps_a_strong_group_apart():
    apart = 1e6  # the merge's distance for a ruled-out pair
    y = [0.1, 0.1, apart]  # 0 close to both 1 and 2, but 1 and 2 ruled out
    assert flat_clusters(y, 3, 0.5) == _scipy(y, 0.5)
    assert len(set(flat_clusters(y, 3, 0.5))) == 2


def test_nothing_joins_over_the_cut():
    assert flat_clusters([0.6, 0.7, 0.8], 3, 0.5) == _scipy([0.6, 0.7, 0.8], 0.5) == [1, 2, 3]
    assert flat_clusters([0.4], 2, 0.4) == [1, 1] and flat_clusters([0.4000001], 2, 0.4) == [1, 2]
    assert flat_clusters([], 1, 0.5) == [1]


@pytest.mark.parametrize("values", [None, (0.1, 0.3, 0.5, 0.7), (0.0, 0.4, 0.6, 1e6)])
def test_random_groups_as_scipy(values):
    rnd = random.Random(11)
    for _ in range(300):
        n = rnd.randint(2, SMALL)
        y = [rnd.random() if values is None else rnd.choice(values) for _ in range(n * (n - 1) // 2)]
        t = rnd.choice([0.3, 0.5, 0.6, rnd.random()])
        assert flat_clusters(y, n, t) == _scipy(y, t)


def test_a_large_group_goes_to_scipy():
    rnd = random.Random(5)
    n = SMALL + 6
    y = [rnd.choice((0.2, 0.5, 0.9)) for _ in range(n * (n - 1) // 2)]
    assert flat_clusters(y, n, 0.5) == _scipy(y, 0.5)


def test_distances_that_are_not_finite_are_refused():
    with pytest.raises(ValueError):
        flat_clusters([0.1, float("nan"), 0.3], 3, 0.5)
    with pytest.raises(ValueError):
        flat_clusters([0.1, 0.2], 3, 0.5)


def test_components_as_scipy():
    rnd = random.Random(2)
    for _ in range(200):
        n = rnd.randint(2, 30)
        pairs = [tuple(sorted(rnd.sample(range(n), 2))) for _ in range(rnd.randint(1, n))]
        rows, cols = zip(*pairs)
        _, labels = connected_components(coo_matrix((np.ones(len(pairs)), (rows, cols)), shape=(n, n)),
                                         directed=False)
        groups: dict[int, list[int]] = {}
        for i, label in enumerate(labels):
            groups.setdefault(int(label), []).append(i)
        assert coref._components(n, pairs) == list(groups.values())
    assert coref._components(3, []) == [[0], [1], [2]]


def test_dot_products_as_scipy_to_the_last_bit():
    rnd = random.Random(4)
    for _ in range(200):
        vocabulary = [f"w{i}" for i in range(rnd.randint(1, 40))]
        vectors = [{k: rnd.choice([rnd.random(), 1 / 3, 0.1])
                    for k in rnd.sample(vocabulary, rnd.randint(0, min(12, len(vocabulary))))}
                   for _ in range(rnd.randint(1, SMALL))]
        assert np.array_equal(coref._gram(vectors), coref._sparse_gram(vectors))
