"""The relevance rules read the words of the actors' lexicon (legal forms, body nouns, the kinds' nouns) from the
actor dictionaries loaded, so a user's file given with `--actors` reaches them as it reaches the actors stage."""

from __future__ import annotations

import pytest

from dossier.actors import dictionary
from dossier.events.relevance import _unplaced_organisation, body_words, government_nouns, is_firm, trade_words
from dossier.model import Entity


def _org(name: str, kind: str | None = "organisation") -> Entity:
    return Entity(id=name, name=name, type="ORG", kind=kind)


@pytest.fixture
def users_file(tmp_path, monkeypatch):
    """Load a user's dictionary file for one test; the process's loaded dictionaries are as before afterwards."""
    monkeypatch.setattr(dictionary, "_CACHE", dict(dictionary._CACHE))

    def load(text: str):
        path = tmp_path / "mine.yaml"
        path.write_text(text, encoding="utf-8")
        return dictionary.load([path])
    return load


def test_the_shipped_words_are_read_without_a_users_file():
    assert {"inc", "corp"} <= trade_words().legal_forms
    assert "government" in government_nouns() and "ministry" in body_words()


def test_a_users_legal_form_makes_a_firm(users_file):
    for name in ("Vardeli Kft", "Oronto Brewing Zrt"):
        assert not is_firm(_org(name)), name
    users_file("legal_forms: [Kft, Zrt]\n")
    for name in ("Vardeli Kft", "Oronto Brewing Zrt"):
        assert is_firm(_org(name)), name
    assert not is_firm(_org("Vardeli Partners Forum"))  # a word no one gave stays no form


def test_a_users_nouns_of_a_government_and_a_body_are_honoured(users_file):
    assert "sejmik" not in government_nouns()
    assert _unplaced_organisation(_org("Harlow Landsting")) and _unplaced_organisation(_org("Eskdale Sejmik"))
    users_file("kind_nouns:\n  government: [Sejmik]\nbody_nouns: [Landsting]\n")
    assert "sejmik" in government_nouns()
    assert not _unplaced_organisation(_org("Harlow Landsting"))  # a body's word: not a firm's rival
    assert not _unplaced_organisation(_org("Eskdale Sejmik"))
    assert _unplaced_organisation(_org("Harlow Widgetworks"))  # a name with no such word is still unplaced


def test_the_users_words_are_gone_once_their_dictionary_is_not_loaded(users_file):
    assert "sejmik" not in government_nouns() and "kft" not in trade_words().legal_forms
