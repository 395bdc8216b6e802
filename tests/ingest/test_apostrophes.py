"""Possessives typed with a double quote (old wire copy) read as possessives; quotations stay."""

from dossier.ingest.apostrophes import mend_possessives
from dossier.ingest.document import make_document


def test_a_double_quote_possessive_becomes_an_apostrophe():
    text = 'Chile"s mining minister met Bolivia"s envoy.'
    assert mend_possessives(text) == "Chile's mining minister met Bolivia's envoy."


def test_quotations_and_plurals_are_left_alone():
    text = 'He called the levy "a tax on trade" and said "so be it". The "Big Four" banks agreed.'
    assert mend_possessives(text) == text


def test_the_document_text_is_mended_and_its_id_does_not_change():
    typed = 'Ecuador"s oil minister said exports would resume next week.'
    mended = make_document("wire.txt", typed)
    assert mended.text == "Ecuador's oil minister said exports would resume next week."
    assert mended.id == make_document("wire.txt", typed).id
