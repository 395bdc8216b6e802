"""Things that are no acts (events/data/non_events.yaml; patterns/none.yaml's "meet"): a
market voice's forecast, the second act of what is believed, a sign of an act to come, a mood or a message as the
doer, an option thought of, what a loan is for, a market's changing demand and a concern met, the ground a building
stands on, what a state of things is too much for, a launch, harm by trade, a warning of a consequence or of what
another may do; and the acts beside them that stay coded."""

import pytest

from tests.events.conftest import trigger_words


@pytest.mark.parametrize("text, word", [
    ("They will head for the Tokyo bond market before they come to Paris, one broker predicted.", "come"),
    ("Many bond dealers think that the Swiss will stay away from Milan and continue to invest in German paper.",
     "invest"),
    ("Analysts say there are few signs Seoul's quotas will be lifted.", "lifted"),
    ("Mixed signals from the Group of Seven have encouraged traders to test the central banks.", "encouraged"),
    ("Ideas being discussed included barring Korean firms from public contracts.", "barring"),
    ("The bank approved a loan for Kenya to support several road projects.", "support"),
    ("The plant would have to be expanded to meet rising Canadian demand.", "meet"),
    ("The senators backed the bill as a way to meet the concerns of small lenders.", "meet"),
    ("The bank plans a tower on the site once occupied by a Sears department store.", "occupied"),
    ("He said the positions of Chile and of Peru were too far apart to allow a quick accord.", "allow"),
    ("The rebels are too weak to attack the capital.", "attack"),
    ("The shoe industry and its union, both hard hit by Italian footwear trade, asked for quotas.", "hit"),
    ("The Titan rocket blasted off in cloudy weather.", "blasted"),
    ("Even if they branch out from their favourite haunts they will head for the Milan market before they come to "
     "the Asian bond markets, one trader predicted.", "head"),
    ("In a note to the panel's chairwoman, the minister warned that the plan could lead to reprisals against Belgian "
     "lenders.", "warned"),
    ("Still, the mining group's head warned that Asian trading partners may resist the shift in the trade balance.",
     "resist"),
    ("The army chief warned that the rebels could attack the capital within days.", "attack"),
])
def test_forecasts_moods_options_and_purposes_are_no_acts(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, kind", [
    ("Bankers said Brazil will meet its creditors in New York next week.", "meet", "CONSULT"),
    ("The minister said Kenya will send troops to the border and close its embassy in Kampala.", "close", "SANCTION"),
    ("There were signs that the rebels had withdrawn from the town.", "withdrawn", "RETREAT"),
    ("The measures include barring Korean firms from public contracts.", "barring", "SANCTION"),
    ("Japan approved a loan to Kenya for road projects.", "approved", "AID"),
    ("Egypt expects Israel to withdraw its troops and return the land.", "withdraw", "RETREAT"),
    ("Peru met the demands of the striking miners.", "met", "CONCEDE"),
    ("Kenya, too, is to send troops to the border.", "send", "MOBILIZE"),
    ("Troops occupied the parliament building on Monday.", "occupied", "ASSAULT"),
    ("The building was occupied by protesters for two days.", "occupied", "PROTEST"),
    ("Iran warned that it could close the Strait of Hormuz.", "warned", "THREATEN"),
    ("Washington warned that Tokyo could face sanctions.", "warned", "THREATEN"),
])
def test_plans_reported_past_acts_steps_taken_and_loans_stay_coded(code, text, word, kind):
    events, _ = code(text)
    assert (kind, word) in {(e.type, w) for e in events for w in e.trigger.split(" … ")}, \
        [(e.type, e.trigger) for e in events]
