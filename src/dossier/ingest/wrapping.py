"""Join hard-wrapped lines into paragraphs: `unwrap(text)` gives one line per paragraph.

Wire copy and e-mailed text arrive cut into lines of about 70 characters, with paragraphs marked by an
indented first line or a blank line. Left as they are, every line break would start a sentence
("Nigerian Finance" / "Minister ..."). A text counts as hard-wrapped when most of its line breaks fall
where the next word would not have fitted on the line and the sentence goes on; text with one paragraph
per line (HTML extraction, JSON bodies) has few such breaks and is returned unchanged.

No maintained library does this (textwrap only wraps); the rules below are the ones wire readers use:
line width, indentation and sentence ends. Only whitespace changes, except a word split after its
hyphen ("English-" / "language"), which is joined without a space.
"""

from __future__ import annotations

import re

MAX_WIDTH = 100  # lines longer than this are not a wire or e-mail wrap
MIN_WRAPS = 1  # a text needs this many wrapped breaks to count as hard-wrapped (a short wire story has one or two)
FEW_WRAPS = 3  # with fewer, every one must fall inside a sentence (no stop, colon or semicolon ends its line)
MIN_WRAP_SHARE = 0.5  # and this share of its breaks between two non-blank lines
MIN_LOWER_SHARE = 0.2  # and this share of its wraps go on with a lower-case word (lists and tables do not)
MIN_WORDS = 4  # a wrapped line holds words (CJK text without spaces is never joined)
SLACK = 6  # a line this much shorter than the width, plus the next word, still counts as full

_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
_GAP = re.compile(r"(\S) {3,}(?=\S)")
_LEADERS = re.compile(r"\.{4,}(?!\s)|-{4,}|\t")  # dots run into a figure; an ellipsis before a word is prose
_HYPHEN_WORD = re.compile(r"[A-Za-z0-9.]-$")  # "English-" / "language", "U.S.-" / "backed"; not a "--" dash
_INDENT = re.compile(r"^[ \t]*")
_BRACKETED = re.compile(r"<[^<>]{1,60}>")
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")  # "U.S.", "U.K.", "a.m." (not "ebay.com", "...")


def _indent(line: str) -> int:
    return len(_INDENT.match(line).group(0).expandtabs(4))


def _first_word(line: str) -> str:
    """The line's first word; a name the wire sets in angle brackets counts as one ("<Acme Holdings Ltd>"): the wire
    does not break it, so the line before it ends short."""
    stripped = line.lstrip()
    bracketed = _BRACKETED.match(stripped)
    if bracketed:
        return bracketed.group(0)
    words = stripped.split()
    return words[0] if words else ""


def _is_tabular(line: str) -> bool:
    """A table row: columns spaced apart or dot leaders (a wide gap after a full stop is a wire habit)."""
    gaps = _GAP.findall(line)
    return bool(_LEADERS.search(line)) or len(gaps) > 1 or any(c not in ".!?\"'”" for c in gaps)


def _width(lines: list[str]) -> int:
    """The wrap width: the length that nine lines in ten do not exceed."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _is_full(line: str, following: str, width: int) -> bool:
    """The next line's first word would not have fitted at the end of this one."""
    return len(line.rstrip()) + 1 + len(_first_word(following)) > width - SLACK


def _goes_on(line: str, following: str) -> bool:
    """The sentence continues across the break."""
    word = _first_word(following)
    return not _SENTENCE_END.search(line.rstrip()) or (word[:1].islower())


def _base_indent(lines: list[str]) -> int:
    """The indentation of running lines (the least); a line indented further starts a paragraph."""
    return min((_indent(line) for line in lines if line.strip()), default=0)


def _is_wrap(line: str, following: str, width: int) -> bool:
    """A line of words cut at the width while its sentence goes on."""
    return len(line.split()) >= MIN_WORDS and _is_full(line, following, width) and _goes_on(line, following)


