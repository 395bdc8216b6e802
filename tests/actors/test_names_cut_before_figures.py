"""A name the tagger runs on into the figure after it ("promised Ruritania 2.5 billion crowns": one organisation
"Ruritania 2.5 billion crowns") ends before the figure (actors/figure_names.py); a number that is part of a name stays.
Sentences written for these tests."""

from spacy.tokens import Span

from dossier.actors.figure_names import names_cut_before_figures


def test_a_state_before_a_sum_is_the_state(story):
    found = story("Norway promised Senegal 2.4 billion francs in new credits last week.", published="1987-04-05")
    names = {e.name for e in found.entities}
    assert "Senegal" in names and not any("billion" in n for n in names)
    assert any(e.country == "SEN" for e in found.entities)


def test_the_cut_keeps_the_name_before_the_figure(nlp):
    doc = nlp.make_doc("Lenders gave Senegal 1.8 billion francs.")
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    cut = names_cut_before_figures(doc)
    assert cut is not None and [(e.text, e.label_) for e in cut] == [("Senegal", "ORG")]


def test_a_number_inside_a_name_stays(nlp):
    doc = nlp.make_doc("The Group of 77 met and Boeing 747 jets flew.")
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 6, 8, label="PRODUCT")]
    assert names_cut_before_figures(doc) is None
