"""Item cards for `dossier show`: every field of an event, fact, entity, story or document, and every report
of it with its outlet, date and sentence.

Fields are read from the model, so a field added there is shown without a change here; entity ids are shown
with their names.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from dossier.export.names import ENTITY_FIELDS
from dossier.model import Conflict, DateValue, Document, Entity, Event, Evidence, Fact, Story
from dossier.terminal.labels import figure, short_date, short_id, short_interval
from dossier.terminal.sanitize import clean

_HEADER_FIELDS = {"id", "type", "mode", "cameo", "goldstein", "quad_class", "evidence", "name", "title", "text",
                  "value", "unit", "qualifier"}
_EVIDENCE_PLACE = {"doc", "text", "start", "end"}


def _fields(item, names: dict[str, str], table: str, skip: set[str] = _HEADER_FIELDS) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    entity_fields = ENTITY_FIELDS.get(table, ())
    for name in type(item).model_fields:
        value = getattr(item, name)
        if name in skip or value in (None, [], "", False):
            continue
        grid.add_row(name.replace("_", " "), _value(value, names if name in entity_fields else None))
    return grid


def _value(value, names: dict[str, str] | None) -> Text:
    if isinstance(value, DateValue):
        said = [value.precision or "", "inferred" if value.inferred else ""]
        text = f"{short_date(value) or '?'} ({', '.join(p for p in said if p)})" if any(said) else short_date(value)
        return Text(clean(text + (f"  “{value.text}”" if value.text else ""), one_line=True))
    if names is not None:
        ids = value if isinstance(value, list) else [value]
        return Text(clean(", ".join(f"{names.get(i, i)} ({i})" if i in names else i for i in ids), one_line=True))
    if isinstance(value, list):
        return Text(clean("; ".join(_short(v) for v in value), one_line=True))
    if isinstance(value, float):
        return Text(f"{value:g}")
    return Text(clean(_short(value), one_line=True))


def _short(value) -> str:
    if hasattr(value, "model_dump"):
        return ", ".join(f"{k} {v}" for k, v in value.model_dump(exclude_none=True).items())
    return str(value)


def _header(*parts: str) -> Text:
    text = Text()
    for i, part in enumerate(p for p in parts if p):
        text.append(("  " if i else "") + clean(part, one_line=True), style="bold" if i == 1 else "")
    return text


def reports(evidence: list[Evidence], documents: dict[str, Document]) -> list[RenderableType]:
    """Every report, grouped by document: outlet, date, id and title on one line, then each sentence in full,
    with any other field the model gives a report (its own status or date) under it."""
    by_doc: dict[str, list[Evidence]] = {}
    for ev in evidence:
        by_doc.setdefault(ev.doc, []).append(ev)
    out: list[RenderableType] = [Text(f"Reports ({len(evidence)}, from {len(by_doc)} document(s))", style="bold")]
    for doc_id, sentences in by_doc.items():
        doc = documents.get(doc_id)
        where = [doc.outlet or doc.source.rsplit("/", 1)[-1], doc.published or "undated"] if doc else []
        line = Text(clean(" · ".join(where + [short_id(doc_id)]), one_line=True), style="cyan")
        if doc and doc.title:
            line.append("  " + clean(doc.title, one_line=True), style="dim")
        out.append(line)
        for ev in sentences:
            out.append(Padding(Text("• " + clean(ev.text, one_line=True)), (0, 0, 0, 2)))
            extra = {k: v for k, v in ev.model_dump(exclude_none=True).items() if k not in _EVIDENCE_PLACE}
            if extra:
                out.append(Padding(Text(clean("; ".join(f"{k}: {_short(v)}" for k, v in extra.items()),
                                              one_line=True), style="dim"), (0, 0, 0, 4)))
    return out


def disagreements(conflicts: list[Conflict], documents: dict[str, Document]) -> list[RenderableType]:
    if not conflicts:
        return []
    out: list[RenderableType] = [Text("Sources disagree", style="bold yellow")]
    for c in conflicts:
        values = " | ".join(f"{short_interval(v.value)} ({_outlet(v.doc, documents)})" for v in c.values)
        out.append(Padding(Text(clean(f"{c.field}: {values}", one_line=True)), (0, 0, 0, 2)))
    return out


def _outlet(doc: str, documents: dict[str, Document]) -> str:
    d = documents.get(doc)
    return (d.outlet or d.source.rsplit("/", 1)[-1]) if d else doc


def event_card(event: Event, names, documents, conflicts, stories: list[Story]) -> list[RenderableType]:
    code = ", ".join(p for p in (event.cameo and f"CAMEO {event.cameo}",
                                 event.goldstein is not None and f"Goldstein {event.goldstein:g}",
                                 event.quad_class and f"quad class {event.quad_class}") if p)
    out: list[RenderableType] = [_header(event.id, f"{event.type} {event.mode or ''}".strip(), code),
                                 _fields(event, names, "events")]
    for story in stories:
        out.append(Text(clean(f"story        {short_id(story.id)}  {story.title}", one_line=True)))
    return out + disagreements(conflicts, documents) + reports(event.evidence, documents)


def fact_card(fact: Fact, names, documents, conflicts) -> list[RenderableType]:
    out: list[RenderableType] = [_header(fact.id, figure(fact.value, fact.unit, fact.qualifier), fact.text or ""),
                                 _fields(fact, names, "facts")]
    return out + disagreements(conflicts, documents) + reports(fact.evidence, documents)


def entity_card(entity: Entity, mentions: int) -> list[RenderableType]:
    grid = _fields(entity, {}, "entities")
    grid.add_row("mentions", str(mentions))
    return [_header(entity.id, entity.name), grid]


def story_card(story: Story) -> list[RenderableType]:
    return [_header(story.id, story.title), Text(f"{len(story.events)} event(s)", style="dim")]


def document_card(document: Document, with_text: bool) -> list[RenderableType]:
    out: list[RenderableType] = [_header(document.id, document.title or "(no title)"),
                                 _fields(document, {}, "documents")]
    if with_text:
        out.append(Text(clean(document.text)))
    return out
