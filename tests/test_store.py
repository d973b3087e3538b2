from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companywatch.errors import AlreadyExistsError, NotFoundError, SchemaError
from companywatch.models import CompanyStatus, Item, Mention, SourceKind
from companywatch.store import SCHEMA_VERSION, Entry, Store

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "cw.sqlite")


def _entry(url: str, title: str, company_id: int) -> Entry:
    return Entry(
        Item(title=title, link=url, publisher="Wire", published=NOW),
        (Mention(company_id, 100.0, "test"),),
    )


def test_fresh_database_has_current_schema(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION
    assert store.integrity_problems() == []


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(SchemaError, match="upgrade companywatch"):
        Store(path)


def test_old_database_migrates_to_the_same_schema_as_a_fresh_one(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    sqlite3.connect(old).close()  # version 0: an empty file from before any migration
    Store(old).close()
    Store(tmp_path / "fresh.sqlite").close()

    def schema(p: Path) -> list[tuple[str, str]]:
        db = sqlite3.connect(p)
        rows = db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        db.close()
        return rows

    assert schema(old) == schema(tmp_path / "fresh.sqlite")


def test_company_names_are_unique_in_any_case(store: Store) -> None:
    store.add_company("Spotify", now=NOW)
    with pytest.raises(AlreadyExistsError, match="'Spotify'"):
        store.add_company("  SPOTIFY ", now=NOW)


def test_find_company_by_alias_and_suggestions(store: Store) -> None:
    store.add_company("Meta Platforms", now=NOW, aliases=["Facebook"])
    store.add_company("Spotify", now=NOW)
    assert store.find_company("facebook").name == "Meta Platforms"
    with pytest.raises(NotFoundError) as e:
        store.find_company("Spotfy")
    assert e.value.suggestions == ("Spotify",)
    assert "did you mean 'Spotify'?" in str(e.value)


def test_save_poll_is_idempotent_and_links_sources(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]
    entries = [_entry("http://n/1", "Spotify one", c.id), _entry("http://n/2", "Spotify two", c.id)]
    r1 = store.save_poll(src, now=NOW, status=200, entries=entries, etag='"e1"')
    r2 = store.save_poll(src, now=NOW, status=200, entries=entries, etag='"e1"')
    assert (r1.new_articles, r2.new_articles, r2.seen_articles) == (2, 0, 2)
    assert store.article_count() == 2
    src = store.source_by_id(src.id)
    assert src.items_stored == 2
    assert src.etag == '"e1"'
    assert src.health == "ok"


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]

    def boom(article_id: int, entry: Entry) -> int:
        if entry.item.link.endswith("/2"):
            raise RuntimeError("crash mid-poll")
        return article_id

    entries = [_entry("http://n/1", "one", c.id), _entry("http://n/2", "two", c.id)]
    with pytest.raises(RuntimeError):
        store.save_poll(src, now=NOW, status=200, entries=entries, story_for=boom)
    assert store.article_count() == 0
    assert store.source_by_id(src.id).last_fetch is None


def test_failures_count_and_410_stops(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]
    store.save_failure(
        src, now=NOW, error="http-500: boom", status=500, hold_until=NOW + timedelta(minutes=5)
    )
    src = store.source_by_id(src.id)
    assert (src.error_count, src.health, src.last_error) == (1, "failing", "http-500: boom")
    assert store.sources_to_poll(NOW, due_only=False) == []
    assert [s.id for s in store.sources_to_poll(NOW + timedelta(minutes=6), due_only=False)] == [
        src.id
    ]
    store.save_failure(src, now=NOW, error="gone", status=410, disable="gone (HTTP 410)")
    assert store.source_by_id(src.id).health == "stopped"
    assert store.sources_to_poll(NOW + timedelta(days=9), due_only=False) == []


def test_permanent_redirect_moves_url_when_seen_twice(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/old")])
    src = store.sources(company_id=c.id)[0]
    store.save_poll(src, now=NOW, status=200, redirect_to="http://a/new")
    src = store.source_by_id(src.id)
    assert src.url == "http://a/old"
    store.save_poll(src, now=NOW, status=200, redirect_to="http://a/new")
    assert store.source_by_id(src.id).url == "http://a/new"


def test_dropped_companies_are_not_polled_and_not_in_digest(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]
    store.save_poll(src, now=NOW, status=200, entries=[_entry("http://n/1", "Spotify", c.id)])
    store.update_company(c.id, status=CompanyStatus.DROPPED)
    assert store.sources_to_poll(NOW, due_only=False) == []
    assert store.articles_for_digest(since=None, undelivered_only=True) == []
    assert len(store.recent_articles(c.id)) == 1  # history kept


def test_delivered_stories_are_not_offered_again(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]
    store.save_poll(src, now=NOW, status=200, entries=[_entry("http://n/1", "Spotify", c.id)])
    arts = store.articles_for_digest(since=None, undelivered_only=True)
    assert len(arts) == 1
    store.record_digest(
        now=NOW,
        subject="s",
        story_ids=[arts[0].story_id],
        recipients=["a@x"],
        error="451 try later",
    )
    assert len(store.articles_for_digest(since=None, undelivered_only=True)) == 1
    store.record_digest(
        now=NOW, subject="s", story_ids=[arts[0].story_id], recipients=["a@x"], error=None
    )
    assert store.articles_for_digest(since=None, undelivered_only=True) == []
    assert store.last_delivery() == NOW


def test_full_text_search(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]
    e = Entry(
        Item(title="Spotify news", link="http://n/1", summary="podcast reorganisation"),
        (Mention(c.id, 100.0, "t"),),
    )
    store.save_poll(src, now=NOW, status=200, entries=[e])
    assert [a.title for a in store.search("reorganisation")] == ["Spotify news"]
    assert store.search("nothing-like-it") == []


def test_search_index_is_built_in_bulk_and_stays_consistent(store: Store) -> None:
    c = store.add_company("Spotify", now=NOW, sources=[(SourceKind.FEED, "http://a/feed")])
    src = store.sources(company_id=c.id)[0]
    entries = [
        Entry(
            Item(title=f"Spotify story {n}", link=f"http://n/{n}", summary=f"word{n} podcast"),
            (Mention(c.id, 100.0, "t"),),
        )
        for n in range(5)
    ]
    store.save_poll(src, now=NOW, status=200, entries=entries)
    assert store.flush_search_index() == 5
    assert store.flush_search_index() == 0
    # Deleting indexed and not-yet-indexed articles keeps the index consistent.
    store.save_poll(
        src,
        now=NOW,
        status=200,
        entries=[
            Entry(
                Item(title="Spotify late", link="http://n/late", summary="pending"),
                (Mention(c.id, 100.0, "t"),),
            )
        ],
    )
    store.remove_company(c.id)
    store._db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    assert store.search("podcast") == []
    assert store.integrity_problems() == []
