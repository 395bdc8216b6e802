"""Cut a text too long for one spaCy Doc into pieces at paragraph breaks, each with its offset in the text.

spaCy refuses texts over `nlp.max_length` (E088) and needs about 1 GB per 100,000 characters to parse one;
a long document is run as several Docs instead, and what they find is put back at the right place in the
whole text (`dossier.pipeline`).
"""

from __future__ import annotations

import re

# Where a piece may end, best first: a blank line, a line break, the end of a sentence, any space.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]?\s"), re.compile(r"\s"))


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs that cover `text` in order, none longer than `limit` characters.

    A text within the limit is one piece. A piece ends at the last paragraph break before the limit, else at
    the last line break, sentence end or space, and only when none of them is there at the limit itself.
    """
    if limit <= 0:
        raise ValueError("the chunk size must be positive")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append((start, text[start:end]))
        start = end
    if start < len(text) or not pieces:
        pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, start: int, stop: int) -> int:
    """The end of the piece that starts at `start` and must end by `stop`."""
    window = text[start:stop]
    floor = len(window) // 4  # a break in the first quarter would make tiny pieces: look for a later one
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window) if m.end() > floor]
        if ends:
            return start + ends[-1]
    return stop
