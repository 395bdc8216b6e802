"""A component that keeps a name or ticker the wire sets in angle brackets ("shares of <Acme Holdings Ltd>", "Acme
<ACME.L>") inside one sentence, before the parser runs.

The parser of the small English pipeline often starts a sentence right after the opening bracket ("... agreed to
buy <" / "Acme Holdings Ltd>.") or after a stop inside a ticker ("<ACME." / "L>"): the sentence then loses its
object, and the next one starts with a stray name. No word inside the brackets (closed on the same line) starts a
sentence; the parser respects what is set before it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dossier.nlp.extensions import doc_text

_BRACKETED = re.compile(r"<[^<>\n]{1,100}>")


@Language.component("dossier_tickers")
def keep_bracketed_names(doc: Doc) -> Doc:
    text = doc_text(doc)
    if "<" not in text:
        return doc
    for match in _BRACKETED.finditer(text):
        span = doc.char_span(match.start() + 1, match.end(), alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.idx > match.start() and token.i > 0:
                token.is_sent_start = False
    return doc
