"""A minister's name the tagger ran into his portfolio: "Secretary of Trade and Industry Jose Concepcion", "Minister of
Petroleum Resources X Y", where the tagger takes "Trade and Industry Jose Concepcion" for one organisation. The
portfolio's words (the lexicon's `portfolio_words` and `body_portfolio_words`, joined by its `portfolio_links`:
"and", "resources") after "<title> of" are the title's; the capitalised words after them are a person's name, so
tagged: the title then names its holder, and the later "Concepcion" is the same person. A portfolio written before
the title ("Trade and Industry Secretary Eric Ho"), which the tagger takes for an organisation of its own, is no
actor: the title's words, read with the title (round 74; before, the "organisation" took the dateline's state and gave
it to the person named after it)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

def names_after_portfolios(doc: Doc, titles: frozenset[str], portfolio: frozenset[str],
                           links: frozenset[str]) -> tuple[Span, ...] | None:
    """The Doc's entities with each organisation that opens right after "<title> of" (`titles`: minister, secretary)
    with a portfolio's words (and the `links` between them) and ends in two or more capitalised words of no portfolio
    made a person over those words, and without each organisation of two portfolios joined by a link ("Trade and
    Industry") right before such a title and a person's name; None where there is none."""
    out, changed = [], False
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "ORG" and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in titles:
            k = start
            while k < ent.end and (doc[k].lower_ in portfolio or doc[k].lower_ in links):
                k += 1
            name = doc[k:ent.end]
            if k > start and doc[k - 1].lower_ not in links and len(name) >= 2 \
                    and all(t.is_title or t.text in ("-", ".") or t.is_upper for t in name):
                out.append(Span(doc, k, ent.end, label="PERSON"))
                changed = True
                continue
        if ent.label_ == "ORG" and len(ent) >= 3 and ent.end + 1 < len(doc) and doc[ent.end].lower_ in titles \
                and doc[ent.end].is_title and doc[ent.end + 1].ent_type_ == "PERSON" \
                and any(t.lower_ in links for t in ent[1:-1]) \
                and all(t.lower_ in portfolio or t.lower_ in links for t in ent) \
                and ent[0].lower_ in portfolio and ent[-1].lower_ in portfolio:
            changed = True  # "Trade and Industry Secretary X": the portfolio of the title before the name
            continue
        out.append(ent)
    return tuple(out) if changed else None
