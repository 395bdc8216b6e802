"""A court sentencing someone is a coercion (COERCE 173, CAMEO "arrest, detain or charge with legal action"), told
actively or in the passive."""

from __future__ import annotations


def test_a_court_sentencing_a_journalist_is_a_coercion(code):
    events, _ = code("A court in Minsk sentenced a Belarusian journalist to eight years in prison on Monday.",
                     "2023-05-02")
    assert [(e.type, e.cameo) for e in events if e.trigger and e.trigger.startswith("sentenc")] == [("COERCE", "173")]


def test_a_passive_sentence_is_a_coercion(code):
    events, _ = code("Two Iranian students were sentenced to six years in prison by a Tehran court on Sunday.",
                     "2023-05-02")
    assert [(e.type, e.cameo) for e in events if e.trigger and e.trigger.startswith("sentenc")] == [("COERCE", "173")]
