"""On a page not about public affairs, a state named only as a whole is a place or a people, no political side
(events/relevance.py `on_topic_events`, `team_states`): a grocer's gift "to food banks across America" is no act with
the United States. Where the page names the state's government, the state stays a party, and sides of two states keep
their act. Texts written here."""

from __future__ import annotations

import pytest

GIFT = ("Brightmoor Foods said on Monday it would give $2 million to food banks across America. The grocer runs 140 "
        "stores in four states. Its chief executive, Dana Whitfield, said the gift was the largest in the firm's "
        "history. The money will buy fresh produce for families this winter. Shoppers can also round up their bills "
        "at the till to add to the fund. The chain opened its first store in 1962.")
PLEDGE = ("Lakeshore Outfitters pledged $500,000 on Tuesday to youth clubs all over Canada. The retailer sells "
          "boots and jackets in 60 towns. Its founder, Mara Quill, said the clubs had helped her as a girl. The "
          "money will pay for coaches and summer camps. Customers can add a dollar at the till. The firm was set up "
          "in 1988.")


@pytest.mark.parametrize("page", [GIFT, PLEDGE])
def test_a_firms_gift_to_a_state_named_only_as_a_whole_is_left_out(code, page):
    events, actors = code(page)
    assert not [e for e in events if any(actors[a].kind == "government" for a in e.target)]


def test_a_page_that_names_the_states_government_keeps_the_state_as_a_party(code):
    # the gift's sentence names the state as its receiver: a firm's gift to groups "across America", the state named
    # only as where they are, is no aid to it on any page (test_a_firms_gift.py, relevance.py `firms_gift`)
    gift = GIFT.replace("to food banks across America", "to the United States for its food banks")
    events, actors = code(gift + " The American government thanked the firm for the gift.")
    assert [e for e in events if e.type == "AID" and any(actors[a].name == "United States" for a in e.target)]


def test_a_state_that_is_a_clauses_subject_stays_a_party(code):
    page = ("Ruritania must cut its budget deficit to keep the currency stable, Harbourside Bank said in its monthly "
            "review. The bank expects growth of 2 percent this year. Its economists see prices rising by 4 percent. "
            "Exports of wool and wine grew in the third quarter. Imports of machinery fell. The review is read "
            "mostly by traders.")
    events, actors = code(page.replace("Ruritania", "Kenya"))
    assert [e for e in events if any(actors[a].name == "Kenya" for a in e.target)]


def test_a_state_that_owns_or_qualifies_a_noun_is_no_mere_place(code):
    story = ("The Kenya Tea Growers Union said it will demand a 40 pct wage rise in coming negotiations with "
             "Kenya's tea estates. The union represents about 90,000 pickers. Its leaders meet next week. The last "
             "contract ran for two years. Pickers earn about 200 shillings a day. Output rose 5 pct last year.")
    events, actors = code(story)
    assert [e for e in events if e.trigger == "demand"]
