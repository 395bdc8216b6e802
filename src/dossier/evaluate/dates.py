"""Score the time stage: TempEval-3 TIMEX3 values and spans, and the example corpus's gold dates.

TimeML values from our DateValue (timeml_value):
- day -> YYYY-MM-DD, month -> YYYY-MM, year -> YYYY, a decade or a part of one ("the mid-1990s") -> YYY;
- month ranges that are a quarter, half or season -> YYYY-Qn / YYYY-Hn / YYYY-SP|SU|FA|WI;
- a Monday-to-Sunday range, or a vague part of one ("early this week", "late last week") -> YYYY-Www, whatever the corpus (TimeBank often writes a relative week as YYYY-WXX,
  TE3 the exact week: we give the exact week and count TimeBank's WXX as a miss); a Saturday-to-Sunday ->
  YYYY-Www-WE;
- a vague point at the article date -> PRESENT_REF; a period inside one year that starts on 1 January or ends on
  31 December ("earlier this year", "later this year", "the end of the year") -> YYYY, as TimeML writes a part of
  a year; a vague period longer than a month that ends (starts) at the article date -> PAST_REF (FUTURE_REF): the
  lexicon's windows for "previously", "recently", "soon", "the near term"...; other vague periods -> the month or
  year that holds them;
- quarters a results story names without their number ("the quarter", "the year-ago period") are read as the
  quarter closed before the article (rules.reported_quarter), and "a year ago" in a sentence about a quarter as
  that quarter a year back (normalise.year_back_quarter): both map to YYYY-Qn.
Gold values are compared after gold_value (week numbers zero-padded, "199X" as "199"). Anything else, and every
expression we leave out, is a miss. How events are tied to these times is scored in evaluate/event_time_links.py
(TimeML's event-time links), run here too. Gold is read in place under ../shared and examples/; a missing set is noted
and skipped.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from datetime import date

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD, analysed, jsonl
from dossier.evaluate.metrics import PRF, Report
from dossier.model import DateValue
from dossier.nlp import loader
from dossier.time.normalise import normalise
from dossier.time.tense import tense_of

TIMEML = BENCH / "timeml"
SEASONS = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI"}


def timeml_value(value: DateValue | None, dct: str) -> str | None:
    """Our value in TimeML's notation (see the module docstring), or None."""
    if value is None or not value.start:
        return None
    start, end, prec = value.start, value.end or value.start, value.precision
    if start == end and prec in ("day", "month", "year"):
        return start
    if prec == "decade" and start.endswith("0") and int(end) - int(start) == 9:
        return start[:3]
    if len(start) == len(end) == 4 and start[:3] == end[:3] and start != end and prec == "vague":
        return start[:3]
    if len(start) == len(end) == 7 and start[:4] <= end[:4]:
        (y1, m1), (y2, m2) = map(int, start.split("-")), map(int, end.split("-"))
        if y1 == y2 and m2 - m1 == 2 and m1 % 3 == 1 and prec == "month":
            return f"{y1}-Q{m1 // 3 + 1}"
        if y1 == y2 and m2 - m1 == 5 and m1 in (1, 7):
            return f"{y1}-H{1 if m1 == 1 else 2}"
        if (m1, m2) in SEASONS:
            return f"{y1}-{SEASONS[m1, m2]}"
    if len(start) == len(end) == 10:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
        if first.weekday() == 5 and (last - first).days == 1:
            year, week, _ = first.isocalendar()
            return f"{year}-W{week:02d}-WE"
        if first.weekday() == 0 and (last - first).days == 6:
            year, week, _ = first.isocalendar()
            return f"{year}-W{week:02d}"
        if prec == "vague" and first < last and first.isocalendar()[:2] == last.isocalendar()[:2]:
            year, week, _ = first.isocalendar()  # a part of one week ("early this week"): TimeML writes the week
            return f"{year}-W{week:02d}"
        if first == last:
            return "PRESENT_REF" if start == dct else start
        if start[:4] == end[:4] and (start[5:] == "01-01" or end[5:] == "12-31"):
            return start[:4]
        if (last - first).days > 31 and end == dct:
            return "PAST_REF"
        if (last - first).days > 31 and start == dct:
            return "FUTURE_REF"
        if start[:7] == end[:7]:
            return start[:7]
    if start[:4] == end[:4]:
        return start[:4]
    return None


