"""On a page, an act on no one told only in a post the page quotes whole (an embedded tweet: its lines, then a line
naming its author, handle and day; nlp/tweets.py) is the author's word of his own doings or a reporter's remark on
another's, no act the page tells between parties (events/relevance.py `told_in_a_post`): a president's "I had
meetings in several places today", a reporter's "so the president says he went to his farm for a meeting". An act on
a party in a post ("I condemn the decision of the Ugandan government": test_first_person_in_a_post.py too) and an act
the page tells in its own lines stay. Pages written here (round 74). Round 75: a post's text left in the page's body
with its picture link ending the line and no author's line (`nlp.tweets.linked_sentences`) is a post too; an act on a
party there stays."""

from __future__ import annotations

OWN = "I had meetings in several places today while following the floods closely"
PAGE = ("The president of Kenya spent the weekend at his farm, his office said.\n"
        "Critics said he had skipped the budget debate for the third week running.\n"
        "He answered them on Sunday evening.\n"
        f"{OWN}\n"
        "— Uhuru Kenyatta (@UKenyatta) March 1, 2020\n"
        "A reporter for a Nairobi daily was not convinced.\n"
        "So the president says he went to his farm for a meeting on trade pic.twitter.com/Ab12Cd34\n"
        "— Jane Wanjiru (@janewanjiru) March 1, 2020\n"
        "The budget debate resumes on Tuesday.")


def _told(events, words):
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


def _seen(events):
    return [(e.type, e.trigger, e.evidence[0].text[:40]) for e in events]


def test_acts_on_no_one_told_only_in_a_quoted_post_are_no_acts(code):
    events, _ = code(PAGE, "2020-03-02")
    assert not _told(events, "I had meetings"), _seen(events)
    assert not _told(events, "he went to his farm for a meeting"), _seen(events)


def test_an_act_on_a_party_in_a_post_stays(code):  # must-not: the post names whom the act is done to
    events, _ = code(PAGE.replace(OWN, "I condemn the decision of the Ugandan government on our traders"), "2020-03-02")
    assert any(e.type == "ACCUSE" for e in _told(events, "I condemn")), _seen(events)


def test_an_act_the_page_tells_in_its_own_lines_stays(code):  # must-not: the page's prose beside a post
    events, _ = code(PAGE.replace("He answered them on Sunday evening.",
                                  "The president met the Ugandan trade minister on Sunday, he wrote on Twitter."),
                     "2020-03-02")
    assert any(e.type == "CONSULT" for e in _told(events, "met the Ugandan trade minister")), _seen(events)


BODY = ("The governor spent the weekend at his home in Lagos.\n"
        "He met aides there on Saturday morning, his office said.\n"
        "Governor Sanwo-Olu announced sanctions today pic.twitter.com/Ab12Cd34\n"
        "Reporters were not allowed to attend the meeting.\n"
        "His office did not release a list of those present.\n"
        "He flew back to Abuja on Sunday evening.")


def test_an_act_on_no_one_in_a_post_left_in_the_body_is_no_act(code):
    events, _ = code(BODY, "2020-03-02")
    assert not _told(events, "announced sanctions"), _seen(events)


def test_an_act_on_a_party_in_a_post_left_in_the_body_stays(code):  # must-not
    events, _ = code(BODY.replace("announced sanctions today", "met the Ugandan trade minister today"), "2020-03-02")
    assert any(e.type == "CONSULT" for e in _told(events, "met the Ugandan")), _seen(events)


def test_a_sentence_of_the_page_with_no_link_stays(code):  # must-not: the same words as the page's own
    events, _ = code(BODY.replace(" today pic.twitter.com/Ab12Cd34", " on Sunday."), "2020-03-02")
    assert _told(events, "announced sanctions"), _seen(events)
