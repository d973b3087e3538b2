"""The poll use case: fetch every source that may be fetched, parse, match, store.

Fetches run concurrently on one event loop (the fetcher enforces the overall and per-host limits);
parsing, which is CPU-bound, is spread over worker processes; the store is written from this thread
only (one writer), one transaction per source. A failing source records its error and backoff and
never stops the others.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from multiprocessing import get_context

from companywatch.clock import Clock
from companywatch.digest.stories import StoryCandidate, canonical_url, find_story
from companywatch.errors import FetchError, ParseError
from companywatch.fetch import Fetcher, FetchSettings, backoff_delay
from companywatch.jobs import kind_of_url, parse_board
from companywatch.match import Matcher
from companywatch.models import FetchResult, Item, Mention, ParsedFeed, Source, SourceKind
from companywatch.parse import parse_feed
from companywatch.store import Entry, Store

log = logging.getLogger(__name__)

STORY_LOOKBACK = timedelta(days=3)
# Below this many bodies to parse, worker processes cost more than they save.
PARALLEL_PARSE_MIN = 8


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


def _parse_job(body: bytes, url: str, headers: dict[str, str]) -> ParsedFeed:
    return parse_feed(body, url=url, headers=headers)


class _Stories:
    """Recent stories by canonical URL and by company, so a new article can join one cheaply."""

    def __init__(self, recent: Sequence[StoryCandidate]) -> None:
        self.by_url: dict[str, int] = {}
        self.by_company: dict[int, list[StoryCandidate]] = defaultdict(list)
        for c in recent:
            self.add(c)

    def add(self, c: StoryCandidate) -> None:
        self.by_url.setdefault(canonical_url(c.link), c.story_id)
        for company in c.company_ids:
            self.by_company[company].append(c)

    def story_for(
        self, article_id: int, item: Item, companies: frozenset[int], at: datetime
    ) -> int:
        story = self.by_url.get(canonical_url(item.link))
        if story is None:
            pool: dict[int, StoryCandidate] = {}
            for company in companies:
                for c in self.by_company.get(company, ()):
                    pool[id(c)] = c
            story = find_story(item.title, item.link, at, companies, list(pool.values()))
        if story is None:
            story = article_id
        self.add(StoryCandidate(story, item.title, item.link, at, companies))
        return story


class Poller:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        fetch_settings: FetchSettings,
        interval: timedelta = timedelta(hours=6),
        workers: int | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.fetch_settings = fetch_settings
        self.interval = interval
        self.workers = workers if workers is not None else (os.cpu_count() or 1)

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
        companies = self.store.companies(include_dropped=False)
        matcher = Matcher([c.spec() for c in companies])
        recent = [
            StoryCandidate(
                a.story_id, a.title, a.link, a.published or a.first_seen, frozenset(a.company_ids)
            )
            for a in self.store.story_candidates(now - STORY_LOOKBACK)
        ]
        stories = _Stories(recent)
        pool: Executor | None = None
        if self.workers > 1 and len(sources) >= PARALLEL_PARSE_MIN:
            pool = ProcessPoolExecutor(self.workers, mp_context=get_context("forkserver"))
        try:
            async with Fetcher(self.fetch_settings, self.clock) as fetcher:
                tasks = [
                    asyncio.create_task(self._one(fetcher, s, pool, matcher, stories))
                    for s in sources
                ]
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
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        report.finished = self.clock.now()
        log.info(
            "poll done sources=%d failed=%d new_articles=%d held=%d",
            len(report.outcomes),
            len(report.failed),
            report.new_articles,
            len(report.held),
        )
        return report

    async def _one(
        self,
        fetcher: Fetcher,
        source: Source,
        pool: Executor | None,
        matcher: Matcher,
        stories: _Stories,
    ) -> SourceOutcome:
        started = time.monotonic()
        try:
            result = await fetcher.fetch(
                source.url, etag=source.etag, last_modified=source.last_modified
            )
        except FetchError as e:
            return self._failed(source, e, started)
        now = self.clock.now()
        next_fetch = now + self.interval
        hold = result.not_before if result.not_before and result.not_before > now else None
        if result.status == 304 or result.body is None:
            self.store.save_poll(
                source,
                now=now,
                status=304,
                next_fetch=next_fetch,
                hold_until=hold,
                redirect_to=result.permanent_redirect,
            )
            return self._done(source, "not-modified", started, result)
        digest = hashlib.sha256(result.body).hexdigest()
        if digest == source.body_hash:
            self.store.save_poll(
                source,
                now=now,
                status=result.status,
                etag=result.etag,
                last_modified=result.last_modified,
                body_hash=digest,
                next_fetch=next_fetch,
                hold_until=hold,
                redirect_to=result.permanent_redirect,
            )
            return self._done(source, "unchanged", started, result)
        if source.kind is SourceKind.JOBS:
            return self._job_board(source, result, digest, next_fetch, hold, started)
        try:
            if pool is None:
                parsed = _parse_job(result.body, result.final_url, dict(result.headers))
            else:
                loop = asyncio.get_running_loop()
                parsed = await loop.run_in_executor(
                    pool, _parse_job, result.body, result.final_url, dict(result.headers)
                )
        except ParseError as e:
            return self._failed(
                source,
                FetchError(source.url, "not-a-feed", e.message, status=result.status),
                started,
            )
        now = self.clock.now()
        entries = self._entries(source, parsed, matcher)

        def story_for(article_id: int, entry: Entry) -> int:
            companies = frozenset(m.company_id for m in entry.mentions)
            return stories.story_for(article_id, entry.item, companies, entry.item.published or now)

        saved = self.store.save_poll(
            source,
            now=now,
            status=result.status,
            entries=entries,
            etag=result.etag,
            last_modified=result.last_modified,
            body_hash=digest,
            next_fetch=next_fetch,
            hold_until=hold,
            redirect_to=result.permanent_redirect,
            story_for=story_for,
        )
        return self._done(source, "new", started, result, saved.new_articles, len(parsed.items))

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

    def _entries(self, source: Source, parsed: ParsedFeed, matcher: Matcher) -> list[Entry]:
        entries: list[Entry] = []
        for item in parsed.items:
            if not item.link or not item.title:
                continue
            mentions = {
                int(m.key): Mention(int(m.key), m.score, f"{m.rule} variant={m.variant!r}")  # type: ignore[call-overload]
                for m in matcher.match_item(item.title, item.summary)
            }
            if not source.kind.items_need_match and source.company_id is not None:
                mentions.setdefault(
                    source.company_id,
                    Mention(source.company_id, 100.0, f"own feed ({source.kind})"),
                )
            if mentions:
                entries.append(Entry(item, tuple(mentions.values())))
        return entries

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
