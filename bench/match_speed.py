"""Matching speed: 10,000 real company names against 100,000 real headlines.

Usage:
    python bench/match_speed.py                     # 10,000 companies x 100,000 headlines
    python bench/match_speed.py --companies 2000 --items 20000 --naive-sample 20

The watch list is SEC's company_tickers.json (name and ticker of ~10,000 registrants); the
headlines are the titles of every feed in feeds/real/, extracted once with feedparser and repeated
to the count asked. Found through COMPANYWATCH_CORPUS (default ../shared/data beside the repo).

Prints index build seconds, match seconds (the median of three passes), items/s and peak memory (the process's max RSS from
resource.getrusage: tracemalloc would slow every allocation and distort the timing), then the naive loop (rapidfuzz partial_ratio >= 90 of
every company name against every headline) timed on a sample and extrapolated, and the ratio.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from companywatch.match import Matcher  # noqa: E402
from companywatch.models import CompanySpec  # noqa: E402


def corpus_root() -> Path:
    env = os.environ.get("COMPANYWATCH_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "data"


def load_companies(root: Path, count: int) -> list[CompanySpec]:
    path = root / "companies" / "sec_company_tickers" / "company_tickers.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    seen: set[tuple[str, str]] = set()
    for row in data.values():
        name = str(row["title"]).strip()
        # one entry per listed security, as a watch list of tickers would have them
        if not name or (name, row["ticker"]) in seen:
            continue
        seen.add((name, row["ticker"]))
        out.append(CompanySpec(name=name, ticker=str(row["ticker"]), key=row["cik_str"]))
        if len(out) >= count:
            break
    return out


def load_titles(root: Path) -> list[str]:
    import feedparser

    titles: list[str] = []
    for path in sorted((root / "feeds" / "real").rglob("*")):
        if not path.is_file() or path.suffix.lower() in (".txt", ".tsv", ".md", ".json"):
            continue
        try:
            parsed = feedparser.parse(io.BytesIO(path.read_bytes()))
        except Exception:  # a hostile or broken file: not a headline source
            continue
        for entry in parsed.entries:
            title = str(entry.get("title") or "").strip()
            if title:
                titles.append(title)
    return titles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--companies", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument(
        "--naive-sample",
        type=int,
        default=1000,
        help="headlines for the naive loop, spread evenly over the input (200 came out 7%% "
        "shorter than the input on average, which flattered the naive loop)",
    )
    ap.add_argument(
        "--passes",
        type=int,
        default=3,
        help="passes of the matcher over the headlines; their median is reported",
    )
    ns = ap.parse_args()
    root = corpus_root()
    if not (root / "companies").is_dir():
        print(f"no corpus at {root} (set COMPANYWATCH_CORPUS)", file=sys.stderr)
        return 2

    companies = load_companies(root, ns.companies)
    base = load_titles(root)
    if not base:
        print("no titles found", file=sys.stderr)
        return 2
    items = [base[i % len(base)] for i in range(ns.items)]
    print(f"watch list: {len(companies)} companies (SEC company_tickers.json)")
    print(f"headlines: {len(items)} ({len(base)} distinct real titles, repeated)")

    t0 = time.perf_counter()
    matcher = Matcher(companies)
    build = time.perf_counter() - t0
    # Several passes, and their median: one pass lasts about a second, long enough for the
    # other processes of a shared machine to move it by a tenth either way.
    passes = []
    for _ in range(ns.passes):
        t0 = time.perf_counter()
        hits = 0
        texts_with_hits = 0
        for text in items:
            found = matcher.match(text)
            hits += len(found)
            texts_with_hits += bool(found)
        passes.append(time.perf_counter() - t0)
    elapsed = statistics.median(passes)

    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"build: {build:.2f} s")
    each = ", ".join(f"{p:.2f}" for p in passes)
    print(f"match: {elapsed:.2f} s  ({len(items) / elapsed:,.0f} items/s; median of passes {each})")
    print(f"total: {build + elapsed:.2f} s")
    print(f"mentions: {hits} in {texts_with_hits} headlines")
    print(f"peak memory: max RSS {rss_kib / 1024:.0f} MiB (whole process, corpus included)")

    from rapidfuzz import fuzz

    names = [c.name for c in companies]
    # Spread over the whole input, not its first lines: a naive comparison's cost grows with
    # the headline's length, and the first titles of the corpus are twice the average length.
    sample = items[:: max(1, len(items) // ns.naive_sample)][: ns.naive_sample]
    t0 = time.perf_counter()
    naive_hits = 0
    for text in sample:
        for name in names:
            if fuzz.partial_ratio(name, text) >= 90:
                naive_hits += 1
    naive = time.perf_counter() - t0
    per_item = naive / len(sample)
    ours_per_item = elapsed / len(items)
    print(
        f"naive loop (partial_ratio >= 90, every company x every headline): "
        f"{per_item * 1000:.1f} ms per headline on {len(sample)} headlines, "
        f"{per_item * len(items):,.0f} s extrapolated to {len(items)} headlines "
        f"({naive_hits} hits in the sample; sample mean length "
        f"{sum(map(len, sample)) / len(sample):.0f} chars, input "
        f"{sum(map(len, items)) / len(items):.0f})"
    )
    print(f"speed-up: {per_item / ours_per_item:,.0f}x (match time per headline)")
    print(
        f"speed-up including the index build: "
        f"{per_item * len(items) / (build + elapsed):,.0f}x (naive total / our total)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
