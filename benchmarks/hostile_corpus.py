"""Hostile corpus: a few hundred files of every bad kind the web produces, beside good ones, through `dossier build`.

Good articles (Reuters-21578 stories from ../shared/corpora when there, else made-up ones) are written in many
encodings and containers, each with a marker word; bad files are binary junk under every extension, empty
files, damaged and bomb gzip, broken JSON, HTML with no text, feeds that are not feeds, cut archives, pipes,
dead links, names with control characters, a document past the size limit. Then one `dossier build` runs as
a user would run it, and the store is searched for every marker.

Prints files tried, documents expected, kept, lost (must be 0), files rejected with a one-line error naming
them, files neither read nor reported (must be 0), and tracebacks (must be 0).

    python benchmarks/hostile_corpus.py [--good 120] [--bad-per-kind 12] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REUTERS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
sys.path.insert(0, str(ROOT))

MARK = re.compile(r"keepmark(\d{5})")


def good_texts(n: int, rnd: random.Random) -> list[str]:
    """n article bodies: Reuters stories when the corpus is there, else made-up ones."""
    texts: list[str] = []
    if REUTERS.exists():
        with gzip.open(REUTERS, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get("text_type") == "NORM" and 400 <= len(row.get("text") or "") <= 4000:
                    texts.append(row["text"])
                if len(texts) >= n * 3:
                    break
        rnd.shuffle(texts)
        texts = texts[:n]
    if len(texts) < n:
        from tests.stories import make_stories

        texts += [s.split("\n\n", 1)[1] for s in make_stories(n - len(texts), seed=rnd.randrange(10**6))]
    return texts


class Corpus:
    """Writes the files and remembers, per file, which markers must be kept and whether an error is due."""

    def __init__(self, folder: Path, rnd: random.Random):
        self.folder, self.rnd = folder, rnd
        self.expected: dict[str, str] = {}       # marker -> file that holds it
        self.must_report: set[str] = set()       # files that must get an error line
        self.tolerated: set[str] = set()         # files that may be read or refused, as long as nothing blows up
        self.kinds: Counter = Counter()
        self.accented: set[str] = set()         # markers of texts whose accents must come through
        self._n = 0

    def mark(self, text: str, accents: bool = False) -> tuple[str, str]:
        self._n += 1
        marker = f"keepmark{self._n:05d}"
        extra = " Según Peña, el café costó 3 € «poco»." if accents else ""
        if accents:
            self.accented.add(marker)
        return marker, f"{text.rstrip()}\n\nReference {marker} closes this report.{extra}\n"

    def write(self, name: str, data: bytes, kind: str, markers: list[str] = (), bad: bool = False,
              tolerated: bool = False) -> Path:
        path = self.folder / kind / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        for m in markers:
            self.expected[m] = str(path)
        if bad:
            self.must_report.add(str(path))
        if tolerated:
            self.tolerated.add(str(path))
        self.kinds[kind] += 1
        return path


def html_page(title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset=\"{{charset}}\"><title>{title}</title></head>"
            f"<body><nav>Home | World</nav><article><h1>{title}</h1>{paras}</article><footer>(c) Example</footer>"
            "</body></html>")


def warc_bytes(pages: list[tuple[str, bytes]], gzipped: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for uri, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


def readable_prefix(data: bytes) -> bytes:
    """What a streaming inflater gets from a cut gzip file."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        return inflater.decompress(data) + inflater.flush()
    except zlib.error:
        return b""


