"""A name that talks are about ("a meeting on Somalia", "talks about Syria and Libya") is no party to them: the role
model does not take it for the meeting's target (roles/no_party.named_topic); a party the talks are held with stays."""

import pytest

from tests.events.conftest import names


def _talks(events):
    found = [e for e in events if e.type == "CONSULT"]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize("text, topics", [
    ("The Kenyan president chaired a meeting on Somalia and Ethiopia with his security chiefs.",
     ("Somalia", "Ethiopia")),
    ("Putin held talks about Syria and Libya with his defence minister on Monday.", ("Syria", "Libya")),
])
def test_a_named_topic_is_no_party_to_the_talks(code, text, topics):
    events, actors = code(text)
    talks = _talks(events)
    assert talks.source
    assert not any(t in n for n in names(talks.target, actors) for t in topics)


@pytest.mark.parametrize("text, party", [
    ("The Kenyan president held a meeting with Somalia's president on the border dispute.", "Somali"),
    ("Putin held talks with Erdogan about Syria on Monday.", "Erdo"),
])
def test_the_party_talked_with_stays(code, text, party):
    events, actors = code(text)
    talks = _talks(events)
    assert any(party in n for n in names(talks.target, actors))
