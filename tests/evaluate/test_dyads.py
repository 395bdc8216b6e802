"""The dyad figures: events with a country on both sides, and the filled sides that carry one."""

import sys
import types

import pytest

from dossier.evaluate.dyads import dyads, failing, one_sided, stories
from dossier.model import Document, Entity, Event, Role
from dossier.pipeline import DocResult

ACTORS = [Entity(id="NOR", name="Norway", type="GPE", country="NOR", known=True),
          Entity(id="SWE", name="Sweden", type="GPE", country="SWE", known=True),
          Entity(id="org:fund", name="the Fund", type="ORG", kind="igo", cameo="IGO", known=True),
          Entity(id="unk:ORG:x", name="X Holdings", type="ORG")]


def _event(n: int, source: list[str], target: list[str]) -> Event:
    return Event(id=f"d:e{n}", type="CONSULT", source=source, target=target)


def test_dyads_count_events_and_filled_sides():
    events = [_event(1, ["NOR"], ["SWE"]), _event(2, ["NOR"], []), _event(3, ["org:fund"], ["unk:ORG:x"])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=ACTORS, events=events)
    figures = dyads([result])
    assert (figures["events"], figures["with a country on both sides"]) == (3, 1)
    assert (figures["filled sides"], figures["empty sides"], figures["sides with a country"]) == (5, 1, 3)
    assert figures["share of sides with a country or an international body"] == 4 / 5


def test_sides_without_a_country_split_into_empty_and_an_actor_without_one():
    events = [_event(1, ["NOR"], []), _event(2, ["org:fund"], ["unk:ORG:x"]), _event(3, [], ["unk:PERSON:y"])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=ACTORS, events=events)
    figures = dyads([result])
    assert figures["sides without a country: empty (no actor)"] == 2
    assert (figures["events with both sides filled"], figures["share of those with a country on both sides"]) == (1, 0)
    assert figures["sides without a country: an actor without one"] == 3
    assert (figures["  of which an international body"], figures["  of which an unknown organisation"],
            figures["  of which an unknown person"]) == (1, 1, 1)


def test_an_international_body_counts_as_a_dyad_side_in_its_own_share():
    events = [_event(1, ["org:fund"], ["SWE"]), _event(2, ["NOR"], ["SWE"]), _event(3, ["org:fund"], ["unk:ORG:x"]),
              _event(4, ["NOR"], [])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=ACTORS, events=events)
    figures = dyads([result])
    assert figures["share"] == 1 / 4
    assert figures["share with a country or an international body on both sides"] == 2 / 4


def test_an_international_body_s_official_counts_with_the_body():
    official = Entity(id="unk:PERSON:z", name="Zoe Ardent", type="PERSON", kind="person", cameo="IGO",
                      roles=[Role(title="official of the Fund", organisation="org:fund")])
    events = [_event(1, ["unk:PERSON:z"], ["SWE"]), _event(2, ["unk:PERSON:y"], ["SWE"])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=[*ACTORS, official],
                       events=events)
    figures = dyads([result])
    assert figures["share with a country or an international body on both sides"] == 1 / 2
    assert figures["  of which an international body"] == 1


def test_a_resignation_and_talks_of_one_body_are_one_sided_by_the_codebook():
    bodies = {"org:fund"}
    resigned = Event(id="d:e1", type="CONCEDE", cameo="0831", mode="resign", source=["unk:PERSON:y"])
    council = Event(id="d:e2", type="CONSULT", mode="meet", source=["org:fund"])
    assert one_sided(resigned, bodies) and one_sided(council, bodies)
    assert one_sided(Event(id="d:e8", type="RETREAT", mode="resign", source=["unk:PERSON:y"]), bodies)
    # must-nots: talks of one state (its other party is missing), a body's talks with a state, a visit of the body,
    # a concession with a target, a resignation nobody is said to make
    assert not one_sided(Event(id="d:e3", type="CONSULT", mode="meet", source=["NOR"]), bodies)
    assert not one_sided(Event(id="d:e4", type="CONSULT", mode="meet", source=["org:fund"], target=["SWE"]), bodies)
    assert not one_sided(Event(id="d:e5", type="CONSULT", mode="visit", source=["org:fund"]), bodies)
    assert not one_sided(Event(id="d:e6", type="CONCEDE", cameo="0831", source=["NOR"], target=["SWE"]), bodies)
    assert not one_sided(Event(id="d:e7", type="CONCEDE", cameo="0831", mode="resign"), bodies)


def test_the_share_is_also_given_over_the_events_that_are_not_one_sided():
    events = [_event(1, ["NOR"], ["SWE"]), _event(2, ["NOR"], []),
              Event(id="d:e3", type="CONSULT", mode="meet", source=["org:fund"]),
              Event(id="d:e4", type="CONCEDE", cameo="0831", mode="resign", source=["SWE"])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=ACTORS, events=events)
    figures = dyads([result])
    assert figures["events one-sided by the codebook (a resignation, talks of one body)"] == 2
    assert (figures["share"], figures["share of the other events"]) == (1 / 4, 1 / 2)


def test_the_events_with_an_empty_side_are_listed_with_the_one_sided_marked():
    events = [_event(1, ["NOR"], ["SWE"]), _event(2, ["NOR"], ["unk:ORG:x"]), _event(3, ["NOR"], []),
              Event(id="d:e4", type="CONSULT", mode="meet", source=["org:fund"])]
    result = DocResult(document=Document(id="d", source="d.txt", text=""), entities=ACTORS, events=events)
    listed = [line.split("\t")[:2] for line in failing([result], first=7, empty=True)]
    assert listed == [["7", "CONSULT"], ["7", "CONSULT (one-sided)"]]
    # without `empty`: the event with both sides filled and one without a country, as before
    assert [line.split("\t")[3:5] for line in failing([result])] == [["->", "X Holdings [-; an unknown organisation]"]]


def test_the_reuters_range_defaults_to_the_first_thousand_and_can_be_moved():
    assert stories() == (1, 1000)
    assert stories(1001, 2000) == (1001, 2000)
    assert stories(1001) == (1001, 2000)
    assert stories(1001, 2000, limit=5) == (1001, 1005)
    with pytest.raises(ValueError, match="1 <= from <= to"):
        stories(20, 10)


def test_the_cli_hands_the_range_to_the_dyads_scorer_only(monkeypatch):
    from typer.testing import CliRunner

    from dossier import cli
    from dossier.evaluate import metrics

    seen = {}

    def dyads_run(settings, limit=None, reuters_from=None, reuters_to=None):
        seen["dyads"] = (limit, reuters_from, reuters_to)
        return [metrics.Report("d", "d")]

    def other_run(settings, limit=None):
        seen["other"] = limit
        return [metrics.Report("o", "o")]

    fake = types.ModuleType("fake_scorers")
    fake.dyads_run, fake.other_run = dyads_run, other_run
    monkeypatch.setitem(sys.modules, "fake_scorers", fake)
    monkeypatch.setattr(cli, "SCORERS", {"entities": ["fake_scorers:other_run", "fake_scorers:dyads_run"]})
    result = CliRunner().invoke(cli.app, ["evaluate", "entities", "--reuters-from", "1001", "--reuters-to", "2000"])
    assert result.exit_code == 0, result.output
    assert seen == {"dyads": (None, 1001, 2000), "other": None}
    result = CliRunner().invoke(cli.app, ["evaluate", "entities", "--reuters-from", "9", "--reuters-to", "3"])
    assert result.exit_code != 0 and "before --reuters-from" in result.output
