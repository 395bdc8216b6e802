"""A sentence left without an event keeps its trigger whose actors were not resolved only where the model prefers a
type to "no event" (BARE_AT) and is sure enough of that type (BARE_TYPE_AT): "stopped work in a strike" is kept as a
strike where the model is fairly sure of a protest, and dropped where it only leans that way."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.classifier import NONE
from dossier.events.component import coding_with

STRIKE = "Some 900 hired hands stopped work in a strike for higher wages on Monday at the copper mine."


class _LeansToProtest:
    """A type model that takes every sentence for a protest at `margin`, "no event" well below it."""

    def __init__(self, margin: float):
        self.margin = margin

    def scores_many(self, batch):
        return [{"PROTEST": self.margin, "ACCUSE": self.margin - 0.9, NONE: self.margin - 1.0} for _ in batch]


@pytest.mark.parametrize("margin, kept", [(-0.3, True), (coder_module.BARE_TYPE_AT + 0.01, True),
                                          (coder_module.BARE_TYPE_AT - 0.05, False), (-0.6, False)])
def test_an_unresolved_trigger_is_kept_only_where_the_model_is_sure_of_its_type(nlp, code, margin, kept):
    with coding_with(nlp, types=_LeansToProtest(margin), roles=None):
        events, _ = code(STRIKE, "2019-11-18")
    assert [e.type for e in events] == (["PROTEST"] if kept else [])


def test_the_rules_alone_keep_no_such_trigger(nlp, code):
    with coding_with(nlp, types=None, roles=None):
        events, _ = code(STRIKE, "2019-11-18")
    assert events == []
