"""Fuzz the readers: valid files of every kind, mutated at random (bit flips, cuts, insertions, splices, stray
BOMs and NULs, re-encodings), each read from disk by `read_paths` as a build would.

Prints, per kind: inputs tried, documents and errors out, exceptions that escaped (must be 0), inputs slower
than the alarm (hangs, must be 0), the slowest input, and inputs per second. Deterministic for a given seed.

    python benchmarks/fuzz_readers.py [--seconds 60] [--seed 1] [--alarm 10]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.ingest import IngestError, read_paths  # noqa: E402

TEXT = ("Published: June 3, 2024\n\nThe foreign minister of Chile met her Peruvian counterpart in Lima on Monday, "
        "and the two signed an agreement on fisheries worth $40 million. Officials said talks would resume in July.")


def _warc(gzipped: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a", "response",
                                                  payload=io.BytesIO(SEEDS["a.html"]), http_headers=headers))
    return out.getvalue()


SEEDS: dict[str, bytes] = {
    "a.txt": TEXT.encode(),
    "a.html": (f'<html><head><meta charset="utf-8"><title>Talks</title></head><body><article><p>{TEXT}</p>'
               f"<p>{TEXT}</p></article></body></html>").encode(),
    "a.jsonl": "\n".join(json.dumps({"id": i, "text": TEXT, "date": "2024-06-03", "title": "t"})
                         for i in range(3)).encode(),
    "a.json": json.dumps([{"text": TEXT, "url": "https://x.example/1"}, {"body": TEXT}]).encode(),
    "a.rss": (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title><item><title>T'
              f"</title><link>https://x.example/2</link><pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate>"
              f"<description>{TEXT}</description></item></channel></rss>").encode(),
    "a.atom": (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T'
               f'</title><link href="https://x.example/3"/><updated>2024-06-03T10:00:00Z</updated><content type="html">'
               f"{TEXT}</content></entry></feed>").encode(),
}
SEEDS["a.csv"] = ("id,title,date,text\n" + "".join(f'{i},Talks,2024-06-03,"{TEXT}"\n' for i in range(3))).encode()
SEEDS["a.warc"] = _warc(False)
SEEDS["a.warc.gz"] = _warc(True)
SEEDS["a.txt.gz"] = gzip.compress(SEEDS["a.txt"])
SEEDS["a.jsonl.gz"] = gzip.compress(SEEDS["a.jsonl"])
SEEDS["a.html.gz"] = gzip.compress(SEEDS["a.html"])

TOKENS = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xfe\xff", b"\x1b[31m", b"<![CDATA[", b"]]>", b"&lol;", b"&#0;",
          b"<", b">", b'"', b"\\", b"{", b"}", b"[", b"]", b"\r\n", b"\n\n", b"\x80", b"\xc3", b"WARC/1.0\r\n",
          b"\x1f\x8b\x08\x00", b"<?xml", b"<!DOCTYPE", b"\u202e".decode("unicode_escape").encode("utf-8")]


def mutate(data: bytes, rnd: random.Random, seeds: list[bytes]) -> bytes:
    data = bytearray(data)
    for _ in range(rnd.randint(1, 6)):
        op = rnd.randrange(8)
        at = rnd.randrange(len(data) + 1)
        if op == 0 and data:        # flip bits
            data[min(at, len(data) - 1)] ^= 1 << rnd.randrange(8)
        elif op == 1:               # cut
            data = data[:at]
        elif op == 2:               # insert a token
            data[at:at] = rnd.choice(TOKENS)
        elif op == 3:               # delete a run
            del data[at:at + rnd.randint(1, 64)]
        elif op == 4:               # repeat a run
            run = data[at:at + rnd.randint(1, 200)]
            data[at:at] = run * rnd.randint(2, 50)
        elif op == 5:               # splice another seed
            other = rnd.choice(seeds)
            data[at:] = other[rnd.randrange(len(other) + 1):]
        elif op == 6:               # random bytes
            data[at:at] = rnd.randbytes(rnd.randint(1, 32))
        else:                       # re-encode as text in another encoding
            text = bytes(data).decode("utf-8", "replace")
            data = bytearray(text.encode(rnd.choice(["utf-16", "utf-16-le", "latin-1", "cp1252", "utf-32"]), "replace"))
        if not data and rnd.random() < 0.8:
            data = bytearray(rnd.choice(seeds))
    return bytes(data)


class Hang(BaseException):  # not an Exception: readers that catch every Exception must not swallow it
    pass


def _alarm(signum, frame):
    raise Hang()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget for the whole run")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--alarm", type=int, default=10, help="seconds after which one input counts as a hang")
    parser.add_argument("--dump", type=Path, help="write inputs slower than a second here")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    names = list(SEEDS)
    stats: dict[str, Counter] = defaultdict(Counter)
    slowest: dict[str, float] = defaultdict(float)
    escaped: list[str] = []
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as folder:  # the first call of each reader loads its libraries: not timed
        for name, data in SEEDS.items():
            (Path(folder) / name).write_bytes(data)
            list(read_paths([Path(folder) / name]))
    deadline = time.monotonic() + args.seconds
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        while time.monotonic() < deadline:
            name = rnd.choice(names)
            data = mutate(SEEDS[name], rnd, list(SEEDS.values()))
            path = Path(folder) / name
            path.write_bytes(data)
            t0 = time.perf_counter()
            signal.alarm(args.alarm)
            try:
                for item in read_paths([path]):
                    stats[name]["errors" if isinstance(item, IngestError) else "documents"] += 1
                    if isinstance(item, IngestError) and "\n" in item.reason.strip():
                        stats[name]["multi_line_errors"] += 1
            except Hang:
                stats[name]["hangs"] += 1
            except Exception:  # noqa: BLE001 - the figure this benchmark exists to count
                stats[name]["escaped"] += 1
                escaped.append(f"{name}: {traceback.format_exc(limit=3)}")
            finally:
                signal.alarm(0)
            took = time.perf_counter() - t0
            slowest[name] = max(slowest[name], took)
            if args.dump and took > 1.0:
                args.dump.mkdir(parents=True, exist_ok=True)
                (args.dump / f"{took:06.2f}s-{len(data)}b-{name}").write_bytes(data)
            stats[name]["inputs"] += 1
    elapsed = time.monotonic() - started
    total = sum((s for s in stats.values()), Counter())
    print(f"fuzzing the readers for {elapsed:.0f} s (seed {args.seed}): {total['inputs']} inputs, "
          f"{total['inputs'] / elapsed:.0f} per second")
    print(f"{'kind':<12}{'inputs':>8}{'docs':>8}{'errors':>8}{'escaped':>9}{'hangs':>7}{'slowest s':>11}")
    for name in names:
        s = stats[name]
        print(f"{name:<12}{s['inputs']:>8}{s['documents']:>8}{s['errors']:>8}{s['escaped']:>9}{s['hangs']:>7}"
              f"{slowest[name]:>11.2f}")
    print(f"{'all':<12}{total['inputs']:>8}{total['documents']:>8}{total['errors']:>8}{total['escaped']:>9}"
          f"{total['hangs']:>7}{max(slowest.values(), default=0):>11.2f}")
    print(f"multi-line error messages: {total['multi_line_errors']}")
    for trace in escaped[:5]:
        print(trace)
    sys.exit(1 if total["escaped"] or total["hangs"] or total["multi_line_errors"] else 0)


if __name__ == "__main__":
    main()
