"""News sentences labelled by hand by the PLOVER codebook (training/labels/*.jsonl), read in place.

A label file holds no text of an article: each line names the corpus and document, the character offsets of the
sentence in the text as dossier's ingest reads it, a short hash of the sentence, and the labels (PLOVER type or
"none", mode, CAMEO code, status, and each side as offsets in the sentence or, where the sentence names it only by
a pronoun, by name, with its country). `convert` makes such lines from the labellers' own (which carry the
sentence); `read` finds the text again (Reuters-21578 from the corpus by id, pages through ingest of their files)
and skips, counting them, the labels whose sentence no longer matches. `samples` gives the event-type model's
training sentences (events/training.Sample, group "labels"), `items` the role model's (events/roles/training.Item).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dossier.evaluate.corpora import BENCH, REUTERS, ROOT, SHARED

LABELS = ROOT / "training" / "labels"
GROUP = "labels"
# Where each corpus's documents are read: "reuters" (the Reuters-21578 JSONL, by id) or a folder of pages.
PAGES = {"aeb78": SHARED / "corpora" / "article_extraction_benchmark" / "html",
         "mc78": SHARED / "corpora" / "htmldate_mediacloud_2020" / "html"}
REUTERS_CORPUS = "reuters21578"
# ECB+ documents ("ecb-<doc>"), rebuilt from the benchmark's tokenised sentences (`ecb_text`).
ECB_CORPUS, ECB = "ecb77", BENCH / "ecbplus" / "ecbplus_docs.jsonl"
# TimeBank, AQUAINT and the WSJ part of TimeML ("timeml-<doc>"), from the benchmark's documents with their date.
TIMEML_CORPORA, TIMEML = frozenset({"tb77", "aq77", "wsj77"}), BENCH / "timeml" / "timeml_docs.jsonl"
_GLUED = re.compile(r" (?=[,.;:!?%)\]}]|n't\b|'(?:s|re|ve|m|ll|d)\b)|(?<=[(\[{$]) ")
_PAGE_ID = re.compile(r"[0-9a-f]{12}")  # realnews_dev's name of an extraction-benchmark page: its first 12 hex digits
NAME_WORDS = 5  # a side named as the sentence does not spell it is kept by name up to this length (no run of prose)
STATUSES = frozenset({"occurred", "planned", "hypothetical", "negated"})


def digest(sentence: str) -> str:
    """A short hash of a sentence, blind to whitespace (the listing squashes it; ingest keeps line breaks)."""
    return hashlib.blake2b("".join(sentence.split()).encode("utf-8"), digest_size=5).hexdigest()


def locate(text: str, phrase: str, start: int = 0) -> tuple[int, int] | None:
    """The offsets of `phrase` in `text` from `start`, blind to whitespace (also where the one has a space and the
    other none: a page's quotes, a tokenised corpus); None where it is not there."""
    chars = "".join(phrase.split())
    if not chars:
        return None
    m = re.compile(r"\s*".join(map(re.escape, chars))).search(text, start)
    return (m.start(), m.end()) if m else None


def ecb_text(sentences: list[str]) -> str:
    """An ECB+ document's text from its tokenised sentences: the link lines left out, quotes as written, the
    tokens of punctuation and clitics put back against their words, one paragraph a sentence."""
    kept = [s.replace("``", '"').replace("''", '"') for s in sentences if not s.startswith("http")]
    return "\n\n".join(_GLUED.sub("", s) for s in kept)


def _records(path: Path, prefix: str, wanted: set[str]) -> Iterable[tuple[str, dict]]:
    """(doc key, record) of each wanted record of a benchmark's JSONL, keyed "<prefix>-<record's doc>"."""
    if wanted and path.exists():
        with path.open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if (key := f"{prefix}-{r['doc']}") in wanted:
                    yield key, r


def _ecb(wanted: set[str], path: Path) -> dict[str, str]:
    """{doc key: text} of the wanted ECB+ documents ("ecb-<doc>")."""
    return {key: ecb_text([s["text"] for s in r["sentences"]]) for key, r in _records(path, "ecb", wanted)}


def _timeml(wanted: set[str], path: Path) -> dict[str, dict]:
    """{doc key: record (title, date, text)} of the wanted TimeML documents ("timeml-<doc>")."""
    return {key: {"title": r.get("title"), "date": r.get("dct"), "text": r["text"]}
            for key, r in _records(path, "timeml", wanted)}


def documents(keys: Iterable[tuple[str, str]], reuters: Path = REUTERS,
              pages: dict[str, Path] | None = None, ecb: Path = ECB,
              timeml: Path = TIMEML) -> dict[tuple[str, str], tuple[str, str | None]]:
    """{(corpus, doc): (text as dossier's ingest reads it, publication date)} of the documents that can be read."""
    from dossier.ingest import IngestError, read_paths
    from dossier.ingest.jsonl import read_record

    keys, pages = set(keys), PAGES if pages is None else pages
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    for doc, text in _ecb({doc for corpus, doc in keys if corpus == ECB_CORPUS}, ecb).items():
        d = read_record(doc, {"id": doc, "text": text})
        if not isinstance(d, IngestError):
            out[(ECB_CORPUS, doc)] = (d.text, d.published)
    records = _timeml({doc for corpus, doc in keys if corpus in TIMEML_CORPORA}, timeml)
    for corpus, doc in keys:
        if corpus in TIMEML_CORPORA and doc in records:
            d = read_record(doc, {"id": doc, **records[doc]})
            if not isinstance(d, IngestError):
                out[(corpus, doc)] = (d.text, d.published)
    wanted = {doc for corpus, doc in keys if corpus == REUTERS_CORPUS}
    if wanted and reuters.exists():
        with gzip.open(reuters, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in wanted:
                    d = read_record(r["id"], {k: r.get(k) for k in ("id", "title", "date", "text")})
                    if not isinstance(d, IngestError):
                        out[(REUTERS_CORPUS, r["id"])] = (d.text, d.published)
    for corpus, doc in keys:
        path = pages[corpus] / doc if corpus in pages else None
        if path is not None and path.exists():
            docs = [d for d in read_paths([path], dedup=False) if not isinstance(d, IngestError)]
            if docs:
                out[(corpus, doc)] = (docs[0].text, docs[0].published)
    return out


def _side(sentence: str, side: list) -> list[dict]:
    """A labeller's side as repository entries: the name's offsets in the sentence where it stands there, else the
    name (a pronoun's referent named elsewhere in the story) if it has at most NAME_WORDS words; with its country."""
    out = []
    for actor in side or []:
        name = (actor.get("name") or "").strip() if isinstance(actor, dict) else ""
        if not name:
            continue
        at = locate(sentence, name)
        if at is None and len(name.split()) > NAME_WORDS:
            continue
        entry = {"at": list(at)} if at else {"name": name}
        out.append({**entry, "country": actor.get("country") or None})
    return out


def convert(lines: Iterable[dict], docs: dict[tuple[str, str], tuple[str, str | None]]) -> tuple[list[dict], Counter]:
    """The labellers' lines as repository lines (no text of the article), and the count of lines skipped by
    reason: no such document, the sentence not found in it, a malformed line."""
    out, skipped = [], Counter()
    for line in lines:
        key = (line.get("corpus"), line.get("doc"))
        if not line.get("evidence") or not line.get("type"):
            skipped["malformed"] += 1
            continue
        if key not in docs:
            skipped["no document"] += 1
            continue
        text = docs[key][0]
        at = locate(text, line["evidence"])
        if at is None:
            skipped["sentence not found"] += 1
            continue
        sentence = text[at[0]:at[1]]
        kind = str(line["type"]).strip().upper()
        none = kind == "NONE"
        status = line.get("status") if line.get("status") in STATUSES else "occurred"
        out.append({"corpus": key[0], "doc": key[1], "start": at[0], "end": at[1], "hash": digest(sentence),
                    "type": "none" if none else kind, "mode": "" if none else (line.get("mode") or ""),
                    "cameo": "" if none else str(line.get("cameo") or ""), "status": status,
                    "source": [] if none else _side(sentence, line.get("source")),
                    "target": [] if none else _side(sentence, line.get("target")),
                    "labeller": line.get("labeller") or ""})
    return out, skipped


@dataclass(frozen=True)
class Label:
    """One labelled event (or "none") of a sentence, read back with its sentence's text."""

    corpus: str
    doc: str
    start: int
    end: int
    type: str  # a PLOVER type, or "none"
    status: str
    sentence: str
    source: tuple[str, ...]  # the sides' names as written
    target: tuple[str, ...]
    published: str | None = None

    @property
    def key(self) -> str:
        """The document's key: folds of cross-validation keep a document's sentences together."""
        return f"{self.corpus}/{self.doc}"


def _names(sentence: str, side: list[dict]) -> tuple[str, ...]:
    return tuple(n for a in side if (n := sentence[a["at"][0]:a["at"][1]] if "at" in a else a.get("name")))


def realnews_articles(bench: Path = BENCH) -> set[str]:
    """The names (without extension) of every realnews_dev article, development and held out: labels of these
    documents are never read, so that no hand label of ours trains on the news the evaluation keeps unseen (the
    development half is learned from its own gold, `events/training.realnews`)."""
    folders = [bench / "realnews_dev" / name / "articles" for name in ("reuters", "html")]
    return {p.name.split(".")[0] for folder in folders if folder.exists() for p in folder.iterdir()}


def _evaluated(doc: str, articles: set[str]) -> bool:
    """A labelled document is a realnews_dev article: the same Reuters id, or a page whose file name begins with
    the article's id (realnews keeps the extraction benchmark's first 12 hex digits)."""
    stem = doc.split(".")[0]
    return stem in articles or any(_PAGE_ID.fullmatch(a) and stem.startswith(a) for a in articles)


def read(folder: Path | None = None, reuters: Path = REUTERS,
         pages: dict[str, Path] | None = None) -> tuple[list[Label], Counter]:
    """Every label of the folder's files (None: LABELS, read when called) with its sentence read in place, and the
    count of labels skipped (their document missing, or their sentence's hash no longer that of the text at their
    offsets), leaving out those of realnews_dev's articles (`realnews_articles`)."""
    folder = LABELS if folder is None else folder
    rows = [json.loads(line) for path in sorted(folder.glob("*.jsonl")) if folder.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = realnews_articles()
    kept = [r for r in rows if not _evaluated(r["doc"], articles)]
    skipped = Counter({"a realnews_dev article": len(rows) - len(kept)} if len(kept) < len(rows) else {})
    rows = kept
    docs = documents({(r["corpus"], r["doc"]) for r in rows}, reuters, pages)
    out = []
    for r in rows:
        key = (r["corpus"], r["doc"])
        if key not in docs:
            skipped["no document"] += 1
            continue
        text, published = docs[key]
        sentence = text[r["start"]:r["end"]]
        if digest(sentence) != r["hash"]:
            skipped["sentence changed"] += 1
            continue
        out.append(Label(r["corpus"], r["doc"], r["start"], r["end"], r["type"], r["status"], sentence,
                         _names(sentence, r["source"]), _names(sentence, r["target"]), published))
    return out, skipped


def samples(labels: list[Label]) -> list:
    """The event-type model's sentences: one per labelled sentence and type (a sentence of two acts gives two),
    "none" as the class of no event."""
    from dossier.events.classifier import NONE, label_of
    from dossier.events.training import Sample

    out, seen = [], set()
    for lab in labels:
        label = NONE if lab.type == "none" else label_of(lab.type)
        if (lab.key, lab.start, label) not in seen:
            seen.add((lab.key, lab.start, label))
            out.append(Sample(GROUP, f"{GROUP}:{lab.key}#{lab.start}", " ".join(lab.sentence.split()), label))
    return out


def items(labels: list[Label], reuters: Path = REUTERS,
          pages: dict[str, Path] | None = None) -> tuple[list, dict[str, str], dict[str, str | None]]:
    """The role model's gold events (events/roles/training.Item: the sides by name) of the labels with a type and a
    side, with {doc key: text} and {doc key: date}. The texts are read again (`documents`)."""
    from dossier.events.classifier import label_of
    from dossier.events.roles.training import Item, Side

    chosen = [lab for lab in labels if lab.type != "none" and (lab.source or lab.target)]
    docs = documents({(lab.corpus, lab.doc) for lab in chosen}, reuters, pages)
    out, texts, dates = [], {}, {}
    for n, lab in enumerate(chosen):
        if (lab.corpus, lab.doc) not in docs:
            continue
        key = f"{GROUP}:{lab.key}"
        texts[key], dates[key] = docs[(lab.corpus, lab.doc)]
        out.append(Item(GROUP, f"{GROUP}:{lab.key}#{lab.start}:{n}", key, label_of(lab.type),
                        " ".join(lab.sentence.split()), Side(names=list(lab.source)), Side(names=list(lab.target))))
    return out, texts, dates
