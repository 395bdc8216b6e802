"""Flat clusters by average link cut at a distance: `fcluster(linkage(y, "average"), t, criterion="distance")`.

The merge clusters small groups (two or three reports, mostly) many times per build, and importing
`scipy.cluster.hierarchy` costs some 0.7 CPU s a process. Groups of up to `SMALL` items are clustered here in
Python with scipy's own steps and arithmetic (its nearest-neighbour chain, stable sort by distance, relabelling,
largest distance under each node, numbering of the flat clusters), so the labels are scipy's, ties included;
larger groups go to scipy.
"""

from __future__ import annotations

from collections.abc import Sequence

SMALL = 24  # the chain's O(n^3) worst case in Python stays well under scipy's import below this


def flat_clusters(y: Sequence[float], n: int, cutoff: float) -> list[int]:
    """The flat cluster number (from 1) of each of n items, y their condensed distances (as scipy's `pdist`)."""
    if n > SMALL:
        import numpy as np
        from scipy.cluster.hierarchy import fcluster, linkage

        return fcluster(linkage(np.asarray(y, dtype=float), method="average"), t=cutoff,
                        criterion="distance").tolist()
    if len(y) != n * (n - 1) // 2 or any(not (d == d and abs(d) != float("inf")) for d in y):
        raise ValueError("the condensed distances must be n * (n - 1) / 2 finite values")
    if n == 1:
        return [1]
    tree = _label(sorted(_nn_chain(list(y), n), key=lambda row: row[2]), n)
    return _monocrit(tree, _max_dists(tree, n), cutoff, n)


def _at(n: int, i: int, j: int) -> int:
    """The condensed index of (i, j), i != j."""
    if i > j:
        i, j = j, i
    return n * i - (i * (i + 1)) // 2 + (j - i - 1)


def _nn_chain(d: list[float], n: int) -> list[list]:
    """scipy's `_hierarchy.nn_chain` for average link: rows [x, y, distance, size], unsorted."""
    size = [1] * n
    chain: list[int] = []
    rows = []
    y = 0
    for _ in range(n - 1):
        if not chain:
            chain = [next(i for i in range(n) if size[i] > 0)]
        while True:
            x = chain[-1]
            if len(chain) > 1:
                y = chain[-2]
                least = d[_at(n, x, y)]
            else:
                least = float("inf")
            for i in range(n):
                if size[i] == 0 or i == x:
                    continue
                dist = d[_at(n, x, i)]
                if dist < least:
                    least, y = dist, i
            if len(chain) > 1 and y == chain[-2]:
                break
            chain.append(y)
        del chain[-2:]
        if x > y:
            x, y = y, x
        nx, ny = size[x], size[y]
        rows.append([x, y, least, nx + ny])
        size[x], size[y] = 0, nx + ny
        for i in range(n):
            ni = size[i]
            if ni == 0 or i == y:
                continue
            d[_at(n, i, y)] = (nx * d[_at(n, i, x)] + ny * d[_at(n, i, y)]) / (nx + ny)
    return rows


def _label(rows: list[list], n: int) -> list[list]:
    """scipy's `label`: each row's items renamed to the clusters they are in at that row (union-find)."""
    parent = list(range(2 * n - 1))
    sizes = [1] * n + [0] * (n - 1)
    following = n

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for row in rows:
        a, b = find(row[0]), find(row[1])
        row[0], row[1] = (a, b) if a < b else (b, a)
        parent[a] = parent[b] = following
        sizes[following] = row[3] = sizes[a] + sizes[b]
        following += 1
    return rows


def _max_dists(tree: list[list], n: int) -> list[float]:
    """The largest merge distance under each node (scipy's `get_max_dist_for_each_cluster`)."""
    most = [0.0] * (n - 1)
    for k, (left, right, dist, _) in enumerate(tree):  # a node's children come before it
        found = dist
        for child in (left, right):
            if child >= n and most[child - n] > found:
                found = most[child - n]
        most[k] = found
    return most


def _monocrit(tree: list[list], most: list[float], cutoff: float, n: int) -> list[int]:
    """scipy's `cluster_monocrit`: the tree walked from the root, left first, numbering the flat clusters."""
    labels = [0] * n
    visited = [False] * (2 * n - 1)
    stack = [2 * n - 2]
    clusters, leader = 0, -1
    while stack:
        root = stack[-1] - n
        left, right = tree[root][0], tree[root][1]
        if leader == -1 and most[root] <= cutoff:
            leader = root
            clusters += 1
        if left >= n and not visited[left]:
            visited[left] = True
            stack.append(left)
            continue
        if right >= n and not visited[right]:
            visited[right] = True
            stack.append(right)
            continue
        for leaf in (left, right):
            if leaf < n:
                if leader == -1:
                    clusters += 1
                labels[leaf] = clusters
        if leader == root:
            leader = -1
        stack.pop()
    return labels
