"""Every real, test-suite and hostile feed: items or a clear ParseError, never anything else.

Needs the shared corpus (``COMPANYWATCH_CORPUS``); skipped without it.
"""

from __future__ import annotations

import contextlib
import html
import re
import time
from pathlib import Path

import pytest
from feedparser.urls import _urljoin as feedparser_urljoin
from lxml import etree  # type: ignore[import-untyped,unused-ignore]

from companywatch.errors import ParseError
from companywatch.models import ParsedFeed
from companywatch.parse import _PLAIN_ABSOLUTE, _join, fast_or_reason, parse_feed, parse_slow

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


def _links(root: Path) -> set[str]:
    """Every link, guid, id and URL attribute of every file under ``root``, and every http(s)
    URL in their text (raw and with entities decoded), stripped as the parser strips them."""
    found: set[str] = set()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        body = path.read_bytes()
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, recover=True
        )
        try:
            doc = etree.fromstring(body, parser)
        except etree.XMLSyntaxError:
            doc = None
        for el in doc.iter() if doc is not None else ():
            if not isinstance(el.tag, str):
                continue
            local = el.tag.rpartition("}")[2].lower()
            if local in ("link", "guid", "id", "url", "origlink") and el.text and not len(el):
                found.add(el.text.strip())
            for name in ("href", "url", "src"):
                if value := el.get(name):
                    found.add(value.strip())
        for url in re.findall(r"(?i:https?)://[^\s<>\"']+", body.decode("utf-8", "replace")):
            found.update((url, html.unescape(url)))
    found.discard("")
    return found


def test_fast_join_is_feedparsers_on_every_corpus_link(corpus: Path) -> None:
    """The fast path's link resolution (parse._join) against feedparser's, on real links."""
    links = _links(corpus / "feeds")
    for link in links:
        for base in ("https://feeds.example.com/feed.xml", "http://feeds.example.com/", ""):
            assert _join(base, link) == feedparser_urljoin(base, link), (base, link)
    assert len(links) > 20_000
    assert sum(1 for link in links if _PLAIN_ABSOLUTE.fullmatch(link)) > 15_000
