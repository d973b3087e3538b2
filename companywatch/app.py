"""The use cases, wired from settings: what each CLI command (and the scheduler) calls.

An :class:`App` gets its settings, database path and clock passed in, so tests build one on a temp
directory and a fixed clock. It opens the store lazily and closes it with :meth:`App.close`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import platformdirs
from filelock import FileLock, Timeout

from companywatch import config as cfg
from companywatch import sources as src
from companywatch.clock import Clock, FixedClock, SystemClock
from companywatch.errors import AlreadyExistsError, ConfigError, LockedError, NotFoundError
from companywatch.fetch import FetchSettings
from companywatch.mailer import SmtpSettings
from companywatch.models import Company, CompanyStatus, Source, SourceKind, Stage
from companywatch.store import Store

if TYPE_CHECKING:
    from companywatch.poll import PollReport

log = logging.getLogger(__name__)


def clock_from_env(env: dict[str, str] | None = None) -> Clock:
    """The system clock, or a fixed one from ``COMPANYWATCH_NOW`` (ISO 8601, for tests/demos)."""
    env = dict(os.environ) if env is None else env
    raw = env.get("COMPANYWATCH_NOW")
    if not raw:
        return SystemClock()
    try:
        at = datetime.fromisoformat(raw)
    except ValueError:
        raise ConfigError(f"COMPANYWATCH_NOW={raw!r} is not an ISO 8601 time") from None
    if at.tzinfo is None:
        raise ConfigError(f"COMPANYWATCH_NOW={raw!r} needs a UTC offset, e.g. +00:00")
    return FixedClock(at)


@dataclass(frozen=True)
class DigestOutcome:
    sent: bool
    stories: int
    subject: str
    recipients: tuple[str, ...] = ()
    digest_id: int | None = None


class App:
    def __init__(self, settings: cfg.Settings, db_path: Path, clock: Clock) -> None:
        self.settings = settings
        self.db_path = db_path
        self.clock = clock
        self._store: Store | None = None

    @classmethod
    def from_env(cls, *, config_path: Path | None = None, db_path: Path | None = None) -> App:
        settings = cfg.load(config_path)
        if db_path is None:
            env_db = os.environ.get("COMPANYWATCH_DB")
            db_path = Path(env_db) if env_db else cfg.default_db_path()
        return cls(settings, db_path.expanduser(), clock_from_env())

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db_path)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            if self._store.watch_list_changed:
                self.index_watch_list()
            self._store.close()
            self._store = None

    def matcher_cache(self) -> Path:
        return Path(platformdirs.user_cache_dir(cfg.APP))

    def index_watch_list(self) -> None:
        """Build the matcher for the watch list as it is now (kept in the cache dir), so the
        next poll, however soon, matches from its first feed. A command that changed the list
        does this as it ends; a failure here only costs that poll the build."""
        from companywatch.pollwork import index_watch_list

        try:
            specs = [c.spec() for c in self.store.companies(include_dropped=False)]
            if index_watch_list(specs, self.matcher_cache()):
                log.info("indexed the watch list companies=%d", len(specs))
        except Exception as e:  # never fail the command that changed the list
            log.warning("could not index the watch list: %s", e)

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.get("digest", "timezone"))

    # -- locking

    def lock(self, name: str = "run", *, wait: float = 0) -> FileLock:
        """An exclusive lock beside the database; raises LockedError when another run holds it."""
        path = self.db_path.with_name(self.db_path.name + f".{name}.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(path), timeout=wait)
        try:
            lock.acquire()
        except Timeout as e:
            raise LockedError(f"another companywatch {name} is in progress ({path})") from e
        return lock

    # -- companies

    def add_company(
        self,
        name: str,
        *,
        aliases: Sequence[str] = (),
        ticker: str | None = None,
        feeds: Sequence[str] = (),
        newsrooms: Sequence[str] = (),
        search: bool = True,
        require: Sequence[str] = (),
        exclude: Sequence[str] = (),
        stage: Stage = Stage.WATCHING,
        jobs: Sequence[str] = (),
        sec: bool = False,
    ) -> Company:
        from companywatch.jobs import board_url

        name = " ".join(name.split())
        if not name:
            raise ConfigError("a company needs a name")
        try:
            existing = self.store.find_company(name)
        except NotFoundError:
            existing = None
        if existing is not None and existing.name.casefold() == name.casefold():
            raise AlreadyExistsError("company", name, existing.name)
        sources: list[tuple[SourceKind, str]] = []
        if search:
            sources += src.default_sources(
                name,
                aliases,
                kinds=self.settings.get("sources", "defaults"),
                locale=self.settings.get("sources", "locale"),
            )
        sources += [(SourceKind.FEED, src.check_feed_url(u)) for u in feeds]
        sources += [(SourceKind.NEWSROOM, src.check_feed_url(u)) for u in newsrooms]
        sources += [(SourceKind.JOBS, board_url(spec)) for spec in jobs]
        if sec:
            sources.append((SourceKind.SEC_EDGAR, self._sec_url(ticker)))
        return self.store.add_company(
            name,
            now=self.now(),
            aliases=[a.strip() for a in aliases if a.strip()],
            ticker=(ticker or "").strip().upper().lstrip("$") or None,
            require=require,
            exclude=exclude,
            sources=_dedupe_sources(sources),
            stage=stage,
        )

    def edit_company(
        self,
        company: Company,
        *,
        rename: str | None = None,
        add_aliases: Sequence[str] = (),
        remove_aliases: Sequence[str] = (),
        ticker: str | None = None,
        feeds: Sequence[str] = (),
        newsrooms: Sequence[str] = (),
        require: Sequence[str] = (),
        exclude: Sequence[str] = (),
        clear_rules: bool = False,
    ) -> Company:
        gone = {a.casefold() for a in remove_aliases}
        aliases = [a for a in company.aliases if a.casefold() not in gone] + [
            a.strip() for a in add_aliases if a.strip()
        ]
        fields: dict[str, object] = {"aliases": aliases}
        if rename:
            fields["name"] = " ".join(rename.split())
        if ticker is not None:
            fields["ticker"] = ticker.strip().upper().lstrip("$") or None
        base_req = () if clear_rules else company.require
        base_exc = () if clear_rules else company.exclude
        fields["require"] = list(dict.fromkeys([*base_req, *require]))
        fields["exclude"] = list(dict.fromkeys([*base_exc, *exclude]))
        updated = self.store.update_company(company.id, **fields)
        now = self.now()
        for url in feeds:
            self.store.add_source(
                SourceKind.FEED, src.check_feed_url(url), now=now, company_id=company.id
            )
        for url in newsrooms:
            self.store.add_source(
                SourceKind.NEWSROOM, src.check_feed_url(url), now=now, company_id=company.id
            )
        if rename or add_aliases or remove_aliases:
            self._refresh_search_urls(updated)
        return updated

    def _refresh_search_urls(self, company: Company) -> None:
        """Search sources follow the company's name and aliases."""
        locale = self.settings.get("sources", "locale")
        for s in self.store.sources(company_id=company.id):
            if s.kind in (SourceKind.GOOGLE_NEWS, SourceKind.BING_NEWS):
                url = src.search_url(s.kind, company.name, company.aliases, locale=locale)
                if url != s.url:
                    self.store.set_source_state(
                        s.id, url=url, etag=None, last_modified=None, body_hash=None
                    )

    def set_status(self, company: Company, status: CompanyStatus) -> Company:
        """Drop (no longer interested: not polled, history kept) or resume a company; the stage
        follows, as `watch stage NAME not-interested` moves the status."""
        fields: dict[str, object] = {"status": status}
        if status is CompanyStatus.DROPPED:
            fields["stage"] = Stage.NOT_INTERESTED
        elif company.stage is Stage.NOT_INTERESTED:
            fields["stage"] = Stage.WATCHING
        return self.store.update_company(company.id, **fields)

    def add_shared_feed(self, url: str) -> Source:
        return self.store.add_source(SourceKind.FEED, src.check_feed_url(url), now=self.now())

    def find_shared_feed(self, url: str) -> Source:
        shared = self.store.sources(shared=True)
        for s in shared:
            if s.url == url.strip():
                return s
        import difflib

        close = difflib.get_close_matches(url, [s.url for s in shared], n=2, cutoff=0.7)
        raise NotFoundError("shared feed", url, close)

    def fetch_settings(self) -> FetchSettings:
        s = self.settings
        ua = s.get("fetch", "user_agent")
        contact = s.get("fetch", "contact")
        if contact:
            ua = f"{ua} {contact}"
        return FetchSettings(
            concurrency=s.get("fetch", "concurrency"),
            per_host=s.get("fetch", "per_host"),
            timeout=s.get("fetch", "timeout"),
            max_bytes=s.get("fetch", "max_bytes"),
            max_redirects=s.get("fetch", "max_redirects"),
            user_agent=ua,
            sec_user_agent=f"companywatch {contact}" if contact else None,
            allow_private=s.get("fetch", "allow_private"),
        )

    # -- polling

    def poll(
        self,
        *,
        due_only: bool = False,
        progress: Callable[..., None] | None = None,
        stop: threading.Event | None = None,
    ) -> PollReport:
        from companywatch.poll import Poller

        poller = Poller(
            self.store,
            self.clock,
            fetch_settings=self.fetch_settings(),
            interval=timedelta(hours=self.settings.get("poll", "interval")),
            cache=self.matcher_cache(),
        )
        return poller.run(due_only=due_only, progress=progress, stop=stop)

    # -- the job search

    def set_stage(
        self,
        company: Company,
        stage: Stage,
        *,
        on: date | None = None,
        hear_by: date | None = None,
        note: str | None = None,
        role: str | None = None,
    ) -> Company:
        """Move a company to ``stage``. not-interested stops polling (history kept); leaving it
        resumes. A new interview date resets the thank-you reminder."""
        fields: dict[str, object] = {"stage": stage}
        if on is not None:
            fields["last_contact"] = on
            if stage is Stage.INTERVIEWING:
                fields["thanked"] = False
        if hear_by is not None:
            fields["hear_by"] = hear_by
        notes = company.notes
        if role:
            # Undated, in the form the job-board check reads ("the role you applied for").
            notes = f"{notes.rstrip()}\nRole: {role.strip()}" if notes.strip() else f"Role: {role}"
        if note:
            notes = _append_note(notes, note, self._today())
        if notes != company.notes:
            fields["notes"] = notes
        if stage is Stage.NOT_INTERESTED:
            fields["status"] = CompanyStatus.DROPPED
        elif company.stage is Stage.NOT_INTERESTED:
            fields["status"] = CompanyStatus.ACTIVE
        return self.store.update_company(company.id, **fields)

    def add_note(
        self,
        company: Company,
        text: str | None,
        *,
        thanked: bool = False,
        contact: date | None = None,
    ) -> Company:
        fields: dict[str, object] = {}
        if text:
            fields["notes"] = _append_note(company.notes, text, self._today())
        if thanked:
            fields["thanked"] = True
        if contact is not None:
            fields["last_contact"] = contact
        return self.store.update_company(company.id, **fields) if fields else company

    def _today(self) -> date:
        return self.now().astimezone(self.tz).date()

    def parse_date(self, value: str, *, future: bool = True) -> date:
        from companywatch.dates import parse_date

        return parse_date(value, today=self._today(), future=future)

    def add_job_board(self, company: Company, spec: str) -> Source:
        from companywatch.jobs import board_url

        return self.store.add_source(
            SourceKind.JOBS, board_url(spec), now=self.now(), company_id=company.id
        )

    def add_sec_filings(self, company: Company) -> Source:
        return self.store.add_source(
            SourceKind.SEC_EDGAR,
            self._sec_url(company.ticker),
            now=self.now(),
            company_id=company.id,
        )

    def _sec_url(self, ticker: str | None) -> str:
        """The SEC 8-K filings feed of a ticker (the SEC ticker list is fetched once and cached
        beside the database)."""
        from companywatch.edgar import cik_for, filings_url

        if not ticker:
            raise ConfigError("following SEC filings needs the company's ticker: add --ticker")
        cik = cik_for(ticker, self._sec_tickers())
        if cik is None:
            raise NotFoundError("SEC registrant with ticker", ticker.upper())
        return filings_url(cik)

    def _sec_tickers(self) -> dict[str, int]:
        import asyncio
        import hashlib

        from companywatch.edgar import TICKERS_URL, parse_ticker_map
        from companywatch.errors import FetchError
        from companywatch.fetch import Fetcher

        cache = self.db_path.with_name("sec_company_tickers.json")
        if cache.exists():
            return parse_ticker_map(cache.read_bytes())
        settings = self.fetch_settings()
        if settings.sec_user_agent is None:
            raise ConfigError(
                "SEC EDGAR needs a contact e-mail in the User-Agent: set "
                "fetch.contact in the config (or COMPANYWATCH_FETCH_CONTACT)",
                key="fetch.contact",
            )

        async def get() -> bytes:
            async with Fetcher(settings, self.clock) as fetcher:
                result = await fetcher.fetch(TICKERS_URL)
            return result.body or b""

        try:
            body = asyncio.run(get())
        except FetchError as e:
            raise ConfigError(f"cannot fetch the SEC ticker list: {e.message}") from e
        mapping = parse_ticker_map(body)
        tmp = cache.with_suffix(f".{hashlib.sha256(body).hexdigest()[:8]}.tmp")
        tmp.write_bytes(body)
        tmp.replace(cache)
        return mapping

    def openings(self, *, days: int = 7) -> list[str]:
        """Lines about new and removed job postings of the last ``days`` days."""
        from companywatch.jobs import openings_lines, roles_in_notes, summarize

        since = self.now() - timedelta(days=days)
        city = self.settings.get("digest", "city") or str(self.tz.key).rpartition("/")[2]
        lines: list[str] = []
        for c in self.store.companies(include_dropped=False):
            seen = self.store.postings(c.id)
            if not seen:
                continue
            # What the first fetch of a board found is the baseline, not news.
            baseline = min(first for _p, first, _removed in seen)
            before = [
                p
                for p, first, removed in seen
                if (first < since or first == baseline) and (removed is None or removed >= since)
            ]
            now_listed = [p for p, _first, removed in seen if removed is None]
            lines += openings_lines(
                c.name,
                summarize(before, now_listed),
                applied_titles=roles_in_notes(c.notes),
                city=city.replace("_", " "),
            )
        return lines

    def import_file(self, path: Path) -> tuple[int, int, list[str]]:
        """Companies from a CSV, or shared feeds from OPML. Returns (added, updated, problems)."""
        from companywatch import porting

        text = path.read_text(encoding="utf-8-sig")
        if path.suffix.lower() in (".opml", ".xml") or text.lstrip().startswith("<"):
            added = 0
            for _title, url in porting.read_opml(text):
                try:
                    self.add_shared_feed(url)
                    added += 1
                except AlreadyExistsError:
                    pass
            return added, 0, []
        result = porting.read_csv(text, today=self._today())
        problems = list(result.problems)
        if result.unknown_columns:
            problems.insert(0, "unknown columns ignored: " + ", ".join(result.unknown_columns))
        added = updated = 0
        for row in result.companies:
            try:
                company = self.store.find_company(row.name)
                if company.name.casefold() != row.name.casefold():
                    raise NotFoundError("company", row.name)
            except NotFoundError:
                company = self.add_company(
                    row.name,
                    aliases=row.aliases,
                    ticker=row.ticker,
                    feeds=row.feeds,
                    newsrooms=row.newsrooms,
                    require=row.require,
                    exclude=row.exclude,
                )
                added += 1
            else:
                known = {s.url for s in self.store.sources(company_id=company.id)}
                company = self.edit_company(
                    company,
                    add_aliases=[a for a in row.aliases if a not in company.aliases],
                    ticker=row.ticker if row.ticker is not None else None,
                    feeds=[u for u in row.feeds if u not in known],
                    newsrooms=[u for u in row.newsrooms if u not in known],
                    require=row.require,
                    exclude=row.exclude,
                )
                updated += 1
            known = {s.url for s in self.store.sources(company_id=company.id)}
            from companywatch.jobs import board_url

            for spec in row.jobs:
                if board_url(spec) not in known:
                    self.add_job_board(company, spec)
            self.store.update_company(
                company.id,
                stage=row.stage,
                last_contact=row.last_contact,
                hear_by=row.hear_by,
                notes=row.notes,
                thanked=row.thanked,
                status=CompanyStatus(row.status),
            )
        return added, updated, problems

    def export(self, fmt: str) -> str:
        from companywatch import porting

        if fmt == "opml":
            return porting.write_opml([(None, s.url) for s in self.store.sources(shared=True)])
        companies = self.store.companies()
        by_company: dict[int, list[Source]] = {}
        for s in self.store.sources():
            if s.company_id is not None:
                by_company.setdefault(s.company_id, []).append(s)
        return porting.write_csv(companies, by_company)

    # -- the digest

    def compose_digest(self, *, since: datetime | None = None) -> Any:
        """The digest of what no delivered digest carried (first seen within ``lookback_days``);
        with ``since``, of everything first seen since then, delivered or not."""
        from companywatch.digest.compose import compose
        from companywatch.digest.topics import load_rules

        now = self.now()
        store = self.store
        if since is None:
            lookback = now - timedelta(days=self.settings.get("digest", "lookback_days"))
            articles = store.articles_for_digest(since=lookback, undelivered_only=True)
        else:
            articles = store.articles_for_digest(since=since, undelivered_only=False)
        topics_file = self.settings.get("digest", "topics_file")
        rules = load_rules(Path(topics_file).expanduser() if topics_file else None)
        return compose(
            articles,
            {c.id: c for c in store.companies()},
            store.sources(),
            now=now,
            since=since,
            max_per_company=self.settings.get("digest", "max_per_company"),
            rules=rules,
            reminders=self.reminders(),
            tz=self.tz,
        )

    def reminders(self) -> list[Any]:
        """Follow-ups due today (hear-by dates, thank-you notes, stale processes)."""
        from companywatch.digest.compose import Reminder
        from companywatch.followups import reminders

        due = reminders(self.store.companies(), today=self._today())
        due += [Reminder(line, None, "openings") for line in self.openings()]
        return due

    def brief(self, company: Company, *, days: int = 30) -> Any:
        """One company's last ``days`` days as a digest-shaped brief (stories, topics, reminders)."""
        import dataclasses

        from companywatch.digest.compose import compose
        from companywatch.digest.topics import load_rules
        from companywatch.followups import reminders

        now = self.now()
        since = now - timedelta(days=days)
        articles = self.store.recent_articles(company.id, limit=500, since=since)
        topics_file = self.settings.get("digest", "topics_file")
        d = compose(
            articles,
            {company.id: company},
            self.store.sources(company_id=company.id),
            now=now,
            since=since,
            max_per_company=50,
            rules=load_rules(Path(topics_file).expanduser() if topics_file else None),
            reminders=reminders([company], today=self._today()),
            tz=self.tz,
        )
        return dataclasses.replace(d, subject=f"{company.name}: the last {days} days")

    def send_digest(self, *, force: bool = False) -> DigestOutcome:
        """Email the digest. It is marked delivered only after the server accepted it; a failure
        is recorded and raised, and the next send carries the same stories again."""
        from companywatch.errors import DeliveryError
        from companywatch.mailer import build_message, send

        digest = self.compose_digest()
        if digest.is_empty and not (force or self.settings.get("digest", "all_quiet")):
            return DigestOutcome(False, 0, digest.subject)
        smtp = smtp_settings(self.settings)
        now = self.now()
        msg = build_message(
            digest,
            sender=smtp.sender,
            recipients=smtp.recipients,
            now=now,
            unsubscribe=f"mailto:{smtp.sender}?subject=unsubscribe",
        )
        try:
            send(msg, smtp)
        except DeliveryError as e:
            self.store.record_digest(
                now=now,
                subject=digest.subject,
                story_ids=(),
                recipients=smtp.recipients,
                error=e.message,
            )
            raise
        digest_id = self.store.record_digest(
            now=now,
            subject=digest.subject,
            story_ids=digest.story_ids,
            recipients=smtp.recipients,
            error=None,
        )
        log.info(
            "digest delivered id=%d stories=%d to=%s",
            digest_id,
            digest.story_count,
            ",".join(smtp.recipients),
        )
        return DigestOutcome(True, digest.story_count, digest.subject, smtp.recipients, digest_id)


