"""PLACEHOLDER until the events stage lands: registers dossier_events."""
from spacy.language import Language

from dossier.nlp import extensions  # noqa: F401


@Language.factory("dossier_events")
def make_events(nlp, name):
    def events(doc):
        doc._.events = []
        return doc
    return events
