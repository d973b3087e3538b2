"""The poll use case against a real HTTP server and a real SQLite file.

Crash safety runs the real CLI (``python -m companywatch poll``) in subprocesses: two polls at
once, and a poll killed with SIGKILL halfway. The HTTP behaviour (conditional GET, unchanged
bodies, Retry-After, 410, permanent redirects, hostile feeds) runs the same CLI in-process.
Feeds are generated here: small RSS documents whose every item has a distinct link.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companywatch.digest.stories import StoryCandidate, find_story, title_key, url_key
from companywatch.models import Item, Mention, SourceKind
from companywatch.poll import _Stories
from companywatch.pollwork import _Keyed
from companywatch.store import Entry, Store
from tests.conftest import run_cli
from tests.servers import FeedServer, Reply, SeenRequest

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def rss(name: str, items: int) -> bytes:
    """An RSS 2.0 feed of ``items`` items, links and guids unique to ``name``."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{name} news</title><link>https://example.com/{name}</link>"
    ]
    for i in range(items):
        parts.append(
            f"<item><title>{name} story {i}: the company reports quarter {i} results"
            f"</title><link>https://example.com/{name}/story-{i}</link>"
            f'<guid isPermaLink="false">{name}-{i}</guid>'
            f"<pubDate>Mon, 02 Mar 2026 0{i % 8}:00:00 GMT</pubDate>"
            f"<description>What {name} said about quarter {i}.</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def add_companies(db: Path, urls: dict[str, str]) -> None:
    """One company per feed, the feed attached as its newsroom (every item is about it)."""
    with Store(db) as store:
        for name, url in urls.items():
            store.add_company(name, now=NOW, sources=[(SourceKind.NEWSROOM, url)])


def cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_cli(capsys, db, *args)


def spawn(db: Path, *args: str) -> subprocess.Popen[str]:
    """The real CLI in a subprocess, in its own session (so its whole tree can be found)."""
    return subprocess.Popen(
        [sys.executable, "-m", "companywatch", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def wait_for(cond: Callable[[], bool], what: str, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def counts(db: Path) -> tuple[int, int, list[str]]:
    """(articles, article-source links, integrity problems)."""
    with Store(db) as store:
        problems = store.integrity_problems()
        linked = sum(s.items_stored for s in store.sources())
        return store.article_count(), linked, problems


# --- crash safety ----------------------------------------------------------------------------------


def test_two_polls_at_once_neither_duplicates_nor_fails(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "cw.sqlite"
    urls = {
        f"Company{i}": feed_server.route(f"/f{i}.xml", Reply(body=rss(f"c{i}", 5)))
        for i in range(6)
    }
    # One slow feed keeps the first poll running while the second starts.
    urls["Slowco"] = feed_server.route("/slow.xml", Reply(body=rss("slow", 5), delay=3.0))
    add_companies(db, urls)

    first = spawn(db, "poll", "--json")
    wait_for(
        lambda: len(feed_server.hits("/slow.xml")) == 1, "the first poll to reach the slow feed"
    )
    second = spawn(db, "poll", "--json")
    _, err2 = second.communicate(timeout=60)
    out1, err1 = first.communicate(timeout=60)

    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    assert "skipped" in err2 and "lock" in err2
    report = json.loads(out1)
    assert report["sources"] == 7 and report["failed"] == 0 and report["new_articles"] == 35
    # The skipping poll fetched nothing.
    assert all(len(feed_server.hits(f"/f{i}.xml")) == 1 for i in range(6))
    assert counts(db) == (35, 35, [])


def test_poll_tick_and_poll_share_one_lock(feed_server: FeedServer, tmp_path: Path) -> None:
    db = tmp_path / "cw.sqlite"
    add_companies(
        db, {"Slowco": feed_server.route("/slow.xml", Reply(body=rss("s", 3), delay=3.0))}
    )
    polling = spawn(db, "poll")
    wait_for(lambda: len(feed_server.hits("/slow.xml")) == 1, "the poll to start")
    tick = spawn(db, "tick")
    _, tick_err = tick.communicate(timeout=60)
    polling.communicate(timeout=60)
    assert tick.returncode == 0, tick_err
    assert polling.returncode == 0
    assert len(feed_server.hits("/slow.xml")) == 1  # the tick did not poll meanwhile
    assert counts(db) == (3, 3, [])


def _session_alive(sid: int) -> bool:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command name: state, ppid, pgrp, session ...; zombies are already dead.
        if int(fields[3]) == sid and fields[0] != "Z":
            return True
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_poll_killed_halfway_loses_only_sources_in_flight(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "cw.sqlite"
    items = 20
    slow_delay = {"value": 30.0}

    def slow(name: str) -> Callable[[SeenRequest], Reply]:
        return lambda _: Reply(body=rss(name, items), delay=slow_delay["value"])

    urls = {
        f"Fast{i}": feed_server.route(f"/fast{i}.xml", Reply(body=rss(f"fast{i}", items)))
        for i in range(30)
    }
    urls |= {f"Slow{i}": feed_server.route(f"/slow{i}.xml", slow(f"slow{i}")) for i in range(6)}
    add_companies(db, urls)

    def stored_sources() -> int:
        with Store(db) as store:
            return sum(1 for s in store.sources() if s.last_success is not None)

    poll = spawn(db, "poll")
    # Kill it once every fast source is stored, with slow ones in flight (at most 4 per host; the
    # others wait for a slot) and the parse workers running (36 sources use the pool).
    wait_for(
        lambda: stored_sources() == 30 and any(feed_server.hits(f"/slow{i}.xml") for i in range(6)),
        "the fast sources to be stored and the slow ones requested",
    )
    os.kill(poll.pid, signal.SIGKILL)
    poll.communicate(timeout=10)
    assert poll.returncode == -signal.SIGKILL
    # No orphan: the parse workers and the forkserver notice and quit.
    wait_for(lambda: not _session_alive(poll.pid), "the poll's worker processes to exit", 20)

    articles, linked, problems = counts(db)
    assert problems == []
    assert (articles, linked) == (30 * items, 30 * items)
    with Store(db) as store:
        in_flight = [s for s in store.sources() if s.url.rsplit("/", 1)[1].startswith("slow")]
    assert all(s.last_fetch is None and s.items_stored == 0 for s in in_flight)

    slow_delay["value"] = 0.0
    again = spawn(db, "poll", "--json")
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    report = json.loads(out)
    assert report["failed"] == 0 and report["new_articles"] == 6 * items
    assert counts(db) == (36 * items, 36 * items, [])


# --- HTTP behaviour --------------------------------------------------------------------------------


def test_conditional_get_and_304(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cw.sqlite"
    body = rss("acme", 4)
    modified = "Mon, 02 Mar 2026 07:00:00 GMT"

    def answer(req: SeenRequest) -> Reply:
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=body, headers={"ETag": '"v1"', "Last-Modified": modified})

    add_companies(db, {"Acme": feed_server.route("/acme.xml", answer)})
    assert cli(db, "poll", capsys=capsys)[0] == 0
    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert code == 0
    assert [r["result"] for r in json.loads(out)["results"]] == ["not-modified"]
    first, second = feed_server.hits("/acme.xml")
    assert "if-none-match" not in first.headers
    assert second.headers["if-none-match"] == '"v1"'
    assert second.headers["if-modified-since"] == modified
    assert counts(db) == (4, 4, [])


def test_identical_body_is_not_parsed_again(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cw.sqlite"
    # A server without validators: every poll gets the same 200 body.
    add_companies(db, {"Acme": feed_server.route("/acme.xml", Reply(body=rss("acme", 4)))})
    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert [(r["result"], r["items"]) for r in json.loads(out)["results"]] == [("new", 4)]
    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert code == 0
    assert [(r["result"], r["items"]) for r in json.loads(out)["results"]] == [("unchanged", 0)]
    # A changed body is parsed again.
    feed_server.route("/acme.xml", Reply(body=rss("acme", 6)))
    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert [(r["result"], r["new_articles"]) for r in json.loads(out)["results"]] == [("new", 2)]


def test_a_poll_gives_the_garbage_collector_its_settings_back(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cw.sqlite"
    add_companies(db, {"Acme": feed_server.route("/acme.xml", Reply(body=rss("acme", 4)))})
    before = (gc.get_threshold(), gc.get_freeze_count())
    assert before[1] == 0
    assert cli(db, "poll", capsys=capsys)[0] == 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    # Objects frozen by the process itself stay frozen.
    feed_server.route("/acme.xml", Reply(body=rss("acme", 6)))
    gc.freeze()
    try:
        assert cli(db, "poll", capsys=capsys)[0] == 0
        assert gc.get_freeze_count() > 0  # (some frozen objects may have been freed since)
    finally:
        gc.unfreeze()
    assert counts(db) == (6, 6, [])


@pytest.mark.parametrize("retry_after", ["3600", "Wed, 01 Jan 2098 00:00:00 GMT"])
def test_retry_after_holds_a_source_back_for_the_next_poll(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], retry_after: str
) -> None:
    db = tmp_path / "cw.sqlite"
    busy = feed_server.route(
        "/busy.xml", Reply(429, b"slow down", headers={"Retry-After": retry_after})
    )
    fine = feed_server.route("/fine.xml", Reply(body=rss("fine", 2)))
    add_companies(db, {"Busy": busy, "Fine": fine})
    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert code == 3  # partial: one source failed, the other was stored
    results = {r["url"]: r for r in json.loads(out)["results"]}
    assert results[busy]["result"] == "failed" and "rate-limited" in results[busy]["error"]

    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert code == 0
    report = json.loads(out)
    assert report["held"] == [busy]
    assert [r["url"] for r in report["results"]] == [fine]
    assert len(feed_server.hits("/busy.xml")) == 1


def test_410_stops_a_source(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cw.sqlite"
    gone = feed_server.route("/gone.xml", Reply(410, b"gone", content_type="text/plain"))
    add_companies(db, {"Gone": gone})
    assert cli(db, "poll", capsys=capsys)[0] == 3
    code, out, _ = cli(db, "sources", "--json", capsys=capsys)
    assert code == 0
    (row,) = json.loads(out)
    assert row["status"] == "stopped" and row["last_status"] == 410
    assert "410" in row["disabled_reason"]
    code, out, _ = cli(db, "poll", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["sources"] == 0
    assert len(feed_server.hits("/gone.xml")) == 1


def test_two_permanent_redirects_move_the_stored_url(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cw.sqlite"
    new = feed_server.route("/new.xml", Reply(body=rss("moved", 3)))
    old = feed_server.route("/old.xml", Reply(301, headers={"Location": "/new.xml"}))
    add_companies(db, {"Moved": old})

    def stored_url() -> str:
        with Store(db) as store:
            (source,) = store.sources()
            return source.url

    assert cli(db, "poll", capsys=capsys)[0] == 0
    assert stored_url() == old  # once is not yet consistent
    assert cli(db, "poll", capsys=capsys)[0] == 0
    assert stored_url() == new
    assert cli(db, "poll", capsys=capsys)[0] == 0
    assert len(feed_server.hits("/old.xml")) == 2
    assert len(feed_server.hits("/new.xml")) == 3
    assert counts(db) == (3, 3, [])


def test_hostile_feeds_over_http(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    """Entity bombs, external entities and DTDs, XSLT payloads (defusedxml's test data), and
    feedparser's ill-formed entity and script-injection feeds, each attached to a company and
    polled over HTTP in one poll: every source ends stored or failed, the database stays
    intact, and nothing expanded, read a local file or kept markup in stored text."""
    db = tmp_path / "cw.sqlite"
    hostile = corpus / "feeds/hostile"
    illformed = hostile / "feedparser_illformed_historical_2011/feedparser/tests/illformed"
    files = sorted((hostile / "defusedxml_xmltestdata/xmltestdata").glob("*.x*"))
    files += sorted((illformed / "sanitize").glob("*.xml"))[:60]
    files += sorted((illformed / "entities").glob("*.xml"))[:60]
    assert len(files) > 100
    urls = {
        f"Hostile{i}": feed_server.serve_file(f"/h{i}.xml", f, "application/rss+xml")
        for i, f in enumerate(files)
    }
    add_companies(db, urls)
    code, out, err = cli(db, "poll", "--json", capsys=capsys)
    assert code in (0, 3), err
    report = json.loads(out)
    assert report["sources"] == len(files)
    results = {r["url"].rsplit("/", 1)[1]: r for r in report["results"]}
    assert {r["result"] for r in results.values()} <= {"new", "failed"}
    bombs = [f"h{i}.xml" for i, f in enumerate(files) if "bomb" in f.name or "quadratic" in f.name]
    assert bombs and all(results[b]["result"] == "failed" for b in bombs)
    with Store(db) as store:
        assert store.integrity_problems() == []
        articles = store.articles_for_digest(since=None, undelivered_only=False)
    # Most of feedparser's cases have no item with both a title and a link: parsed, nothing kept.
    assert sum(r["result"] == "new" for r in results.values()) >= 100
    assert len(articles) == report["new_articles"]
    texts = [a.title + " " + a.summary for a in articles]
    assert all(len(t) < 10_000 for t in texts)
    assert not any("root:" in t or "lollollol" in t or "<script" in t.lower() for t in texts)


# --- story clustering ------------------------------------------------------------------------------

HEADLINES = [
    "Spotify cuts 1,500 jobs in third round of layoffs this year - Reuters",
    "Spotify to cut 1,500 jobs in third round of layoffs this year - CNBC",
    "Spotify cuts 1,500 jobs in its third round of layoffs - The Verge",
    "Spotify shares rise after layoffs announced",
    "Klarna files for US IPO - Financial Times",
    "Klarna files for a US IPO, its valuation in focus - Bloomberg",
    "Spotify Wrapped is here",
    "Spotify Wrapped",
    "Spotify Wrapped",
    "Klarna results",
    "Klarna profit rises as lending grows - Reuters",
]


def test_indexed_story_clustering_agrees_with_find_story() -> None:
    companies = [frozenset({1}), frozenset({1, 2}), frozenset({2}), frozenset({1})]
    stories = _Stories([])
    recent: list[StoryCandidate] = []
    for n in range(3 * len(HEADLINES)):
        title = HEADLINES[n % len(HEADLINES)]
        page = n % 17
        link = f"https://news.example.com/{page}"
        at = NOW + timedelta(hours=7 * n)
        # find_story sees only articles sharing a company: one page, one set of companies.
        ids = companies[page % len(companies)]
        pool = [c for c in recent if c.company_ids & ids]
        expected = find_story(title, link, at, ids, pool) or 1000 + n
        item = Item(title=title, link=link)
        entry = Entry(item, tuple(Mention(c, 100.0, "test") for c in ids))
        keyed = _Keyed(entry, url_key(link), title_key(title))
        assert stories.story_for(1000 + n, keyed, ids, at) == expected, (n, title)
        recent.append(StoryCandidate(expected, title, link, at, ids))


def test_feed_by_feed_story_clustering_agrees_with_find_story() -> None:
    """The writer compares across feeds, the workers within a feed: together, find_story."""
    from companywatch.poll import _FeedStories
    from companywatch.pollwork import _with_near

    companies = [frozenset({1}), frozenset({1, 2}), frozenset({2}), frozenset({1})]
    stories = _Stories([])
    recent: list[StoryCandidate] = []
    n = 0
    for feed in range(40):
        batch: list[tuple[int, str, str, datetime, frozenset[int], Entry]] = []
        for _ in range(7):
            title = HEADLINES[(n * 5 + feed) % len(HEADLINES)]
            page = (n * 3) % 17
            link = f"https://news.example.com/{page}"
            at = NOW + timedelta(hours=5 * n + (feed % 3))
            ids = companies[page % len(companies)]  # one page, one set of companies
            item = Item(title=title, link=link, published=at)
            entry = Entry(item, tuple(Mention(c, 100.0, "t") for c in ids))
            batch.append((1000 + n, title, link, at, ids, entry))
            n += 1
        keyed = _with_near([_Keyed(b[5], url_key(b[2]), title_key(b[1])) for b in batch])
        per_feed = _FeedStories(stories, keyed, NOW)
        for article_id, title, link, at, ids, entry in batch:
            pool = [c for c in recent if c.company_ids & ids]
            expected = find_story(title, link, at, ids, pool) or article_id
            got = per_feed.story_for(article_id, entry)
            assert got == expected, (feed, title)
            recent.append(StoryCandidate(expected, title, link, at, ids))
        per_feed.commit()


def test_the_matcher_is_built_once_per_watch_list_and_kept(tmp_path: Path) -> None:
    from companywatch.models import CompanySpec
    from companywatch.pollwork import matcher_for

    cache = tmp_path / "cache"
    specs = [CompanySpec("Spotify", key=1), CompanySpec("Klarna", key=2)]
    first = matcher_for(specs, cache)
    kept = list(cache.glob("matcher-*.pickle"))
    assert len(kept) == 1
    again = matcher_for(specs, cache)
    assert again is not first  # loaded from the cache, not rebuilt in memory
    assert [r.name for r in again.match("Klarna and Spotify team up")] == ["Klarna", "Spotify"]
    changed = matcher_for([*specs, CompanySpec("Volvo Cars", key=3)], cache)
    assert [r.name for r in changed.match("Volvo Cars recalls cars")] == ["Volvo Cars"]
    assert list(cache.glob("matcher-*.pickle")) != kept  # the old one is gone, the new one kept
    assert len(list(cache.glob("matcher-*.pickle"))) == 1
    kept[0].parent.joinpath("junk").write_text("x")
    (next(cache.glob("matcher-*.pickle"))).write_bytes(b"not a pickle")
    assert matcher_for([*specs, CompanySpec("Volvo Cars", key=3)], cache).match("Klarna") != []


def test_commands_that_change_the_watch_list_index_it_for_the_next_poll(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_home: Path
) -> None:
    from companywatch.app import App
    from companywatch.pollwork import index_watch_list
    from tests.conftest import Watch

    watch = Watch(capsys, tmp_path / "cw.sqlite")
    cache = isolated_home / ".cache" / "companywatch"

    def kept() -> list[Path]:
        return sorted(cache.glob("matcher-*.pickle"))

    assert watch("add", "Spotify", "--no-search")[0] == 0
    first = kept()
    assert len(first) == 1
    app = App.from_env(db_path=tmp_path / "cw.sqlite")
    specs = [c.spec() for c in app.store.companies(include_dropped=False)]
    assert app.matcher_cache() == cache
    assert index_watch_list(specs, cache) is False  # the poll finds it built
    app.close()

    assert watch("list")[0] == 0
    assert kept() == first  # nothing changed: nothing rebuilt
    assert watch("edit", "Spotify", "--alias", "Spotify AB")[0] == 0
    assert kept() != first and len(kept()) == 1
    after_edit = kept()
    assert watch("drop", "Spotify")[0] == 0
    assert kept() != after_edit  # a dropped company is no longer matched
    assert watch("resume", "Spotify")[0] == 0
    assert kept() == after_edit
