"""How `events.dates.event_date` ties events to the times of their sentence, against TimeML's event-time links.

The TempEval-3 .tml files (TimeBank 1.2, AQUAINT, TE3-platinum; ../shared/benchdata/timeml/raw, read in place) mark
every event (verbs, event nouns, a few adjectives) and link events to the times of their sentence (TLINK). A link
IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS, ENDS, BEGUN_BY, ENDED_BY or IDENTITY puts the event in the time ("in");
BEFORE, AFTER, IBEFORE or IAFTER puts it outside ("out"); a time-to-event link is read the other way round. For each
gold event in a sentence that holds a time of ours, `event_date` is called with the event's head token as the only
anchor (no event type) and the event sorted (`link_kind`):

  right       dated by a time of ours over a gold time the event is in (or by a value counted from the sentence's
              times, e.g. "two days after the talks", when the gold puts the event in some time: `counted`)
  wrong       dated by a time the gold puts the event outside of, or by another time than the one(s) it is in
  missed      the gold puts the event in a time of the sentence; left undated
  outside_ok  the gold puts the event only outside times of the sentence; left undated
  unlinked    no gold link to a time of the sentence (not scored; `unlinked dated` says how many we date anyway)

The share right is right / (right + wrong + missed + outside_ok). Rows: all events; verbs and nouns (as the parser
tags the event's head word: TimeML leaves many instances' part of speech UNKNOWN); the acts (TimeML classes
OCCURRENCE, I_ACTION and REPORTING, the kinds of event dossier codes; not states, aspectual or perception events);
each corpus. Not a figure of dossier's own events: TimeML annotates every event ("rose", "closed", "the fighting"),
dossier codes acts between parties; it reads the dating rules on text nobody here wrote.
"""

from __future__ import annotations

import re
import tarfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH
from dossier.evaluate.dates import parsed_documents
from dossier.evaluate.metrics import Report
from dossier.nlp import loader

TML = BENCH / "timeml" / "raw" / "timeml_tml.tar.gz"
IN = frozenset({"IS_INCLUDED", "DURING", "DURING_INV", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY",
                "IDENTITY"})
OUT = frozenset({"BEFORE", "AFTER", "IBEFORE", "IAFTER"})
INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEFORE": "AFTER", "AFTER": "BEFORE",
           "IBEFORE": "IAFTER", "IAFTER": "IBEFORE", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
           "ENDS": "ENDED_BY", "ENDED_BY": "ENDS"}
ACTS = frozenset({"OCCURRENCE", "I_ACTION", "REPORTING"})
_POS = {"VERB": "verbs", "AUX": "verbs", "NOUN": "nouns", "PROPN": "nouns"}
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Mark:
    """An EVENT or TIMEX3 of the text: its id, character span in the plain text and attributes."""

    id: str
    start: int
    end: int
    attrs: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class TmlDocument:
    name: str
    dct: str | None
    text: str
    events: dict[str, Mark]
    timexes: dict[str, Mark]
    links: list[tuple[str, str, str]]  # (event id, time id, relation from the event to the time)

    @property
    def corpus(self) -> str:
        return self.name.split("/")[0] if "/" in self.name else ""


