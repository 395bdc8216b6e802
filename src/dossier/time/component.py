"""PLACEHOLDER until the time stage lands: registers dossier_time."""
from spacy.language import Language

from dossier.nlp import extensions  # noqa: F401


@Language.factory("dossier_time")
def make_time(nlp, name):
    def time(doc):
        doc._.timexes = []
        return doc
    return time
