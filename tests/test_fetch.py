"""Fetch against a real HTTP server on 127.0.0.1 with scripted replies."""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import io
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from companywatch.clock import FixedClock
from companywatch.errors import FetchError
from companywatch.fetch import Fetcher, FetchSettings, backoff_delay
from companywatch.models import FetchResult
from tests.servers import FeedServer, Reply, SeenRequest

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>t</title>
<item><title>Spotify cuts jobs</title><link>https://example.com/a</link></item>
</channel></rss>"""


def run_fetch(
    url: str,
    settings: FetchSettings | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(settings or FetchSettings(), FixedClock(NOW)) as f:
            return await f.fetch(url, etag=etag, last_modified=last_modified)

    return asyncio.run(go())


def fetch_error(url: str, settings: FetchSettings | None = None) -> FetchError:
    with pytest.raises(FetchError) as info:
        run_fetch(url, settings)
    return info.value


def test_200_returns_body_validators_and_user_agent(feed_server: FeedServer) -> None:
    url = feed_server.route(
        "/f.xml",
        Reply(
            body=FEED, headers={"ETag": '"v1"', "Last-Modified": "Sat, 28 Feb 2026 10:00:00 GMT"}
        ),
    )
    result = run_fetch(url, FetchSettings(user_agent="cw-test/1 (a@b.c)"))
    assert result.status == 200
    assert result.body == FEED
    assert result.etag == '"v1"'
    assert result.last_modified == "Sat, 28 Feb 2026 10:00:00 GMT"
    assert result.final_url == url
    assert result.permanent_redirect is None
    assert result.not_before is None
    assert feed_server.hits("/f.xml")[0].headers["user-agent"] == "cw-test/1 (a@b.c)"


def test_conditional_get_sends_validators_and_304_has_no_body(feed_server: FeedServer) -> None:
    def reply(req: SeenRequest) -> Reply:
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304, headers={"ETag": '"v1"'})
        return Reply(body=FEED, headers={"ETag": '"v1"'})

    url = feed_server.route("/c.xml", reply)
    result = run_fetch(url, etag='"v1"', last_modified="Sat, 28 Feb 2026 10:00:00 GMT")
    assert result.status == 304
    assert result.not_modified
    assert result.body is None
    assert result.etag == '"v1"'
    # the server did not repeat Last-Modified: the one we sent is kept
    assert result.last_modified == "Sat, 28 Feb 2026 10:00:00 GMT"
    seen = feed_server.hits("/c.xml")[0].headers
    assert seen["if-none-match"] == '"v1"'
    assert seen["if-modified-since"] == "Sat, 28 Feb 2026 10:00:00 GMT"


def test_gzip_body_is_decoded(feed_server: FeedServer) -> None:
    url = feed_server.route(
        "/g.xml", Reply(body=gzip.compress(FEED), headers={"Content-Encoding": "gzip"})
    )
    assert run_fetch(url).body == FEED


def test_raw_deflate_body_is_decoded(feed_server: FeedServer) -> None:
    c = zlib.compressobj(wbits=-15)
    raw = c.compress(FEED) + c.flush()
    url = feed_server.route("/d.xml", Reply(body=raw, headers={"Content-Encoding": "deflate"}))
    assert run_fetch(url).body == FEED


def test_permanent_redirect_chain_is_reported(feed_server: FeedServer) -> None:
    feed_server.route("/old", Reply(301, headers={"Location": "/older"}))
    feed_server.route("/older", Reply(308, headers={"Location": feed_server.url("/new")}))
    final = feed_server.route("/new", Reply(body=FEED))
    result = run_fetch(feed_server.url("/old"))
    assert result.status == 200
    assert result.final_url == final
    assert result.permanent_redirect == final


def test_temporary_hop_means_no_permanent_redirect(feed_server: FeedServer) -> None:
    feed_server.route("/a", Reply(301, headers={"Location": "/b"}))
    feed_server.route("/b", Reply(302, headers={"Location": "/c"}))
    final = feed_server.route("/c", Reply(body=FEED))
    result = run_fetch(feed_server.url("/a"))
    assert result.final_url == final
    assert result.permanent_redirect is None


def test_redirect_loop_stops_at_the_limit(feed_server: FeedServer) -> None:
    feed_server.route("/x", Reply(302, headers={"Location": "/y"}))
    feed_server.route("/y", Reply(302, headers={"Location": "/x"}))
    err = fetch_error(feed_server.url("/x"), FetchSettings(max_redirects=3))
    assert err.reason == "too-many-redirects"
    assert len(feed_server.requests) == 4  # the first request and three hops


def test_redirect_to_another_scheme_is_refused(feed_server: FeedServer) -> None:
    feed_server.route("/r", Reply(302, headers={"Location": "file:///etc/passwd"}))
    assert fetch_error(feed_server.url("/r")).reason == "bad-scheme"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/feed", "data:,x"])
def test_non_http_schemes_are_refused(url: str) -> None:
    assert fetch_error(url).reason == "bad-scheme"


def test_410_is_gone(feed_server: FeedServer) -> None:
    err = fetch_error(feed_server.route("/gone", Reply(410, b"gone", content_type="text/plain")))
    assert (err.reason, err.status) == ("gone", 410)


def test_404(feed_server: FeedServer) -> None:
    err = fetch_error(feed_server.url("/missing"))
    assert (err.reason, err.status) == ("http-404", 404)
    assert err.not_before is None


def test_429_retry_after_seconds(feed_server: FeedServer) -> None:
    url = feed_server.route("/slow-down", Reply(429, headers={"Retry-After": "120"}))
    err = fetch_error(url)
    assert err.reason == "rate-limited"
    assert err.not_before == NOW + timedelta(seconds=120)


def test_503_retry_after_http_date(feed_server: FeedServer) -> None:
    when = NOW + timedelta(hours=2)
    url = feed_server.route(
        "/busy", Reply(503, headers={"Retry-After": format_datetime(when, True)})
    )
    err = fetch_error(url)
    assert err.reason == "rate-limited"
    assert err.not_before == when


def test_503_without_retry_after_is_a_plain_http_error(feed_server: FeedServer) -> None:
    err = fetch_error(feed_server.route("/down", Reply(503)))
    assert err.reason == "http-503"


def test_cache_control_max_age_sets_not_before(feed_server: FeedServer) -> None:
    url = feed_server.route(
        "/cached", Reply(body=FEED, headers={"Cache-Control": "public, max-age=1800"})
    )
    assert run_fetch(url).not_before == NOW + timedelta(seconds=1800)


def test_huge_max_age_is_capped(feed_server: FeedServer) -> None:
    url = feed_server.route("/forever", Reply(body=FEED, headers={"Cache-Control": "max-age=9e9"}))
    assert run_fetch(url).not_before is None  # not a number: ignored
    url = feed_server.route(
        "/year", Reply(body=FEED, headers={"Cache-Control": "max-age=31536000"})
    )
    assert run_fetch(url).not_before == NOW + timedelta(seconds=FetchSettings().max_hold)


def _gzip_bomb(decoded_size: int) -> bytes:
    buf = io.BytesIO()
    zeros = b"\0" * (1024 * 1024)
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        for _ in range(decoded_size // len(zeros)):
            gz.write(zeros)
    return buf.getvalue()


def test_gzip_bomb_stops_at_the_cap(feed_server: FeedServer) -> None:
    bomb = _gzip_bomb(256 * 1024 * 1024)  # 256 MiB inflated, ~250 KB on the wire
    assert len(bomb) < 1024 * 1024
    url = feed_server.route("/bomb", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    err = fetch_error(url, FetchSettings(max_bytes=1024 * 1024))
    assert err.reason == "too-large"


def test_plain_body_over_the_cap_is_refused(feed_server: FeedServer) -> None:
    url = feed_server.route("/big", Reply(body=b"x" * 50_000))
    assert fetch_error(url, FetchSettings(max_bytes=10_000)).reason == "too-large"


def test_chunked_body_over_the_cap_is_refused(feed_server: FeedServer) -> None:
    def endless() -> Iterator[bytes]:
        while True:
            yield b"y" * 8192

    url = feed_server.route("/endless", Reply(body=endless()))
    assert fetch_error(url, FetchSettings(max_bytes=100_000)).reason == "too-large"


def test_trickling_server_is_cut_off_by_the_total_timeout(feed_server: FeedServer) -> None:
    def trickle() -> Iterator[bytes]:
        import time

        yield b"<rss><channel>"
        for _ in range(100):
            time.sleep(0.05)  # every byte well within any read timeout
            yield b" "

    url = feed_server.route("/trickle", Reply(body=trickle()))
    err = fetch_error(url, FetchSettings(timeout=0.6))
    assert err.reason == "timeout"


def test_loopback_refused_when_private_addresses_are_not_allowed(feed_server: FeedServer) -> None:
    url = feed_server.route("/f.xml", Reply(body=FEED))
    err = fetch_error(url, FetchSettings(allow_private=False))
    assert err.reason == "private-address"
    assert feed_server.requests == []
    by_name = url.replace("127.0.0.1", "localhost")
    assert fetch_error(by_name, FetchSettings(allow_private=False)).reason == "private-address"


def test_checked_address_is_the_one_connected_to(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No DNS rebinding: with private addresses refused, the request goes to the address that
    passed the check, with the host name kept in the Host header (and TLS SNI)."""
    import companywatch.fetch as fetch_module

    checked: list[str] = []

    def pretend_public(addr: str) -> bool:  # loopback stands in for a public address here
        checked.append(addr)
        return True

    monkeypatch.setattr(fetch_module, "_is_public", pretend_public)
    url = feed_server.route("/f.xml", Reply(body=FEED)).replace("127.0.0.1", "localhost")
    result = run_fetch(url, FetchSettings(allow_private=False))
    assert result.status == 200 and result.body == FEED
    assert checked and all(a in ("127.0.0.1", "::1") for a in checked)
    assert feed_server.hits("/f.xml")[0].headers["host"] == f"localhost:{feed_server.port}"


