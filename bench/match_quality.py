"""Matching quality: micro precision, recall and F1 of the batch `watch match` command.

Usage:
    python bench/match_quality.py                       # SemEval-2017 headlines (needs the corpus)
    python bench/match_quality.py --set ours            # our labelled set in tests/fixtures/matching
    python bench/match_quality.py --set DIR             # any folder with companies.csv, texts.jsonl,
                                                        # gold.jsonl (the benchmark format)

The corpus is found through COMPANYWATCH_CORPUS (default ../shared/data beside the repo). Runs
`watch match --companies ... --input ...` in a subprocess, falling back to
`python -m companywatch match ...`, and (only when neither command exists yet) to
companywatch.match.run_batch in this process, saying so. Gold `ignore` names count neither way.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OURS = REPO / "tests" / "fixtures" / "matching"


def corpus_root() -> Path:
    env = os.environ.get("COMPANYWATCH_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "data"


def resolve_set(name: str) -> Path:
    if name == "semeval":
        return corpus_root() / "matching" / "semeval2017"
    if name == "ours":
        return OURS
    return Path(name)


def run_matcher(folder: Path) -> tuple[list[dict[str, object]], str]:
    args = ["match", "--companies", str(folder / "companies.csv"), "--input"]
    args.append(str(folder / "texts.jsonl"))
    # The venv's own `watch`: a bare `watch` on PATH may be procps' watch(1).
    watch = str(Path(sys.executable).parent / "watch")
    commands = []
    if Path(watch).exists():
        commands.append([watch, *args])
    commands.append([sys.executable, "-m", "companywatch", *args])
    for cmd in commands:
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, cwd=REPO, check=False, timeout=600
            )
        except subprocess.TimeoutExpired:
            continue
        if proc.returncode == 0 and proc.stdout.strip():
            return [
                json.loads(line) for line in proc.stdout.splitlines() if line.strip()
            ], " ".join(cmd[:3])
    sys.path.insert(0, str(REPO))
    from companywatch.match import run_batch

    buf = io.StringIO()
    run_batch(folder / "companies.csv", folder / "texts.jsonl", buf)
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    return rows, "run_batch in process (no `watch match` command yet)"


def score(folder: Path, rows: list[dict[str, object]]) -> dict[str, object]:
    texts = {}
    for line in (folder / "texts.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            texts[str(obj["id"])] = obj.get("text") or obj.get("title")
    gold = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            gold[str(obj["id"])] = (set(obj["companies"]), set(obj.get("ignore", [])))
    got = {str(r["id"]): set(r["companies"]) for r in rows}  # type: ignore[call-overload]
    tp = fp = fn = 0
    misses: list[str] = []
    false_hits: list[str] = []
    for id_, (listed, ignore) in gold.items():
        # an ignored pair is scored neither way, even where a labeller listed it in both
        want = listed - ignore
        have = got.get(id_, set()) - ignore
        tp += len(have & want)
        for name in sorted(have - want):
            fp += 1
            false_hits.append(f"{id_}\t+{name}\t{texts.get(id_)}")
        for name in sorted(want - have):
            fn += 1
            misses.append(f"{id_}\t-{name}\t{texts.get(id_)}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "texts": len(gold),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f1,
        "misses": misses,
        "false_hits": false_hits,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--set", default="semeval", help="semeval, ours, or a folder")
    ap.add_argument("--quiet", action="store_true", help="figures only")
    ns = ap.parse_args()
    folder = resolve_set(ns.set)
    if not (folder / "gold.jsonl").exists():
        print(f"no benchmark set at {folder} (set COMPANYWATCH_CORPUS)", file=sys.stderr)
        return 2
    rows, how = run_matcher(folder)
    s = score(folder, rows)
    print(f"set: {folder}")
    print(f"matcher: {how}")
    print(f"texts: {s['texts']}  tp={s['tp']} fp={s['fp']} fn={s['fn']}")
    print(f"precision {s['precision']:.4f}  recall {s['recall']:.4f}  F1 {s['f1']:.4f}")
    if not ns.quiet:
        print(f"\nmisses ({s['fn']}):")
        for line in s["misses"]:  # type: ignore[attr-defined]
            print("  " + line)
        print(f"\nfalse hits ({s['fp']}):")
        for line in s["false_hits"]:  # type: ignore[attr-defined]
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