def make_corpus(folder: Path, n_good: int, per_kind: int, seed: int, huge: bool = True) -> Corpus:
    rnd = random.Random(seed)
    c = Corpus(folder, rnd)
    texts = iter(good_texts(n_good * 2, rnd))

    def story(accents: bool = False) -> tuple[str, str]:
        return c.mark(next(texts), accents)

    per_good = max(1, n_good // 14)
    for i in range(per_good):
        m, t = story()
        c.write(f"plain-{i}.txt", t.encode(), "good-text", [m])
        m, t = story(accents=True)
        c.write(f"latin1-{i}.txt", t.replace("€", "EUR").replace("«", '"').replace("»", '"').encode("latin-1"),
                "good-latin1", [m])
        m, t = story(accents=True)
        c.write(f"cp1252-{i}.txt", t.replace(" said", " said “quoted”").encode("cp1252"), "good-cp1252", [m])
        m, t = story(accents=True)
        c.write(f"utf16-{i}.txt", t.encode("utf-16"), "good-utf16", [m])
        m, t = story()
        c.write(f"utf16le-nobom-{i}.txt", t.encode("utf-16-le"), "good-utf16", [m])
        m, t = story(accents=True)
        data = bytearray(t.encode())
        for _ in range(4):  # bad bytes away from the marker
            at = rnd.randrange(0, max(1, len(data) // 2))
            data[at:at] = bytes([rnd.choice([0x80, 0xFF, 0xC3, 0xFE])])
        c.write(f"badbytes-{i}.txt", bytes(data), "good-badbytes", [m])
        m, t = story()
        hostile = t.replace(". ", ". \x1b[41m\x1b]0;owned\x07 \u202e ", 2).replace("\n\n", "\n\x00\n", 1)
        c.write(f"controls-{i}.txt", hostile.encode(), "good-controls", [m])
        m, t = story()
        c.write(f"gz-{i}.txt.gz", gzip.compress(t.encode()), "good-gz", [m])
        m, t = story()
        c.write(f"bare-{i}.gz", gzip.compress(t.encode()), "good-gz", [m])
        m, t = story()
        c.write(f"page-{i}.html", html_page(f"Report {i}", t).replace("{charset}", "utf-8").encode(), "good-html", [m])
        m, t = story(accents=True)
        c.write(f"page1252-{i}.html", html_page(f"Report {i}", t).replace("{charset}", "windows-1252")
                .encode("cp1252", "replace"), "good-html", [m])
        records, ms, lines = [], [], []
        for j in range(4):
            m, t = story()
            ms.append(m)
            lines.append(json.dumps({"id": f"r{i}-{j}", "text": t, "published": "2024-05-0%d" % (j + 1)}))
            if j == 1:
                lines.append("{broken json " + "x" * 20)
                lines.append("[" * 100_000 + "]" * 100_000)
        c.write(f"wire-{i}.jsonl", ("\n".join(lines) + "\n").encode(), "good-jsonl", ms)
        # a cut .jsonl.gz: the records whole before the cut must be kept, the file reported
        ms, lines = [], []
        for j in range(30):
            m, t = story() if j < 3 else c.mark(f"Short wire item {i}-{j} about harbour fees and tariffs.")
            ms.append(m)
            lines.append(json.dumps({"id": f"c{i}-{j}", "text": t}))
        whole = gzip.compress(("\n".join(lines) + "\n").encode())
        cut = whole[: int(len(whole) * rnd.uniform(0.4, 0.9))]
        prefix = readable_prefix(cut).decode("utf-8", "replace")
        complete = prefix.splitlines()[:-1] if not prefix.endswith("\n") else prefix.splitlines()
        kept = [m for m, line in zip(ms, lines) if line in complete]
        c.write(f"cut-{i}.jsonl.gz", cut, "partial-jsonl-gz", kept, bad=True)
        ms, items = [], []
        for j in range(3):
            m, t = story()
            ms.append(m)
            items.append(f"<item><title>Item {i}-{j}</title><link>https://feed.example/{i}/{j}</link>"
                         f"<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description><![CDATA[{t}]]></description></item>")
        feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>{"".join(items)}</channel></rss>'
        c.write(f"feed-{i}.rss", feed.encode().replace(b"harbour", b"harb\xffour"), "good-feed", ms)
        ms, pages = [], []
        for j in range(2):
            m, t = story()
            ms.append(m)
            pages.append((f"https://site.example/{i}/{j}", html_page(f"Page {j}", t).replace("{charset}", "utf-8").encode()))
        c.write(f"crawl-{i}.warc.gz", warc_bytes(pages, True), "good-warc", ms)
    # the same story twice (the second is the same document, not lost) and one longer than spaCy's limit
    m, t = story()
    c.write("twin-a.txt", t.encode(), "good-duplicate", [m])
    c.write("twin-b.txt", t.encode(), "good-duplicate")
    if huge:
        m, t = story()
        filler = "\n".join("data:" + "A" * 40_000 for _ in range(28))
        c.write("huge.txt", (t + "\n\n" + filler + "\n\n" + f"Closing line {m} of a very long page.\n").encode(),
                "good-huge", [m])

    # -- bad files ------------------------------------------------------------------------------------------
    exts = [".txt", ".html", ".htm", ".jsonl", ".json", ".rss", ".xml", ".atom", ".warc", ".warc.gz", ".txt.gz",
            ".gz", ".jsonl.gz", ".html.gz", ".ndjson"]
    for i in range(per_kind):
        for ext in exts:
            c.write(f"random-{i}{ext}", rnd.randbytes(rnd.randrange(64, 6000)), "bad-random", bad=True)
        c.write(f"empty-{i}.txt", b"", "bad-empty", bad=True)
        c.write(f"blank-{i}.html", b"  \n\t\n ", "bad-empty", bad=True)
        c.write(f"image-{i}.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rnd.randbytes(2000), "bad-binary", bad=True)
        c.write(f"doc-{i}.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rnd.randbytes(3000), "bad-binary", bad=True)
        c.write(f"notgzip-{i}.txt.gz", b"plain text pretending to be gzip " * 5, "bad-gzip", bad=True)
        c.write(f"headeronly-{i}.jsonl.gz", gzip.compress(b'{"text": "x"}')[:12], "bad-gzip", bad=True)
        c.write(f"notjson-{i}.json", b"{'single': 'quotes', trailing,}", "bad-json", bad=True)
        c.write(f"scalar-{i}.json", json.dumps(rnd.choice([42, "text", [1, 2], None, True])).encode(), "bad-json", bad=True)
        c.write(f"deep-{i}.json", b"[" * 200_000 + b"]" * 200_000, "bad-json", bad=True)
        c.write(f"notext-{i}.jsonl", b'{"title": "no body"}\n{"text": 12}\n[1,2]\n', "bad-json", bad=True)
        c.write(f"scripts-{i}.html", b"<html><head><script>var a=1;</script></head><body><div></div></body></html>",
                "bad-html", bad=True)
        c.write(f"tags-{i}.html", ("<div>" * 5000 + "</div>" * 5000).encode(), "bad-html", bad=True)
        c.write(f"notafeed-{i}.xml", b"<config><item>nothing</item></config>", "bad-feed", bad=True)
        laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
                  "".join(f'<!ENTITY lol{k} "{("&lol%s;" % (k - 1 if k > 1 else "")) * 10}">' for k in range(1, 10)) +
                  ']><rss><channel><item><description>&lol9;</description></item></channel></rss>')
        c.write(f"laughs-{i}.rss", laughs.encode(), "bad-feed", tolerated=True)  # must not expand
        c.write(f"cutwarc-{i}.warc", warc_bytes([("https://x.example/a", b"<html><body><p>" + b"word " * 400 +
                                                   b"</p></body></html>")], False)[:300], "bad-warc", bad=True)
        c.write(f"unknown-{i}.docx", b"PK\x03\x04" + rnd.randbytes(500), "bad-unknown", bad=True)
    bomb = gzip.compress(b"\x00" * (80 << 20))
    c.write("bomb.txt.gz", bomb, "bad-bomb", bad=True)
    if huge:
        c.write("toolong.txt", ("word " * 1_200_000).encode(), "bad-toolong", bad=True)
    special = c.folder / "bad-special"
    special.mkdir(exist_ok=True)
    if hasattr(os, "mkfifo"):
        os.mkfifo(special / "pipe.txt")
        c.must_report.add(str(special / "pipe.txt"))
    (special / "dead-link.txt").symlink_to(special / "nothing-here.txt")
    c.must_report.add(str(special / "dead-link.txt"))
    (special / "loop").symlink_to(special)
    c.must_report.add(str(special / "loop"))
    odd = special / "name\x1b[31mred\nline.txt"
    m, t = story()
    odd.write_bytes(t.encode())
    c.expected[m] = str(odd)
    c.kinds["bad-special"] += 4
    return c


def run(corpus: Corpus, db: Path, timeout: int) -> dict:
    env = dict(os.environ, DOSSIER_MAX_FILE_BYTES=str(64 << 20), DOSSIER_LOCK_WAIT="60")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "dossier.cli", "build", str(corpus.folder), "--db", str(db), "-q"],
                          capture_output=True, text=True, env=env, timeout=timeout)
    seconds = time.perf_counter() - started
    output = proc.stdout + proc.stderr
    import duckdb

    kept: set[str] = set()
    garbled: set[str] = set()
    longest_tolerated = 0
    if db.exists():
        with duckdb.connect(str(db), read_only=True) as con:
            for source, text in con.execute("SELECT source, text FROM documents").fetchall():
                found = {f"keepmark{n}" for n in MARK.findall(text)}
                kept |= found
                garbled |= {m for m in found & corpus.accented if "Según Peña" not in text}
                if any(source.startswith(t) for t in corpus.tolerated):
                    longest_tolerated = max(longest_tolerated, len(text))
    reported = {f for f in corpus.must_report if _named(f, output)}
    files = [p for p in corpus.folder.rglob("*") if not p.is_dir() or p.is_symlink()]
    silent = sorted(f for f in map(str, files)
                    if f not in set(corpus.expected.values()) and f not in reported
                    and f not in corpus.must_report and f not in corpus.tolerated and not _named(f, output) and "/good-duplicate/" not in f)
    lost = sorted(m for m in corpus.expected if m not in kept)
    return {
        "seconds": round(seconds, 1), "exit_code": proc.returncode, "files": len(files),
        "expected_documents": len(corpus.expected), "kept": len(set(corpus.expected) & kept),
        "lost": len(lost), "accents_garbled": len(garbled), "lost_examples": [(m, corpus.expected[m]) for m in lost[:10]],
        "bad_files": len(corpus.must_report), "rejected_with_a_clear_error": len(reported),
        "bad_files_unreported": sorted(corpus.must_report - reported)[:10],
        "silent_files": silent[:10], "tracebacks": output.count("Traceback"),
        "longest_text_from_entity_bombs": longest_tolerated,
        "error_lines": sum(1 for ln in output.splitlines() if ln.startswith("skipped ")),
        "multi_line_errors": sum(1 for ln in output.splitlines() if ln.strip() and not ln.startswith("skipped ")),
    }


def _named(path: str, output: str) -> bool:
    return any(line.startswith(f"skipped {path}") for line in output.splitlines()) or \
        f"skipped {path.encode('unicode_escape').decode()}" in output or f"skipped {path}" in output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--good", type=int, default=120, help="about this many good files")
    parser.add_argument("--bad-per-kind", type=int, default=12, help="files of each bad kind")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, help="write the corpus and store here and keep them")
    parser.add_argument("--timeout", type=int, default=3600)
    parser.add_argument("--no-huge", action="store_true", help="leave out the documents longer than spaCy's "
                        "limit (to see how an older version does on the rest)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        corpus = make_corpus(base / "corpus", args.good, args.bad_per_kind, args.seed, huge=not args.no_huge)
        report = run(corpus, base / "hostile.duckdb", args.timeout)
    print(f"hostile corpus (seed {args.seed}): {report['files']} files "
          f"({', '.join(f'{k} {v}' for k, v in sorted(corpus.kinds.items()))})")
    for key in ("expected_documents", "kept", "lost", "accents_garbled", "bad_files", "rejected_with_a_clear_error", "tracebacks",
                "longest_text_from_entity_bombs", "exit_code", "seconds"):
        print(f"  {key.replace('_', ' ')}: {report[key]}")
    for key in ("lost_examples", "bad_files_unreported", "silent_files"):
        if report[key]:
            print(f"  {key.replace('_', ' ')}: {report[key]}")
    ok = report["lost"] == 0 and report["accents_garbled"] == 0 and report["tracebacks"] == 0 and report["exit_code"] == 0 and \
        report["rejected_with_a_clear_error"] == report["bad_files"] and not report["silent_files"] and \
        report["longest_text_from_entity_bombs"] < 1000
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