def test_html_page_served_as_200_is_fetched_as_is(feed_server: FeedServer) -> None:
    page = b"<!doctype html><html><head><title>Hi</title></head><body>no feed</body></html>"
    url = feed_server.route("/page", Reply(body=page, content_type="text/html; charset=utf-8"))
    result = run_fetch(url)
    assert result.status == 200
    assert result.body == page
    assert result.headers["content-type"].startswith("text/html")


def test_connection_refused_is_a_connect_error() -> None:
    server = FeedServer().start()
    url = server.url("/f.xml")
    server.stop()
    assert fetch_error(url).reason == "connect"


def test_sec_hosts_get_their_own_user_agent() -> None:
    s = FetchSettings(sec_user_agent="Jane Doe jane@example.com")
    assert s.agent_for("www.sec.gov") == "Jane Doe jane@example.com"
    assert s.agent_for("example.com") == s.user_agent
    assert s.host_limit("www.sec.gov") == 1
    assert s.host_limit("example.com") == 4


def test_requests_to_one_host_are_spaced(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from companywatch import fetch

    # The spacing is between request starts, on our side: timed where a request is let go.
    # (Arrivals at the server would add the jitter of two threads on a loaded machine.)
    starts: list[float] = []
    let_go = fetch._Host.wait_turn

    async def timed(self: fetch._Host) -> None:
        await let_go(self)
        starts.append(self.last_start)  # the monotonic time it let this one go

    monkeypatch.setattr(fetch._Host, "wait_turn", timed)
    arrivals: list[float] = []

    def reply(req: SeenRequest) -> Reply:
        arrivals.append(time.monotonic())
        return Reply(body=FEED)

    url = feed_server.route("/f.xml", reply)
    settings = FetchSettings(min_interval={"127.0.0.1": 0.2})

    async def go() -> None:
        async with Fetcher(settings, FixedClock(NOW)) as f:
            await asyncio.gather(*(f.fetch(url) for _ in range(3)))

    asyncio.run(go())
    assert len(arrivals) == 3 and len(starts) == 3
    # (asyncio may wake a sleeper up to its clock's resolution early: a nanosecond here)
    assert starts[1] - starts[0] >= 0.2 - 1e-6
    assert starts[2] - starts[1] >= 0.2 - 1e-6


def test_backoff_grows_and_is_capped() -> None:
    s = FetchSettings(backoff_base=300, backoff_cap=86400)
    assert backoff_delay(0, s) == timedelta(0)
    assert backoff_delay(1, s) == timedelta(seconds=300)
    assert backoff_delay(2, s) == timedelta(seconds=600)
    assert backoff_delay(5, s) == timedelta(seconds=4800)
    assert backoff_delay(50, s) == timedelta(days=1)
    assert backoff_delay(10_000, dataclasses.replace(s, backoff_cap=60)) == timedelta(seconds=60)


def test_a_resolver_failure_is_told_apart_from_a_refused_connection() -> None:
    # (No real lookup: tests send nothing beyond loopback.)
    import socket

    import httpx

    from companywatch.fetch import _is_dns

    dns = httpx.ConnectError("[Errno -2] Name or service not known")
    dns.__cause__ = socket.gaierror(-2, "Name or service not known")
    assert _is_dns(dns)
    assert not _is_dns(httpx.ConnectError("[Errno 111] Connection refused"))
