"""On a page, an act told only in a post the page quotes whole (an embedded tweet: its lines, then a line naming its
author, handle and day; nlp/tweets.py) is the post's own words, no act the page tells (events/relevance.py
`told_in_a_post`): a leader's "I had talks all day" or a reporter's remark on it. The same act told in the page's
own lines stays, and so does a post in a text too short for the page rules (test_first_person_in_a_post.py). Pages
written here (round 74)."""

from __future__ import annotations

POST = ("The governor of Lagos spent the weekend at his farm, his office said.\n"
        "Critics said he had skipped the budget debate for the third week running.\n"
        "He answered them on Sunday evening.\n"
        "I met the Ghanaian trade minister today and we will sign a new deal soon\n"
        "— Bola Adeyemi (@bolaadeyemi) March 1, 2020\n"
        "A reporter for a Lagos daily was not convinced.\n"
        "So the governor says he consulted the Ghanaian envoy from his farm pic.twitter.com/Ab12Cd34\n"
        "— Ngozi Eze (@ngozieze) March 1, 2020\n"
        "The Ghanaian embassy said no meeting had taken place.\n"
        "The budget debate resumes on Tuesday.")
PROSE = ("The governor of Lagos spent the weekend at his farm, his office said.\n"
         "Critics said he had skipped the budget debate for the third week running.\n"
         "The governor met the Ghanaian trade minister on Sunday, he wrote on Twitter.\n"
         "We stand with the people of Lagos\n"
         "— Bola Adeyemi (@bolaadeyemi) March 1, 2020\n"
         "The Ghanaian embassy did not comment.\n"
         "The budget debate resumes on Tuesday.")


def _told(events, words):
    return [e for e in events if any(words in ev.text for ev in e.evidence)]


def test_acts_told_only_in_a_quoted_post_are_no_acts(code):
    events, _ = code(POST, "2020-03-02")
    assert not _told(events, "I met the Ghanaian trade minister"), [(e.type, e.trigger) for e in events]
    assert not _told(events, "he consulted the Ghanaian envoy"), [(e.type, e.trigger) for e in events]


def test_an_act_the_page_tells_in_its_own_lines_stays(code):  # must-not: the page's prose beside a post
    events, _ = code(PROSE, "2020-03-02")
    assert any(e.type == "CONSULT" for e in _told(events, "met the Ghanaian trade minister")), \
        [(e.type, e.trigger) for e in events]
