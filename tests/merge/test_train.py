"""How the coreference trainer chooses its setting: repeated, seeded folds of topics and a smoothed surface."""

from dossier.merge import train


def _surface(peak: tuple, plateau: list[tuple], gather=0.05) -> dict[tuple, float]:
    """A flat surface at 0.70 with a broad plateau at 0.74 and one lone spike at 0.745."""
    out = {(gather, s, t): 0.70 for s in train.STORIES for t in train.THRESHOLDS}
    out.update({(gather, s, t): 0.74 for s, t in plateau})
    out[(gather, *peak)] = 0.745
    return out


def test_the_centre_of_a_broad_plateau_beats_a_lone_spike():
    stories, thresholds = train.STORIES, train.THRESHOLDS
    plateau = [(s, t) for s in stories[1:4] for t in thresholds[1:4]]
    mean = _surface((stories[-1], thresholds[-1]), plateau)
    assert max(mean, key=mean.get) == (0.05, stories[-1], thresholds[-1])
    assert train.choose(train.smoothed(mean)) == (0.05, stories[2], thresholds[2])


def test_smoothing_keeps_a_flat_surface_flat_and_ties_go_to_the_highest_threshold():
    mean = {(0.05, s, t): 0.7 for s in train.STORIES for t in train.THRESHOLDS}
    smooth = train.smoothed(mean)
    assert all(abs(v - 0.7) < 1e-12 for v in smooth.values())
    assert train.choose(smooth) == (0.05, train.STORIES[-1], train.THRESHOLDS[-1])


def test_topic_folds_are_seeded_and_cover_every_topic_once_per_repeat():
    splits = train.topic_splits(25)
    assert splits == train.topic_splits(25)
    assert len(splits) == train.REPEATS * train.FOLDS
    for r in range(train.REPEATS):
        tested = sorted(k for _, fold in splits[r * train.FOLDS:(r + 1) * train.FOLDS] for k in fold)
        assert tested == list(range(25))
    for rest, fold in splits:
        assert not set(rest) & set(fold) and len(rest) + len(fold) == 25


def test_the_surface_is_printed_with_the_chosen_setting_marked():
    mean = {(g, s, t): 0.7 for g in train.GATHER for s in train.STORIES for t in train.THRESHOLDS}
    chosen = train.choose(train.smoothed(mean))
    lines = train.surface_lines(mean, train.smoothed(mean), chosen)
    assert sum(line.count("*") for line in lines) == 1
    assert len(lines) == 1 + len(train.GATHER) * (1 + len(train.STORIES))
