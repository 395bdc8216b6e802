"""PLACEHOLDER until the actors stage lands: registers dossier_actors."""
from spacy.language import Language

from dossier.nlp import extensions  # noqa: F401


@Language.factory("dossier_actors", default_config={"extra_files": []})
def make_actors(nlp, name, extra_files):
    def actors(doc):
        doc._.actors, doc._.mentions, doc._.token_actor = {}, [], {}
        return doc
    return actors
