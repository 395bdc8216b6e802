"""Start-up: the seconds and memory dossier's stages add to loading spaCy's pipeline, in one run.

Each measurement is a fresh Python process: spaCy's pipeline alone (`spacy.load`, one sentence), then the full
dossier pipeline (`dossier.nlp.loader.load`, the same sentence, so that what is built on first use counts too).
The rounds alternate the two; the medians and their differences are printed, with the time each dossier stage
takes to be added. `--cold` removes dossier's cache first (the first run after an install or a data change).

    python benchmarks/startup.py [--rounds 3] [--cold]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_PROBE = r"""
import json, resource, sys, time
start = time.perf_counter()
stages = {}
if sys.argv[1] == "spacy":
    import spacy
    nlp = spacy.load(sys.argv[2])
else:
    import spacy
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
nlp("Moscow said on Friday that it would send its foreign minister to Bonn, the West German capital.")
first = time.perf_counter() - t0
print(json.dumps({"load": loaded, "first": first, "total": loaded + first, "stages": stages,
                  "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def probe(what: str, model: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE, what, model], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"the {what} probe failed:\n{done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; medians are reported")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the settings')")
    parser.add_argument("--cold", action="store_true", help="clear dossier's cache before the first round")
    args = parser.parse_args()

    from dossier.config import Settings

    model = args.model or Settings.from_env().spacy_model
    if args.cold:
        from dossier import cache

        removed = cache.clear()
        print(f"cleared {removed} cache file(s) in {cache.folder()}")
    spacy_runs, dossier_runs = [], []
    for n in range(args.rounds):
        spacy_runs.append(probe("spacy", model))
        dossier_runs.append(probe("dossier", model))
        print(f"round {n + 1}: spaCy {spacy_runs[-1]['total']:.2f} s {spacy_runs[-1]['mb']:.0f} MB, "
              f"dossier {dossier_runs[-1]['total']:.2f} s {dossier_runs[-1]['mb']:.0f} MB")

    def median(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    s_time, d_time = median(spacy_runs, "total"), median(dossier_runs, "total")
    s_mb, d_mb = median(spacy_runs, "mb"), median(dossier_runs, "mb")
    print(f"model {model}, {args.rounds} round(s), medians; each a fresh process, loading and one sentence")
    print(f"{'spaCy alone':<22}{s_time:8.2f} s {s_mb:8.0f} MB peak")
    print(f"{'dossier pipeline':<22}{d_time:8.2f} s {d_mb:8.0f} MB peak")
    print(f"{'added by dossier':<22}{d_time - s_time:8.2f} s {d_mb - s_mb:8.0f} MB   (target <= 3 s, <= 300 MB)")
    print(f"{'first sentence':<22}{median(dossier_runs, 'first'):8.2f} s (dossier), "
          f"{median(spacy_runs, 'first'):.2f} s (spaCy)")
    for stage in dossier_runs[0]["stages"]:
        print(f"  adding {stage:<20}{statistics.median(r['stages'].get(stage, 0.0) for r in dossier_runs):6.2f} s")


if __name__ == "__main__":
    main()
