"""A given name in round brackets right before a family name ("Majority Leader (Mitch) McConnell") is part of that
person's name: the bracketed word names the same person, and the two words together find a dictionary person whose
family name alone would not (Persons._join_bracketed_given_names). A bracketed word of another kind stays apart.
Sentences written for these tests."""

from __future__ import annotations

from tests.actors.conftest import people


def test_a_bracketed_given_name_is_the_person_the_family_name_after_it_names(analyse):
    doc = analyse("Senate Majority Leader (Mitch) McConnell said the relief bill would pass next week.", "2020-05-12")
    assert {(text, name) for text, name, _, _ in people(doc)} == {
        ("Mitch", "Mitch McConnell"), ("McConnell", "Mitch McConnell")}


def test_the_bracketed_given_name_and_the_family_name_find_the_person_together(analyse):
    doc = analyse("Speaker (Nancy) Pelosi told reporters the chamber would vote on Friday.", "2020-05-12")
    assert {(text, name, cameo) for text, name, _, cameo in people(doc)} == {
        ("Nancy", "Nancy Pelosi", "USALEG"), ("Pelosi", "Nancy Pelosi", "USALEG")}


def test_a_bracketed_given_name_before_an_unknown_family_name_is_one_person(analyse):
    doc = analyse("The council said (Anna) Brightwater would chair the harbour inquiry.", "2020-05-12")
    ids = {m.text: m.entity for m in doc._.mentions}
    assert ids["Anna"] == ids["Brightwater"] and ids["Anna"].startswith("unk:PERSON:")


def test_a_bracketed_name_of_a_body_stays_the_body(analyse):
    doc = analyse("The report by the agency (Reuters) Brightwater cited was wrong.", "2020-05-12")
    assert {m.text: m.entity for m in doc._.mentions}.get("Reuters") == "org:reuters"
