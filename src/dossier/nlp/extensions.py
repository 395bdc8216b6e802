"""The attributes dossier's spaCy components read and write on a Doc.

Set before the pipeline runs (by dossier.pipeline):
  doc._.doc_id      document id
  doc._.published   the article's date, 'YYYY-MM-DD' or None
  doc._.dateline    the place of the article's dateline ('TOKYO') or None
  doc._.headline    the article's title ('Japan Weighs Bond Coupon') or None
  doc._.genre       the genre the page declares ('opinion', 'analysis': ingest/genre.py) or None
Written by dossier's components after spaCy's, in pipeline order:
  doc._.recased     frozenset of token indices: common words the wire capitalised after a state's abbreviation
                    ("U.S. Banks"), which are no name (nlp/recased.py), and the words of a name a prefix sets
                    apart ("non-OPEC": actors/negated.py), or None
  doc._.actors      {entity id: Entity} resolved in this document     (actors)
  doc._.mentions    [Mention] with character offsets                   (actors)
  doc._.token_actor {token index: entity id} for tokens inside mentions (actors)
  doc._.story_country the country of the story's unnamed state bodies, or None (actors: Resolver.story_country)
  doc._.dateline_state the state (an Entity) the dateline's place lay in on the article's date, or None (actors)
  doc._.owned_by_other frozenset of token indices of generic agents whose possessive names another party ("its
                    creditor banks": the debtor's lenders, not of its country; agents.yaml `owner_is_other`), or None
  doc._.vessels     {token index: index of its class noun} for the words of ships' names ("the frigate Stark"),
                    which name no actor but the ship the noun describes (actors/vessels.py), or None
  doc._.unknown_name  (span, id) -> Entity or an actor's id: the actors stage's reading of a name a later stage
                    takes for an actor where it found none (actors: Resolver.unknown_name), or None
  doc._.timexes     [Timex] temporal expressions with normalised values (time)
  doc._.events      [Event]                                            (events)
  doc._.facts       [Fact]                                             (facts)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC_ATTRS = {
    "doc_id": None,
    "published": None,
    "dateline": None,
    "headline": None,
    "genre": None,
    "recased": None,
    "actors": None,
    "mentions": None,
    "token_actor": None,
    "story_country": None,
    "dateline_state": None,
    "owned_by_other": None,
    "unknown_name": None,
    "vessels": None,
    "timexes": None,
    "events": None,
    "facts": None,
}


_TEXT = "dossier_text"  # Doc.user_data key of the text the Doc was made from
_SENTS = "dossier_sents"  # the same of its sentences, once parsed


def keep_text(doc: Doc, text: str) -> None:
    """Keep the text the Doc was made from, which `doc_text` returns (the pipeline, as it makes each Doc)."""
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once (spaCy joins every token's text anew on each `doc.text`)."""
    if _TEXT not in doc.user_data:
        doc.user_data[_TEXT] = doc.text
    return doc.user_data[_TEXT]


def sentences_of(doc: Doc) -> tuple[Span, ...]:
    """The Doc's sentences (`doc.sents`), made once the Doc is parsed and kept: spaCy scans the words and makes
    each Span anew on every `doc.sents`, and no stage after the parser moves a sentence's bounds."""
    found = doc.user_data.get(_SENTS)
    if found is not None and (found[-1].end if found else 0) == len(doc):
        return found
    found = tuple(doc.sents)
    if doc.has_annotation("DEP"):
        doc.user_data[_SENTS] = found
    return found


def register() -> None:
    """Register the attributes once; safe to call many times."""
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
