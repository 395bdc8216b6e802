"""The "no event" sentences drawn from business stories: a sentence whose rule candidate has a state, a government or
an international organisation on a side can be told apart (training.state_side), so that it can be left out of the
NONE pool, where the words of a firm's deal would teach the model that a state's talks with its banks are no act."""

from __future__ import annotations

from types import SimpleNamespace

from dossier.events import training
from dossier.events.classifier import NONE
from dossier.events.training import Sample, state_side


def _actors(**kinds: str) -> dict:
    return {name: SimpleNamespace(kind=kind) for name, kind in kinds.items()}


def _event(source: list[str], target: list[str]):
    return SimpleNamespace(source=source, target=target)


ACTORS = _actors(treasury="government", imf="igo", lender="company", dealer="organisation", banker="person",
                 port="place", union="group")


def test_a_government_or_an_international_body_on_either_side_is_a_state_side():
    assert state_side(_event(["treasury"], ["lender"]), ACTORS)
    assert state_side(_event(["lender"], ["imf"]), ACTORS)
    assert state_side(_event(["dealer", "imf"], []), ACTORS)


def test_firms_people_places_and_groups_are_no_state_side():
    assert not state_side(_event(["lender"], ["dealer"]), ACTORS)
    assert not state_side(_event(["banker"], ["port"]), ACTORS)
    assert not state_side(_event(["union"], []), ACTORS)


def test_a_candidate_without_sides_or_with_unknown_ids_is_no_state_side():
    assert not state_side(_event([], []), ACTORS)
    assert not state_side(_event(["nobody"], ["nowhere"]), ACTORS)
    assert not state_side(_event(["lender"], []), {})


def test_the_pool_leaves_out_state_sides_unless_asked(monkeypatch):
    samples = [Sample("economic", f"s{i}:0", text, NONE) for i, text in enumerate(
        ["The mill agreed to buy a rival packer.", "The ministry agreed to lend the mill funds.",
         "Output rose two pct in May."])]
    pool = [(samples[0], True, False), (samples[1], True, True), (samples[2], False, False)]
    monkeypatch.setattr(training, "economic_pool", lambda *args, **kwargs: pool)
    kept = training.economic_sentences(None, None, set(), state_sides=False)
    assert kept == [(samples[0], True), (samples[2], False)]
    assert training.economic_sentences(None, None, set(), state_sides=True) == [(s, c) for s, c, _ in pool]


def test_the_pipeline_flags_the_sentence_whose_candidate_has_a_state_side(nlp):
    text = ("Ecuador agreed with its creditor banks on a new schedule for its debt. "
            "Acme Foods agreed to buy the Baxter Dairy company for 40 mln dlrs. "
            "Net profit rose four pct in the quarter.")
    (sentences,) = training._sentences(nlp, [text])
    flags = {s.split()[0]: (candidate, state) for s, candidate, state in sentences}
    assert flags["Acme"] == (True, False)  # a firm's deal: a candidate, no state side
    assert flags["Net"] == (False, False)  # no candidate at all
    assert flags["Ecuador"] == (True, True)  # a state's deal with its banks: a candidate with a state side