def is_hard_wrapped(text: str) -> bool:
    """Most breaks inside paragraphs fall mid-sentence at a full line, and a fair share before a lower-case word."""
    lines = text.split("\n")
    width = _width(lines)
    if not width or width > MAX_WIDTH:
        return False
    base = _base_indent(lines)
    opening = next((i for i, line in enumerate(lines) if line.strip()), 0)
    pairs = [i for i in range(len(lines) - 1)
             if lines[i].strip() and lines[i + 1].strip() and _indent(lines[i + 1]) <= base]
    wraps = [i for i in pairs if not _is_tabular(lines[i]) and (
        _is_wrap(lines[i], lines[i + 1], width)
        or (i == opening and _first_word(lines[i + 1])[:1].islower()))]  # the opening line, cut short by its dateline
    if len(wraps) < FEW_WRAPS and any(_SENTENCE_END.search(lines[i].rstrip()) for i in wraps):
        return False  # "write to us at:" / "letters@example.org" in a short text is no wrap
    lower = sum(1 for i in wraps if _first_word(lines[i + 1])[:1].islower())
    return (len(wraps) >= max(MIN_WRAPS, MIN_WRAP_SHARE * len(pairs))
            and (lower >= max(1, MIN_LOWER_SHARE * len(wraps)) or _indented_paragraphs(lines, base)))


def _indented_paragraphs(lines: list[str], base: int) -> bool:
    """Paragraphs marked the wire's way: a line of words indented past the running lines after a sentence's end.

    With that layout a short story whose every wrap runs on into a capitalised word ("Johnstone" / "Jr", "by" /
    "Suffield Financial") is still wrapped; a list or headlines with no indented paragraph is not.
    """
    return any(_indent(lines[i + 1]) > base and len(lines[i + 1].split()) >= MIN_WORDS
               and not _is_tabular(lines[i + 1]) and _SENTENCE_END.search(lines[i].rstrip())
               for i in range(len(lines) - 1))


def _joins(line: str, following: str, width: int, base_indent: int, opening: bool) -> bool:
    """Whether the break between two lines is a wrap. Kept: before a blank or further-indented line, around a
    table row or a heading, after a short line unless the sentence goes on into a lower-case word or (the
    opening line, cut short by a dateline taken off) into a full line. An opening line that ends on an
    abbreviation ("U.S.") before a full line is joined too: whether a sentence ends there is the parser's to say
    (nlp/abbreviations.py), not the break's."""
    if not following.strip() or _indent(following) > base_indent or _is_tabular(line) or _is_tabular(following):
        return False
    stripped = line.strip()
    if not any(c.islower() for c in stripped):
        return False
    if _is_full(line, following, width):
        return True
    next_is_full = len(following.rstrip()) >= width - 2 * SLACK
    if _SENTENCE_END.search(stripped):  # a paragraph's last line, unless an abbreviation ("U.S.") ends the opening
        return (opening and bool(_ABBREVIATION_END.search(stripped))
                and (_first_word(following)[:1].islower() or next_is_full))
    return _first_word(following)[:1].islower() or (opening and next_is_full)


def wrapped_lines(text: str, *, opening_cut: bool = True) -> set[int]:
    """Indices of the lines that go on into the next one (none when the text is not hard-wrapped).

    `opening_cut=False` when the first line may be a title rather than a sentence cut short by its dateline.
    """
    if not is_hard_wrapped(text):
        return set()
    lines = text.split("\n")
    width, base_indent = _width(lines), _base_indent(lines)
    opening = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return {i for i in range(len(lines) - 1) if lines[i].strip()
            and _joins(lines[i], lines[i + 1], width, base_indent, opening_cut and i == opening)}


def unwrap(text: str) -> str:
    """The text with hard-wrapped lines joined (one line per paragraph, blank lines kept); unchanged when
    the text is not hard-wrapped."""
    joined = wrapped_lines(text)
    if not joined:
        return text
    out: list[str] = []
    carry = False
    for index, line in enumerate(text.split("\n")):
        piece = line.strip()
        if carry:
            glue = "" if _HYPHEN_WORD.search(out[-1]) and piece[:1].isalnum() else " "
            out[-1] += glue + piece
        else:
            out.append(piece)
        carry = index in joined
    return "\n".join(out)
