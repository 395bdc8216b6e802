"""A state body every state has one of, compounded before a noun of its public speech with no word but "the"
("central bank statements", "the central bank statement"), is that body, of the story's state, as "the central bank" is
(agents.py `_body_s_speech`); before another noun ("central bank reserves") it is still no actor."""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_central_bank_statements_are_the_story_state_s_bank(story):
    text = ("Zambia will bring back its currency auction next month, President Kenneth Kaunda said. Kaunda dismissed "
            "central bank statements that the new auction would fix the exchange rate. Zambia owes the IMF more.")
    found = story(text, dateline="LUSAKA", published="1987-03-03")
    assert mention_countries(found, "central bank") == {"ZMB"}
    assert any(ev.type == "REJECT" and any(i.startswith("agent:ZMB") for i in ev.target) for ev in found.events)


def test_the_central_bank_statement_is_the_story_state_s_bank(story):
    text = ("Kenya's shilling fell for a third week. Exporters questioned the central bank statement on interest "
            "rates, and Kenya's traders said the shilling would fall further.")
    found = story(text, dateline="NAIROBI", published="1987-04-02")
    assert mention_countries(found, "central bank") == {"KEN"}


def test_a_bank_before_its_reserves_is_no_actor(story):
    text = ("Zambia will bring back its currency auction next month. Central bank reserves fell to a low in "
            "February, and Zambia asked for new loans.")
    found = story(text, dateline="LUSAKA", published="1987-03-03")
    assert mention_countries(found, "central bank") == set()
