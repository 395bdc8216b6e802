"""Round 72 (dyads72): a minister named after "<title> of <portfolio>", where the tagger ran his name into the
portfolio ("Secretary of Trade and Industry X Y" read as one organisation "Trade and Industry X Y"): the person, of the
state his title's word names, and his family name alone later is the same person (before: an organisation with the
state's code, and the family name later a person of no state). "Secretary of Finance X" names a state's official as
"Minister of Finance X" does (before: the state without the government's sector).
"""

from dossier.actors.portfolio_names import names_after_portfolios


def _people(found):
    return {e.name: e for e in found.entities if e.kind == "person"}


def test_a_secretary_named_after_his_portfolio_is_a_person_of_his_state(story):
    found = story("Malaysian Secretary of Trade and Industry Rafael Aquino said he was pleased with the meeting. "
                  "Aquino said he would go to Canberra for talks with Australia.", dateline="SUVA")
    people = _people(found)
    assert "Rafael Aquino" in people and people["Rafael Aquino"].country == "MYS"
    assert not any("Industry" in e.name for e in found.entities)
    assert all(e.type != "ORG" for e in found.entities if "Aquino" in e.name)


def test_a_secretary_of_a_portfolio_is_a_state_s_official(story):
    found = story("Thai Secretary of Finance Somchai Prasert said he would visit Tokyo next week.", dateline="BANGKOK")
    person = _people(found)["Somchai Prasert"]
    assert (person.country, person.cameo) == ("THA", "THAGOV")


def test_names_after_portfolios_needs_a_title_of_and_a_name():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    titles, portfolio = frozenset({"minister", "secretary"}), frozenset({"trade", "industry", "finance"})
    links = frozenset({"and", "resources"})
    doc = nlp("The Secretary of Trade and Industry Ana Lima spoke")
    doc.ents = [Span(doc, 3, 8, label="ORG")]
    found = names_after_portfolios(doc, titles, portfolio, links)
    assert [(e.text, e.label_) for e in found] == [("Ana Lima", "PERSON")]
    other = nlp("The Secretary of Acme Trading Ana Lima spoke")  # negative: no portfolio right after "of"
    other.ents = [Span(other, 3, 7, label="ORG")]
    assert names_after_portfolios(other, titles, portfolio, links) is None
    alone = nlp("The head of Trade and Industry Ana Lima spoke")  # negative: no title before "of"
    alone.ents = [Span(alone, 3, 8, label="ORG")]
    assert names_after_portfolios(alone, titles, portfolio, links) is None
    bare = nlp("The Minister of Trade and Industry spoke")  # negative: no name after the portfolio
    bare.ents = [Span(bare, 3, 6, label="ORG")]
    assert names_after_portfolios(bare, titles, portfolio, links) is None
