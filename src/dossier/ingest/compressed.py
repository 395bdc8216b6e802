"""Gzip data read as far as it is whole: every complete member, and of a damaged or truncated one what comes
before the damage, with a sentence saying what went wrong."""

from __future__ import annotations

import zlib

_CHUNK = 1 << 20


def gunzip(data: bytes, limit: int) -> tuple[bytes, str | None]:
    """(the decompressed bytes, None) or (what could be read, a one-sentence reason); at most `limit` bytes."""
    out = bytearray()
    rest = data
    members = 0
    while rest:
        inflater = zlib.decompressobj(wbits=31)  # a gzip header and trailer
        pending = rest
        try:
            while not inflater.eof:
                chunk = inflater.decompress(pending, _CHUNK)
                out += chunk
                pending = inflater.unconsumed_tail
                if len(out) > limit:
                    return bytes(out[:limit]), (f"it expands to more than {limit:,} bytes; only the first "
                                                f"{limit:,} are read.")
                if not chunk and not pending:
                    break
        except zlib.error as exc:
            if members == 0 and not out:
                return b"", f"the file is not valid gzip ({exc})."
            return bytes(out), f"the gzip data is damaged after {len(out):,} bytes ({exc}); what comes before is read."
        if not inflater.eof:
            out += inflater.flush()
            if members == 0 and not out:
                return b"", "the gzip file is cut short before any of its content."
            return bytes(out), f"the gzip file is cut short after {len(out):,} bytes; what comes before is read."
        members += 1
        rest = inflater.unused_data
        if not rest.strip(b"\x00"):  # some writers pad the end with zeros
            break
    return bytes(out), None
