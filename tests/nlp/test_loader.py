"""Loading the pipeline: dossier's stages are built without the garbage collector and then frozen out of its
sight; the collector is left as it was found, also when a stage fails."""

import gc

import pytest

from dossier.nlp import loader


def test_stages_built_without_the_collector_then_frozen():
    assert gc.isenabled()
    before = gc.get_freeze_count()
    with loader._uncollected():
        assert not gc.isenabled()
        built = [{"table": [n]} for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= before + len(built)


def test_a_failed_stage_leaves_the_collector_on():
    with pytest.raises(ValueError), loader._uncollected():
        raise ValueError("a stage that cannot be built")
    assert gc.isenabled()
