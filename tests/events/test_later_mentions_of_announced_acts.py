"""A story that announces an act reads a later tenseless mention of the same act ("his visit") as the plan
(events/coder.py); a later mention that names another target is another act and keeps its own status ("will visit
Tanzania … his visit to Uganda ended with …" is the visit to Uganda told before, not a planned one). Sentences
written for these tests; the article is of Saturday 15 June 2024."""

import pytest

PUBLISHED = "2024-06-15"


def _visits(code, text):
    events, _ = code(text, PUBLISHED)
    return [(e.status, tuple(e.target)) for e in events if e.cameo == "042"]


@pytest.mark.parametrize("text", [
    "Kenya's president Ruto visited Uganda on Friday. He will visit Tanzania next month. "
    "His visit to Uganda ended with a pledge on trade.",
    "Ghana's president toured Togo on Thursday. He is due to visit Benin in July. "
    "His visit to Togo closed with a deal on electricity.",
])
def test_a_mention_naming_another_target_is_not_the_announced_act(code, text):
    visits = _visits(code, text)
    planned_targets = {t for status, targets in visits if status == "planned" for t in targets}
    told_first = {targets for status, targets in visits if status == "occurred"}
    assert len(planned_targets) == 1 and told_first
    assert not planned_targets & {t for targets in told_first for t in targets}


def test_a_mention_naming_the_announced_target_is_the_plan(code):
    text = ("Kenya's president Ruto will visit Tanzania next month. "
            "The agenda of his visit to Tanzania includes trade and the shared railway.")
    assert {status for status, _ in _visits(code, text)} == {"planned"}
