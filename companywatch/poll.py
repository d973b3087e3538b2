"""The poll use case: fetch every source that may be fetched, parse, match, store.

Fetches run concurrently on one event loop (the fetcher enforces the overall and per-host limits);
parsing, which is CPU-bound, is spread over worker processes; the store is written from this thread
only (one writer), one transaction per source. A failing source records its error and backoff and
never stops the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import hashlib
import logging
import os
import threading
import time
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from companywatch.clock import Clock
from companywatch.digest.stories import (
    MIN_TITLE_TOKENS,
    STORY_WINDOW,
    TITLE_THRESHOLD,
    StoryCandidate,
    title_key,
    url_key,
)
from companywatch.errors import FetchError, ParseError
from companywatch.fetch import Fetcher, FetchSettings, backoff_delay
from companywatch.jobs import kind_of_url, parse_board
from companywatch.match import Matcher
from companywatch.models import (
    CompanySpec,
    FetchResult,
    Source,
    SourceKind,
)
from companywatch.pollwork import (
    _init_worker,
    _Keyed,
    _parse_match,
    _parse_match_job,
    matcher_for,
)
from companywatch.store import Entry, Store

log = logging.getLogger(__name__)
_T = TypeVar("_T")

STORY_LOOKBACK = timedelta(days=3)
# Below this many bodies to parse, worker processes cost more than they save.
PARALLEL_PARSE_MIN = 8
# The garbage collector's thresholds during a poll (see _fewer_collections).
POLL_GC_THRESHOLDS = (50_000, 20, 50)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """A cold poll makes millions of objects (every parsed entry, unpickled from the workers),
    nearly all freed by reference counting, very few in cycles. With the default thresholds the
    collector runs every 700 allocations and its full collections rescan the whole heap, which
    made unpickling the workers' results up to several times slower. So: what exists before the poll
    is frozen (never rescanned) and the thresholds are raised; both are restored afterwards, so a
    long-running daemon collects as before between polls (the frozen objects go back to the
    oldest generation). A process that froze objects itself is left as it froze them."""
    thresholds = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(*POLL_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if freeze:
            gc.unfreeze()


@dataclass(frozen=True)
class SourceOutcome:
    source: Source
    result: str  # new | not-modified | unchanged | failed | stopped
    new_articles: int = 0
    items: int = 0
    error: str | None = None
    ms: int = 0

    @property
    def ok(self) -> bool:
        return self.result not in ("failed", "stopped")


@dataclass
class PollReport:
    started: datetime
    finished: datetime | None = None
    outcomes: list[SourceOutcome] = field(default_factory=list)
    held: list[Source] = field(default_factory=list)  # kept back by Retry-After or backoff
    abandoned: int = 0  # sources in flight when the poll was told to stop

    @property
    def failed(self) -> list[SourceOutcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def new_articles(self) -> int:
        return sum(o.new_articles for o in self.outcomes)


async def _cancel_on(stop: threading.Event, tasks: Sequence[asyncio.Task[SourceOutcome]]) -> None:
    while not stop.is_set():
        await asyncio.sleep(0.1)
    log.info("poll stopping: abandoning the sources in flight")
    for t in tasks:
        t.cancel()


class _Dated:
    """Articles of one headline key, sorted by time: the latest within a window in O(log n)."""

    __slots__ = ("stories", "whens")

    def __init__(self) -> None:
        self.whens: list[datetime] = []
        self.stories: list[int] = []

    def add(self, when: datetime, story: int) -> None:
        i = bisect_right(self.whens, when)
        self.whens.insert(i, when)
        self.stories.insert(i, story)

    def latest_near(self, at: datetime) -> tuple[datetime, int] | None:
        """The latest article within STORY_WINDOW of ``at`` (the first added among equal times)."""
        i = bisect_right(self.whens, at + STORY_WINDOW) - 1
        if i < 0 or self.whens[i] < at - STORY_WINDOW:
            return None
        i = bisect_left(self.whens, self.whens[i])
        return self.whens[i], self.stories[i]


class _Stories:
    """Recent stories indexed so a new article finds its story without an O(n^2) scan.

    The same decision as :func:`companywatch.digest.stories.find_story` over the articles that
    share a company: a URL match (:func:`url_key`) wins; otherwise the most similar headline
    (``token_set_ratio`` >= TITLE_THRESHOLD on :func:`title_key`, both keys of at least
    MIN_TITLE_TOKENS words, or identical short keys) within STORY_WINDOW, ties to the most
    recent. Keys are computed once per article, each company's distinct headlines are compared
    once, in rapidfuzz's C loop with the threshold as a cutoff.
    """

    def __init__(self, recent: Sequence[StoryCandidate]) -> None:
        self.by_url: dict[str, int] = {}
        # Per company: distinct long title keys in a list (for rapidfuzz) and their articles.
        self.keys: dict[int, list[str]] = defaultdict(list)
        self.long: dict[int, dict[str, _Dated]] = defaultdict(dict)
        self.short: dict[int, dict[str, _Dated]] = defaultdict(dict)
        for c in recent:
            self.add(c.story_id, url_key(c.link), title_key(c.title), c.time, c.company_ids)

    def add(
        self, story: int, ukey: str, tkey: str, at: datetime, companies: frozenset[int]
    ) -> None:
        self.by_url.setdefault(ukey, story)
        if not tkey:
            return
        short = tkey.count(" ") + 1 < MIN_TITLE_TOKENS  # single-spaced words
        for company in companies:
            group = (self.short if short else self.long)[company]
            dated = group.get(tkey)
            if dated is None:
                dated = group[tkey] = _Dated()
                if not short:
                    self.keys[company].append(tkey)
            dated.add(at, story)

    def _best(self, tkey: str, at: datetime, companies: frozenset[int]) -> int | None:
        found = self.best(tkey, at, companies)
        return found[2] if found is not None else None

    def best(
        self, tkey: str, at: datetime, companies: frozenset[int]
    ) -> tuple[float, datetime, int] | None:
        """The story to join by headline: (score, its latest article's time, story), or None."""
        if not tkey:
            return None
        found: list[tuple[float, _Dated]] = []
        # title_key's words are single-spaced: counting spaces counts them
        if tkey.count(" ") + 1 < MIN_TITLE_TOKENS:
            for company in companies:
                group = self.short.get(company)
                dated = group.get(tkey) if group else None
                if dated is not None:
                    found.append((100.0, dated))
        else:
            for company in companies:
                keys = self.keys.get(company)
                if not keys:
                    continue
                long = self.long[company]
                for _, score, i in process.extract(
                    tkey,
                    keys,
                    scorer=fuzz.token_set_ratio,
                    processor=None,
                    score_cutoff=TITLE_THRESHOLD,
                    limit=None,
                ):
                    found.append((score, long[keys[i]]))
        best: tuple[float, datetime, int] | None = None
        for score, dated in found:
            near = dated.latest_near(at)
            if near is not None and (best is None or (score, near[0]) > best[:2]):
                best = (score, near[0], near[1])
        return best

    def story_for(
        self, article_id: int, keyed: _Keyed, companies: frozenset[int], at: datetime
    ) -> int:
        story = self.by_url.get(keyed.url)
        if story is None:
            story = self._best(keyed.title, at, companies)
        if story is None:
            story = article_id
        self.add(story, keyed.url, keyed.title, at, companies)
        return story


class _FeedStories:
    """Stories for the new articles of one feed: other feeds' and earlier polls' stories come
    from the index, this feed's own from the pairs its worker found; the index learns this
    feed's articles once the feed is stored. Same answers as :func:`find_story` over them all."""

    def __init__(self, stories: _Stories, keyed: Sequence[_Keyed], now: datetime) -> None:
        self.stories = stories
        self.keyed = keyed
        self.now = now
        self.index = {id(k.entry): i for i, k in enumerate(keyed)}
        self.assigned: dict[int, tuple[int, datetime]] = {}  # position -> (story, time)
        self.by_url: dict[str, int] = {}
        self.pending: list[tuple[int, str, str, datetime, frozenset[int]]] = []

    def story_for(self, article_id: int, entry: Entry) -> int:
        i = self.index[id(entry)]
        k = self.keyed[i]
        companies = frozenset(m.company_id for m in entry.mentions)
        at = entry.item.published or self.now
        story = self.stories.by_url.get(k.url)
        if story is None:
            story = self.by_url.get(k.url)
        if story is None:
            best = self.stories.best(k.title, at, companies)
            for j, score in k.near:
                found = self.assigned.get(j)
                if found is None or abs(found[1] - at) > STORY_WINDOW:
                    continue
                if best is None or (score, found[1]) > best[:2]:
                    best = (score, found[1], found[0])
            story = best[2] if best is not None else article_id
        self.assigned[i] = (story, at)
        self.by_url.setdefault(k.url, story)
        self.pending.append((story, k.url, k.title, at, companies))
        return story

    def commit(self) -> None:
        for args in self.pending:
            self.stories.add(*args)
        self.pending.clear()


class _Work:
    """What only a poll that gets new bodies needs, built on first use: a warm poll (all 304)
    never loads the matcher, the recent stories or the worker processes."""

    def __init__(self, poller: Poller, *, parallel: bool) -> None:
        self.poller = poller
        self.parallel = parallel
        self._specs: list[CompanySpec] | None = None
        self._matcher: Matcher | None = None
        self._stories: _Stories | None = None
        self._pool: Executor | None = None

    def specs(self) -> list[CompanySpec]:
        if self._specs is None:
            companies = self.poller.store.companies(include_dropped=False)
            self._specs = [c.spec() for c in companies]
        return self._specs

    def stories(self) -> _Stories:
        if self._stories is None:
            since = self.poller.clock.now() - STORY_LOOKBACK
            self._stories = _Stories(
                [
                    StoryCandidate(
                        a.story_id,
                        a.title,
                        a.link,
                        a.published or a.first_seen,
                        frozenset(a.company_ids),
                    )
                    for a in self.poller.store.story_candidates(since)
                ]
            )
        return self._stories

    async def parse_match(
        self, body: bytes, url: str, headers: dict[str, str], source: Source
    ) -> tuple[int, list[_Keyed]]:
        """Parse a body and match its items, in a worker process when the poll is big enough."""
        specs = await self.poller._write(self.specs)  # the store is the writer thread's
        if not self.parallel:
            if self._matcher is None:
                self._matcher = matcher_for(specs, self.poller.cache)
            return _parse_match(body, url, headers, source.kind, source.company_id, self._matcher)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.poller.workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(specs, self.poller.cache, os.getpid()),
            )
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._pool, _parse_match_job, body, url, headers, source.kind, source.company_id
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class Poller:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        fetch_settings: FetchSettings,
        interval: timedelta = timedelta(hours=6),
        workers: int | None = None,
        cache: Path | None = None,
    ) -> None:
        """``cache``: a directory for the built matcher (None: build it every poll)."""
        self.store = store
        self.cache = cache
        self.clock = clock
        self.fetch_settings = fetch_settings
        self.interval = interval
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self._writer: ThreadPoolExecutor | None = None

    def run(
        self,
        *,
        due_only: bool = False,
        progress: Callable[[SourceOutcome, int], None] | None = None,
        stop: threading.Event | None = None,
    ) -> PollReport:
        """Poll now. ``due_only`` (the cron tick) skips sources whose scheduled time has not come.
        ``progress(outcome, total)`` is called after each source. Setting ``stop`` abandons the
        sources still in flight; every source already stored stays stored."""
        with _fewer_collections():
            return asyncio.run(self._run(due_only=due_only, progress=progress, stop=stop))

    async def _run(
        self,
        *,
        due_only: bool,
        progress: Callable[[SourceOutcome, int], None] | None,
        stop: threading.Event | None,
    ) -> PollReport:
        now = self.clock.now()
        report = PollReport(started=now)
        sources = self.store.sources_to_poll(now, due_only=due_only)
        report.held = self.store.held_sources(now)
        work = _Work(self, parallel=self.workers > 1 and len(sources) >= PARALLEL_PARSE_MIN)
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="companywatch-writer")
        try:
            async with Fetcher(self.fetch_settings, self.clock) as fetcher:
                tasks = [asyncio.create_task(self._one(fetcher, s, work)) for s in sources]
                watcher = asyncio.create_task(_cancel_on(stop, tasks)) if stop else None
                for done in asyncio.as_completed(tasks):
                    try:
                        outcome = await done
                    except asyncio.CancelledError:
                        continue
                    report.outcomes.append(outcome)
                    if progress:
                        progress(outcome, len(sources))
                if watcher is not None:
                    watcher.cancel()
                    report.abandoned = sum(1 for t in tasks if t.cancelled())
        finally:
            # Writes already started finish (each is one transaction); then nothing else writes.
            self._writer.shutdown(wait=True)
            self._writer = None
            work.close()
            # Index this poll's articles for search in one go (see Store.flush_search_index).
            self.store.flush_search_index()
        report.finished = self.clock.now()
        log.info(
            "poll done sources=%d failed=%d new_articles=%d held=%d",
            len(report.outcomes),
            len(report.failed),
            report.new_articles,
            len(report.held),
        )
        return report

    async def _write(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run store work on the poll's one writer thread. SQLite does its work without the GIL,
        so the event loop keeps fetching meanwhile; one thread keeps the writes in order."""
        assert self._writer is not None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, functools.partial(fn, *args, **kwargs))

    async def _one(self, fetcher: Fetcher, source: Source, work: _Work) -> SourceOutcome:
        started = time.monotonic()
        try:
            result = await fetcher.fetch(
                source.url, etag=source.etag, last_modified=source.last_modified
            )
        except FetchError as e:
            return await self._write(self._failed, source, e, started)
        now = self.clock.now()
        next_fetch = now + self.interval
        hold = result.not_before if result.not_before and result.not_before > now else None
        digest = hashlib.sha256(result.body).hexdigest() if result.body is not None else None
        if result.body is None or digest is None or digest == source.body_hash:
            # 304, or a 200 byte-identical to the last one: nothing to parse. (The store keeps
            # the validators and body hash it has on a 304.)
            await self._write(
                self.store.save_poll,
                source,
                now=now,
                status=304 if result.body is None else result.status,
                etag=result.etag,
                last_modified=result.last_modified,
                body_hash=digest,
                next_fetch=next_fetch,
                hold_until=hold,
                redirect_to=result.permanent_redirect,
            )
            outcome = "not-modified" if result.body is None else "unchanged"
            return self._done(source, outcome, started, result)
        if source.kind is SourceKind.JOBS:
            return await self._write(
                self._job_board, source, result, digest, next_fetch, hold, started
            )
        try:
            n_items, keyed = await work.parse_match(
                result.body, result.final_url, dict(result.headers), source
            )
        except ParseError as e:
            error = FetchError(source.url, "not-a-feed", e.message, status=result.status)
            return await self._write(self._failed, source, error, started)
        return await self._write(
            self._save_new, source, result, digest, next_fetch, hold, keyed, n_items, started, work
        )

    def _save_new(
        self,
        source: Source,
        result: FetchResult,
        digest: str,
        next_fetch: datetime,
        hold: datetime | None,
        keyed: list[_Keyed],
        n_items: int,
        started: float,
        work: _Work,
    ) -> SourceOutcome:
        now = self.clock.now()
        feed_stories = _FeedStories(work.stories(), keyed, now)
        saved = self.store.save_poll(
            source,
            now=now,
            status=result.status,
            entries=[k.entry for k in keyed],
            etag=result.etag,
            last_modified=result.last_modified,
            body_hash=digest,
            next_fetch=next_fetch,
            hold_until=hold,
            redirect_to=result.permanent_redirect,
            story_for=feed_stories.story_for,
        )
        feed_stories.commit()
        return self._done(source, "new", started, result, saved.new_articles, n_items)

    def _job_board(
        self,
        source: Source,
        result: FetchResult,
        digest: str,
        next_fetch: datetime,
        hold: datetime | None,
        started: float,
    ) -> SourceOutcome:
        """A job board's JSON: postings are stored as such (new ones, removed ones), not as news."""
        assert result.body is not None
        try:
            # A board on another host (a mirror, a test server): Lever answers with a list.
            kind = kind_of_url(source.url) or (
                "lever" if result.body.lstrip()[:1] == b"[" else "greenhouse"
            )
            postings = parse_board(kind, result.body)
        except ParseError as e:
            error = FetchError(source.url, "not-a-job-board", e.message, status=result.status)
            return self._failed(source, error, started)
        new = self.store.save_postings(
            source,
            postings,
            now=self.clock.now(),
            status=result.status,
            etag=result.etag,
            last_modified=result.last_modified,
            body_hash=digest,
            next_fetch=next_fetch,
            hold_until=hold,
        )
        return self._done(source, "new", started, result, new, len(postings))

    def _done(
        self,
        source: Source,
        result: str,
        started: float,
        fetched: FetchResult,
        new: int = 0,
        items: int = 0,
    ) -> SourceOutcome:
        ms = int((time.monotonic() - started) * 1000)
        log.info(
            "fetched source url=%s status=%s result=%s items=%d new=%d ms=%d",
            source.url,
            fetched.status,
            result,
            items,
            new,
            ms,
        )
        return SourceOutcome(source, result, new, items, None, ms)

    def _failed(self, source: Source, e: FetchError, started: float) -> SourceOutcome:
        now = self.clock.now()
        count = source.error_count + 1
        hold = now + backoff_delay(count, self.fetch_settings)
        not_before = getattr(e, "not_before", None)
        if not_before is not None and not_before > hold:
            hold = not_before
        disable = None
        if e.reason == "gone":
            disable = "gone (HTTP 410): the server says this feed no longer exists"
        error = f"{e.reason}: {e.detail}" if e.detail else e.reason
        self.store.save_failure(
            source,
            now=now,
            error=error,
            status=e.status,
            hold_until=hold,
            next_fetch=now + self.interval,
            disable=disable,
        )
        ms = int((time.monotonic() - started) * 1000)
        log.warning(
            "source failed url=%s reason=%s detail=%r errors=%d hold_until=%s",
            source.url,
            e.reason,
            e.detail,
            count,
            hold.isoformat(),
        )
        return SourceOutcome(source, "stopped" if disable else "failed", 0, 0, error, ms)
