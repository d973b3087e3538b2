"""Parse speed: ms per feed for the lxml fast path, the feedparser path, and feedparser defaults.

Usage: COMPANYWATCH_CORPUS=../shared/data python bench/parse_speed.py [--feeds N]

Builds Google-News-like feeds of about 80 KB / 100 items from a real capture in the corpus (ids
and links rewritten so every item is distinct), then times each path on them; then times both
paths on every real corpus feed the fast path accepts.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path

import feedparser

from companywatch.parse import fast_or_reason, parse_feed, parse_slow


def corpus_root() -> Path:
    root = os.environ.get("COMPANYWATCH_CORPUS")
    if root:
        return Path(root)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


def synthetic_feeds(n: int) -> list[bytes]:
    src = (corpus_root() / "feeds/real/bsuir2019_pythonhomework/google_news.xml").read_bytes()
    head, _, rest = src.partition(b"<item>")
    items = re.findall(rb"<item>.*?</item>", b"<item>" + rest, re.S)
    feeds = []
    for f in range(n):
        out = [head]
        size = len(head)
        k = 0
        while size < 80_000:
            item = items[k % len(items)]
            item = item.replace(
                b'<guid isPermaLink="false">', f'<guid isPermaLink="false">{f}-{k}-'.encode()
            )
            item = item.replace(b"?oc=5</link>", f"?oc=5&amp;n={f}-{k}</link>".encode())
            out.append(item)
            size += len(item)
            k += 1
        out.append(b"</channel></rss>")
        feeds.append(b"".join(out))
    return feeds


def timed(fn, bodies: list[bytes]) -> float:
    start = time.perf_counter()
    for b in bodies:
        fn(b)
    return (time.perf_counter() - start) * 1000 / len(bodies)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=50)
    args = ap.parse_args()
    url = "https://news.google.com/rss/search?q=x"
    bodies = synthetic_feeds(args.feeds)
    avg_kb = sum(map(len, bodies)) / len(bodies) / 1024
    n_items = len(parse_feed(bodies[0], url=url).items)
    assert not isinstance(fast_or_reason(bodies[0], url=url), str)
    print(f"{len(bodies)} Google-News-like feeds, {avg_kb:.0f} KB and {n_items} items each")
    fast = timed(lambda b: parse_feed(b, url=url), bodies)
    slow = timed(lambda b: parse_slow(b, url=url), bodies)
    raw = timed(lambda b: feedparser.parse(b), bodies)
    print(f"  parse_feed (lxml fast path)        {fast:7.2f} ms/feed")
    print(f"  parse_slow (feedparser, no sanitize){slow:7.2f} ms/feed  ({slow / fast:.0f}x)")
    print(f"  feedparser.parse defaults           {raw:7.2f} ms/feed  ({raw / fast:.0f}x)")

    real = []
    for p in sorted((corpus_root() / "feeds/real").rglob("*")):
        if p.is_file():
            b = p.read_bytes()
            if not isinstance(fast_or_reason(b, url=url), str):
                real.append(b)
    fast = timed(lambda b: parse_feed(b, url=url), real)
    slow = timed(lambda b: parse_slow(b, url=url), real)
    print(f"{len(real)} real corpus feeds the fast path accepts")
    print(f"  fast {fast:.2f} ms/feed, feedparser path {slow:.2f} ms/feed ({slow / fast:.0f}x)")


if __name__ == "__main__":
    main()
