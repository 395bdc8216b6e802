"""PLACEHOLDER until the facts stage lands: registers dossier_facts."""
from spacy.language import Language

from dossier.nlp import extensions  # noqa: F401


@Language.factory("dossier_facts")
def make_facts(nlp, name):
    def facts(doc):
        doc._.facts = []
        return doc
    return facts
