"""The one who is disappointed or dismayed by a party's act disapproves of that party: "Ghana is disappointed at the
threats from Togo" is Ghana → Togo, not the reverse the passive's agent gave (sides.felt). One dissuaded "from" a
thing keeps the one who dissuades as the doer."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def _felt(events, word):
    return [e for e in events if e.trigger == word]


def test_disappointed_at_a_party_s_threats(code):
    events, actors = code("Ghana is disappointed at the latest threats of tariffs from the European Community, "
                          "its finance minister said.")
    felt = _felt(events, "disappointed")
    assert felt and names(felt[0].source, actors) == {"Ghana"}, _shown(events, actors)
    assert "Ghana" not in names(felt[0].target, actors), _shown(events, actors)


def test_dismayed_by_a_body_s_action(code):
    events, actors = code("Growers in Mali are dismayed by the slow response so far by the Lome Council to the "
                          "fall in grain prices.")
    felt = _felt(events, "dismayed")
    assert felt and names(felt[0].target, actors) == {"Lome Council"}, _shown(events, actors)
    assert "Lome Council" not in names(felt[0].source, actors), _shown(events, actors)


def test_a_speaker_disappointed_by_a_ruling_is_the_source(code):
    events, actors = code("Kenya's trade minister said he was disappointed by the tribunal's verdict.")
    felt = _felt(events, "disappointed")
    assert felt and felt[0].source and not felt[0].target, _shown(events, actors)


def test_one_discouraged_from_an_act_is_its_target(code):
    events, actors = code("Japan was discouraged from raising its tariffs by the United States.")
    felt = _felt(events, "discouraged")
    assert all("Japan" not in names(e.source, actors) for e in felt), _shown(events, actors)


def test_a_feeling_s_target_comes_only_from_what_it_is_felt_at(code):
    """The role model fills an empty target of a feeling only from its own phrase: not Uganda, whom the next clause
    says the speaker's state would press."""
    events, actors = code("Kenya's trade minister said he was disappointed by the tribunal's verdict and said Kenya "
                          "would press Uganda for a new accord.")
    felt = _felt(events, "disappointed")
    assert felt and "Uganda" not in names(felt[0].target, actors), _shown(events, actors)
