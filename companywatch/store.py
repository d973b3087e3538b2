"""The store: the only module that speaks SQL.

Contract: every datetime going in or out is timezone-aware UTC (stored as ISO 8601 text); any method can
raise :class:`~companywatch.errors.StoreError`. One :class:`Store` is used by one thread at a
time (the daemon's jobs take turns under the run lock). Every poll of
one source commits in one transaction (:meth:`Store.save_poll`, :meth:`Store.save_failure`), so a crash
never leaves half a poll. Articles are unique by canonical URL; writes are idempotent, so two runs that
race (or a run repeated after a crash) never duplicate anything.

Schema changes are append-only migrations, one function per version, each in a transaction; the version
lives in ``PRAGMA user_version``.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from companywatch.errors import AlreadyExistsError, NotFoundError, SchemaError, StoreError
from companywatch.jobs import Posting
from companywatch.models import (
    Article,
    Company,
    CompanyStatus,
    Item,
    Mention,
    Source,
    SourceKind,
    Stage,
)


def _ts(d: datetime | None) -> str | None:
    if d is None:
        return None
    if d.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return d.astimezone(UTC).isoformat(timespec="seconds")


def _dt(s: str | None) -> datetime | None:
    return None if s is None else datetime.fromisoformat(s).astimezone(UTC)


def _date(s: str | None) -> date | None:
    return None if s is None else date.fromisoformat(s)


def name_key(name: str) -> str:
    """How two company names are compared for sameness: case and spacing do not count."""
    return " ".join(name.casefold().split())


# --- migrations ------------------------------------------------------------------------------------


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (``executescript`` would commit the migration's transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")


def _m1_initial(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            aliases TEXT NOT NULL DEFAULT '[]',
            ticker TEXT,
            require TEXT NOT NULL DEFAULT '[]',
            exclude TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'active',
            stage TEXT NOT NULL DEFAULT 'watching',
            last_contact TEXT,
            hear_by TEXT,
            thanked INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            company_id INTEGER REFERENCES companies(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            url TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            last_fetch TEXT,
            last_success TEXT,
            last_status INTEGER,
            last_error TEXT,
            last_error_at TEXT,
            error_count INTEGER NOT NULL DEFAULT 0,
            next_fetch TEXT,
            hold_until TEXT,
            disabled_reason TEXT,
            redirect_url TEXT,
            redirect_count INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
        CREATE UNIQUE INDEX sources_scope_url ON sources (ifnull(company_id, 0), url);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            guid TEXT,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            publisher TEXT,
            published TEXT,
            first_seen TEXT NOT NULL,
            story_id INTEGER
        );
        CREATE INDEX articles_first_seen ON articles (first_seen);
        CREATE INDEX articles_story ON articles (story_id);
        CREATE TABLE article_sources (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_sources_source ON article_sources (source_id);
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            "where" TEXT NOT NULL,
            PRIMARY KEY (article_id, company_id)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_company ON mentions (company_id);
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            subject TEXT NOT NULL,
            status TEXT NOT NULL,
            sent_at TEXT,
            error TEXT,
            recipients TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE delivered_stories (
            story_id INTEGER PRIMARY KEY,
            digest_id INTEGER NOT NULL REFERENCES digests(id),
            delivered_at TEXT NOT NULL
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, summary, publisher, content='articles', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, summary, publisher)
            VALUES (new.id, new.title, new.summary, new.publisher);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, summary, publisher)
            VALUES ('delete', old.id, old.title, old.summary, old.publisher);
        END;
        """,
    )


