"""A component that starts a sentence after every line break, and after a wire dateline that opens a line, before
the parser runs.

Scraped news mixes headlines, captions and section labels into the body, one per line; the parser would
otherwise join a headline to the first sentence under it. A dateline left in the text (a second story in one file,
a page's dateline below the lines ingest looks at: "OSLO, May 12 - Danish troops …") would be parsed as the
subject, and the story's first words as its apposition: the place, not the troops, would act. So would the town of
each paragraph of a wire's roundup of news ("...\nMANILA - Rebels said they ..."), whose short dash marks a dateline
on a line after the first (`dateline_length`). The parser respects boundaries set before it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dossier.ingest.header import dateline_length
from dossier.nlp.extensions import doc_text

_BREAK = re.compile(r"\n")


def _start_at(doc: Doc, char: int) -> None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and span.start > 0:
        token = doc[span.start]
        if not token.is_space:
            token.is_sent_start = True


@Language.component("dossier_paragraphs")
def mark_line_breaks(doc: Doc) -> Doc:
    text = doc_text(doc)
    for line in (0, *(match.end() for match in _BREAK.finditer(text))):
        if line:
            _start_at(doc, line)
        end = text.find("\n", line)
        length = dateline_length(text[line: end if end >= 0 else len(text)], later=line > 0)
        if length:
            _start_at(doc, line + length)
    return doc
