"""The resolver's and the status rules' word lists (office holders, titles, nouns of bodies named again, verbs of
weighing and refusing…) are lexicon data (events/data/lexicon.yaml), and the words of moving forces are the roles'
(events/roles/data/deployed_forces.yaml), read when used: a word the lexicon gains reaches the rule, with no code
changed."""

from __future__ import annotations

import dataclasses

import pytest

from dossier.events import actors as resolver_module
from dossier.events.patterns import load_lexicon


def _sources(events, actors, kind):
    return [[actors[i].name for i in e.source] for e in events if e.type == kind]


@pytest.fixture
def lexicon_with(monkeypatch):
    """The events lexicon with more words in some of its lists, for one test."""
    def extend(**more: set[str]) -> None:
        lex = load_lexicon()
        grown = dataclasses.replace(lex, **{k: getattr(lex, k) | frozenset(v) for k, v in more.items()})
        monkeypatch.setattr(resolver_module, "load_lexicon", lambda: grown)
    return extend


@pytest.mark.parametrize("text, body", [
    ("The Kenyan Fisheries Inspectorate met officials of Uganda on Monday. The inspectorate later accused Uganda "
     "of overfishing.", "Kenyan Fisheries Inspectorate"),
    ("The Zambian Mining Inspectorate hosted envoys of Malawi on Friday. The inspectorate then accused Malawi of "
     "smuggling copper.", "Zambian Mining Inspectorate"),
])
def test_a_body_noun_the_lexicon_gains_names_the_body_again(code, lexicon_with, text, body):
    assert _sources(*code(text), "ACCUSE") == [[]]  # "inspectorate" is no noun of bodies_named_again as shipped
    lexicon_with(bodies_named_again={"inspectorate"})
    assert _sources(*code(text), "ACCUSE") == [[body]]


def test_must_not_a_bare_body_noun_with_no_name_before_it_names_no_one(code, lexicon_with):
    lexicon_with(bodies_named_again={"inspectorate"})
    events, actors = code("The inspectorate accused Uganda of overfishing on Monday.")
    assert _sources(events, actors, "ACCUSE") == [[]]


def test_the_lists_moved_out_of_the_code_are_in_the_lexicon():
    lex = load_lexicon()
    assert {"envoy", "minister", "spokesman"} <= lex.office_holders and "chairman" in lex.held_titles
    assert {"ministry", "commission"} <= lex.bodies_named_again and "engine" not in lex.bodies_named_again
    assert {"consider", "weigh"} <= lex.weighing_verbs and {"reject", "veto"} <= lex.refusing_verbs
    assert not hasattr(resolver_module, "OFFICE_HOLDERS") and not hasattr(resolver_module, "BODY_NOUNS")


def test_the_words_of_moving_forces_are_the_roles_data():
    from dossier.events.roles import deployed_forces

    lists = deployed_forces._lists()
    assert {"send", "deploy", "deployment", "withdraw"} <= lists["deploying"]
    assert {"troops", "warships", "peacekeepers"} <= lists["force_words"] and "tourists" not in lists["force_words"]
    assert not hasattr(deployed_forces, "DEPLOYING") and not hasattr(deployed_forces, "FORCE_WORDS")
