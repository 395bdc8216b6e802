"""Article text made safe to print on a terminal: escape sequences and control characters removed.

Text from articles is untrusted: an ESC[41m would paint the terminal, an OSC sequence would retitle the
window or plant a hyperlink, a bidi override would reorder what the reader sees. rich strips only a few
controls (bell, backspace, carriage return), so everything printed from the store goes through `clean`.
"""

from __future__ import annotations

import re

# ECMA-48 sequences, 7-bit (ESC ...) and 8-bit (C1) forms; string sequences (OSC, DCS, SOS, PM, APC) end at
# BEL or ST, and an unterminated one runs to the end of the text, as a terminal would read it.
_SEQUENCE = re.compile(
    r"\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"      # OSC: window title, hyperlinks, clipboard
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"           # DCS, SOS, PM, APC
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"                         # CSI: colours, cursor moves, erase
    r"|\x1b[ -/]*[0-~]?"                                 # any other escape
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?"  # 8-bit string sequences
    r"|\x9b[0-?]*[ -/]*[@-~]?"                           # 8-bit CSI
)
# C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate characters.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def clean(text: object, one_line: bool = False) -> str:
    """text as a string with escape sequences and control characters removed; one_line also folds every run
    of white space (newlines, tabs) into one space, for a table cell or a TSV field."""
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n")
    text = _CONTROL.sub("", _SEQUENCE.sub("", text))
    return _SPACE.sub(" ", text).strip() if one_line else text