def read_tml(xml: str, name: str = "") -> TmlDocument:
    """The plain text of a TimeML document's TEXT (tags taken out, character for character otherwise), its events
    and timexes as spans of that text, and its event-time links turned to read from the event to the time."""
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", xml, re.S)
    body_at = xml.index("<TEXT>") + len("<TEXT>")
    body = xml[body_at: xml.index("</TEXT>")]
    pieces, marks, stack, pos, length = [], {"EVENT": {}, "TIMEX3": {}}, [], 0, 0
    for m in _TAG.finditer(body):
        pieces.append(body[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, tag = m.group(1), m.group(2)
        if tag not in marks:
            continue
        if closing:
            opened, attrs, start = stack.pop()
            key = attrs.get("eid") if opened == "EVENT" else attrs.get("tid")
            if key:
                marks[opened][key] = Mark(key, start, length, attrs)
        elif not m.group(3).rstrip().endswith("/"):
            stack.append((tag, dict(_ATTR.findall(m.group(3))), length))
    pieces.append(body[pos:])
    instances = {}
    for attrs in (dict(_ATTR.findall(a)) for a in re.findall(r"<MAKEINSTANCE([^>]*)>", xml)):
        if "eiid" in attrs and "eventID" in attrs:
            instances[attrs["eiid"]] = attrs["eventID"]
    links = []
    for attrs in (dict(_ATTR.findall(a)) for a in re.findall(r"<TLINK([^>]*)>", xml)):
        rel = attrs.get("relType", "")
        if "eventInstanceID" in attrs and "relatedToTime" in attrs:
            event, time = instances.get(attrs["eventInstanceID"]), attrs["relatedToTime"]
        elif "timeID" in attrs and "relatedToEventInstance" in attrs:
            event, time, rel = instances.get(attrs["relatedToEventInstance"]), attrs["timeID"], INVERSE.get(rel, rel)
        else:
            continue
        if event is not None:
            links.append((event, time, rel))
    return TmlDocument(name, dct.group(1)[:10] if dct else None, "".join(pieces), marks["EVENT"], marks["TIMEX3"],
                       links)


def tml_documents(path: Path = TML, limit: int | None = None) -> list[TmlDocument]:
    """The .tml files of the archive, by name."""
    docs = []
    with tarfile.open(path) as tf:
        for member in sorted((m for m in tf.getmembers() if m.name.endswith(".tml")), key=lambda m: m.name):
            docs.append(read_tml(tf.extractfile(member).read().decode("utf-8"), member.name))
            if limit and len(docs) >= limit:
                break
    return docs


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def link_kind(dated: bool, used: tuple[int, int] | None, inside: list[tuple[int, int]],
              outside: list[tuple[int, int]]) -> str:
    """Sort one event: `dated` whether event_date gave it a value, `used` the span of the time of ours whose value it
    is (None when the value is counted from the sentence's times rather than one of them), `inside` / `outside` the
    spans of the sentence's gold times the event is in / only outside of. Returns right, counted (right by a counted
    value), wrong, missed, outside_ok, unlinked dated or unlinked."""
    if inside:
        if not dated:
            return "missed"
        if used is None:
            return "counted"
        return "right" if any(_overlap(used, g) for g in inside) else "wrong"
    if outside:
        if not dated:
            return "outside_ok"
        if used is not None and any(_overlap(used, g) for g in outside):
            return "wrong"
    return "unlinked dated" if dated else "unlinked"


@dataclass
class Sorted:
    """One gold event sorted: its kind (link_kind), the event, its head token, the value event_date gave it, and the
    gold times of its sentence it is in / only outside of, as (start, end, relation)."""

    kind: str
    event: Mark
    token: object
    value: object
    inside: list[tuple[int, int, str]]
    outside: list[tuple[int, int, str]]


def sort_events(doc, tml: TmlDocument) -> Iterator[Sorted]:
    """Each gold event in a sentence of the parsed `doc` (made from tml.text) that holds a time of ours, sorted."""
    from dossier.events.dates import event_date, sentence_timexes

    timexes = doc._.timexes or []
    for event in tml.events.values():
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        sent = tok.sent
        ours = sentence_timexes(sent, timexes)
        if not ours:
            continue
        inside, outside = [], []
        for eid, tid, rel in tml.links:
            time = tml.timexes.get(tid)
            if eid != event.id or time is None or not (sent.start_char <= time.start and time.end <= sent.end_char):
                continue
            if rel in IN:
                inside.append((time.start, time.end, rel))
            elif rel in OUT:
                outside.append((time.start, time.end, rel))
        value = event_date([tok], sent, timexes)
        dated = value is not None and bool(value.start)
        used = next(((tx.start, tx.end) for tx, _ in ours if dated and tx.value == value), None)
        kind = link_kind(dated, used, [g[:2] for g in inside], [g[:2] for g in outside])
        yield Sorted(kind, event, tok, value, inside, outside)


def _row(counts: Counter) -> dict:
    right = counts["right"] + counts["counted"]
    scored = right + counts["wrong"] + counts["missed"] + counts["outside_ok"]
    return {"right": right, "wrong": counts["wrong"], "missed": counts["missed"], "outside_ok": counts["outside_ok"],
            "share right": round(right / scored, 4) if scored else 0.0,
            "unlinked dated": counts["unlinked dated"], "unlinked": counts["unlinked"]}


def run(settings: Settings, limit: int | None = None, parses: dict | None = None) -> list[Report]:
    """The report; `parses` (see evaluate.dates.parsed_documents) holds documents the caller has already parsed."""
    report = Report("TimeML event-time links: the time event_date gives a gold event", str(TML))
    if not TML.exists():
        report.notes.append("skipped: TimeML .tml archive not found")
        return [report]
    docs = tml_documents(TML, limit)
    nlp = loader.load(settings)
    parsed = parsed_documents(nlp, [(tml.text, tml.dct) for tml in docs], parses)  # shared with dates.timeml_spans
    counts: dict[str, Counter] = {}
    for doc, tml in zip(parsed, docs):
        for found in sort_events(doc, tml):
            kind, pos = found.kind, _POS.get(found.token.pos_, "other")
            rows = ["all events", pos]
            if found.event.attrs.get("class") in ACTS:
                rows += ["acts", f"acts: {pos}"]
            rows.append(f"in {tml.corpus}")
            for row in rows:
                counts.setdefault(row, Counter())[kind] += 1
    order = ["all events", "verbs", "nouns", "other", "acts", "acts: verbs", "acts: nouns", "acts: other"]
    report.table = {k: _row(counts[k]) for k in order + sorted(k for k in counts if k.startswith("in "))
                    if k in counts}
    every = counts.get("all events", Counter())
    report.figures.update({"documents": len(docs), "share right, all events": _row(every)["share right"],
                           "right by a value counted from the sentence's times": every["counted"]})
    report.notes.append("rows: every gold event (verbs, nouns and other parts of speech, as the parser tags the "
                        "event's head); acts = TimeML classes OCCURRENCE, I_ACTION, REPORTING (no states, aspectual "
                        "or perception events); 'in X' = one corpus. Scored: events the gold puts in a time of the "
                        "sentence (right, wrong, missed) or only outside one (outside_ok, or wrong when dated by it); "
                        "the event's head token is the only anchor, with no event type")
    return [report]
