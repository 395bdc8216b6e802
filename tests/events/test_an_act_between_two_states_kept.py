"""A hand-written entry's act whose every side is a state's — a government or its body, or a person of the
dictionaries with a country — and no country on both sides is kept where the type model takes the sentence for no
political event (`coder._states_on_both_sides`, read by `Coder._classify`): the US Treasury Secretary criticising
the West German decision to lift short-term rates (the model reads the rates). A firm's or a bank's act, one with
an unknown person on a side, or a deed (a purchase between two states' adjectives, firms' trade) is dropped by the
model as before, and so is an act whose verb has no name of its doer for subject (money "pledged to" a state's
projects, the states only adjectives on the money). And a pronoun subject of a verb joined to a verb of saying is
that verb's speaker ("X said … but he criticised …": `Resolver._reporting_subjects`)."""

from __future__ import annotations

import pytest

from dossier.events.classifier import NONE
from dossier.events.component import coding_with
from tests.events.conftest import names


class _NoEvent:
    """A type model sure that no sentence tells a political event (no event leads every type by 2)."""

    def scores_many(self, batch):
        return [{NONE: 1.0, "ACCUSE": -1.0, "CONSULT": -1.0, "AGREE": -1.0} for _ in batch]


@pytest.mark.parametrize("text, doer, done_to", [
    ("Treasury Secretary James Baker criticised the West German decision to lift short-term rates.", "James Baker",
     "Germany"),
    ("Canada accused India of meddling in its elections.", "Canada", "India"),
])
def test_an_act_of_two_states_survives_the_model_s_no_event(code, nlp, text, doer, done_to):
    with coding_with(nlp, types=_NoEvent(), roles=None):
        events, actors = code(text, "1987-10-19")
    assert [(names(e.source, actors), names(e.target, actors)) for e in events] == [({doer}, {done_to})], \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text", [
    "Deutsche Bank criticised the Bundesbank's decision to lift short-term rates.",
    "A Tokyo dealer criticised the West German decision to lift short-term rates.",
    "Korean steel mills buy Brazilian iron ore under yearly contracts.",
    "The bulk of Japanese money pledged to Thai projects will come from banks.",
])
def test_an_act_with_a_firm_or_a_private_person_is_dropped(code, nlp, text):
    with coding_with(nlp, types=_NoEvent(), roles=None):
        events, _ = code(text, "1987-10-19")
    assert not events, [(e.type, e.trigger, e.source, e.target) for e in events]


def test_a_pronoun_joined_to_a_verb_of_saying_is_its_speaker(code):
    events, actors = code("Wang Yi met the envoy on Monday. Antony Blinken said the talks were useful but he sharply "
                          "criticised Chinese curbs on exports of rare earths.", "2023-07-10")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and names(accusations[0].source, actors) == {"Antony Blinken"}, \
        [(e.type, names(e.source, actors)) for e in events]
