"""A verb's silent "e" kept in its lemma: "staged" is "stage" (spaCy's rules give "stag", a known verb too), "waged"
"wage", "hoped" "hope"; a form with the doubled consonant ("hopped", "barred") or a verb whose final consonant does
not double ("vowed", "fixed", "routed") keeps spaCy's lemma."""

from __future__ import annotations

import pytest

from dossier.nlp.silent_e import with_silent_e

_KNOWN = {"stage", "stag", "hope", "hop", "wage", "wag", "fine", "fin", "bar", "bare", "vow", "fix", "rout", "route"}


@pytest.mark.parametrize("form, lemma, expected", [
    ("staged", "stag", "stage"), ("stages", "stag", "stage"), ("staging", "stag", "stage"),
    ("waged", "wag", "wage"), ("hoped", "hop", "hope"), ("fined", "fin", "fine"),
    ("hopped", "hop", "hop"), ("barred", "bar", "bar"), ("vowed", "vow", "vow"), ("fixed", "fix", "fix"),
    ("routed", "rout", "rout"), ("planned", "plan", "plan"),
])
def test_the_lemma_of_a_verb_form(form, lemma, expected):
    assert with_silent_e(form, lemma, _KNOWN) == expected


def test_the_pipeline_keeps_the_silent_e():
    from dossier.nlp import loader
    nlp = loader.load()
    text = "Dock workers staged a strike while Kenya waged war and hoped to win; police barred them."
    for doc in (next(nlp.pipe([text])), nlp(text)):  # a build's stream and a single call read alike
        lemmas = {t.text: t.lemma_ for t in doc if t.pos_ == "VERB"}
        assert lemmas["staged"] == "stage" and lemmas["waged"] == "wage" and lemmas["hoped"] == "hope"
        assert lemmas["barred"] == "bar"
