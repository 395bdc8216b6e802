"""Short made-up news stories for tests that need many distinct articles (written for these tests)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = ["Chile", "Peru", "Kenya", "Uganda", "Norway", "Sweden", "Japan", "Vietnam", "Brazil", "Argentina",
             "Ghana", "Nigeria", "Poland", "Hungary", "Canada", "Mexico", "Egypt", "Jordan", "India", "Nepal"]
TITLES = ["president", "foreign minister", "trade minister", "prime minister", "defence minister"]
ACTS = [
    "{a}'s {t} met {b}'s {u} in {city} on {day}.",
    "{a}'s {t} visited {b} on {day} for two days of talks.",
    "{a} and {b} signed an agreement on {topic} on {day}.",
    "{a}'s {t} criticised {b} on {day} over its {topic} policy.",
    "{a} pledged aid to {b} on {day} after floods in the north.",
    "{a} imposed sanctions on {b} on {day}, officials said.",
    "{a}'s {t} invited {b}'s {u} to a summit next month.",
    "Protesters in {a} marched on {b}'s embassy on {day}.",
]
TOPICS = ["fisheries", "mining", "energy", "rail transport", "student exchanges", "customs", "water rights"]
CITIES = {"Chile": "Santiago", "Peru": "Lima", "Kenya": "Nairobi", "Uganda": "Kampala", "Norway": "Oslo",
          "Sweden": "Stockholm", "Japan": "Tokyo", "Vietnam": "Hanoi", "Brazil": "Brasilia",
          "Argentina": "Buenos Aires", "Ghana": "Accra", "Nigeria": "Abuja", "Poland": "Warsaw",
          "Hungary": "Budapest", "Canada": "Ottawa", "Mexico": "Mexico City", "Egypt": "Cairo", "Jordan": "Amman",
          "India": "New Delhi", "Nepal": "Kathmandu"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_story(n: int, rnd: random.Random) -> str:
    """One article: a header with its date, three reported acts and a closing line with a figure."""
    published = date(2024, 1, 1) + timedelta(days=rnd.randrange(700))
    lines = []
    for _ in range(3):
        a, b = rnd.sample(COUNTRIES, 2)
        t, u = rnd.choice(TITLES), rnd.choice(TITLES)
        lines.append(rnd.choice(ACTS).format(a=a, b=b, t=t, u=u, city=CITIES[a], day=rnd.choice(DAYS),
                                             topic=rnd.choice(TOPICS)))
    lines.append(f"Trade between the two reached ${rnd.randint(2, 90)}.{n % 10} billion last year, "
                 f"according to report number {n}.")
    return f"Published: {published:%b} {published.day}, {published.year}\n\n" + " ".join(lines) + "\n"


def make_stories(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return [make_story(i, rnd) for i in range(n)]


def write_stories(folder: Path, n: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(make_stories(n, seed)):
        path = folder / f"story-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
