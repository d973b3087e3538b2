"""Plain records passed between the layers.

All datetimes are timezone-aware UTC. Records are frozen; build a changed copy with
``dataclasses.replace``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


class SourceKind(enum.StrEnum):
    GOOGLE_NEWS = "google_news"  # search RSS built from the name and aliases; items must match
    BING_NEWS = "bing_news"  # search RSS; items must match
    FEED = "feed"  # any RSS/Atom feed; items must match (alerts, search feeds, shared feeds)
    NEWSROOM = "newsroom"  # the company's own feed; every item counts for its company
    SEC_EDGAR = "sec_edgar"  # 8-K Atom by CIK; every item counts
    JOBS = "jobs"  # a public job board (greenhouse:TOKEN, lever:TOKEN)

    @property
    def items_need_match(self) -> bool:
        return self in (SourceKind.GOOGLE_NEWS, SourceKind.BING_NEWS, SourceKind.FEED)


class CompanyStatus(enum.StrEnum):
    ACTIVE = "active"
    DROPPED = "dropped"  # no longer interested: not polled, history kept


class Stage(enum.StrEnum):
    WATCHING = "watching"
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    REJECTED = "rejected"
    NOT_INTERESTED = "not-interested"


@dataclass(frozen=True)
class CompanySpec:
    """What the matcher needs to know about one company. ``key`` identifies it to the caller."""

    name: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    key: object = None

    def ident(self) -> object:
        return self.name if self.key is None else self.key


@dataclass(frozen=True)
class Company:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    status: CompanyStatus = CompanyStatus.ACTIVE
    stage: Stage = Stage.WATCHING
    last_contact: date | None = None
    hear_by: date | None = None
    thanked: bool = False
    notes: str = ""
    created: datetime | None = None

    def spec(self) -> CompanySpec:
        return CompanySpec(
            name=self.name,
            aliases=self.aliases,
            ticker=self.ticker,
            require=self.require,
            exclude=self.exclude,
            key=self.id,
        )


@dataclass(frozen=True)
class Source:
    id: int
    kind: SourceKind
    url: str
    company_id: int | None = None  # None: a shared feed, matched against every company
    company_name: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_fetch: datetime | None = None
    last_success: datetime | None = None
    last_status: int | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    error_count: int = 0
    next_fetch: datetime | None = None  # when the schedule (tick, run) fetches it next
    hold_until: datetime | None = None  # no fetch before this: Retry-After, max-age, error backoff
    disabled_reason: str | None = None
    redirect_url: str | None = None
    redirect_count: int = 0
    items_stored: int = 0
    company_active: bool = True

    @property
    def health(self) -> str:
        if self.disabled_reason:
            return "stopped"
        if self.error_count:
            return "failing"
        if self.last_success is None:
            return "new"
        return "ok"


@dataclass(frozen=True)
class Item:
    """One entry of a parsed feed."""

    title: str
    link: str
    guid: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    summary: str = ""
    author: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    items: tuple[Item, ...]
    title: str | None = None
    link: str | None = None
    bozo: str | None = None  # why feedparser flagged it, if it did


@dataclass(frozen=True)
class FetchResult:
    """What one conditional GET produced. ``body`` is None on 304."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    body: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    not_before: datetime | None = None  # Retry-After / Cache-Control max-age, as a time
    permanent_redirect: str | None = None  # set when every hop to final_url was 301/308
    elapsed_ms: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Mention:
    company_id: int
    score: float
    where: str  # e.g. "title:0-7 variant=spotify rule=exact"


@dataclass(frozen=True)
class Article:
    """A stored article as the digest sees it."""

    id: int
    title: str
    link: str
    publisher: str | None
    published: datetime | None
    first_seen: datetime
    summary: str
    story_id: int
    company_ids: tuple[int, ...]
    source_kinds: tuple[SourceKind, ...] = ()
