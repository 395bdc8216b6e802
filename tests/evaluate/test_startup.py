"""The start-up figures: medians of alternating fresh-process runs, and what dossier adds to spaCy alone."""

from dossier.evaluate import startup


def test_medians_and_what_dossier_adds(monkeypatch):
    runs = iter([{"total": 2.0, "first": 0.0, "mb": 150.0, "stages": {}, "cpu": 1.1},
                 {"total": 3.0, "first": 0.2, "mb": 280.0, "stages": {"dossier_actors": 0.5}, "cpu": 2.5},
                 {"total": 4.0, "first": 0.0, "mb": 152.0, "stages": {}, "cpu": 1.0},
                 {"total": 9.0, "first": 0.4, "mb": 290.0, "stages": {"dossier_actors": 0.7}, "cpu": 2.2},
                 {"total": 2.2, "first": 0.0, "mb": 151.0, "stages": {}, "cpu": 1.3},
                 {"total": 3.4, "first": 0.3, "mb": 285.0, "stages": {"dossier_actors": 0.6}, "cpu": 2.3}])
    monkeypatch.setattr(startup, "probe", lambda what, model: next(runs))
    figures = startup.measure("a_model", rounds=3)
    assert (figures["spaCy start-up s"], figures["dossier start-up s"]) == (2.2, 3.4)
    assert round(figures["added s"], 3) == 1.2 and figures["added MB"] == 285.0 - 151.0
    assert figures["adding dossier_actors s"] == 0.6
    # CPU seconds (a loaded machine's waits for a core left out): medians 1.1 and 2.3
    assert (figures["spaCy start-up CPU s"], figures["dossier start-up CPU s"]) == (1.1, 2.3)
    assert round(figures["added CPU s"], 3) == 1.2
