"""Monarchs and heirs (data/leaders.yaml, 2014-2025) and the names no single word of which is a short form: a
monarch's given name and regnal number ("Felipe VI"), a name with a father's name ("Tamim bin Hamad Al Thani") or a
chain of them ("Mishal Al-Ahmad Al-Jaber Al-Sabah"): such a person is found by the whole name, a title with the given
name, or the office's description; a lone father's or dynasty's word names nobody (dictionary.no_family_name).
Sentences written for these tests; the people and their dates are the royal courts' and governments' own."""

from __future__ import annotations

import pytest

from dossier.actors.dictionary import load, no_family_name
from tests.actors.conftest import names, people


@pytest.mark.parametrize("name, expected", [
    ("Charles III", True), ("Carl XVI Gustaf", False), ("Tamim bin Hamad Al Thani", True),
    ("Mishal Al-Ahmad Al-Jaber Al-Sabah", True), ("Bashar al-Assad", False), ("Keir Starmer", False),
])
def test_which_names_have_no_family_name(name, expected):
    assert no_family_name(load().lexicon, name) is expected


@pytest.mark.parametrize("sentence, published, holder", [
    ("The Kuwaiti crown prince opened the new refinery on Sunday.", "2019-03-10", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
    ("The Kuwaiti crown prince opened the new refinery on Sunday.", "2022-03-10", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
    ("Saudi Arabia's crown prince toured the port with the governor.", "2016-03-10", "Muhammad bin Nayef Al Saud"),
    ("Saudi Arabia's crown prince toured the port with the governor.", "2018-03-10", "Mohammed bin Salman"),
    ("Oman's sultan received the envoy at the palace.", "2019-03-10", "Qaboos bin Said"),
    ("Oman's sultan received the envoy at the palace.", "2021-03-10", "Haitham bin Tariq"),
])
def test_an_heir_s_or_monarch_s_description_names_that_year_s_holder(analyse, sentence, published, holder):
    assert names(analyse(sentence, published)) == [holder]


@pytest.mark.parametrize("sentence, published, holder, country", [
    ("King Felipe VI opened the session of parliament.", "2019-03-10", "Felipe VI", "ESP"),
    ("King Charles III received the visiting president.", "2023-11-07", "Charles III", "GBR"),
    ("Sheikh Tamim met the envoy in the capital.", "2021-05-10", "Tamim bin Hamad Al Thani", "QAT"),
])
def test_a_monarch_by_title_and_given_name(analyse, sentence, published, holder, country):
    assert {(name, c) for _, name, c, _ in people(analyse(sentence, published))} >= {(holder, country)}


@pytest.mark.parametrize("sentence", [
    "Hamad said the ministry had approved the budget for the new school.",
    "Sabah told the court that the contract had been signed in March.",
])
def test_a_father_s_or_a_dynasty_s_word_alone_names_no_monarch(analyse, sentence):
    found = names(analyse(sentence, "2021-05-10"))
    assert not {"Tamim bin Hamad Al Thani", "Salman bin Hamad Al Khalifa", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"} & set(
        found)


def test_another_man_with_the_same_father_s_name_is_not_the_emir(analyse):
    doc = analyse("Oil Minister Said bin Hamad al-Harthy said Oman would cut output.", "2020-05-10")
    assert "Tamim bin Hamad Al Thani" not in names(doc)