def _m2_job_postings(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE postings (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            posting_id TEXT NOT NULL,
            title TEXT NOT NULL,
            location TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            team TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            removed_at TEXT,
            PRIMARY KEY (source_id, posting_id)
        ) WITHOUT ROWID;
        """,
    )


def _m3_search_index_in_bulk(db: sqlite3.Connection) -> None:
    """New articles wait in ``fts_pending`` and are indexed in one transaction per poll
    (:meth:`Store.flush_search_index`): FTS5 costs far less per row in bulk than in one small
    transaction per source."""
    _run_script(
        db,
        """
        CREATE TABLE fts_pending (article_id INTEGER PRIMARY KEY);
        DROP TRIGGER articles_ai;
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO fts_pending (article_id) VALUES (new.id);
        END;
        DROP TRIGGER articles_ad;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, summary, publisher)
            SELECT 'delete', old.id, old.title, old.summary, old.publisher
            WHERE old.id NOT IN (SELECT article_id FROM fts_pending);
            DELETE FROM fts_pending WHERE article_id = old.id;
        END;
        INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
        """,
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _m1_initial,
    _m2_job_postings,
    _m3_search_index_in_bulk,
)
SCHEMA_VERSION = len(MIGRATIONS)


# --- records that only the store and the core exchange ----------------------------------------------


@dataclass(frozen=True)
class Entry:
    """An item to store, with the companies it is about."""

    item: Item
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class SaveResult:
    new_articles: int
    seen_articles: int


@dataclass(frozen=True)
class DigestRecord:
    id: int
    created: datetime
    subject: str
    status: str
    sent_at: datetime | None
    error: str | None


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        # Set when a change here alters what the matcher matches (names, tickers, words,
        # status): the app then indexes the new watch list before it exits.
        self.watch_list_changed = False
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                str(path), isolation_level=None, timeout=30, check_same_thread=False
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout = 30000")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            # Fewer, larger checkpoints while a poll writes thousands of rows (WAL up to ~40 MB).
            self._db.execute("PRAGMA wal_autocheckpoint = 10000")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot open database {path}: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot create database directory for {path}: {e.strerror}") from e

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"database {self.path} has schema version {version}, newer than this program's "
                f"{SCHEMA_VERSION}: upgrade companywatch"
            )
        for number in range(version, SCHEMA_VERSION):
            with self._tx():
                # Re-read inside the write lock: another process may have migrated meanwhile.
                current = self._db.execute("PRAGMA user_version").fetchone()[0]
                if current > number:
                    continue
                MIGRATIONS[number](self._db)
                self._db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"database {self.path} is busy or unwritable: {e}") from e
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as e:
                raise StoreError(f"cannot commit to {self.path}: {e}") from e

    def _q(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise StoreError(f"database error: {e}") from e

    def schema_version(self) -> int:
        return int(self._q("PRAGMA user_version")[0][0])

    def integrity_problems(self) -> list[str]:
        rows = self._q("PRAGMA integrity_check")
        problems = [r[0] for r in rows if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self._q("PRAGMA foreign_key_check")]
        return problems

    def get_meta(self, key: str) -> str | None:
        rows = self._q("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- companies

    @staticmethod
    def _company(r: sqlite3.Row) -> Company:
        return Company(
            id=r["id"],
            name=r["name"],
            aliases=tuple(json.loads(r["aliases"])),
            ticker=r["ticker"],
            require=tuple(json.loads(r["require"])),
            exclude=tuple(json.loads(r["exclude"])),
            status=CompanyStatus(r["status"]),
            stage=Stage(r["stage"]),
            last_contact=_date(r["last_contact"]),
            hear_by=_date(r["hear_by"]),
            thanked=bool(r["thanked"]),
            notes=r["notes"],
            created=_dt(r["created"]),
        )

    def add_company(
        self,
        name: str,
        *,
        now: datetime,
        aliases: Iterable[str] = (),
        ticker: str | None = None,
        require: Iterable[str] = (),
        exclude: Iterable[str] = (),
        sources: Iterable[tuple[SourceKind, str]] = (),
        stage: Stage = Stage.WATCHING,
    ) -> Company:
        """Add a company and its sources in one transaction."""
        with self._tx() as db:
            existing = db.execute(
                "SELECT name FROM companies WHERE name_key = ?", (name_key(name),)
            ).fetchone()
            if existing:
                raise AlreadyExistsError("company", name, existing["name"])
            cur = db.execute(
                "INSERT INTO companies (name, name_key, aliases, ticker, require, exclude, stage,"
                " created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    name_key(name),
                    json.dumps(list(dict.fromkeys(aliases))),
                    ticker,
                    json.dumps(list(require)),
                    json.dumps(list(exclude)),
                    stage.value,
                    _ts(now),
                ),
            )
            company_id = cur.lastrowid
            assert company_id is not None
            for kind, url in sources:
                self._insert_source(db, kind, url, company_id, now, name)
        self.watch_list_changed = True
        return self.company_by_id(company_id)

    def company_by_id(self, company_id: int) -> Company:
        rows = self._q("SELECT * FROM companies WHERE id = ?", (company_id,))
        if not rows:
            raise NotFoundError("company", f"#{company_id}")
        return self._company(rows[0])

    def companies(self, *, include_dropped: bool = True) -> list[Company]:
        sql = "SELECT * FROM companies"
        if not include_dropped:
            sql += " WHERE status = 'active'"
        return [self._company(r) for r in self._q(sql + " ORDER BY name_key")]

    def find_company(self, name: str) -> Company:
        """The company with this name (any case), or with this alias; NotFoundError with
        suggestions otherwise."""
        key = name_key(name)
        rows = self._q("SELECT * FROM companies WHERE name_key = ?", (key,))
        if rows:
            return self._company(rows[0])
        everyone = self.companies()
        by_alias = [c for c in everyone if key in {name_key(a) for a in c.aliases}]
        if len(by_alias) == 1:
            return by_alias[0]
        names = {name_key(c.name): c.name for c in everyone}
        close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.6)
        raise NotFoundError("company", name, [names[k] for k in close])

    def update_company(self, company_id: int, **fields: Any) -> Company:
        """Change some of a company's fields (names as in :class:`Company`)."""
        allowed = {
            "name",
            "aliases",
            "ticker",
            "require",
            "exclude",
            "status",
            "stage",
            "last_contact",
            "hear_by",
            "thanked",
            "notes",
        }
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"unknown company fields {sorted(bad)}")
        cols: dict[str, Any] = {}
        for k, v in fields.items():
            if k in ("aliases", "require", "exclude"):
                cols[k] = json.dumps(list(dict.fromkeys(v)))
            elif k in ("last_contact", "hear_by"):
                cols[k] = v.isoformat() if v is not None else None
            elif k in ("status", "stage"):
                cols[k] = str(v)
            elif k == "thanked":
                cols[k] = int(bool(v))
            else:
                cols[k] = v
        if "name" in fields:
            cols["name_key"] = name_key(fields["name"])
        if cols:
            if not fields.keys().isdisjoint(
                ("name", "aliases", "ticker", "require", "exclude", "status")
            ):
                self.watch_list_changed = True
            with self._tx() as db:
                if "name_key" in cols:
                    clash = db.execute(
                        "SELECT name FROM companies WHERE name_key = ? AND id != ?",
                        (cols["name_key"], company_id),
                    ).fetchone()
                    if clash:
                        raise AlreadyExistsError("company", fields["name"], clash["name"])
                sets = ", ".join(f"{k} = ?" for k in cols)
                db.execute(
                    f"UPDATE companies SET {sets} WHERE id = ?", (*cols.values(), company_id)
                )
        return self.company_by_id(company_id)

    def remove_company(self, company_id: int) -> None:
        """Delete a company, its sources and its mentions; articles only it cared about go too."""
        self.watch_list_changed = True
        with self._tx() as db:
            db.execute("DELETE FROM companies WHERE id = ?", (company_id,))
            db.execute("DELETE FROM articles WHERE id NOT IN (SELECT article_id FROM mentions)")

    # -- sources

    @staticmethod
    def _source(r: sqlite3.Row) -> Source:
        return Source(
            id=r["id"],
            kind=SourceKind(r["kind"]),
            url=r["url"],
            company_id=r["company_id"],
            company_name=r["company_name"],
            etag=r["etag"],
            last_modified=r["last_modified"],
            body_hash=r["body_hash"],
            last_fetch=_dt(r["last_fetch"]),
            last_success=_dt(r["last_success"]),
            last_status=r["last_status"],
            last_error=r["last_error"],
            last_error_at=_dt(r["last_error_at"]),
            error_count=r["error_count"],
            next_fetch=_dt(r["next_fetch"]),
            hold_until=_dt(r["hold_until"]),
            disabled_reason=r["disabled_reason"],
            redirect_url=r["redirect_url"],
            redirect_count=r["redirect_count"],
            items_stored=r["items_stored"],
            company_active=r["company_status"] in (None, "active"),
        )

    _SOURCE_SQL = (
        "SELECT s.*, c.name AS company_name, c.status AS company_status,"
        " (SELECT count(*) FROM article_sources a WHERE a.source_id = s.id) AS items_stored"
        " FROM sources s LEFT JOIN companies c ON c.id = s.company_id"
    )

    def _insert_source(
        self,
        db: sqlite3.Connection,
        kind: SourceKind,
        url: str,
        company_id: int | None,
        now: datetime,
        owner: str | None,
    ) -> int:
        try:
            cur = db.execute(
                "INSERT INTO sources (company_id, kind, url, created) VALUES (?, ?, ?, ?)",
                (company_id, kind.value, url, _ts(now)),
            )
        except sqlite3.IntegrityError as e:
            where = f"a source of {owner}" if owner else "a shared feed"
            raise AlreadyExistsError("feed", url, where) from e
        assert cur.lastrowid is not None
        return cur.lastrowid

    def add_source(
        self, kind: SourceKind, url: str, *, now: datetime, company_id: int | None = None
    ) -> Source:
        owner = self.company_by_id(company_id).name if company_id is not None else None
        with self._tx() as db:
            source_id = self._insert_source(db, kind, url, company_id, now, owner)
        return self.source_by_id(source_id)

    def source_by_id(self, source_id: int) -> Source:
        rows = self._q(self._SOURCE_SQL + " WHERE s.id = ?", (source_id,))
        if not rows:
            raise NotFoundError("source", f"#{source_id}")
        return self._source(rows[0])

    def sources(self, *, company_id: int | None = None, shared: bool | None = None) -> list[Source]:
        """All sources; or one company's; or (shared=True) the shared feeds only."""
        sql, params = self._SOURCE_SQL, []
        if company_id is not None:
            sql += " WHERE s.company_id = ?"
            params.append(company_id)
        elif shared:
            sql += " WHERE s.company_id IS NULL"
        sql += " ORDER BY c.name_key IS NOT NULL, c.name_key, s.id"
        return [self._source(r) for r in self._q(sql, params)]

    def remove_source(self, source_id: int) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def sources_to_poll(self, now: datetime, *, due_only: bool) -> list[Source]:
        """Sources of active companies and shared feeds, not stopped, that no server hold-off
        (Retry-After, error backoff) keeps back; with ``due_only`` also only those whose
        scheduled next fetch has come."""
        sql = (
            self._SOURCE_SQL
            + " WHERE s.disabled_reason IS NULL AND (c.id IS NULL OR c.status = 'active')"
            " AND (s.hold_until IS NULL OR s.hold_until <= :now)"
        )
        if due_only:
            sql += " AND (s.next_fetch IS NULL OR s.next_fetch <= :now)"
        sql += " ORDER BY s.last_fetch IS NOT NULL, s.last_fetch, s.id"
        return [self._source(r) for r in self._q(sql, {"now": _ts(now)})]

    def held_sources(self, now: datetime) -> list[Source]:
        sql = (
            self._SOURCE_SQL
            + " WHERE s.disabled_reason IS NULL AND (c.id IS NULL OR c.status = 'active')"
            " AND s.hold_until > ?"
        )
        return [self._source(r) for r in self._q(sql, (_ts(now),))]

    def set_source_state(self, source_id: int, **fields: Any) -> None:
        """Low-level change of a source's fetch state (used by doctor and tests)."""
        cols = {k: (_ts(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
        with self._tx() as db:
            sets = ", ".join(f"{k} = ?" for k in cols)
            db.execute(f"UPDATE sources SET {sets} WHERE id = ?", (*cols.values(), source_id))

    # -- a poll's results

    def known_article_urls(self, urls: Iterable[str]) -> set[str]:
        urls = list(urls)
        known: set[str] = set()
        for i in range(0, len(urls), 500):
            chunk = urls[i : i + 500]
            marks = ",".join("?" * len(chunk))
            known.update(
                r[0] for r in self._q(f"SELECT url FROM articles WHERE url IN ({marks})", chunk)
            )
        return known

    @staticmethod
    def _article_ids(db: sqlite3.Connection, urls: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        unique = list(dict.fromkeys(urls))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in db.execute(f"SELECT url, id FROM articles WHERE url IN ({marks})", chunk):
                found[row[0]] = row[1]
        return found

    @staticmethod
    def _insert_articles(
        db: sqlite3.Connection, entries: Sequence[Entry], now: datetime
    ) -> dict[str, int]:
        """Insert articles not yet stored (unique URLs), in multi-row statements: url -> id."""
        ids: dict[str, int] = {}
        for i in range(0, len(entries), 200):
            chunk = entries[i : i + 200]
            values = ",".join("(?, ?, ?, ?, ?, ?, ?)" for _ in chunk)
            params: list[Any] = []
            for e in chunk:
                item = e.item
                params += [
                    item.link,
                    item.guid,
                    item.title,
                    item.summary,
                    item.publisher,
                    _ts(item.published),
                    _ts(now),
                ]
            rows = db.execute(
                "INSERT OR IGNORE INTO articles (url, guid, title, summary, publisher, published,"
                f" first_seen) VALUES {values} RETURNING url, id",
                params,
            ).fetchall()
            ids.update((r[0], r[1]) for r in rows)
        return ids

    def save_poll(
        self,
        source: Source,
        *,
        now: datetime,
        status: int,
        entries: Sequence[Entry] = (),
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        next_fetch: datetime | None = None,
        hold_until: datetime | None = None,
        redirect_to: str | None = None,
        story_for: Callable[[int, Entry], int] | None = None,
    ) -> SaveResult:
        """Store one successful fetch of ``source`` and its entries, in one transaction.

        ``story_for(article_id, entry)`` names the story a new article joins (its own id for a new
        story). ``redirect_to`` is a permanent redirect seen this time: the stored URL moves once
        the same target has been seen twice in a row.
        """
        new = seen = 0
        with self._tx() as db:
            # A handful of statements per source, not several per item: one poll of a busy
            # feed is 100 items, a poll of a watch list is hundreds of feeds.
            ids = self._article_ids(db, [e.item.link for e in entries])
            fresh: dict[str, Entry] = {}
            for entry in entries:
                if entry.item.link not in ids:
                    fresh.setdefault(entry.item.link, entry)
            inserted = self._insert_articles(db, list(fresh.values()), now)
            ids.update(inserted)
            stories: list[tuple[int, int]] = []
            links: list[tuple[int, int]] = []
            mentions: list[tuple[int, int, float, str]] = []
            for entry in entries:
                article_id = ids[entry.item.link]
                if inserted.pop(entry.item.link, None) is not None:
                    story = story_for(article_id, entry) if story_for else article_id
                    stories.append((story, article_id))
                    new += 1
                else:
                    seen += 1
                links.append((article_id, source.id))
                mentions += [(article_id, m.company_id, m.score, m.where) for m in entry.mentions]
            db.executemany("UPDATE articles SET story_id = ? WHERE id = ?", stories)
            db.executemany(
                "INSERT OR IGNORE INTO article_sources (article_id, source_id) VALUES (?, ?)",
                links,
            )
            db.executemany(
                'INSERT OR IGNORE INTO mentions (article_id, company_id, score, "where")'
                " VALUES (?, ?, ?, ?)",
                mentions,
            )
            cols: dict[str, Any] = {
                "last_fetch": _ts(now),
                "last_success": _ts(now),
                "last_status": status,
                "error_count": 0,
                "next_fetch": _ts(next_fetch),
                "hold_until": _ts(hold_until),
            }
            if status != 304:
                cols.update(etag=etag, last_modified=last_modified, body_hash=body_hash)
            if redirect_to and redirect_to != source.url:
                if source.redirect_url == redirect_to and source.redirect_count >= 1:
                    clash = db.execute(
                        "SELECT 1 FROM sources WHERE ifnull(company_id, 0) = ? AND url = ?",
                        (source.company_id or 0, redirect_to),
                    ).fetchone()
                    if not clash:
                        cols.update(url=redirect_to, redirect_url=None, redirect_count=0)
                else:
                    cols.update(redirect_url=redirect_to, redirect_count=1)
            else:
                cols.update(redirect_url=None, redirect_count=0)
            sets = ", ".join(f"{k} = ?" for k in cols)
            db.execute(f"UPDATE sources SET {sets} WHERE id = ?", (*cols.values(), source.id))
        return SaveResult(new, seen)

    def save_failure(
        self,
        source: Source,
        *,
        now: datetime,
        error: str,
        status: int | None = None,
        hold_until: datetime | None = None,
        next_fetch: datetime | None = None,
        disable: str | None = None,
    ) -> None:
        """Record a failed fetch: its time and reason, one more error, and the backoff."""
        with self._tx() as db:
            db.execute(
                "UPDATE sources SET last_fetch = ?, last_status = ?, last_error = ?,"
                " last_error_at = ?, error_count = error_count + 1, hold_until = ?,"
                " next_fetch = ?, disabled_reason = ? WHERE id = ?",
                (
                    _ts(now),
                    status,
                    error,
                    _ts(now),
                    _ts(hold_until),
                    _ts(next_fetch),
                    disable,
                    source.id,
                ),
            )

    def enable_source(self, source_id: int) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE sources SET disabled_reason = NULL, error_count = 0, hold_until = NULL"
                " WHERE id = ?",
                (source_id,),
            )

    # -- job boards

    def save_postings(
        self,
        source: Source,
        postings: Sequence[Posting],
        *,
        now: datetime,
        status: int,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        next_fetch: datetime | None = None,
        hold_until: datetime | None = None,
    ) -> int:
        """Store one fetch of a job board in one transaction: postings listed now are (re)marked
        seen, earlier ones no longer listed are marked removed. Returns the number of new ones."""
        new = 0
        with self._tx() as db:
            current = {p.id for p in postings}
            for p in postings:
                cur = db.execute(
                    "INSERT INTO postings (source_id, posting_id, title, location, url, team,"
                    " first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (source_id, posting_id) DO UPDATE SET title = excluded.title,"
                    " location = excluded.location, url = excluded.url, team = excluded.team,"
                    " last_seen = excluded.last_seen, removed_at = NULL"
                    " RETURNING first_seen = last_seen",
                    (source.id, p.id, p.title, p.location, p.url, p.team, _ts(now), _ts(now)),
                )
                new += bool(cur.fetchone()[0])
            for (posting_id,) in db.execute(
                "SELECT posting_id FROM postings WHERE source_id = ? AND removed_at IS NULL",
                (source.id,),
            ).fetchall():
                if posting_id not in current:
                    db.execute(
                        "UPDATE postings SET removed_at = ? WHERE source_id = ? AND posting_id = ?",
                        (_ts(now), source.id, posting_id),
                    )
            db.execute(
                "UPDATE sources SET last_fetch = ?, last_success = ?, last_status = ?,"
                " error_count = 0, next_fetch = ?, hold_until = ?, etag = ?, last_modified = ?,"
                " body_hash = ? WHERE id = ?",
                (
                    _ts(now),
                    _ts(now),
                    status,
                    _ts(next_fetch),
                    _ts(hold_until),
                    etag,
                    last_modified,
                    body_hash,
                    source.id,
                ),
            )
        return new

    def postings(self, company_id: int) -> list[tuple[Posting, datetime, datetime | None]]:
        """Every posting seen on the company's boards: (posting, first seen, removed at)."""
        rows = self._q(
            "SELECT p.* FROM postings p JOIN sources s ON s.id = p.source_id"
            " WHERE s.company_id = ? ORDER BY p.first_seen DESC, p.title",
            (company_id,),
        )
        return [
            (
                Posting(r["posting_id"], r["title"], r["location"], r["url"], None, r["team"]),
                _dt(r["first_seen"]) or datetime.now(UTC),
                _dt(r["removed_at"]),
            )
            for r in rows
        ]

    # -- articles

    def _articles(
        self,
        where: str,
        params: Sequence[Any],
        *,
        limit: int | None = None,
        active_only: bool = False,
    ) -> list[Article]:
        company_filter = (
            " AND m.company_id IN (SELECT id FROM companies WHERE status = 'active')"
            if active_only
            else ""
        )
        sql = (
            "SELECT a.*, (SELECT group_concat(m.company_id) FROM mentions m"
            f" WHERE m.article_id = a.id{company_filter}) AS company_ids,"
            " (SELECT group_concat(DISTINCT s.kind) FROM article_sources x"
            " JOIN sources s ON s.id = x.source_id WHERE x.article_id = a.id) AS kinds"
            f" FROM articles a WHERE {where}"
            " ORDER BY coalesce(a.published, a.first_seen) DESC, a.id DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for r in self._q(sql, params):
            ids = tuple(int(x) for x in (r["company_ids"] or "").split(",") if x)
            if not ids:
                continue
            out.append(
                Article(
                    id=r["id"],
                    title=r["title"],
                    link=r["url"],
                    publisher=r["publisher"],
                    published=_dt(r["published"]),
                    first_seen=_dt(r["first_seen"]) or datetime.now(UTC),
                    summary=r["summary"],
                    story_id=r["story_id"] or r["id"],
                    company_ids=ids,
                    source_kinds=tuple(SourceKind(k) for k in (r["kinds"] or "").split(",") if k),
                )
            )
        return out

    def articles_for_digest(
        self, *, since: datetime | None, undelivered_only: bool
    ) -> list[Article]:
        """Articles about active companies first seen since ``since``; with ``undelivered_only``,
        only those whose story no delivered digest has carried."""
        where, params = "1", []
        if since is not None:
            where += " AND a.first_seen >= ?"
            params.append(_ts(since))
        if undelivered_only:
            where += (
                " AND coalesce(a.story_id, a.id) NOT IN (SELECT story_id FROM delivered_stories)"
            )
        where += (
            " AND EXISTS (SELECT 1 FROM mentions m JOIN companies c ON c.id = m.company_id"
            " WHERE m.article_id = a.id AND c.status = 'active')"
        )
        return self._articles(where, params, active_only=True)

    def recent_articles(
        self, company_id: int, *, limit: int = 10, since: datetime | None = None
    ) -> list[Article]:
        where = "a.id IN (SELECT article_id FROM mentions WHERE company_id = ?)"
        params: list[Any] = [company_id]
        if since is not None:
            where += " AND coalesce(a.published, a.first_seen) >= ?"
            params.append(_ts(since))
        return self._articles(where, params, limit=limit)

    def story_candidates(self, since: datetime) -> list[Article]:
        """Articles first seen since ``since``, for joining new articles to existing stories."""
        return self._articles("a.first_seen >= ?", (_ts(since),))

    def flush_search_index(self) -> int:
        """Index the articles stored since the last flush (one transaction); returns how many."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO articles_fts (rowid, title, summary, publisher)"
                " SELECT a.id, a.title, a.summary, a.publisher FROM articles a"
                " JOIN fts_pending p ON p.article_id = a.id"
            )
            db.execute("DELETE FROM fts_pending")
            return cur.rowcount

    def search(
        self,
        query: str,
        *,
        company_id: int | None = None,
        since: datetime | None = None,
        limit: int = 50,
    ) -> list[Article]:
        """Full-text search over titles, summaries and publishers, newest first."""
        terms = [t for t in query.replace('"', " ").split() if t]
        if not terms:
            return []
        self.flush_search_index()
        fts = " ".join(f'"{t}"' for t in terms)
        where = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params: list[Any] = [fts]
        if company_id is not None:
            where += " AND a.id IN (SELECT article_id FROM mentions WHERE company_id = ?)"
            params.append(company_id)
        if since is not None:
            where += " AND coalesce(a.published, a.first_seen) >= ?"
            params.append(_ts(since))
        return self._articles(where, params, limit=limit)

    def article_count(self) -> int:
        return int(self._q("SELECT count(*) FROM articles")[0][0])

    # -- digests

    def record_digest(
        self,
        *,
        now: datetime,
        subject: str,
        story_ids: Iterable[int],
        recipients: Sequence[str],
        error: str | None,
    ) -> int:
        """Record a send attempt; on success (error None) mark its stories delivered, atomically."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO digests (created, subject, status, sent_at, error, recipients)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    _ts(now),
                    subject,
                    "failed" if error else "delivered",
                    None if error else _ts(now),
                    error,
                    json.dumps(list(recipients)),
                ),
            )
            digest_id = cur.lastrowid
            assert digest_id is not None
            if error is None:
                db.executemany(
                    "INSERT OR IGNORE INTO delivered_stories (story_id, digest_id, delivered_at)"
                    " VALUES (?, ?, ?)",
                    [(s, digest_id, _ts(now)) for s in story_ids],
                )
        return digest_id

    def digests(self, limit: int = 20) -> list[DigestRecord]:
        rows = self._q("SELECT * FROM digests ORDER BY id DESC LIMIT ?", (limit,))
        return [
            DigestRecord(
                r["id"],
                _dt(r["created"]) or datetime.now(UTC),
                r["subject"],
                r["status"],
                _dt(r["sent_at"]),
                r["error"],
            )
            for r in rows
        ]

    def last_delivery(self) -> datetime | None:
        rows = self._q("SELECT max(sent_at) FROM digests WHERE status = 'delivered'")
        return _dt(rows[0][0]) if rows and rows[0][0] else None

    def prune(self, older_than: timedelta, now: datetime) -> int:
        """Forget articles first seen before ``now - older_than`` (the archive keeps the rest)."""
        with self._tx() as db:
            cur = db.execute("DELETE FROM articles WHERE first_seen < ?", (_ts(now - older_than),))
            return cur.rowcount
