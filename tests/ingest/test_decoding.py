"""Files in other encodings, with bad bytes, or cut short: read as far as they are whole, never rejected whole."""

import gzip
import json
import os
from pathlib import Path

import pytest

from dossier.ingest import IngestError, read_paths
from dossier.ingest.compressed import gunzip
from dossier.ingest.decode import decode_bytes

FRENCH = ("La ministre péruvienne a rencontré à Pékin son homologue chinois, qui a salué « une coopération "
          "exemplaire » entre les deux pays. Les délégations ont signé un accord sur la pêche à Lima.")
ENGLISH = "The trade minister met the delegation in Lima on Friday and said the talks had gone well."


def _one(folder: Path, name: str, data: bytes):
    (folder / name).write_bytes(data)
    items = list(read_paths([folder / name]))
    docs = [i for i in items if not isinstance(i, IngestError)]
    return docs, [i for i in items if isinstance(i, IngestError)]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig",
                                      "utf-32"])
def test_text_in_other_encodings_is_read(tmp_path, encoding):
    text = FRENCH.replace("« ", '"').replace(" »", '"') if encoding == "latin-1" else FRENCH
    (doc,), errors = _one(tmp_path, "a.txt", text.encode(encoding))
    assert not errors and doc.text == text


def test_a_few_bad_bytes_are_replaced_and_the_rest_kept(tmp_path):
    data = FRENCH.encode("utf-8")
    data = data[:40] + b"\xff\xfe" + data[40:90] + b"\x80\xc3" + data[90:]
    (doc,), errors = _one(tmp_path, "a.txt", data)
    assert not errors
    assert doc.text.count("\ufffd") >= 3 and "péruvienne" in doc.text and "Lima" in doc.text


def test_html_in_its_declared_charset_and_binary_html(tmp_path):
    page = (f'<html><head><meta charset="windows-1252"><title>Accord</title></head><body><article>'
            f'<p>{FRENCH}</p><p>{FRENCH}</p></article></body></html>')
    (doc,), _ = _one(tmp_path, "a.html", page.encode("cp1252"))
    assert "péruvienne" in doc.text and "« une coopération" in doc.text
    _, (error,) = _one(tmp_path, "b.html", os.urandom(3000))
    assert "binary" in error.reason


def test_a_feed_with_bad_bytes_keeps_its_accents(tmp_path):
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Crónica</title>'
            f'<item><title>Accord</title><link>https://news.example/1</link><description>{FRENCH}</description>'
            '</item></channel></rss>').encode().replace(b"Lima", b"Li\xffma")
    (doc,), errors = _one(tmp_path, "a.rss", feed)
    assert not errors and "péruvienne" in doc.text and "Li\ufffdma" in doc.text


def test_a_truncated_jsonl_gz_keeps_its_whole_records(tmp_path):
    lines = "".join(json.dumps({"id": f"r{n}", "text": f"{ENGLISH} Report {n}."}) + "\n" for n in range(200))
    data = gzip.compress(lines.encode())
    docs, errors = _one(tmp_path, "wire.jsonl.gz", data[: len(data) * 2 // 3])
    assert 50 < len(docs) < 200
    assert [d.source.rsplit("#", 1)[1] for d in docs] == [f"r{n}" for n in range(len(docs))]
    assert any("cut short" in e.reason for e in errors)
    assert all(e.source.startswith(str(tmp_path / "wire.jsonl.gz")) for e in errors)


def test_txt_gz_bare_gz_and_many_members(tmp_path):
    (doc,), errors = _one(tmp_path, "a.txt.gz", gzip.compress(ENGLISH.encode()))
    assert not errors and doc.text == ENGLISH
    (doc,), errors = _one(tmp_path, "b.gz", gzip.compress(ENGLISH.encode()) + gzip.compress(b" Two members."))
    assert not errors and doc.text == ENGLISH + " Two members."
    line = json.dumps({"id": "x", "text": ENGLISH}).encode()
    (doc,), errors = _one(tmp_path, "c.gz", gzip.compress(line))
    assert not errors and doc.source.endswith("c.gz")


def test_damaged_gzip(tmp_path):
    assert gunzip(b"not gzip at all", 100)[1].startswith("the file is not valid gzip")
    good = gzip.compress(ENGLISH.encode())
    data, problem = gunzip(good + b"\x1f\x8b\x08\x00garbage", 10_000)
    assert data == ENGLISH.encode() and problem and "what comes before is read" in problem
    data, problem = gunzip(gzip.compress(b"x" * 50_000), 1000)
    assert len(data) == 1000 and "more than 1,000 bytes" in problem


def test_decoding_binary_and_text_with_a_stray_nul():
    assert decode_bytes(os.urandom(4000)) is None
    assert decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4) is None
    text = decode_bytes((ENGLISH * 3).encode() + b"\x00" + ENGLISH.encode())
    assert text is not None and "\x00" not in text and "\ufffd" in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (error,) = read_paths([tmp_path / "pipe.txt"])
    assert isinstance(error, IngestError) and "not a regular file" in error.reason


def test_the_control_characters_counted_are_every_non_whitespace_character_of_category_cc():
    import sys
    import unicodedata

    from dossier.ingest.decode import _CONTROLS, _WHITESPACE

    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    by_category = [ch for ch in every if ch not in _WHITESPACE and unicodedata.category(ch) == "Cc"]
    assert _CONTROLS.findall(every) == by_category
    assert _CONTROLS.findall("a\tb\nc\r\x0b\x0c d\u00e9\u2028") == []  # whitespace, letters, a line separator


def test_text_with_a_few_controls_is_kept_and_one_of_many_is_not():
    text = ENGLISH * 20
    assert decode_bytes((text[:500] + "\x1b" * 10 + text[500:]).encode()) is not None  # 10 in ~1,800
    assert decode_bytes(("\x01\x02\x03 " * 100 + ENGLISH).encode()) is None  # three in four characters