def gold_value(value: str) -> str:
    """Gold written in our one notation: a week number zero-padded ("2000-W7" -> "2000-W07"), a decade without its
    trailing X ("199X" -> "199"): the same values, spelt two ways in the corpora."""
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    return value[:3] if re.fullmatch(r"\d{3}X", value) else value


def _timeml_rows(limit: int | None) -> list[dict]:
    rows = [r for r in jsonl(TIMEML / "timeml_timex.jsonl") if r["type"] == "DATE"]
    return rows[:limit] if limit else rows


def timeml_values(settings: Settings, limit: int | None = None) -> Report:
    """Value accuracy on DATE expressions, given the gold expression text in its sentence."""
    report = Report("TempEval-3 DATE values given the gold expression (accuracy)", str(TIMEML / "timeml_timex.jsonl"))
    if not (TIMEML / "timeml_timex.jsonl").exists():
        report.notes.append("skipped: TimeML data not found")
        return report
    nlp = loader.load(settings)
    rows = _timeml_rows(limit)
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, int] = defaultdict(int)
    sentences = (r["sentence"] for r in rows)
    for row, doc in zip(rows, nlp.pipe(sentences, disable=[p for p in nlp.pipe_names if p.startswith("dossier")])):
        dct = row["dct"][:10]
        at = row["sentence"].find(row["text"])
        span = doc.char_span(at, at + len(row["text"]), alignment_mode="expand") if at >= 0 else None
        tense = tense_of(span) if span is not None and len(span) else None
        got = timeml_value(normalise(row["text"], dct, tense, row["sentence"]), dct)
        ok = got == gold_value(row["value"])
        for key in (row["corpus"], "overall"):
            hits[key][0] += ok
            hits[key][1] += 1
        if not ok:
            misses[_shape(row["value"])] += 1
    for key, (ok, n) in sorted(hits.items()):
        report.figures[f"accuracy {key}"] = round(ok / n, 4)
        report.figures[f"n {key}"] = n
    report.notes.append("misses by gold value shape: " + ", ".join(
        f"{k} {v}" for k, v in sorted(misses.items(), key=lambda kv: -kv[1])[:8]))
    return report


def _shape(value: str) -> str:
    return "".join("9" if c.isdigit() else c for c in value)


def timeml_spans(settings: Settings, limit: int | None = None, parses: dict | None = None) -> Report:
    """End-to-end span P/R/F1 (any character overlap) of our timexes against gold DATE timexes.

    A timex of ours that overlaps a gold TIME, DURATION or SET is not counted against us: we do not
    extract those types, so the comparison is DATE to DATE. `parses`: documents already parsed, shared with the
    event-time link report by `run` (see parsed_documents).
    """
    path = TIMEML / "timeml_docs.jsonl"
    report = Report("TempEval-3 DATE spans, full text (overlap match)", str(path))
    if not path.exists():
        report.notes.append("skipped: TimeML data not found")
        return report
    docs = jsonl(path)[:limit] if limit else jsonl(path)
    gold: dict[str, list[dict]] = defaultdict(list)
    for r in jsonl(TIMEML / "timeml_timex.jsonl"):
        gold[r["doc"]].append(r)
    nlp = loader.load(settings)
    rows: dict[str, PRF] = defaultdict(PRF)
    parsed = parsed_documents(nlp, [(d["text"], d["dct"][:10]) for d in docs], parses)
    for doc, d in zip(parsed, docs):
        dates = [(g["start"], g["end"]) for g in gold[d["doc"]] if g["type"] == "DATE"]
        other = [(g["start"], g["end"]) for g in gold[d["doc"]] if g["type"] != "DATE"]
        ours = [(t.start, t.end) for t in doc._.timexes]
        tp = sum(any(_overlap(g, o) for o in ours) for g in dates)
        fp = sum(not any(_overlap(o, g) for g in dates + other) for o in ours)
        counts = PRF(tp, fp, len(dates) - tp)
        rows[d["corpus"]] = rows[d["corpus"]].add(counts)
        rows["overall"] = rows["overall"].add(counts)
    report.rows = dict(sorted(rows.items()))
    return report


