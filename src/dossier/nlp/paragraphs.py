"""A component that starts a sentence after every line break, and after a wire dateline that opens a line, before
the parser runs.

Scraped news mixes headlines, captions and section labels into the body, one per line; the parser would
otherwise join a headline to the first sentence under it. A dateline left in the text (a second story in one file,
a page's dateline below the lines ingest looks at: "OSLO, May 12 - Danish troops …") would be parsed as the
subject, and the story's first words as its apposition: the place, not the troops, would act. So would the town of
each paragraph of a wire's roundup of news ("...\nMANILA - Rebels said they ..."), whose short dash marks a dateline
on a line after the first (`dateline_length`). The parser respects boundaries set before it.

No sentence starts right after a preposition, "to" or an article in lower case on the same line ("... a unit of" /
"the U.S."): no sentence ends on one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from dossier.ingest.header import dateline_length
from dossier.nlp.extensions import doc_text

_BREAK = re.compile(r"\n")
_OPEN_ENDED = frozenset({"IN", "TO", "DT"})


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
    _keep_after_open_words(doc)
    return doc


def _keep_after_open_words(doc: Doc) -> None:
    for token in doc[1:]:
        before = token.doc[token.i - 1]
        if before.tag_ in _OPEN_ENDED and before.text[:1].islower() and before.whitespace_ and not token.is_space \
                and before.text.isalpha():
            token.is_sent_start = False
