"""Start-up cost: the seconds and memory dossier's stages add to loading spaCy's pipeline.

Each measurement is a fresh Python process: spaCy's pipeline alone (`spacy.load`, one sentence), then the full
dossier pipeline (`dossier.nlp.loader.load`, the same sentence, so that what is built on first use counts too),
alternating for some rounds; medians are compared. `benchmarks/startup.py` prints the same figures as a table.
Besides wall seconds, each process's CPU seconds (user + system, getrusage) are compared: on a loaded machine the
wall clock counts the waits for a core, the CPU seconds do not. Target: at most 3 s and 300 MB added.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from dossier.config import Settings
from dossier.evaluate.metrics import Report

SENTENCE = "Moscow said on Friday that it would send its foreign minister to Bonn, the West German capital."

_PROBE = r"""
import json, resource, sys, time
start = time.perf_counter()
stages = {}
import spacy
if sys.argv[1] == "spacy":
    nlp = spacy.load(sys.argv[2])
else:
    from spacy.language import Language
    from dossier.config import Settings
    from dossier.nlp import loader

    add_pipe = Language.add_pipe

    def timed(self, factory_name, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return add_pipe(self, factory_name, *args, **kwargs)
        finally:
            if factory_name.startswith("dossier"):
                stages[factory_name] = time.perf_counter() - t0

    Language.add_pipe = timed
    nlp = loader.load(Settings.from_env(spacy_model=sys.argv[2]))
loaded = time.perf_counter() - start
t0 = time.perf_counter()
nlp(sys.argv[3])
first = time.perf_counter() - t0
try:  # this process image's own peak: ru_maxrss keeps the parent's across fork and exec
    with open("/proc/self/status") as status:
        mb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"load": loaded, "first": first, "total": loaded + first, "stages": stages, "mb": mb,
                  "cpu": usage.ru_utime + usage.ru_stime}))
"""


class ProbeFailed(RuntimeError):
    """A measuring process failed; the message holds its error output."""


def probe(what: str, model: str) -> dict:
    """One fresh process loading 'spacy' alone or 'dossier': {load, first, total (s), stages {name: s}, mb, cpu (s)}."""
    done = subprocess.run([sys.executable, "-c", _PROBE, what, model, SENTENCE], capture_output=True, text=True)
    if done.returncode:
        raise ProbeFailed(f"the {what} start-up probe failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(model: str, rounds: int = 3, each=None) -> dict:
    """Median figures of `rounds` alternating runs: spaCy alone, dossier, what dossier adds, each stage's share.
    `each(n, spacy_run, dossier_run)` is called after every round."""
    spacy_runs, dossier_runs = [], []
    for n in range(rounds):
        spacy_runs.append(probe("spacy", model))
        dossier_runs.append(probe("dossier", model))
        if each:
            each(n, spacy_runs[-1], dossier_runs[-1])

    def median(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    out = {"spaCy start-up s": median(spacy_runs, "total"), "dossier start-up s": median(dossier_runs, "total"),
           "spaCy peak MB": median(spacy_runs, "mb"), "dossier peak MB": median(dossier_runs, "mb")}
    out["added s"] = out["dossier start-up s"] - out["spaCy start-up s"]
    out["added MB"] = out["dossier peak MB"] - out["spaCy peak MB"]
    if all("cpu" in r for r in spacy_runs + dossier_runs):  # CPU seconds: what a loaded machine does not inflate
        out["spaCy start-up CPU s"] = median(spacy_runs, "cpu")
        out["dossier start-up CPU s"] = median(dossier_runs, "cpu")
        out["added CPU s"] = out["dossier start-up CPU s"] - out["spaCy start-up CPU s"]
    out["first sentence s (dossier)"] = median(dossier_runs, "first")
    for stage in dossier_runs[0]["stages"]:
        out[f"adding {stage} s"] = statistics.median(r["stages"].get(stage, 0.0) for r in dossier_runs)
    return out


def run(settings: Settings | None = None, limit: int | None = None) -> list[Report]:
    settings = settings or Settings.from_env()
    report = Report("Start-up (fresh processes; the machine may be loaded: compare within one run)",
                    f"spaCy {settings.spacy_model} alone vs dossier, medians of 3 rounds")
    try:
        report.figures.update({k: round(v, 3) for k, v in measure(settings.spacy_model, 1 if limit else 3).items()})
    except ProbeFailed as exc:
        report.notes.append(str(exc))
    return [report]
