"""Fetching feeds over HTTP: polite, conditional, bounded. The only module that imports httpx.

:class:`Fetcher` wraps one ``httpx.AsyncClient``. :meth:`Fetcher.fetch` makes one conditional GET
and follows redirects itself, so that every hop is counted and its scheme and address re-checked.
It returns a :class:`~companywatch.models.FetchResult` for 200 and 304 and raises
:class:`~companywatch.errors.FetchError` for everything else, with ``reason`` one of:

``bad-scheme``, ``bad-url``, ``private-address``, ``dns``, ``connect``, ``tls``, ``timeout``,
``protocol``, ``too-large``, ``bad-encoding``, ``too-many-redirects``, ``bad-redirect``,
``gone`` (410), ``rate-limited`` (429, or 503 with Retry-After), ``http-NNN`` (any other status).

Limits, all per request: ``timeout`` bounds the total time of all hops including the body (a server
that trickles bytes is cut off); ``max_bytes`` caps the *decoded* body while it streams (content
encodings are decoded here, in bounded steps, so a gzip bomb stops at the cap without ever holding
more than the cap in memory); ``max_redirects`` caps the hops.

Politeness: at most ``concurrency`` requests in flight overall, ``per_host`` per host (with
overrides), and requests to one host spaced by ``min_interval``. Waiting for a slot does not count
against the timeout.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import math
import socket
import ssl
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from companywatch import __version__ as _version
from companywatch.clock import Clock
from companywatch.errors import FetchError
from companywatch.models import FetchResult

log = logging.getLogger(__name__)

MiB = 1024 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_CHUNK = 64 * 1024


def _default_per_host() -> dict[str, int]:
    return {"news.google.com": 2, "www.bing.com": 2, "www.sec.gov": 1, "efts.sec.gov": 1}


def _default_min_interval() -> dict[str, float]:
    # SEC asks for fewer than 10 requests a second from one client.
    return {"www.sec.gov": 0.11, "efts.sec.gov": 0.11, "data.sec.gov": 0.11, "news.google.com": 0.5}


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how defensively to fetch. Times in seconds, sizes in bytes."""

    concurrency: int = 32
    per_host: int = 4
    per_host_overrides: Mapping[str, int] = field(default_factory=_default_per_host)
    min_interval: Mapping[str, float] = field(default_factory=_default_min_interval)
    timeout: float = 30.0  # total per request, all hops and the whole body
    connect_timeout: float = 10.0
    max_bytes: int = 10 * MiB  # decoded body
    max_redirects: int = 5
    user_agent: str = (
        f"companywatch/{_version} (+https://github.com/companywatch/companywatch; feed reader)"
    )
    sec_user_agent: str | None = None  # SEC wants "Name email@example.com"
    allow_private: bool = True  # False: refuse private, loopback, link-local... addresses
    backoff_base: float = 300.0
    backoff_cap: float = 86400.0
    max_hold: float = 86400.0  # longest Retry-After / max-age honoured
    trust_env: bool = True  # proxies and certificates from the environment
    # "aiohttp": httpx's API over aiohttp's HTTP/1.1 client (httpx-aiohttp), several times less
    # CPU per request than httpx's own transport (bench/poll.py); "httpx": httpx's own.
    transport: str = "aiohttp"

    def host_limit(self, host: str) -> int:
        return max(1, self.per_host_overrides.get(host, self.per_host))

    def host_interval(self, host: str) -> float:
        return self.min_interval.get(host, 0.0)

    def agent_for(self, host: str) -> str:
        if self.sec_user_agent and (host == "sec.gov" or host.endswith(".sec.gov")):
            return self.sec_user_agent
        return self.user_agent


