"""A question put to a speaker ("asked about the talks, the minister said") is how the news was gathered, not a
request between actors, also where the participle is set off after the speaker ("The minister, asked about the
talks with Russia, said"); a request asked of someone by a side, or to do something, stays one
(events/data/non_events.yaml, "a question put to the speaker"). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Asked about the border talks with Russia, the Finnish minister said they would resume in May.",
    "The Finnish minister, asked about the border talks with Russia, said they would resume in May.",
    "The Chilean envoy, asked whether Chile would join the pact, said no decision had been made.",
])
def test_a_question_put_to_the_speaker_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Kenyan minister, asked by Uganda to mediate, agreed to travel to Kampala.",
    "Peru asked Japan for a loan to rebuild the port.",
    "The envoy was asked by Chile to deliver a message to Bolivia.",
])
def test_a_request_by_a_side_stays_one(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]
