"""CPU seconds spent in each of dossier's stages while documents go through the loaded pipeline: the cost line
that a benchmark prints beside its counts, so that a round's new rules are costed as well as measured.

    with StageClock(nlp) as clock:
        results = list(process(documents, settings, nlp=nlp))
    clock.seconds  # {"actors": ..., "time": ..., "events": ..., "facts": ...}

The clock times each stage's own call on each Doc (`time.process_time`, the CPU time of this process, not wall
time: on a shared machine it is the measure that the other processes disturb least). spaCy's own components
are not wrapped (they run on batches, and a batch's time cannot be told apart by component without changing how
they are run); what the stages do not take of a run is spaCy's and the pipeline's own.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from spacy.language import Language

from dossier.nlp.loader import STAGES


def short_name(stage: str) -> str:
    """"dossier_events" -> "events"."""
    return stage.removeprefix("dossier_")


class _Timed:
    """A stage as spaCy calls it (one Doc at a time), adding its CPU seconds to the clock."""

    def __init__(self, proc, seconds: dict[str, float], name: str):
        self.proc, self.seconds, self.name = proc, seconds, name

    def __call__(self, doc):
        started = time.process_time()
        try:
            return self.proc(doc)
        finally:
            self.seconds[self.name] += time.process_time() - started


class StageClock:
    """While in use, every call of a dossier stage of `nlp` is timed; the pipeline is as it was afterwards. The
    stages keep their objects (the clock only stands between spaCy and them), so what they write is the same."""

    def __init__(self, nlp: Language, stages: Iterable[str] = STAGES):
        self.nlp = nlp
        self.stages = tuple(s for s in stages if s in nlp.pipe_names)
        self.seconds: dict[str, float] = {short_name(s): 0.0 for s in self.stages}
        self._saved: list | None = None

    def __enter__(self) -> StageClock:
        # spaCy reads its components from this list on each `pipe` and `__call__` (Language.pipeline)
        self._saved = list(self.nlp._components)
        self.nlp._components[:] = [(name, _Timed(proc, self.seconds, short_name(name)) if name in self.stages
                                    else proc) for name, proc in self._saved]
        return self

    def __exit__(self, *exc) -> None:
        self.nlp._components[:] = self._saved
        self._saved = None

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def cost_line(seconds: dict[str, float], count: int, per: int = 1000, what: str = "stories") -> str:
    """'CPU s per 1,000 stories: actors 3.41, time 1.02, ...; in all 12.50' from seconds spent on `count` of them."""
    scale = per / max(count, 1)
    parts = ", ".join(f"{name} {value * scale:.2f}" for name, value in seconds.items())
    return f"CPU s per {per:,} {what}: {parts}; in all {sum(seconds.values()) * scale:.2f}"