def _transport(s: FetchSettings) -> httpx.AsyncBaseTransport | None:
    """The HTTP transport: aiohttp's when asked for and installed, else httpx's default."""
    if s.transport != "aiohttp":
        return None
    try:
        import aiohttp
        from httpx_aiohttp import AiohttpTransport
    except ImportError:  # pragma: no cover - a dependency, but keep working without it
        return None
    tls = httpx.create_ssl_context(trust_env=s.trust_env)

    def session() -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(limit=max(1, s.concurrency), ssl=tls)
        return aiohttp.ClientSession(connector=connector, trust_env=s.trust_env)

    return AiohttpTransport(client=session)


def backoff_delay(error_count: int, settings: FetchSettings) -> timedelta:
    """How long to hold a source back after ``error_count`` consecutive errors (0 for none).

    ``backoff_base * 2**(error_count-1)``, capped at ``backoff_cap``; no jitter, so it is testable.
    """
    if error_count <= 0:
        return timedelta(0)
    exponent = min(error_count - 1, 60)
    return timedelta(seconds=min(settings.backoff_base * 2.0**exponent, settings.backoff_cap))


class _Decoder(Protocol):
    def feed(self, data: bytes, limit: int) -> bytes: ...
    def more(self, limit: int) -> bytes: ...


class _Identity:
    def feed(self, data: bytes, limit: int) -> bytes:
        return data

    def more(self, limit: int) -> bytes:
        return b""


