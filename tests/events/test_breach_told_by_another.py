"""A phrase of "in" and a noun in a predicate's place ("was in violation of", "is in breach of", "remains in
defiance of") said by one who tells it of another's act is a charge against the act's doer (accuse.yaml's
`judged` entries; matching.predicative reads the phrase like a predicate adjective). The writer's own narration,
a phrase on another verb and a phrase that says no fault name none."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, source, target, code_", [
    ("Beijing said the handover by Portugal was in violation of the 1984 treaty.", "China", "Portugal", "112"),
    ("Kenya's foreign minister said Uganda's troop deployment remained in contravention of the border accord.",
     None, "Uganda", "112"),
    ("Spain's foreign ministry said Morocco was in breach of the fishing agreement.", None, "Morocco", "112"),
    ("Kosovo's referendum is in defiance of the constitutional court, Serbia's president said.", None, "Kosovo",
     "111"),
])
def test_a_breach_told_by_one_who_tells_it_is_a_charge(code, text, source, target, code_):
    events, actors = code(text)
    found = [e for e in events if e.type == "ACCUSE" and e.cameo == code_]
    assert found, text
    if target:
        assert target in names(found[0].target, actors), text
    if source:
        assert source in names(found[0].source, actors), text


@pytest.mark.parametrize("text", [
    "The tanker was in breach of safety rules when it docked at Rotterdam.",  # the writer's own narration
    "Lithuania said the naval exercise was in line with the treaty.",          # no fault named
    "The referendum is in defiance of the court, Serbia's president said.",   # a thing of nobody's
    "Ministers met in defiance of the snowstorm, the chancellor said.",        # a phrase on another verb
])
def test_no_charge_without_a_teller_or_a_fault(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE" and e.trigger in ("breach", "line", "defiance")], text


def test_the_phrase_is_matched_only_with_its_noun(nlp):
    matcher = nlp.get_pipe("dossier_events").coder.matcher
    hits = {t.text: e.type for t, e in matcher(nlp("Russia said the inspection was in violation of the accord."))}
    assert hits.get("violation") == "ACCUSE"
    hits = {t.text: e.type for t, e in matcher(nlp("Russia reported a violation of the accord near the border."))}
    assert hits.get("violation") != "ACCUSE"