def parsed_documents(nlp, texts: list[tuple[str, str | None]], parses: dict | None = None) -> list:
    """The texts (with their article dates) parsed up to the time stage (events and facts off). `parses`, a dict the
    caller owns (`run` makes one for its reports: the span report and the event-time link report read the same
    TempEval-3 documents), keeps each parse so a text is parsed once; without it every call parses afresh."""
    parses = {} if parses is None else parses
    todo = [(t, d) for t, d in dict.fromkeys(texts) if (id(nlp), t, d) not in parses]

    def items():
        for text, dct in todo:
            doc = nlp.make_doc(text)
            doc._.published = dct
            yield doc, (text, dct)

    for doc, (text, dct) in nlp.pipe(items(), as_tuples=True, disable=["dossier_events", "dossier_facts"]):
        parses[id(nlp), text, dct] = doc
    return [parses[id(nlp), t, d] for t, d in texts]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def example(settings: Settings, limit: int | None = None) -> Report:
    """Exact start/end of the timex found over each gold phrase, in the example corpus run end to end.

    A gold phrase with no start and end is one the text cannot date ("from Sunday to Tuesday" in an undated
    article): it counts as exact when we give it no value."""
    path = EXAMPLE_GOLD / "dates.jsonl"
    report = Report("Example corpus gold dates: exact start and end", str(path))
    if not path.exists():
        report.notes.append(f"skipped: {path} not found")
        return report
    results = analysed(EXAMPLE_ARTICLES, settings)
    gold = jsonl(path)[:limit] if limit else jsonl(path)
    found = exact = day_n = day_ok = phrase_ok = 0
    for g in gold:
        result = results.get(g["source_doc"])
        want = (g["start"], g["end"])
        value = normalise(g["text"], g.get("published"), None)
        phrase_ok += value is not None and (value.start, value.end) == want
        match = None
        if result is not None:
            text = result.document.text
            at = text.find(g["text"])
            match = next((t for t in result.timexes if at >= 0 and t.start < at + len(g["text"]) and at < t.end), None)
        found += match is not None
        ok = match is not None and (match.value.start, match.value.end) == want
        if want == (None, None):  # gold: the text cannot date it; right when we give it no value either
            ok = match is None or not match.value.start
        exact += ok
        if g.get("precision") == "day":
            day_n += 1
            day_ok += ok
        elif match is not None and not ok:
            report.notes.append(f"{g['source_doc']}: {g['text']!r} gold {want} got {(match.value.start, match.value.end)}")
    n = len(gold)
    report.figures.update({"gold": n, "found": found, "exact": round(exact / n, 4) if n else 0.0,
                           "exact at day precision": round(day_ok / day_n, 4) if day_n else 0.0,
                           "n day precision": day_n,
                           "phrase alone, no tense": round(phrase_ok / n, 4) if n else 0.0})
    return report


def throughput(settings: Settings, limit: int | None = None) -> Report:
    """Seconds the time stage adds to spaCy alone, on Reuters-21578 articles with their dates."""
    import gzip
    import itertools
    import json

    from dossier.evaluate.corpora import SHARED
    from dossier.time.component import TimeTagger

    path = SHARED / "corpora" / "reuters21578.jsonl.gz"
    report = Report("Time stage cost against spaCy alone", str(path))
    if not path.exists():
        report.notes.append("skipped: Reuters corpus not found")
        return report
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, limit or 300)]
    nlp = loader.load(settings)
    base = [p for p in nlp.pipe_names if not p.startswith("dossier")]

    def docs():
        for r in rows:
            doc = nlp.make_doc(r["text"])
            doc._.published = (r.get("date") or "")[:10] or None
            yield doc

    t0 = time.perf_counter()
    parsed = list(nlp.pipe(docs(), disable=[p for p in nlp.pipe_names if p not in base]))
    spacy_s = time.perf_counter() - t0
    tagger = TimeTagger(nlp)
    t0 = time.perf_counter()
    n = sum(len(tagger(doc)._.timexes) for doc in parsed)
    time_s = time.perf_counter() - t0
    report.figures.update({"articles": len(rows), "spaCy s": round(spacy_s, 2), "time stage s": round(time_s, 3),
                           "time stage / spaCy": round(time_s / spacy_s, 4),
                           "speed ratio (spaCy+time vs spaCy)": round(spacy_s / (spacy_s + time_s), 3),
                           "timexes": n})
    return report


def run(settings: Settings, limit: int | None = None) -> list[Report]:
    from dossier.evaluate import event_time_links  # the dating of events against TimeML's event-time links

    parses: dict = {}  # the TempEval-3 documents, parsed once for the span and the event-time link reports
    return [example(settings, limit), timeml_values(settings, limit), timeml_spans(settings, limit, parses),
            *event_time_links.run(settings, limit, parses), throughput(settings, limit)]
