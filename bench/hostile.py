"""Every file of the hostile corpus through parse_feed, each in a fresh process: time and memory.

Prints the slowest and the most memory-hungry files, and whether every file stayed within the
figures issue 4 sets (2 s, 100 MB). Memory is the peak RSS growth of the child over its baseline
(Python, lxml and feedparser imported).

    python bench/hostile.py            # reads $COMPANYWATCH_CORPUS (default ../shared/data)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from companywatch.errors import ParseError
from companywatch.parse import parse_feed
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = []
for path in sys.argv[1:]:
    body = open(path, "rb").read()
    start = time.process_time()
    try:
        n = len(parse_feed(body, url="https://feeds.example.com/hostile.xml").items)
        result = f"{n} items"
    except ParseError as e:
        result = "refused: " + str(e)[:60]
    out.append((path, time.process_time() - start,
                (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024, result))
print(json.dumps(out))
"""


def corpus() -> Path:
    root = os.environ.get("COMPANYWATCH_CORPUS")
    return Path(root) if root else Path(__file__).resolve().parents[2] / "shared" / "data"


def run(batch: list[str]) -> list[list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *batch],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    files = sorted(
        str(p)
        for p in (corpus() / "feeds" / "hostile").rglob("*")
        if p.is_file() and p.suffix not in (".md", ".txt", ".tsv")
    )
    # One process per file would take minutes; the peak of a small batch bounds each file's.
    batches = [files[i : i + 10] for i in range(0, len(files), 10)]
    with ThreadPoolExecutor(2) as pool:
        rows = [r for batch in pool.map(run, batches) for r in batch]
    slowest = sorted(rows, key=lambda r: -float(r[1]))[:5]  # type: ignore[arg-type]
    hungriest = sorted(rows, key=lambda r: -float(r[2]))[:5]  # type: ignore[arg-type]
    refused = sum(1 for r in rows if str(r[3]).startswith("refused"))
    print(f"{len(rows)} hostile files: {len(rows) - refused} gave items, {refused} refused")
    print("slowest (CPU s):")
    for path, secs, _mb, result in slowest:
        print(f"  {secs:6.3f} s  {Path(str(path)).name}  ({result})")
    print("most memory (peak RSS growth of a batch of 10, MB):")
    for path, _secs, mb, result in hungriest:
        print(f"  {mb:6.1f} MB {Path(str(path)).name}  ({result})")
    worst_s = max(float(r[1]) for r in rows)  # type: ignore[arg-type]
    worst_mb = max(float(r[2]) for r in rows)  # type: ignore[arg-type]
    ok = worst_s <= 2 and worst_mb <= 100
    print(
        f"worst: {worst_s:.3f} s, {worst_mb:.1f} MB -> within 2 s and 100 MB: {'yes' if ok else 'NO'}"
    )


if __name__ == "__main__":
    main()
