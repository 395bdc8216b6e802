"""A component that starts a sentence after every line break, before the parser runs.

Scraped news mixes headlines, captions and section labels into the body, one per line; the parser would
otherwise join a headline to the first sentence under it. The parser respects boundaries set before it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dossier.nlp.extensions import doc_text

_BREAK = re.compile(r"\n")


@Language.component("dossier_paragraphs")
def mark_line_breaks(doc: Doc) -> Doc:
    for match in _BREAK.finditer(doc_text(doc)):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            token = doc[span.start]
            if not token.is_space:
                token.is_sent_start = True
    return doc