class _Zlib:
    """gzip or deflate, decoded in steps of at most ``limit`` bytes (bounded memory)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes, limit: int) -> bytes:
        try:
            out = self._obj.decompress(data, limit)
        except zlib.error:
            if self._gzip or not self._first:
                raise
            # Some servers send raw deflate without the zlib header.
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._obj.decompress(data, limit)
        self._first = False
        return out

    def more(self, limit: int) -> bytes:
        tail = self._obj.unconsumed_tail
        if not tail:
            return b""
        return self._obj.decompress(tail, limit)


def _decoder(content_encoding: str) -> _Decoder | None:
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return _Identity()
    if len(codings) == 1 and codings[0] in ("gzip", "x-gzip"):
        return _Zlib(gzip=True)
    if len(codings) == 1 and codings[0] == "deflate":
        return _Zlib(gzip=False)
    return None


def _is_public(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def _parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(when.astimezone(UTC), now)


def _parse_max_age(value: str | None) -> int | None:
    if not value:
        return None
    for part in value.split(","):
        name, _, arg = part.strip().partition("=")
        if name.strip().lower() in ("max-age", "s-maxage"):
            arg = arg.strip().strip('"')
            if arg.isdigit():
                return int(arg)
    return None


class _Host:
    """Per-host politeness: a slot limit and a minimum spacing between request starts."""

    def __init__(self, limit: int, interval: float) -> None:
        self.slots = asyncio.Semaphore(limit)
        self.interval = interval
        self.spacing = asyncio.Lock()
        self.last_start = -math.inf

    async def wait_turn(self) -> None:
        if self.interval <= 0:
            return
        async with self.spacing:
            wait = self.last_start + self.interval - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self.last_start = time.monotonic()


class Fetcher:
    """One HTTP client for a whole poll. Use as ``async with Fetcher(settings, clock) as f:``."""

    def __init__(self, settings: FetchSettings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock
        self._client: httpx.AsyncClient | None = None
        self._slots = asyncio.Semaphore(max(1, settings.concurrency))
        self._hosts: dict[str, _Host] = {}

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._client = httpx.AsyncClient(
            transport=_transport(s),
            follow_redirects=False,
            timeout=httpx.Timeout(s.timeout, connect=min(s.connect_timeout, s.timeout)),
            limits=httpx.Limits(
                max_connections=max(1, s.concurrency),
                max_keepalive_connections=max(1, s.concurrency),
            ),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=s.trust_env,
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _host(self, host: str) -> _Host:
        h = self._hosts.get(host)
        if h is None:
            h = _Host(self.settings.host_limit(host), self.settings.host_interval(host))
            self._hosts[host] = h
        return h

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """One conditional GET of ``url``; see the module docstring for results and errors."""
        if self._client is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        started = time.monotonic()
        budget = self.settings.timeout
        current = url
        all_permanent = True
        hops = 0
        while True:
            host = self._check_url(url, current)
            pin = await self._check_address(url, current, host)
            h = self._host(host)
            async with self._slots, h.slots:
                await h.wait_turn()
                hop_start = time.monotonic()
                try:
                    async with asyncio.timeout(budget):
                        status, headers, body = await self._one(
                            url, current, host, etag, last_modified, pin
                        )
                except TimeoutError as e:
                    raise FetchError(
                        url, "timeout", f"no complete answer in {self.settings.timeout:g} s"
                    ) from e
                budget -= time.monotonic() - hop_start
            if status in _REDIRECTS:
                location = headers.get("location")
                if not location:
                    raise FetchError(
                        url, "bad-redirect", f"{status} without Location", status=status
                    )
                hops += 1
                if hops > self.settings.max_redirects:
                    raise FetchError(
                        url,
                        "too-many-redirects",
                        f"more than {self.settings.max_redirects}",
                        status=status,
                    )
                all_permanent = all_permanent and status in _PERMANENT
                current = urljoin(current, location.strip())
                continue
            break

        elapsed_ms = int((time.monotonic() - started) * 1000)
        now = self.clock.now()
        not_before = self._not_before(headers, now)
        log.debug("fetched url=%s status=%s ms=%d hops=%d", url, status, elapsed_ms, hops)
        if status in (200, 304):
            return FetchResult(
                url=url,
                final_url=current,
                status=status,
                body=body if status == 200 else None,
                headers=headers,
                etag=headers.get("etag") or (etag if status == 304 else None),
                last_modified=headers.get("last-modified")
                or (last_modified if status == 304 else None),
                not_before=not_before,
                permanent_redirect=current if hops and all_permanent else None,
                elapsed_ms=elapsed_ms,
            )
        retry_after = _parse_retry_after(headers.get("retry-after"), now)
        if retry_after is not None:
            retry_after = min(retry_after, now + timedelta(seconds=self.settings.max_hold))
        if status == 410:
            reason, detail = "gone", "the server says the feed is gone (410)"
        elif status == 429 or (status == 503 and retry_after is not None):
            reason = "rate-limited"
            detail = f"retry after {retry_after.isoformat()}" if retry_after else "429"
        else:
            reason, detail = f"http-{status}", _reason_phrase(status)
        raise FetchError(url, reason, detail, status=status, not_before=retry_after)

    def _not_before(self, headers: Mapping[str, str], now: datetime) -> datetime | None:
        hold = timedelta(seconds=self.settings.max_hold)
        when = _parse_retry_after(headers.get("retry-after"), now)
        max_age = _parse_max_age(headers.get("cache-control"))
        if max_age is not None and max_age > 0:
            by_age = now + timedelta(seconds=max_age)
            when = by_age if when is None else max(when, by_age)
        return None if when is None else min(when, now + hold)

    def _check_url(self, url: str, current: str) -> str:
        try:
            parts = urlsplit(current)
            host = (parts.hostname or "").lower()
            _ = parts.port
        except ValueError as e:
            raise FetchError(url, "bad-url", f"{current!r}: {e}") from e
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(url, "bad-scheme", f"{parts.scheme or 'no'} scheme in {current!r}")
        if not host:
            raise FetchError(url, "bad-url", f"no host in {current!r}")
        return host

    async def _check_address(self, url: str, current: str, host: str) -> str | None:
        """With ``allow_private`` off: the one public address this hop will connect to (the
        request is then sent to that address, so a second DNS answer cannot swap in a private
        one). None when any address is fine."""
        if self.settings.allow_private:
            return None
        try:
            addrs = [str(ipaddress.ip_address(host.strip("[]")))]
        except ValueError:
            port = urlsplit(current).port or (443 if current.lower().startswith("https") else 80)
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(
                    host, port, type=socket.SOCK_STREAM
                )
            except OSError as e:
                raise FetchError(url, "dns", f"cannot resolve {host}: {e}") from e
            addrs = [str(info[4][0]) for info in infos]
        for addr in addrs:
            if not _is_public(addr):
                raise FetchError(url, "private-address", f"{host} resolves to {addr}")
        return addrs[0]

    async def _one(
        self,
        url: str,
        current: str,
        host: str,
        etag: str | None,
        last_modified: str | None,
        pin: str | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        assert self._client is not None
        headers = {"User-Agent": self.settings.agent_for(host)}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        target: str | httpx.URL = current
        extensions: dict[str, Any] = {}
        if pin is not None and pin != host.strip("[]"):
            # Connect to the address that was checked; name the host in Host and TLS SNI.
            parsed = httpx.URL(current)
            headers["Host"] = parsed.netloc.decode("ascii")
            target = parsed.copy_with(host=pin)
            extensions["sni_hostname"] = host
        try:
            async with self._client.stream(
                "GET", target, headers=headers, extensions=extensions or None
            ) as resp:
                got = {k.lower(): v for k, v in resp.headers.items()}
                if resp.status_code != 200:
                    return resp.status_code, got, b""
                body = await self._read_body(url, resp, got)
                return 200, got, body
        except httpx.TimeoutException as e:
            # httpx-aiohttp reports some connect failures (refused, unreachable) as timeouts.
            if _is_dns(e):
                raise FetchError(url, "dns", f"cannot resolve {host} (offline, or a typo?)") from e
            refused = _refusal(e)
            if refused is not None:
                raise FetchError(url, "connect", refused) from e
            raise FetchError(url, "timeout", type(e).__name__) from e
        except httpx.ConnectError as e:
            if _is_tls(e):
                raise FetchError(url, "tls", str(e)) from e
            if _is_dns(e):
                raise FetchError(url, "dns", f"cannot resolve {host} (offline, or a typo?)") from e
            raise FetchError(url, "connect", str(e) or type(e).__name__) from e
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as e:
            raise FetchError(url, "bad-url", str(e)) from e
        except httpx.HTTPError as e:
            if _is_tls(e):
                raise FetchError(url, "tls", str(e)) from e
            raise FetchError(url, "protocol", f"{type(e).__name__}: {e}") from e

    async def _read_body(self, url: str, resp: httpx.Response, headers: Mapping[str, str]) -> bytes:
        cap = self.settings.max_bytes
        decoder = _decoder(headers.get("content-encoding", ""))
        if decoder is None:
            raise FetchError(url, "bad-encoding", headers.get("content-encoding", ""), status=200)
        length = headers.get("content-length", "")
        if isinstance(decoder, _Identity) and length.isdigit() and int(length) > cap:
            raise FetchError(url, "too-large", f"Content-Length {length} > {cap}", status=200)
        parts: list[bytes] = []
        size = 0

        def take(chunk: bytes) -> None:
            nonlocal size
            size += len(chunk)
            if size > cap:
                raise FetchError(url, "too-large", f"body over {cap} bytes", status=200)
            parts.append(chunk)

        try:
            async for raw in resp.aiter_raw(_CHUNK):
                # At most cap+1 bytes come out of one step, so memory stays bounded.
                take(decoder.feed(raw, cap - size + 1))
                while out := decoder.more(cap - size + 1):
                    take(out)
        except zlib.error as e:
            raise FetchError(url, "bad-encoding", f"corrupt compressed body: {e}") from e
        return b"".join(parts)


_REFUSED = {errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ECONNRESET}


def _refusal(e: BaseException) -> str | None:
    """The OS error behind a failed connect that is not a timeout, as text; None if none."""
    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in _REFUSED:
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    return None


def _is_dns(e: BaseException) -> bool:
    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, socket.gaierror) or "Name or service not known" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _is_tls(e: BaseException) -> bool:
    seen: BaseException | None = e
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLError) or "SSL" in type(seen).__name__:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _reason_phrase(status: int) -> str:
    try:
        from http import HTTPStatus

        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)
