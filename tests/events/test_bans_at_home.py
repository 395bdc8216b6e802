"""A ban at home is a coercion (coerce.yaml, CAMEO 172): one on taking part in public life, speaking, publishing
or moving out (patterns' `from_verb`: what one is banned from), one on publications or broadcasts (the manual's
"censor"), one on gatherings, protests and strikes. A ban on goods or trade, a firm barred from a business act and
one barred from entering stay the embargo entry (sanction.yaml, CAMEO 163)."""

import pytest

from dossier.events.matching import from_verbs


@pytest.mark.parametrize("text, word", [
    ("The junta banned the opposition leader from holding public office for ten years.", "banned"),
    ("Ruritania barred the journalist from leaving the country.", "barred"),
    ("The court banned the newspaper from printing photographs of the victims.", "banned"),
    ("The writer was banned from publishing in Ruritania.", "banned"),
    ("The electoral board disqualified the former mayor from running in the December election.", "disqualified"),
])
def test_a_ban_on_public_life_or_leaving_is_a_restriction(typed, text, word):
    assert typed(text)[word] == ("COERCE", "172"), text


@pytest.mark.parametrize("text, word", [
    ("The authorities banned three independent newspapers.", "banned"),
    ("Fredonia has banned all Ruritanian newspapers over their coverage of the war.", "banned"),
    ("The ministry outlawed the opposition weekly.", "outlawed"),
])
def test_publications_banned_are_censored(typed, text, word):
    assert typed(text)[word] == ("COERCE", "172"), text


@pytest.mark.parametrize("text, word", [
    ("The government banned all public gatherings in the capital.", "banned"),
    ("The government banned all strikes in the oil sector.", "banned"),
    ("The government outlawed the general strike.", "outlawed"),
])
def test_gatherings_and_strikes_banned_are_restrictions(typed, text, word):
    assert typed(text)[word] == ("COERCE", "172"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania banned imports of Fredonian beef.", "banned"),
    ("Ruritania banned imports of newsprint.", "banned"),
    ("The ministry prohibits government officials from working for private companies.", "prohibits"),
    ("The court barred the firm from selling the shares.", "barred"),
    ("The regulators prohibit foreign banks from holding more than half of a local broker.", "prohibit"),
    ("Ruritania barred the Fredonian minister from entering the country.", "barred"),
])
def test_bans_on_goods_business_and_entry_are_no_restriction_at_home(typed, text, word):
    assert typed(text)[word] == ("SANCTION", "163"), text


def test_the_gerunds_banned_from_are_read_with_those_joined(nlp):
    doc = nlp("The court banned the paper from printing or broadcasting the pictures.")
    assert {"print", "broadcast"} <= from_verbs(doc[2])
    doc = nlp("The court banned the mayor from holding office.")
    assert "hold office" in from_verbs(doc[2])
