"""Start-up: the seconds and memory dossier's stages add to loading spaCy's pipeline, in one run.

Each measurement is a fresh Python process: spaCy's pipeline alone (`spacy.load`, one sentence), then the full
dossier pipeline (`dossier.nlp.loader.load`, the same sentence, so that what is built on first use counts too).
The rounds alternate the two; the medians and their differences are printed, with the time each dossier stage
takes to be added (dossier.evaluate.startup measures them). `--cold` removes dossier's cache first, as after an
install or a change of data: the first round then builds it.

    python benchmarks/startup.py [--rounds 3] [--cold]
"""

from __future__ import annotations

import argparse

from dossier.actors import cache
from dossier.config import Settings
from dossier.evaluate.startup import measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; medians are reported")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the settings')")
    parser.add_argument("--cold", action="store_true", help="clear dossier's cache before the first round")
    args = parser.parse_args()

    model = args.model or Settings.from_env().spacy_model
    if args.cold:
        print(f"cleared {cache.clear()} cache file(s) in {cache.folder()}")

    def each(n: int, spacy_run: dict, dossier_run: dict) -> None:
        print(f"round {n + 1}: spaCy {spacy_run['total']:.2f} s {spacy_run['mb']:.0f} MB, "
              f"dossier {dossier_run['total']:.2f} s {dossier_run['mb']:.0f} MB")

    m = measure(model, args.rounds, each)
    print(f"model {model}, {args.rounds} round(s), medians; each a fresh process, loading and one sentence")
    print(f"{'spaCy alone':<22}{m['spaCy start-up s']:8.2f} s {m['spaCy peak MB']:8.0f} MB peak")
    print(f"{'dossier pipeline':<22}{m['dossier start-up s']:8.2f} s {m['dossier peak MB']:8.0f} MB peak")
    print(f"{'added by dossier':<22}{m['added s']:8.2f} s {m['added MB']:8.0f} MB   (target <= 3 s, <= 300 MB)")
    print(f"{'first sentence':<22}{m['first sentence s (dossier)']:8.2f} s (dossier)")
    if "added CPU s" in m:  # CPU seconds are what a loaded machine does not inflate
        print(f"{'CPU seconds':<22}spaCy {m['spaCy start-up CPU s']:.2f}, dossier {m['dossier start-up CPU s']:.2f}, "
              f"added {m['added CPU s']:.2f}")
    for key, value in m.items():
        if key.startswith("adding "):
            print(f"  {key[:-2]:<28}{value:6.2f} s")


if __name__ == "__main__":
    main()
