"""What parsing only the sentences that can hold an event would save: the parser on every sentence against spaCy's
`senter` and the parser on the sentences with an entity or a trigger word, in CPU seconds, one component at a time.

    python benchmarks/gated_parse.py STORIES.jsonl [--rounds 2]

The stories are read as a build reads them (`read_paths`: the wire's hard-wrapped lines joined, the dateline taken
off) and the pipeline is dossier's (`loader.load`); each round makes the stories' Docs and runs its components up to the
recased names twice: once as a build does (the parser where it stands), once with `senter` (shipped disabled in
en_core_web_sm/md) in the parser's place; then, on the second, keeps the sentences with an entity (NER) or a word the
events stage's trigger matcher finds (its lemma and part of speech, as `TriggerMatcher._hits` reads them), makes a
Doc of each (`Span.as_doc`, which carries the shared tok2vec's tensor the parser's listener reads) and parses those.
Also counts how many sentence starts the two ways share (a sentence cut elsewhere changes what the stages read).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from dossier.config import Settings
    from dossier.nlp import loader
    from dossier.pipeline import _make_doc
    from stage_cpu import read_stories, run_component  # this folder's: read and run as stage_cpu does

    settings = Settings.from_env()
    nlp = loader.load(settings)
    documents = read_stories(args.stories, settings)
    triggers = nlp.get_pipe("dossier_events").coder.matcher
    names = nlp.pipe_names
    before = names[:names.index("parser")]
    after = names[names.index("parser") + 1:names.index("dossier_recased_names") + 1]

    def run(docs, components, spent):
        for name in components:
            component = nlp.get_pipe(name)  # senter too, though disabled
            t = time.process_time()
            docs = run_component(component, docs)
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
        return docs

    for r in range(args.rounds):
        full: dict[str, float] = {}
        parsed = run([_make_doc(nlp, d) for d in documents], [*before, "parser", *after], full)
        gated: dict[str, float] = {}
        segmented = run([_make_doc(nlp, d) for d in documents], [*before, "senter", *after], gated)
        t = time.process_time()
        kept, tokens, sentences = [], 0, 0
        for doc in segmented:
            tokens += len(doc)
            starts = {e.sent.start for e in doc.ents} | {tok.sent.start for tok, _ in triggers._hits(doc)}
            for sent in doc.sents:
                sentences += 1
                if sent.start in starts:
                    kept.append(sent)
        gated["choose the sentences"] = time.process_time() - t
        t = time.process_time()
        docs = [sent.as_doc() for sent in kept]
        gated["Span.as_doc"] = time.process_time() - t
        t = time.process_time()
        docs = list(nlp.get_pipe("parser").pipe(docs, batch_size=64))
        gated["parser on the kept sentences"] = time.process_time() - t
        shared = union = 0
        for a, b in zip(parsed, segmented):
            sa, sb = {s.start for s in a.sents}, {s.start for s in b.sents}
            shared, union = shared + len(sa & sb), union + len(sa | sb)
        count = sum(len(s) for s in kept)
        print(f"round {r + 1}: {len(documents)} stories; sentences kept {len(kept)} of {sentences}, tokens kept {count} "
              f"of {tokens} ({count / tokens:.3f}); sentence starts shared by parser and senter {shared} of {union}")
        for label, spent in (("as a build", full), ("senter, the kept sentences parsed", gated)):
            differs = {k: v for k, v in spent.items() if k not in full or k not in gated or k == "tok2vec"}
            print(f"  {label}: " + ", ".join(f"{k} {v:.2f}" for k, v in differs.items())
                  + f"; all components {sum(spent.values()):.2f} CPU s")


if __name__ == "__main__":
    main()
