"""Bytes to text, whatever the encoding: what a byte-order mark or the file itself says, valid UTF-8, UTF-8 with
a few bad bytes replaced, else the encoding charset-normalizer detects. None for data that is not text.

A file is never rejected for a few bad bytes: they become U+FFFD and the rest of the text is kept.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([A-Za-z0-9._:-]{2,40})""",
                       re.I)
_WHITESPACE = frozenset("\t\n\r\f\v")
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
BINARY_SHARE = 0.05  # more control characters than this (NULs, escapes…) and the data is not text
# the control characters (Unicode category Cc, all below U+0100) that are no whitespace, as one character class
_CONTROLS = re.compile("[" + "".join(re.escape(chr(i)) for i in range(0x100)
                                     if unicodedata.category(chr(i)) == "Cc" and chr(i) not in _WHITESPACE) + "]")


def decode_bytes(data: bytes, *, declared: str | None = None) -> str | None:
    """The text in `data`, or None when it is binary.

    `declared` is an encoding named by the container (an HTTP header); an encoding the data declares itself
    (an HTML meta tag, an XML declaration) is read when no BOM is there and the bytes are not valid UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _text(data.decode(codec, errors="replace"))
    wide = _utf16_without_bom(data)
    if wide:
        return _text(data.decode(wide, errors="replace"))
    try:
        return _text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for name in (declared, declared_encoding(data)):
        text = _strict(data, name)
        if text is not None:
            return _text(text)
    lenient = data.decode("utf-8", errors="replace")
    if _mostly_utf8(lenient):
        return _text(lenient)
    return _text(_detected(data))


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is mostly NUL, as in Latin-script UTF-16."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.6 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML page or XML file names in its first bytes, if any."""
    found = _DECLARED.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _strict(data: bytes, name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # a page that says UTF-16 in ASCII bytes is not UTF-16
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(lenient: str) -> bool:
    """UTF-8 with a few bad bytes, not a single-byte encoding (where every accented letter is a bad byte): more
    valid multi-byte characters than errors."""
    bad = lenient.count("\ufffd")
    wide = sum(1 for ch in lenient if ord(ch) > 0x7F) - bad
    return wide > bad


def _detected(data: bytes) -> str | None:
    """charset-normalizer's reading; among equally good ones, Western European code pages first (the detector
    cannot tell cp1252 from cp1250 in a short French text, and the former is far more common on the web)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    tied.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else len(_PREFERRED))
    return str(tied[0])


def _text(text: str | None) -> str | None:
    """The text (a stray NUL replaced), or None when too many of its characters are controls: binary data."""
    if text is None:
        return None
    sample = text[:65536]
    controls = sum(1 for _ in _CONTROLS.finditer(sample))  # a Python step per control, not per character
    if sample and controls / len(sample) > BINARY_SHARE:
        return None
    return text.replace("\x00", "\ufffd")
