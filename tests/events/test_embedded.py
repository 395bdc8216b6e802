"""Mentions below the trigger's own phrase that the role model may not take for a side (roles/embedded.py): a name
inside a clause that qualifies the trigger's object as its target, and those named together as the subject of a verb
of taking part as one another's target. (Round 36's rule against a side from a passive's subject phrase was removed
in round 37: no right firing on fresh text; the parties of an act that subject names still take part.)"""

from __future__ import annotations

from dossier.events.roles.embedded import in_attending_subject, in_object_clause
from tests.events.conftest import names


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_name_inside_the_objects_relative_clause_is_not_the_target(code):
    events, actors = code("The White House protested the constitutionality of a 1978 prosecutor law that led to an "
                          "inquiry into the Iran arms affair.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert names(event.source, actors) == {"White House"} and not event.target


def test_a_name_the_objects_clause_requires_to_act_is_not_the_target(code):
    events, actors = code("The Kenyan envoy disagreed with provisions which would require President Moi to impose "
                          "sanctions on Uganda.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert "Moi" not in names(event.target, actors)


def test_a_name_inside_a_participle_on_the_object_is_not_the_target(code):
    events, actors = code("Moi would be able to block any merger found to be harmful to Kenya's security interests.")
    (event,) = [e for e in events if e.type == "REJECT"]
    assert "Kenya" not in names(event.target, actors)


def test_the_agent_of_a_participle_on_the_object_stays_the_target(code):
    # must-not: the clause's own doer is whose the object is ("measures taken by Y": Y)
    events, actors = code("Kenya condemned the measures taken by Uganda.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert names(event.target, actors) == {"Uganda"}


def test_the_passive_agent_stays_the_source(code):
    # must-not: the "by" phrase of a passive names its doer
    events, actors = code("Kenyan troops were attacked by Ugandan rebels near the border.")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert [actors[i].country for i in event.source] == ["UGA"]
    assert [actors[i].country for i in event.target] == ["KEN"]


def test_the_object_itself_stays_the_target_beside_its_relative_clause(code):
    # must-not: the object named by the trigger is kept; only the names inside its clause are left out
    events, actors = code("Kenya accused Uganda, which has massed troops near Sudan, of arming the rebels.")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert names(event.target, actors) == {"Uganda"}


def test_co_attendees_are_not_each_others_target(code):
    events, actors = code("Deputy Energy Secretary Carl Voss and Under Secretary Lena Park also attended the one-hour "
                          "meeting.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert "Lena Park" not in names(event.target, actors)


def test_the_functions_on_a_parse(nlp):
    doc = nlp("Kenya rejected the plan which Uganda drafted with Sudan.")
    assert not in_object_clause(_tok(doc, "Uganda"), _tok(doc, "rejected"))  # the clause's doer: the plan's author
    assert in_object_clause(_tok(doc, "Sudan"), _tok(doc, "rejected"))
    doc = nlp("Tom Hale and Ann Bolt attended the meeting.")
    assert in_attending_subject(_tok(doc, "Bolt"), _tok(doc, "attended"))
    doc = nlp("Tom Hale and Ann Bolt met on Monday.")
    assert not in_attending_subject(_tok(doc, "Bolt"), _tok(doc, "met"))


def test_a_for_phrase_inside_the_objects_clause_is_left_to_the_model(nlp):
    # must-not: "for X" at a clause's end often tells whom the trigger's act is for (the parser hangs it low)
    doc = nlp("Kenya sent food that the rebels do not want for the refugees in Somalia.")
    assert not in_object_clause(next(t for t in doc if t.text == "refugees"), next(t for t in doc if t.text == "sent"))


def test_the_parties_named_by_a_passive_subject_act_still_take_part(code):
    events, actors = code("An accord between Peru and Chile was signed in Lima on Monday.")
    (event,) = [e for e in events if e.type == "AGREE"]
    assert event.source and names(event.source + event.target, actors) == {"Peru", "Chile"}
