"""The stage clock: each dossier stage's CPU seconds while documents go through, the same output, the pipeline
as it was afterwards."""

from dossier.config import Settings
from dossier.ingest.document import document_from_text
from dossier.nlp import loader
from dossier.pipeline import process
from dossier.pipeline_clock import StageClock, cost_line
from tests.stories import make_stories


def _key(results):
    return [(r.document.id, [e.model_dump() for e in r.events], [f.model_dump() for f in r.facts],
             [m.model_dump() for m in r.mentions], [t.model_dump() for t in r.timexes],
             sorted(e.model_dump_json() for e in r.entities)) for r in results]


def test_the_clock_times_every_stage_and_changes_nothing():
    settings = Settings(batch_size=4)
    nlp = loader.load(settings)
    docs = [document_from_text(f"c{i}", text) for i, text in enumerate(make_stories(6, seed=3))]
    before = list(nlp.pipeline)
    plain = list(process(docs, settings, nlp=nlp))
    with StageClock(nlp) as clock:
        timed = list(process(docs, settings, nlp=nlp))
    assert _key(timed) == _key(plain)
    assert set(clock.seconds) == {"actors", "time", "events", "facts"}
    assert all(seconds > 0 for seconds in clock.seconds.values())
    assert clock.total == sum(clock.seconds.values())
    assert [(n, id(p)) for n, p in nlp.pipeline] == [(n, id(p)) for n, p in before]


def test_the_pipeline_is_restored_when_a_run_fails():
    nlp = loader.load(Settings())
    before = [(n, id(p)) for n, p in nlp.pipeline]
    try:
        with StageClock(nlp):
            raise ValueError("stopped")
    except ValueError:
        pass
    assert [(n, id(p)) for n, p in nlp.pipeline] == before


def test_the_cost_line_is_per_thousand_stories():
    line = cost_line({"events": 1.5, "merge": 0.25}, 500)
    assert line == "CPU s per 1,000 stories: events 3.00, merge 0.50; in all 3.50"
    assert cost_line({"facts": 0.5}, 2000, what="documents") == "CPU s per 1,000 documents: facts 0.25; in all 0.25"
