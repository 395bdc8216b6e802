"""A personal name with a lower-case particle written right after an official's title ("Finance Minister Barend du
Plessis", "Economy Minister Hans van der Berg") is one person's name, whether the tagger missed it or cut it at the
particle (titles.py `_particled_after_title`); "du" is a particle (lexicon `name_particles`). Sentences written for
these tests."""

from __future__ import annotations

import pytest


def _people(result) -> dict:
    return {e.name: e for e in result.entities if e.kind == "person"}


@pytest.mark.parametrize("text, name, country", [
    ("Finance Minister Pieter du Randt said South Africa would pay its foreign creditors on time.",
     "Pieter du Randt", "ZAF"),
    ("Economy Minister Hans van der Kolk said the Netherlands would cut spending next year.", "Hans van der Kolk",
     "NLD"),
    ("Trade Minister Ana de la Fuente told reporters that Spain would appeal the ruling.", "Ana de la Fuente", "ESP"),
])
def test_a_titled_name_with_a_particle_is_one_person(story, text, name, country):
    people = _people(story(text, published="1987-03-20"))
    assert name in people and people[name].country == country
    assert not [n for n in people if n != name and (n in name or name in n)]


@pytest.mark.parametrize("text, absent", [
    # no title before the words: left to the tagger
    ("Shares of Van der Kolk Holdings rose after the results, traders in the Netherlands said.", "Van der Kolk"),
    # a title, but no particle inside the words: left to the tagger as before
    ("Finance Minister Pieter Randt Tuesday said South Africa would pay.", "Pieter Randt Tuesday"),
])
def test_no_name_made_without_a_title_and_a_particle(story, text, absent):
    assert absent not in _people(story(text, published="1987-03-20"))


@pytest.mark.parametrize("text, names", [
    ("Finance Minister Pieter du Randt said South Africa would pay its foreign creditors on time.", 1),
    ("Trade Minister Ana de la Fuente met Economy Minister Hans van der Kolk and Minister Jan de Wit in Madrid.", 3),
    ("Shares of Van der Kolk Holdings rose after the results, traders in the Netherlands said.", 0),
    ("Finance Minister Pieter Randt Tuesday said South Africa would pay.", 0),
    ("du van der de la", 0),
])
def test_only_the_words_before_a_particle_are_asked(analyse, nlp, text, names):
    """`_whole_names` asks `_particled_after_title` only at `_before_particles`' positions (round 69): every position
    where it finds a name is among them, and a story with no particle word gives none."""
    doc = analyse(text)
    titles = nlp.get_pipe("dossier_actors").resolver
    found = [i for i in range(1, len(doc)) if titles._particled_after_title(doc, i) is not None]
    asked = titles._before_particles(doc)
    assert len(found) == names and set(found) <= set(asked) and asked == sorted(asked)
    assert titles._before_particles(analyse("Finance Minister Pieter Randt said South Africa would pay.")) == []
