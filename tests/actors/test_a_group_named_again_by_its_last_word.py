"""A group a story named by a longer noun ("its creditor banks", "commercial banks") and names again by that noun's
last word after "the" ("the banks") is the same agent (agents._named_again). Not a plural with words of its own
("the Japanese banks"), not where no such group was named before, not a singular. Sentences written for these
tests."""

from __future__ import annotations

import pytest


def agent_of(found, text: str) -> set[str]:
    return {m.entity for m in found.mentions if m.text.lower() == text}


@pytest.mark.parametrize("text, first", [
    ("Peru's finance minister met its creditor banks in New York on Monday. He said a firm commitment from the banks "
     "would help the economy.", "creditor banks"),
    ("Ecuador will ask commercial banks for a new loan, officials said. The banks have not yet replied to the "
     "request.", "commercial banks"),
])
def test_the_group_named_again_is_the_same_agent(story, text, first):
    found = story(text)
    assert agent_of(found, "banks") and agent_of(found, "banks") == agent_of(found, first)


@pytest.mark.parametrize("text", [
    # no group of banks named before
    "The central bank raised rates on Monday. Analysts said the banks would pass the rise to borrowers.",
    # words of its own: another group
    "Bolivia met its creditor banks on Friday. The Japanese banks, however, stayed away from the talks.",
])
def test_no_group_named_before_no_agent(story, text):
    found = story(text)
    assert not any(m.text.lower() in ("banks", "japanese banks") and m.entity.startswith("agent:")
                   for m in found.mentions)
