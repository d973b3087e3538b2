"""Matching speed: 10,000 real company names against 100,000 real headlines.

Usage:
    python bench/match_speed.py                     # 10,000 companies x 100,000 headlines
    python bench/match_speed.py --companies 2000 --items 20000 --naive-sample 20

The watch list is SEC's company_tickers.json (name and ticker of ~10,000 registrants); the
headlines are the titles of every feed in feeds/real/, extracted once with feedparser and repeated
to the count asked. Found through COMPANYWATCH_CORPUS (default ../shared/data beside the repo).

Prints index build seconds and match seconds (the median of three passes) in one process, then
as the batch command builds and runs (the names' variants worked out and the headlines matched in
one worker process per CPU), in a fresh process of its own so that its build reads every word
list as the first did; items/s and peak memory (the process's max RSS from resource.getrusage:
tracemalloc would slow every allocation and distort the timing); then the naive loop (rapidfuzz
partial_ratio >= 90 of every company name against every headline) timed on a sample and
extrapolated, and the ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from companywatch.match import Matcher, usable_cpus  # noqa: E402
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


def _pss_kib(pid: int) -> int:
    """A process's proportional set size: its private pages, and its share of those it shares
    (a page shared by three processes counts a third in each), so the sum over processes is
    the memory they take together. 0 when it is gone or unreadable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(x) for x in f.read().split()]
    except (OSError, ValueError):
        return []


def _sample_tree(parent: int, conn: Connection) -> None:
    """In a process of its own (a thread would stop the matcher's fork): the largest sum of the
    proportional set sizes of ``parent`` and its workers, polled until told to stop."""
    me = os.getpid()
    peak = 0
    while not conn.poll(0.02):
        pids = [parent] + [c for c in _children(parent) if c != me]
        peak = max(peak, sum(map(_pss_kib, pids)))
    conn.send(peak)
    conn.close()


def digest(results: list[list[Any]]) -> str:
    """A fingerprint of the results of a pass, for comparing passes run in two processes."""
    return hashlib.sha256(repr(results).encode()).hexdigest()


def run_many(
    ns: argparse.Namespace, companies: list[CompanySpec], items: list[str], workers: int
) -> int:
    """The batch command's run, in this process alone; its last line is the build and match
    seconds, for the process that started it."""
    expected = ns.expect
    t0 = time.perf_counter()
    matcher = Matcher(companies, workers=workers)
    par_build = time.perf_counter() - t0
    print(f"build, {workers} processes: {par_build:.2f} s")
    par_passes = []
    tree_kib = 0
    measurable = os.path.exists(f"/proc/{os.getpid()}/smaps_rollup")
    # the passes are timed without the sampler (it would take a share of two cores), then one
    # more pass runs with it, for the memory
    for timed in [True] * ns.passes + [False] * measurable:
        sampler = None
        if not timed:
            here, there = multiprocessing.get_context("fork").Pipe()
            sampler = multiprocessing.get_context("fork").Process(
                target=_sample_tree, args=(os.getpid(), there), daemon=True
            )
            sampler.start()
        t0 = time.perf_counter()
        got = matcher.match_many(items, workers=workers)
        if timed:
            par_passes.append(time.perf_counter() - t0)
        if sampler is not None:
            here.send(None)
            tree_kib = max(tree_kib, here.recv())
            sampler.join()
        if expected and digest(got) != expected:
            print("match_many differs from match", file=sys.stderr)
            return 1
    par = statistics.median(par_passes)
    each = ", ".join(f"{p:.2f}" for p in par_passes)
    print(
        f"match, {workers} processes: {par:.2f} s  ({len(items) / par:,.0f} items/s; "
        f"median of passes {each}; results "
        + ("identical to one process's)" if expected else "not compared)")
    )
    print(f"total, {workers} processes: {par_build + par:.2f} s")
    if measurable:
        print(
            f"peak memory, {workers} processes: {tree_kib / 1024:.0f} MiB in all (the largest sum "
            f"of the proportional set sizes of this process and its workers, polled every 20 ms)"
        )

    print(f"{par_build} {par}")
    return 0


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
    ap.add_argument(
        "--workers",
        type=int,
        default=0,
        help="processes for the batch pass (Matcher.match_many); 0: one per CPU",
    )
    ap.add_argument(
        "--part",
        choices=("all", "one", "many"),
        default="all",
        help="one: the one-process run alone; many: the batch command's run alone (what 'all' "
        "runs in a fresh process of its own, so that its build reads every list as the first did)",
    )
    ap.add_argument("--expect", default="", help=argparse.SUPPRESS)
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

    workers = ns.workers or usable_cpus()
    if ns.part == "many":
        return run_many(ns, companies, items, workers)
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
    print(f"build, one process: {build:.2f} s")
    each = ", ".join(f"{p:.2f}" for p in passes)
    print(
        f"match, one process: {elapsed:.2f} s  ({len(items) / elapsed:,.0f} items/s; "
        f"median of passes {each})"
    )
    print(f"total, one process: {build + elapsed:.2f} s")
    print(f"mentions: {hits} in {texts_with_hits} headlines")
    print(f"peak memory, one process: max RSS {rss_kib / 1024:.0f} MiB (corpus included)")

    if ns.part == "one":
        return 0
    # The batch command's way (watch match --input): the index built with the names' variants
    # worked out in one process per CPU, the items shared out among forked workers; in a fresh
    # process, which reads every word list again as the build above did. Its results must be
    # the very same.
    sys.stdout.flush()
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            *sys.argv[1:],
            "--part",
            "many",
            "--expect",
            digest([matcher.match(text) for text in items]),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    if done.returncode != 0:
        return done.returncode
    lines = done.stdout.splitlines()
    print("\n".join(lines[2:-1]))  # its figures (not the header again, nor the last line)
    par_build, par = map(float, lines[-1].split())

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
    print(
        f"speed-up, one process: {per_item / ours_per_item:,.0f}x (match time per headline); "
        f"{per_item * len(items) / (build + elapsed):,.0f}x including the index build"
    )
    print(
        f"speed-up, {workers} processes against the naive loop in one: "
        f"{per_item * len(items) / par:,.0f}x (match time); "
        f"{per_item * len(items) / (par_build + par):,.0f}x including the index build"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
