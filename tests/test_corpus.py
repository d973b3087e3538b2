"""Every real, test-suite and hostile feed: items or a clear ParseError, never anything else.

Needs the shared corpus (``COMPANYWATCH_CORPUS``); skipped without it.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest

from companywatch.errors import ParseError
from companywatch.models import ParsedFeed
from companywatch.parse import fast_or_reason, parse_feed, parse_slow

pytestmark = pytest.mark.corpus

NOT_FEEDS = {".txt", ".tsv", ".json", ".opml", ".md", ".py", ".js", ".cfg", ".ini"}


def _files(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() not in NOT_FEEDS and not p.name.startswith("LICENSE")
    )


def _parse_all(root: Path) -> tuple[int, int]:
    parsed = refused = 0
    for path in _files(root):
        try:
            feed = parse_feed(path.read_bytes(), url=f"https://feeds.example.com/{path.name}")
        except ParseError as e:
            assert str(e).startswith("not a feed"), (path, e)
            refused += 1
            continue
        assert isinstance(feed, ParsedFeed), path
        parsed += 1
    return parsed, refused


def test_every_real_feed_parses_or_is_refused_clearly(corpus: Path) -> None:
    parsed, refused = _parse_all(corpus / "feeds" / "real")
    assert parsed > 220  # almost all of them are feeds
    assert refused >= 6  # the captured HTML pages at least


def test_every_feedparser_test_file_parses_or_is_refused_clearly(corpus: Path) -> None:
    parsed, _ = _parse_all(corpus / "feeds" / "feedparser-tests")
    assert parsed > 1500


def test_every_hostile_file_is_handled_quickly(corpus: Path) -> None:
    slowest = 0.0
    for path in _files(corpus / "feeds" / "hostile"):
        start = time.process_time()
        with contextlib.suppress(ParseError):
            parse_feed(path.read_bytes(), url="https://feeds.example.com/hostile.xml")
        slowest = max(slowest, time.process_time() - start)
    # Not a speed test: a bomb that expanded would take minutes, a defused one milliseconds.
    assert slowest < 2.0


def test_entity_bombs_are_refused(corpus: Path) -> None:
    data = corpus / "feeds" / "hostile" / "defusedxml_xmltestdata" / "xmltestdata"
    for name in ("xmlbomb.xml", "xmlbomb2.xml", "quadratic.xml", "cyclic.xml", "external.xml"):
        with pytest.raises(ParseError):
            parse_feed((data / name).read_bytes(), url="https://feeds.example.com/x.xml")


def test_fast_path_gives_the_same_items_as_feedparser(corpus: Path) -> None:
    accepted = 0
    for path in _files(corpus / "feeds" / "real"):
        body = path.read_bytes()
        url = f"https://feeds.example.com/{path.name}"
        fast = fast_or_reason(body, url=url)
        if isinstance(fast, str):
            continue
        accepted += 1
        slow = parse_slow(body, url=url)
        assert fast.items == slow.items, path
        assert fast.title == slow.title, path
        assert fast.link == slow.link, path
    assert accepted >= 50
