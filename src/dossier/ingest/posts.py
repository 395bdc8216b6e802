"""Posts a web page embeds whole (embedded tweets), read from the page's markup (ingest/posts.yaml).

trafilatura gives a kept post as lines of the body and then the line naming its author ("— Jane Roe (@janeroe)
May 4, 2020"). From the text alone a post's first lines cannot be told from the page's own paragraph above them when
they end with a full stop; the markup tells them: `set_apart` puts a blank line before the post's first line and
after its author's line where the lines above the author's line are exactly the post's text, and nlp/tweets.py reads
such a block whole as the author's. A post trafilatura drops is left out, as the page's extraction has it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from dossier.data_files import load_yaml
from dossier.ingest.markup import page_tree

POSTS_FILE = Path(__file__).with_name("posts.yaml")
AUTHOR_LINE_FILE = Path(__file__).parents[1] / "nlp" / "data" / "tweets.yaml"  # the author's line, as nlp reads it


@cache
def _rules() -> tuple[tuple[str, ...], str, re.Pattern, re.Pattern]:
    data = load_yaml(POSTS_FILE)
    return (tuple(data["posts"]), data["text"], re.compile(data["handle"]),
            re.compile(load_yaml(AUTHOR_LINE_FILE)["attribution"]))


def embedded_posts(html: str) -> list[tuple[str, str]]:
    """(the post's text, its author's handle) of each post the page embeds, in page order."""
    blocks, text_path, handle, _ = _rules()
    if "blockquote" not in html:
        return []
    tree = page_tree(html)
    if tree is None:
        return []
    found = []
    for block in (b for expr in blocks for b in tree.xpath(expr)):
        texts = block.xpath(text_path)
        match = handle.search(block.text_content())
        if texts and match:
            found.append((texts[0].text_content(), match[1]))
    return found


def _bare(text: str) -> str:
    return "".join(text.split())


def set_apart(text: str, posts: list[tuple[str, str]]) -> str:
    """The text with a blank line before and after each post whose lines stand right above its author's line
    (nlp/data/tweets.yaml) exactly as the markup has them (spacing aside)."""
    if not posts:
        return text
    attribution = _rules()[3]
    lines = text.split("\n")
    before, after = set(), set()
    for i, line in enumerate(lines):
        if not attribution.match(line):
            continue
        for post, handle in posts:
            if f"(@{handle})" not in line:
                continue
            want, got, start = _bare(post), "", i
            while start > 0 and len(got) < len(want):
                start -= 1
                got = _bare(lines[start]) + got
            if got == want and want:
                before.add(start)
                after.add(i)
                break
    out = []
    for i, line in enumerate(lines):
        if i in before and out and out[-1].strip():
            out.append("")
        out.append(line)
        if i in after and i + 1 < len(lines) and lines[i + 1].strip():
            out.append("")
    return "\n".join(out)
