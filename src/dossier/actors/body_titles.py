"""An international body's title written alone for its holder ("the farm commissioner said", "the EC's trade
commissioner told Japan"): the body, where the story names one body that gives the title (`international_titles` in
the lexicon). Only the article "the", the body's own name and a portfolio's words (`portfolio_words`,
`body_portfolio_words`) may stand before the title: "Canada's trade commissioner", "the county commissioner" and
"the High Commissioner" are other offices, and a name after the title ("Commissioner X") is the person's."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from dossier.actors.dictionary import Dictionary
from dossier.nlp.arrays import with_lower

_TITLE_TAGS = frozenset({"NN", "NNS", "NNP"})
_POSSESSIVE = frozenset({"'s", "’s"})


def body_title_tokens(doc: Doc, d: Dictionary, named: set[str],
                      names: Iterable[tuple[int, int, str]]) -> dict[int, str]:
    """{token index: body id} of the titles written alone for the body's official; `named`: the ids the story's names
    give; `names`: (start, end, id) of the names found, which may stand before the title ("the EC commissioner")."""
    titles = d.lexicon.international_titles
    if not titles:
        return {}
    words = {w.lower() for w in d.lexicon.portfolio_words} | {w.lower() for w in d.lexicon.body_portfolio_words}
    spans = list(names)
    out: dict[int, str] = {}
    for tok in (doc[i] for i in with_lower(doc, titles)):  # the title words alone, found on the Doc's array
        bodies = titles.get(tok.lower_)
        if bodies is None or tok.tag_ not in _TITLE_TAGS or tok.ent_type_ in ("PERSON", "ORG"):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.lower_ == "of"):
            continue  # "Commissioner Andriessen", "the commissioner of police": a person's title, another office
        if any(c.dep_ == "appos" for c in tok.children):
            continue  # "the farm commissioner, Frans Andriessen,": the person
        body = next((ids.pop() for name in bodies if len(ids := set(d.names.get(name, ())) & named) == 1), None)
        if body is None:
            continue
        own = {i for s, e, ident in spans if ident == body for i in range(s, e)}
        before = doc[tok.left_edge.i:tok.i]
        if all(t.i in own or t.lower_ in words or t.text in _POSSESSIVE or (t.lower_ == "the" and t.i == before.start)
               for t in before):
            out[tok.i] = body
    return out
