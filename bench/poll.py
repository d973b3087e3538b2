"""Poll speed: companywatch against lemon24/reader and rss2email on the same local feeds.

Usage (from a clone, with companywatch installed in the running Python):

    COMPANYWATCH_CORPUS=../shared/data python bench/poll.py [--feeds 500] [--latency 50]
        [--hosts 50] [--runs 1] [--skip-peers] [--kind newsroom|feed]

What it does:
- builds N Google-News-like feeds (about 80 KB, 100 items each) from a real Google News capture
  in the corpus, with guids and links rewritten so that every item of every feed is distinct;
- serves them from one asyncio server in this process, listening on 127.0.0.1 .. 127.0.0.H
  (Linux answers on all of 127/8), feed i on address i % H, so that per-host politeness limits do
  not dominate; every answer waits ``--latency`` ms first; ETag and Last-Modified are sent and a
  matching If-None-Match / If-Modified-Since gets 304;
- companywatch: a fresh SQLite file with N companies (S&P 500 names from the corpus, numbered
  past 500), each with one feed attached (``--kind newsroom``: the company's own feed, every item
  stored, as the peers store every entry; ``--kind feed``: items stored only when they mention
  the company), indexed as ``watch add`` leaves a watch list (the matcher built into the cache
  dir, untimed, like the peers' ``add_feed``). Then ``python -m companywatch --db DB poll --json``
  in a subprocess: cold (all new), then warm (every feed answers 304); then, on a second
  identical set-up that was never indexed, a cold poll that builds the matcher itself (as after
  an upgrade or a cleared cache), printed apart;
- reader: ``make_reader(db)``, ``add_feed`` for each, then ``update_feeds(workers=8,
  scheduled=False)`` cold and warm, each in its own subprocess;
- rss2email: a config with one ``[feed.N]`` section per feed, ``r2e run --no-send`` cold and warm.

The peers live in their own virtualenv (created once under ``$XDG_CACHE_HOME`` or ``~/.cache``,
``companywatch-bench/peers``, with ``pip install reader rss2email sgmllib3k``); a peer that cannot
be installed is reported and skipped.

Figures per client and phase: wall seconds, CPU seconds of the child process tree (user+system
from ``os.wait4``, which counts the child and every descendant it reaped, like
``RUSAGE_CHILDREN`` deltas), peak RSS (``ru_maxrss``, the largest process of the tree; measured
by a small launcher process, since ru_maxrss survives exec), requests and statuses seen by the
server; then the ratios peer / companywatch.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import csv
import html
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

LAST_MODIFIED = "Mon, 18 Nov 2019 10:00:00 GMT"


def corpus_root() -> Path:
    root = os.environ.get("COMPANYWATCH_CORPUS")
    if root:
        return Path(root)
    return Path(__file__).resolve().parents[2] / "shared" / "data"


# --- the feeds -------------------------------------------------------------------------------------


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _gn_link(article_url: str) -> str:
    """A Google News redirect link whose token (base64 protobuf) carries ``article_url``."""
    raw = article_url.encode()
    token = base64.urlsafe_b64encode(b"\x08\x13\x22" + _varint(len(raw)) + raw).rstrip(b"=")
    return f"https://news.google.com/__i/rss/rd/articles/{token.decode()}?oc=5"


def synthetic_feeds(n: int, items_per_feed: int = 100) -> list[bytes]:
    """N distinct Google-News-search-like feeds (~80 KB, 100 items) from a real 2019 capture.

    Each item keeps a real title, date and publisher; its link is a Google News redirect to the
    real article URL with ``?cwbench=FEED-ITEM`` added, so every article is distinct after
    canonicalization; its description has the search feed's shape (link, publisher).
    """
    src = (corpus_root() / "feeds/real/bsuir2019_pythonhomework/google_news.xml").read_bytes()
    head = src[: src.index(b"<item>")].decode()
    real = []
    for raw in re.findall(r"<item>.*?</item>", src.decode(), re.S):
        title = re.search(r"<title>(.*?)</title>", raw, re.S)
        link = re.search(r"<link>(.*?)</link>", raw, re.S)
        date = re.search(r"<pubDate>(.*?)</pubDate>", raw, re.S)
        source = re.search(r'<source url="(.*?)">(.*?)</source>', raw, re.S)
        if not (title and link and date and source):
            continue
        token = link.group(1).rsplit("/", 1)[-1].split("?", 1)[0]
        decoded = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        length, pos = decoded[3], 4
        if length & 0x80:
            length, pos = (length & 0x7F) | (decoded[4] << 7), 5
        article = decoded[pos : pos + length].decode()
        real.append((title.group(1), article, date.group(1), source.group(1), source.group(2)))
    feeds = []
    for f in range(n):
        out = [head]
        for k in range(items_per_feed):
            title, article, date, home, publisher = real[(f + k) % len(real)]
            sep = "&" if "?" in article else "?"
            link = html.escape(_gn_link(f"{article}{sep}cwbench={f}-{k}"))
            bare = html.escape(title.rsplit(" - ", 1)[0])
            desc = html.escape(
                f'<a href="{link}" target="_blank">{bare}</a>&nbsp;&nbsp;'
                f'<font color="#6f6f6f">{html.escape(publisher)}</font>'
            )
            out.append(
                f"<item><title>{title}</title><link>{link}</link>"
                f'<guid isPermaLink="false">CAIiE{f}x{k}x{zlib.crc32(article.encode())}</guid>'
                f"<pubDate>{date}</pubDate><description>{desc}</description>"
                f'<source url="{home}">{publisher}</source></item>\n'
            )
        out.append("</channel></rss>\n")
        feeds.append("".join(out).encode())
    return feeds


def company_names(n: int) -> list[str]:
    path = corpus_root() / "companies/sp500_constituents/data/constituents.csv"
    with path.open(newline="", encoding="utf-8") as f:
        base = [row["Security"] for row in csv.DictReader(f)]
    names: list[str] = []
    seen: set[str] = set()
    i = 0
    while len(names) < n:
        name = base[i % len(base)] + ("" if i < len(base) else f" {i // len(base) + 1}")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
        i += 1
    return names


# --- the server ------------------------------------------------------------------------------------


@dataclass
class Server:
    bodies: list[bytes]
    hosts: int
    latency: float
    port: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    conditional: int = 0
    _loop: asyncio.AbstractEventLoop | None = None

    def url(self, i: int) -> str:
        return f"http://127.0.0.{i % self.hosts + 1}:{self.port}/feed/{i}.xml"

    def start(self) -> None:
        self.port = free_port()
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait()

    def reset_counts(self) -> tuple[Counter[int], int]:
        got = (self.statuses.copy(), self.conditional)
        self.statuses.clear()
        self.conditional = 0
        return got

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        for h in range(self.hosts):
            loop.run_until_complete(
                asyncio.start_server(self._client, f"127.0.0.{h + 1}", self.port, backlog=1024)
            )
        ready.set()
        loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                _, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    k, _, v = line.partition(":")
                    headers[k.strip().lower()] = v.strip()
                if self.latency:
                    await asyncio.sleep(self.latency)
                m = re.fullmatch(r"/feed/(\d+)\.xml", path)
                i = int(m.group(1)) if m else -1
                etag = f'"cw-bench-{i}"'
                inm = headers.get("if-none-match")
                ims = headers.get("if-modified-since")
                if inm or ims:
                    self.conditional += 1
                extra = f"ETag: {etag}\r\nLast-Modified: {LAST_MODIFIED}\r\n"
                if not 0 <= i < len(self.bodies):
                    status, body, extra = 404, b"not found", ""
                elif (inm and etag in inm) or (not inm and ims == LAST_MODIFIED):
                    status, body = 304, b""
                else:
                    status, body = 200, self.bodies[i]
                self.statuses[status] += 1
                reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
                ctype = "application/rss+xml; charset=UTF-8" if status == 200 else "text/plain"
                writer.write(
                    (
                        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\n{extra}"
                        f"Content-Length: {len(body)}\r\n\r\n"
                    ).encode()
                    + body
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- running a client and measuring it ------------------------------------------------------------


@dataclass
class Figures:
    wall: float
    cpu: float
    rss_mb: float
    rc: int
    statuses: Counter[int]
    conditional: int
    note: str = ""


# The child is started by a small Python process that reports its figures: ru_maxrss survives
# exec on Linux, so a child forked straight from this process (which holds every feed body)
# would report this process's size as its own peak.
_MEASURE = (
    "import json, os, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.Popen(sys.argv[2:])\n"
    "_, status, ru = os.wait4(p.pid, 0)\n"
    "wall = time.perf_counter() - t\n"
    "json.dump({'wall': wall, 'cpu': ru.ru_utime + ru.ru_stime, 'rss_kb': ru.ru_maxrss,\n"
    "           'rc': os.waitstatus_to_exitcode(status)}, open(sys.argv[1], 'w'))\n"
)


def measured(cmd: list[str], server: Server, *, env: dict[str, str], log: Path) -> Figures:
    """Run ``cmd``: wall time, CPU of its process tree (user+system of the child and every
    descendant it reaped, from ``os.wait4``), its peak RSS (the largest process of the tree)."""
    server.reset_counts()
    figures = log.with_suffix(".json")
    with log.open("wb") as out:
        subprocess.run(
            [sys.executable, "-c", _MEASURE, str(figures), *cmd],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            check=True,
        )
    got = json.loads(figures.read_text())
    statuses, conditional = server.reset_counts()
    return Figures(
        wall=got["wall"],
        cpu=got["cpu"],
        rss_mb=got["rss_kb"] / 1024,
        rc=got["rc"],
        statuses=statuses,
        conditional=conditional,
    )


def clean_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("COMPANYWATCH_") and k != "COMPANYWATCH_CORPUS":
            del env[k]
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        NO_PROXY="*",
        no_proxy="*",
    )
    env.pop("http_proxy", None)
    env.pop("HTTP_PROXY", None)
    return env


# --- companywatch ----------------------------------------------------------------------------------


def setup_companywatch(db: Path, urls: list[str], kind: str) -> None:
    from companywatch.models import SourceKind
    from companywatch.store import Store

    now = datetime.now(UTC)
    source_kind = SourceKind.NEWSROOM if kind == "newsroom" else SourceKind.FEED
    with Store(db) as store:
        for name, url in zip(company_names(len(urls)), urls, strict=True):
            store.add_company(name, now=now, sources=[(source_kind, url)])


# What `watch add` (and every command that changes the watch list) does as it ends: index the
# new watch list (build the matcher into the cache dir), run as the poll will run it.
_INDEX = (
    "import sys\n"
    "from pathlib import Path\n"
    "from companywatch.app import App\n"
    "app = App.from_env(db_path=Path(sys.argv[1]))\n"
    "app.index_watch_list()\n"
    "app.close()\n"
)


def run_companywatch(
    server: Server, urls: list[str], work: Path, kind: str, profile: Path | None = None
) -> tuple[Figures, Figures, Figures, str]:
    """Cold and warm polls of a watch list set up as `watch add` leaves it (indexed); then a
    cold poll of a second, identical set-up that was never indexed (the first poll after an
    upgrade of companywatch or a cleared cache: the poll builds the matcher itself)."""
    db = work / "cw.sqlite"
    setup_companywatch(db, urls, kind)
    env = clean_env(work / "home-cw")
    subprocess.run([sys.executable, "-c", _INDEX, str(db)], env=env, check=True)
    cmd = ["-m", "companywatch", "--db", str(db), "poll", "--json"]

    def python(phase: str) -> list[str]:
        if profile is None:
            return [sys.executable]
        return [sys.executable, "-m", "cProfile", "-o", f"{profile}-{phase}.prof"]

    cold = measured(python("cold") + cmd, server, env=env, log=work / "cw-cold.log")
    summary = _cw_summary(work / "cw-cold.log")
    warm = measured(python("warm") + cmd, server, env=env, log=work / "cw-warm.log")
    db2 = work / "cw-unindexed.sqlite"
    setup_companywatch(db2, urls, kind)
    cmd2 = ["-m", "companywatch", "--db", str(db2), "poll", "--json"]
    unindexed = measured(
        [sys.executable, *cmd2],
        server,
        env=clean_env(work / "home-cw-unindexed"),
        log=work / "cw-unindexed.log",
    )
    return cold, warm, unindexed, summary


def _cw_summary(log: Path) -> str:
    text = log.read_text(errors="replace")
    try:
        report = json.loads(text[text.index("{") :])
    except ValueError:
        return f"unreadable report: {text[:300]!r}"
    results = Counter(r["result"] for r in report["results"])
    return (
        f"sources={report['sources']} failed={report['failed']} "
        f"new_articles={report['new_articles']} results={dict(results)}"
    )


# --- the peers -------------------------------------------------------------------------------------

READER_SCRIPT = textwrap.dedent(
    """
    import sys
    from reader import make_reader
    db, phase = sys.argv[1], sys.argv[2]
    r = make_reader(db)
    if phase == "setup":
        for url in sys.stdin.read().split():
            r.add_feed(url)
    else:
        n = 0
        for feed_url, value in r.update_feeds_iter(workers=8, scheduled=False):
            n += 1
            if isinstance(value, Exception):
                print("error", feed_url, value, file=sys.stderr)
        print("feeds", n, "entries", r.get_entry_counts().total)
    r.close()
    """
)


def peers_python(path: Path) -> Path | None:
    py = path / "bin" / "python"
    if py.exists():
        ok = subprocess.run(
            [str(py), "-c", "import reader, rss2email, sgmllib"], capture_output=True
        )
        if ok.returncode == 0:
            return py
    print(f"setting up the peers' virtualenv in {path} (reader, rss2email, sgmllib3k) ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(path)], check=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "reader", "rss2email", "sgmllib3k"],
            check=True,
        )
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"  peers unavailable ({e}); skipping them")
        return None
    return py


def peer_has(py: Path, module: str) -> bool:
    return subprocess.run([str(py), "-c", f"import {module}"], capture_output=True).returncode == 0


def run_reader(server: Server, urls: list[str], work: Path, py: Path) -> tuple[Figures, Figures]:
    script = work / "reader_bench.py"
    script.write_text(READER_SCRIPT)
    db = work / "reader.sqlite"
    env = clean_env(work / "home-reader")
    subprocess.run(
        [str(py), str(script), str(db), "setup"],
        input="\n".join(urls),
        text=True,
        check=True,
        env=env,
    )
    cmd = [str(py), str(script), str(db), "update"]
    cold = measured(cmd, server, env=env, log=work / "reader-cold.log")
    warm = measured(cmd, server, env=env, log=work / "reader-warm.log")
    return cold, warm


def run_rss2email(server: Server, urls: list[str], work: Path, py: Path) -> tuple[Figures, Figures]:
    r2e = py.parent / "r2e"
    cfg, data = work / "r2e.cfg", work / "r2e.json"
    env = clean_env(work / "home-r2e")
    sections = "".join(f"\n[feed.f{i}]\nurl = {u}\n" for i, u in enumerate(urls))
    cfg.write_text(f"[DEFAULT]\nto = bench@example.com\nfrom = bench@example.com\n{sections}")
    cmd = [str(r2e), "-c", str(cfg), "-d", str(data), "run", "--no-send"]
    cold = measured(cmd, server, env=env, log=work / "r2e-cold.log")
    warm = measured(cmd, server, env=env, log=work / "r2e-warm.log")
    return cold, warm


# --- report ----------------------------------------------------------------------------------------


def show(name: str, phase: str, f: Figures) -> None:
    st = " ".join(f"{k}:{v}" for k, v in sorted(f.statuses.items()))
    rc = "" if f.rc == 0 else f"  rc={f.rc}"
    print(
        f"  {name:<12} {phase:<5} wall {f.wall:7.2f} s   cpu {f.cpu:7.2f} s   "
        f"peak {f.rss_mb:6.0f} MB   [{st}; conditional {f.conditional}]{rc}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--latency", type=float, default=50.0, help="ms before every answer")
    ap.add_argument("--hosts", type=int, default=50, help="serve from 127.0.0.1 .. 127.0.0.H")
    ap.add_argument("--runs", type=int, default=1, help="repeat and print medians")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--kind", choices=("newsroom", "feed"), default="newsroom")
    ap.add_argument("--peers-venv", type=Path, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the work directory and logs")
    ap.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="PREFIX",
        help="run companywatch under cProfile, writing PREFIX-cold.prof and PREFIX-warm.prof",
    )
    args = ap.parse_args()

    hosts = max(1, min(args.hosts, args.feeds, 254))
    bodies = synthetic_feeds(args.feeds)
    server = Server(bodies, hosts, args.latency / 1000)
    server.start()
    urls = [server.url(i) for i in range(args.feeds)]
    kb = sum(map(len, bodies)) / len(bodies) / 1024
    print(
        f"{args.feeds} feeds of {kb:.0f} KB, {bodies[0].count(b'<item>')} items each, "
        f"served from {hosts} addresses (127.0.0.1-{hosts}) with {args.latency:g} ms latency; "
        f"companywatch kind={args.kind}; {os.cpu_count()} CPUs"
    )

    py: Path | None = None
    if not args.skip_peers:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        py = peers_python(args.peers_venv or cache / "companywatch-bench" / "peers")
    has_reader = py is not None and peer_has(py, "reader")
    has_r2e = py is not None and (py.parent / "r2e").exists()
    if py is not None and not has_reader:
        print("  reader unavailable in the peers' virtualenv: skipped")
    if py is not None and not has_r2e:
        print("  rss2email unavailable in the peers' virtualenv: skipped")

    results: dict[str, list[tuple[Figures, Figures]]] = {}
    unindexed_runs: list[Figures] = []
    base = Path(tempfile.mkdtemp(prefix="cw-bench-poll-"))
    try:
        for run in range(args.runs):
            print(f"run {run + 1}/{args.runs}")
            work = base / f"run{run}"
            work.mkdir()
            cold, warm, unindexed, summary = run_companywatch(
                server, urls, work, args.kind, args.profile
            )
            show("companywatch", "cold", cold)
            show("companywatch", "warm", warm)
            print(f"  companywatch cold: {summary}")
            show("companywatch", "cold, matcher not indexed", unindexed)
            results.setdefault("companywatch", []).append((cold, warm))
            unindexed_runs.append(unindexed)
            if has_reader and py is not None:
                cold, warm = run_reader(server, urls, work, py)
                show("reader", "cold", cold)
                show("reader", "warm", warm)
                results.setdefault("reader", []).append((cold, warm))
            if has_r2e and py is not None:
                cold, warm = run_rss2email(server, urls, work, py)
                show("rss2email", "cold", cold)
                show("rss2email", "warm", warm)
                results.setdefault("rss2email", []).append((cold, warm))
    finally:
        if args.keep:
            print(f"work directory kept: {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)

    print(f"\nmedians of {args.runs} run(s):")
    print(
        f"  {'client':<12} {'cold wall':>9} {'cold cpu':>9} {'warm wall':>9} {'warm cpu':>9} "
        f"{'peak MB':>8}"
    )
    med: dict[str, tuple[float, float, float, float, float]] = {}
    for name, rows in results.items():
        med[name] = (
            statistics.median(c.wall for c, _ in rows),
            statistics.median(c.cpu for c, _ in rows),
            statistics.median(w.wall for _, w in rows),
            statistics.median(w.cpu for _, w in rows),
            max(max(c.rss_mb, w.rss_mb) for c, w in rows),
        )
        cw, cc, ww, wc, mb = med[name]
        print(f"  {name:<12} {cw:9.2f} {cc:9.2f} {ww:9.2f} {wc:9.2f} {mb:8.0f}")
    ours = med["companywatch"]
    cold_unindexed = statistics.median(f.wall for f in unindexed_runs)
    print(
        f"  companywatch cold with the matcher not indexed (built by the poll itself): "
        f"{cold_unindexed:.2f} s wall, "
        f"{statistics.median(f.cpu for f in unindexed_runs):.2f} s cpu, "
        f"peak {max(f.rss_mb for f in unindexed_runs):.0f} MB"
    )
    for name, m in med.items():
        if name == "companywatch":
            continue
        print(
            f"  {name} / companywatch: cold wall {m[0] / ours[0]:.1f}x, cold cpu "
            f"{m[1] / ours[1]:.1f}x, warm wall {m[2] / ours[2]:.1f}x, warm cpu "
            f"{m[3] / ours[3]:.1f}x"
        )
    if "reader" in med:
        r = med["reader"]
        print(f"  reader / companywatch cold, matcher not indexed: {r[0] / cold_unindexed:.1f}x")
        print(
            "  targets: cold >= 5x faster than reader: "
            f"{'yes' if r[0] / ours[0] >= 5 else 'NO'}; warm >= 2x: "
            f"{'yes' if r[2] / ours[2] >= 2 else 'NO'}; peak < 200 MB: "
            f"{'yes' if ours[4] < 200 else 'NO'}"
        )


if __name__ == "__main__":
    main()
