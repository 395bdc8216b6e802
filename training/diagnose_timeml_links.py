"""List the TimeML events of one kind of `dossier.evaluate.event_time_links` (how event_date ties events to times).

    python training/diagnose_timeml_links.py KIND [--acts] [--limit N]

KIND is right, counted, wrong, missed, outside_ok, unlinked dated or unlinked (a prefix is enough: "unlinked" lists
both unlinked kinds). For each event of that kind it prints the document, the event's word (part of speech and
dependency), TimeML class, the value event_date gave, the gold times of the sentence it is in or outside of, and the
sentence. `--acts` keeps the classes dossier codes (OCCURRENCE, I_ACTION, REPORTING). The .tml files are read in
place under ../shared; this is independent data, not tuned on by a rule for one sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from dossier.config import Settings
from dossier.evaluate.event_time_links import ACTS, TML, sort_events, tml_documents
from dossier.nlp import loader


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind")
    ap.add_argument("--acts", action="store_true")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    if not TML.exists():
        print(f"{TML} not found")
        return 1
    docs = tml_documents(TML, args.limit)
    nlp = loader.load(Settings.from_env())

    def items():
        for tml in docs:
            doc = nlp.make_doc(tml.text)
            doc._.published = tml.dct
            yield doc, tml

    tally = Counter()
    for doc, tml in nlp.pipe(items(), as_tuples=True, disable=["dossier_events", "dossier_facts"]):
        for found in sort_events(doc, tml):
            if args.acts and found.event.attrs.get("class") not in ACTS:
                continue
            tally[found.kind] += 1
            if not found.kind.startswith(args.kind):
                continue
            tok, value = found.token, found.value
            ours = f"{value.start}..{value.end} '{value.text}'" if value is not None and value.start else "none"
            gold = "; ".join(f"{rel} '{doc.text[s:e]}'" for s, e, rel in found.inside + found.outside) or "no link"
            print(f"[{found.kind}] {tml.name} '{tok.text}' ({tok.pos_}/{tok.dep_}, {found.event.attrs.get('class')}) "
                  f"ours {ours}; gold {gold}")
            print("    " + " ".join(tok.sent.text.split()))
    print(dict(tally))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
