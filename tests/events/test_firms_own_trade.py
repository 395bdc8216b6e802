"""A firm's own trade is no political act (events/relevance.py `firms_own_trade`, data/relevance.yaml): an event whose
doer is a firm, or a person of no state office beside firms, and whose every side is such (a bid rejected, a supply
contract signed, talks with one's creditors) is left out by default (setting `firm_trade`, "drop"). An event with a
state, a state body, an international body, an armed group or workers on a side stays, and so does one whose doer the
sentence does not name ("companies will be allowed to …": a government allows)."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.component import coding_with
from dossier.events.relevance import firms_own_trade, is_firm
from dossier.model import Entity, Event

ACTORS = {
    "acme": Entity(id="acme", name="Acme Widgets", type="ORG", kind="company"),
    "bus": Entity(id="bus", name="business (country unknown)", type="ORG", kind="company", cameo="---BUS", known=True),
    "mnc": Entity(id="mnc", name="Quandrel", type="ORG", kind="organisation", cameo="MNCUSA", known=True),
    "inc": Entity(id="inc", name="Brightline Publishers Inc", type="ORG", kind="organisation", country="USA"),
    "boss": Entity(id="boss", name="Marta Quell", type="PERSON", kind="person", cameo="DEUBUS", country="DEU"),
    "someone": Entity(id="someone", name="Tobias Renn", type="PERSON", kind="person"),
    "minister": Entity(id="minister", name="Ana Vell", type="PERSON", kind="person", cameo="KENGOV", country="KEN"),
    "writer": Entity(id="writer", name="Ida Sorm", type="PERSON", kind="person", cameo="USAMED", country="USA"),
    "union": Entity(id="union", name="Brotherhood of Mill Workers", type="ORG", kind="organisation"),
    "ken": Entity(id="ken", name="Kenya", type="GPE", kind="government", country="KEN", known=True),
    "eu": Entity(id="eu", name="European Union", type="ORG", kind="igo", known=True),
    "party": Entity(id="party", name="Tallinn Party of Labour Inc", type="ORG", kind="party"),
    "regulator": Entity(id="regulator", name="Trade Commission", type="ORG", kind="government", cameo="USAGOVBUS",
                        known=True),
    "oecd": Entity(id="oecd", name="Organisation for Trade", type="ORG", kind="igo", cameo="IGOWSTBUS", known=True),
    "envoy": Entity(id="envoy", name="Jules Marten", type="PERSON", kind="person", cameo="IGOWSTBUS"),
    "city": Entity(id="city", name="Port Arlen", type="GPE", kind="place", country="USA"),
    "abroad": Entity(id="abroad", name="Velmora", type="GPE", kind="place", country="MEX"),
    "tokai": Entity(id="tokai", name="Hoshimura Trading Co", type="ORG", kind="company", country="JPN"),
}


def _event(kind: str, source: list[str], target: list[str]) -> Event:
    return Event(id="t:e1", type=kind, source=source, target=target)


def test_a_firm_by_its_kind_its_sector_or_its_legal_form():
    assert all(is_firm(ACTORS[a]) for a in ("acme", "bus", "mnc", "inc"))
    assert not any(is_firm(ACTORS[a]) for a in ("union", "ken", "eu", "someone", "party", "regulator", "oecd"))


@pytest.mark.parametrize("kind, source, target", [
    ("REJECT", ["acme"], ["inc"]),          # a bid rejected
    ("AGREE", ["mnc"], []),                 # a firm's contract, its partner not named
    ("CONSULT", ["acme"], ["bus"]),         # talks with its creditors
    ("RETREAT", ["boss"], []),              # an executive of a firm's sector resigned
    ("CONSULT", ["someone"], ["boss"]),     # a shareholder spoke with the chairman
    ("SANCTION", ["acme"], ["inc"]),        # a firm cut its flights or ended its merger talks
    ("ASSAULT", ["mnc"], []),               # "fighting for market share"
    ("AGREE", ["acme"], ["city"]),          # a lease signed for a site in a city: where the trade is done
    ("COOPERATE", ["inc"], ["bus", "city"]),  # a plant shared with another firm in a city of its own state
    ("THREATEN", ["acme"], ["inc"]),        # a firm's threat aimed at another firm: their quarrel
    ("AGREE", ["inc"], ["boss"]),           # firms of two states: a stake bought across a border is their business
    ("COOPERATE", ["inc"], ["tokai"]),      # a venture of an American and a Japanese firm
])
def test_firms_and_their_people_on_every_side_are_trade(kind, source, target):
    assert firms_own_trade(_event(kind, source, target), ACTORS, frozenset({"city", "abroad"}))


@pytest.mark.parametrize("kind, source, target", [
    ("ACCUSE", ["ken"], ["acme"]),          # a state against a firm
    ("AGREE", ["acme"], ["eu"]),            # a firm's deal with an international body
    ("REQUEST", ["acme"], ["minister"]),    # a firm asks a minister
    ("CONSULT", ["acme"], ["union"]),       # a firm and its workers' union
    ("ACCUSE", ["writer"], ["acme"]),       # the press against a firm
    ("ASSAULT", ["someone"], ["acme"]),     # force against a firm, by anyone but a firm
    ("SANCTION", ["someone", "acme"], []),  # a doer that is no firm among firms
    ("THREATEN", ["acme"], []),             # a firm's threat with no target may aim at a state's measure
    ("PROTEST", ["acme"], []),
    ("CONCEDE", [], ["bus"]),               # no doer named: "companies will be allowed to ..."
    ("CONSULT", ["someone"], []),           # no firm at all (events/relevance `placed` judges those)
    ("AGREE", ["acme"], ["regulator"]),     # a settlement with a regulator of trade, whose code names business
    ("CONSULT", ["oecd"], []),              # an economic body of states
    ("CONSULT", ["envoy"], ["someone"]),    # its official, whose code holds a business sector too
    ("ACCUSE", ["acme"], []),               # a suit with no target: perhaps aimed at a state's act
    ("AGREE", ["inc"], ["abroad"]),         # a firm's plant in a city of another state
    ("AGREE", ["tokai"], ["ken"]),          # a foreign firm's deal with a state
    ("REQUEST", ["inc", "tokai"], ["minister"]),  # firms of two states ask a minister
    ("AGREE", ["minister"], ["city"]),      # a city a minister acts on
])
def test_a_political_side_force_or_an_unnamed_doer_keeps_the_event(kind, source, target):
    assert not firms_own_trade(_event(kind, source, target), ACTORS, frozenset({"city", "abroad"}))


TRADE = "Zorblex Holdings Inc rejected a takeover bid from Quandrel Corp on Tuesday."


@pytest.mark.parametrize("text", [
    TRADE,
    "Acme Widgets Corp signed a supply agreement with Brightline Ltd last week.",
    "Quandrel Corp said it was holding talks with its creditors on a new payment schedule.",
])
def test_trade_between_firms_is_left_out_and_kept_by_the_setting(nlp, code, text):
    assert code(text)[0] == []
    with coding_with(nlp, types=None, keep_trade=True):  # the rules' events, whatever the type model drops
        events, actors = code(text)
    assert events and all(firms_own_trade(e, actors) for e in events)


@pytest.mark.parametrize("text, kind", [
    ("Kenya accused Zorblex Holdings Inc of dumping cheap phones.", "ACCUSE"),
    ("The Indian government signed a contract with Acme Widgets Corp to build two bridges.", "AGREE"),
    ("Rebels bombed a chemical plant of Zorblex Holdings Inc near the border.", "ASSAULT"),
    ("Workers went on strike at a mill owned by Acme Widgets Corp.", "PROTEST"),
    ("Companies will be allowed to offset part of their research costs against tax, the minister said.", "CONCEDE"),
])
def test_acts_of_states_force_and_unnamed_doers_stay(code, text, kind):
    assert kind in [e.type for e in code(text)[0]]


def test_the_setting_reads_the_environment_and_reaches_the_component(monkeypatch):
    from dossier.nlp import loader
    monkeypatch.delenv("DOSSIER_FIRM_TRADE", raising=False)
    assert Settings.from_env().firm_trade == "drop"
    monkeypatch.setenv("DOSSIER_FIRM_TRADE", "keep")
    assert Settings.from_env().firm_trade == "keep"
    assert loader.load(Settings(firm_trade="keep")).get_pipe("dossier_events").keep_trade is True
    assert loader.load(Settings()).get_pipe("dossier_events").keep_trade is False


@pytest.mark.parametrize("text", [
    "The Federal Trade Commission said Acme Widgets Corp agreed to pay a penalty of two million dollars.",
    "Acme Widgets Corp agreed to pay a fine of two million dollars, the government of Kenya said.",
])
def test_a_firms_act_beside_a_state_body_the_sentence_names_stays(nlp, code, text):
    with coding_with(nlp, keep_trade=True):
        kept, actors = code(text)
    assert any(firms_own_trade(e, actors) for e in kept)  # trade by its sides alone
    assert len(code(text)[0]) == len(kept)                # kept: the act may be toward the body named


@pytest.mark.parametrize("text", [
    "In its filing with the Securities and Exchange Commission, Acme Widgets Corp said it signed a supply agreement "
    "with Brightline Ltd.",
    "Acme Widgets Corp signed a supply agreement with Brightline Ltd a year after the Internal Revenue Service ended "
    "its audit of the firm.",
])
def test_a_state_body_named_in_passing_keeps_no_firms_trade(nlp, code, text):
    with coding_with(nlp, types=None, keep_trade=True):  # the rules' events, whatever the type model drops
        kept, actors = code(text)
    assert [e for e in kept if firms_own_trade(e, actors)]  # trade by its sides alone, a state body in the sentence
    with coding_with(nlp, types=None):
        assert not [e for e in code(text)[0] if firms_own_trade(e, actors)]  # tied to no act: the trade goes


@pytest.mark.parametrize("text, trigger, body, tied", [
    ("Acme agreed to pay a fine under a settlement with the Commission.", "agreed", "Commission", True),
    ("The Commission said Acme agreed to pay a fine.", "agreed", "Commission", True),
    ("Acme agreed to pay a fine, the Commission said.", "agreed", "Commission", True),
    ("They met Brazil, whose minister suggested talks with the banks.", "talks", "Brazil", True),
    ("In its filing with the Commission, Acme said it signed a contract with Brightline.", "signed", "Commission",
     False),
    ("Acme signed a contract with Brightline after the Commission ended its audit.", "signed", "Commission", False),
])
def test_a_body_is_tied_to_the_act_by_its_phrase_or_by_who_tells_it(nlp, text, trigger, body, tied):
    from dossier.events.relevance import _tied
    word = {t.text: t for t in nlp(text)}
    assert _tied(word[body], word[trigger]) is tied


@pytest.mark.parametrize("text, tied", [
    ("Duarte, who met the bankers on Monday, told them that the government was drafting a telex.", True),
    ("Duarte met the bankers on Monday after the government had drafted a telex.", False),
])
def test_a_body_a_side_of_the_act_tells_of_is_tied_to_it(nlp, text, tied):
    from dossier.events.relevance import _told_by_a_side
    doc = nlp(text)
    word = {t.text: t for t in doc}
    assert _told_by_a_side(word["government"], {"duarte"}, {word["Duarte"].i: "duarte"}) is tied


@pytest.mark.parametrize("text, kind", [
    ("Creditor banks asked Ecuador to resume interest payments on its foreign debt.", "REQUEST"),
    ("Chemical Bank and other lenders rejected Peru's proposal to cut its debt payments.", "REJECT"),
    ("In a telex to the Commission, the creditor banks urged Ecuador to adopt an austerity programme.", "REQUEST"),
])
def test_banks_dealings_with_a_state_stay_whatever_body_is_named(nlp, code, text, kind):
    """Round 38: the tied-body rule reads only acts whose every side is a firm; a lender's act toward a state has the
    state on a side and stays, with or without another body named in passing."""
    events, actors = code(text)
    assert [e for e in events if e.type == kind and not firms_own_trade(e, actors)], [(e.type, e.trigger)
                                                                                    for e in events]
    with coding_with(nlp, keep_trade=True):
        assert len(code(text)[0]) == len(events)


def test_the_acts_of_force_firms_do_as_their_business_are_data():
    from dossier.events.relevance import trade_words
    words = trade_words()
    assert words.firms_own_force <= words.acts_of_force
    assert {"sanction", "assault"} <= words.firms_own_force and "threaten" not in words.firms_own_force


@pytest.mark.parametrize("text", [
    "Kessler Foods Inc signed a supply contract for its new plant near Denver.",
    "Marlow Chemicals Corp agreed to build a second warehouse at its site in Houston.",
])
def test_a_city_named_as_where_firms_trade_is_no_party(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger, e.target) for e in events]


def test_a_city_a_firm_deals_with_stays_a_party(code):
    events, _ = code("Halvorsen Motors Inc signed an agreement with the city of Detroit on new bus lanes.")
    assert [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Norvik Cables Inc agreed on Friday to build fibre cable in a venture it will own with Japan's Hoshimura "
    "Trading Co.",
    "Norvik Cables Inc said on Monday that it had signed a venture accord with Japan's Hoshimura Trading Co.",
    "Brightline Publishers Ltd of Britain signed a distribution pact with Canada's Pellam Software Inc.",
])
def test_a_deal_between_firms_of_two_states_is_trade(code, text):
    """Round 80: firms count only where they deal with a state or its body; a venture or a pact of firms based in two
    states is their business, no relation between the states."""
    assert code(text)[0] == []


def test_a_foreign_firms_deal_with_a_government_stays(code):
    events, _ = code("Hoshimura Trading Co of Japan signed an agreement with the government of Chile to build a port.")
    assert [(e.type, e.status) for e in events] == [("AGREE", "occurred")]