def _security_for(host: str, port: int) -> str:
    """Security when the config leaves it unset: TLS from the start on 465, plain text to a
    server on this machine (a local relay or test server), STARTTLS everywhere else."""
    if port == 465:
        return "ssl"
    if host.lower() in ("localhost", "127.0.0.1", "::1") or host.startswith("127."):
        return "none"
    return "starttls"


def _append_note(notes: str, text: str, today: date) -> str:
    line = f"{today.isoformat()}: {text.strip()}"
    return f"{notes.rstrip()}\n{line}" if notes.strip() else line


def _dedupe_sources(sources: Iterable[tuple[SourceKind, str]]) -> list[tuple[SourceKind, str]]:
    seen: set[str] = set()
    out = []
    for kind, url in sources:
        if url not in seen:
            seen.add(url)
            out.append((kind, url))
    return out


# -- the digest (kept apart from the class body above for readability) ------------------------------


def smtp_settings(settings: cfg.Settings) -> SmtpSettings:
    """SMTP settings from config; a ConfigError naming the missing key when email is not set up."""
    missing = [k for k in ("host", "from") if not settings.get("email", k)]
    if not settings.get("email", "to"):
        missing.append("to")
    if missing:
        keys = ", ".join(f"email.{k}" for k in missing)
        envs = ", ".join(f"COMPANYWATCH_EMAIL_{k.upper()}" for k in missing)
        raise ConfigError(
            f"email is not set up: set {keys} in the config file or {envs}",
            key=f"email.{missing[0]}",
        )
    return SmtpSettings(
        host=settings.get("email", "host"),
        port=settings.get("email", "port"),
        security=settings.get("email", "security")
        or _security_for(settings.get("email", "host"), settings.get("email", "port")),
        username=settings.get("email", "username"),
        password=cfg.smtp_password(settings),
        sender=settings.get("email", "from"),
        recipients=tuple(settings.get("email", "to")),
        timeout=settings.get("email", "timeout"),
    )
