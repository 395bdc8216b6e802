"""A stoppage of work told with "struck" and an employer as the object (protest.yaml, 143): the strikers named as a
guild's or a union's members ("its members", "the guild's members": lexicon `member_nouns`, events/matching.py
`subject_words`) or by a trade in the plural ("nurses", "teachers"). Fighters' members or soldiers, and one person
of a trade, who "struck" something hit it (assault.yaml)."""

import pytest


@pytest.mark.parametrize("text", [
    "The Ruritanian Pilots Guild said its members had struck two domestic airlines on Sunday.",
    "The Harbour Guild's members struck Mombasa Terminal Co on Tuesday.",
    "The Kenya Dockworkers Union said its members have struck the Kenya Ports Authority.",
    "Kenyan nurses struck two Nairobi hospitals on Friday.",
    "Nigerian teachers struck the Lagos schools board on Monday.",
])
def test_members_or_a_trade_striking_an_employer_stop_work(typed, text):
    assert typed(text)["struck"][:2] == ("PROTEST", "143")


def test_a_guild_s_members_striking_a_firm_is_a_protest_against_it(code):
    events, actors = code("The Harbour Guild's members struck Mombasa Terminal Co on Tuesday.")
    found = [(e.type, e.cameo, {actors[t].name for t in e.target}) for e in events if e.trigger == "struck"]
    assert found == [("PROTEST", "143", {"Mombasa Terminal Co"})], found


@pytest.mark.parametrize("text", [
    "The militia said its members had struck two army barracks on Sunday.",
    "The Ruritanian army said its soldiers had struck two rebel camps on Sunday.",
    "A Kenyan teacher struck a pupil in Nairobi.",
])
def test_must_not_fighters_soldiers_or_one_person_striking_stop_work(typed, text):
    assert typed(text)["struck"][0] == "ASSAULT"
