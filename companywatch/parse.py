"""Feed bodies to plain records. Pure: bytes in, :class:`~companywatch.models.ParsedFeed` out.

feedparser is the parser of record, and it only ever gets bytes (never a URL or a path: it would
open local files or fetch). A fast path built on lxml handles plain, well-formed RSS 2.0 and Atom
1.0 and must give exactly the items the feedparser path gives; anything it is unsure of (a DTD, an
odd encoding, elements it does not know, a missing link...) goes to feedparser instead. The corpus
test proves the identity on every real feed the fast path accepts.

Hostile input: a DOCTYPE internal subset is rewritten before feedparser sees it, keeping only
short literal entities whose total expansion is small; external entities and DTDs are never loaded
(expat is told not to, lxml runs with ``resolve_entities=False, no_network=True, load_dtd=False``).
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
import io
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import SplitResult, parse_qsl, unquote, urljoin, urlsplit, urlunsplit

import feedparser
from feedparser.datetimes import _parse_date
from feedparser.urls import _urljoin
from lxml import etree  # type: ignore[import-untyped,unused-ignore]

from companywatch.errors import ParseError
from companywatch.models import Item, ParsedFeed

SUMMARY_MAX = 1000
TITLE_MAX = 500

__all__ = ["canonical_url", "host_and_port", "looks_like_html", "parse_feed"]


# --------------------------------------------------------------------------- public API


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse a fetched body. ``url`` is where it came from (the base for relative links).

    Raises :class:`ParseError` ("not a feed: ...") for an HTML page, a document with no feed
    structure, or one refused as hostile. A feed that feedparser flags as ill-formed but that still
    yields items is returned with ``bozo`` set.
    """
    hdrs = {k.lower(): v for k, v in (headers or {}).items()}
    if looks_like_html(body, hdrs.get("content-type")):
        raise ParseError("not a feed: an HTML page")
    fast = parse_fast(body, url=url, headers=hdrs)
    if fast is not None:
        return fast
    return parse_slow(body, url=url, headers=hdrs)


def looks_like_html(body: bytes, content_type: str | None) -> bool:
    """True when ``body`` is an HTML page rather than a feed (whatever the server called it)."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while head.startswith((b"<?", b"<!--")):
        end = head.find(b"?>" if head.startswith(b"<?") else b"-->")
        if end < 0:
            break
        head = head[end + 2 :].lstrip(b" \t\r\n>")
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if head.startswith((b"<rss", b"<feed", b"<rdf", b"<?xml", b"<!doctype rss", b"<channel")):
        return False
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return b"<rss" not in head and b"<feed" not in head and b"<rdf:rdf" not in head
    return False


_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "mkt_tok",
        "_ga",
        "_gl",
        "ocid",
        "ncid",
        "cmpid",
        "smid",
        "sr_share",
        "at_medium",
        "at_campaign",
        "spm",
        "outputtype",  # outputType=amp
        "amp",
        "ito",
        "taid",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "hsa_", "__hs", "vero_")
_WRAPPER_PARAMS = ("url", "u", "q", "dest", "target")
_GOOGLE_HOSTS = frozenset({"news.google.com", "www.google.com", "google.com"})
_BING_HOSTS = frozenset({"www.bing.com", "bing.com", "cc.bingj.com"})


def canonical_url(url: str) -> str:
    """The URL an article is known by: wrappers unwrapped, tracking parameters and AMP removed.

    Deterministic and idempotent; a string that is not an http(s) URL comes back stripped.
    """
    url = url.strip()
    for _ in range(3):
        inner = _unwrap(url)
        if inner is None or inner == url:
            break
        url = inner
    try:
        parts = urlsplit(url)
        hostname, port = host_and_port(parts)
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not hostname:
        return url
    host = hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    if port is not None and not (
        (scheme == "http" and port == 80) or (scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if path.endswith("/amp") or path.endswith("/amp/"):
        path = path[: path.rstrip("/").rfind("/")] or "/"
    # Filter the raw segments so the kept parameters stay byte-for-byte as they were.
    kept = [
        seg
        for seg in parts.query.split("&")
        if seg and not _is_tracking(unquote(seg.split("=", 1)[0]), host)
    ]
    q = "&".join(kept)
    if not host:  # a host of dots only
        return urlunsplit((scheme, host, path, q, ""))
    # urlunsplit((scheme, host, path, q, "")) spelled out, for a host that is not empty and a
    # path that starts with "/" (urlsplit's path after a netloc is empty or starts with "/").
    return f"{scheme}://{host}{path}?{q}" if q else f"{scheme}://{host}{path}"


# --------------------------------------------------------------------------- shared helpers


def host_and_port(parts: SplitResult) -> tuple[str | None, int | None]:
    """``(parts.hostname, parts.port)``, raising ValueError as ``parts.port`` does; the netloc
    is read once, not twice, in the common case (no user, IPv6 brackets, port or zone)."""
    netloc = parts.netloc
    if "@" in netloc or "[" in netloc or ":" in netloc or "%" in netloc:
        return parts.hostname, parts.port
    return netloc.lower() or None, None


def _is_tracking(key: str, host: str) -> bool:
    k = key.lower()
    if k in _TRACKING or k.startswith(_TRACKING_PREFIXES):
        return True
    return k == "oc" and host == "news.google.com"


# A Google News article link in its plain form, which urlsplit would split the same way: the
# host exactly so (no port, user or case to fold), no space or control character anywhere.
_GOOGLE_NEWS_ARTICLE = re.compile(
    r"https?://news\.google\.com(/[^?#\x00-\x20]*)(?:[?#][^\x00-\x20]*)?"
)


def _unwrap(url: str) -> str | None:
    """The article URL hidden in a redirect wrapper (Google News, Google, Bing, AMP caches)."""
    plain = _GOOGLE_NEWS_ARTICLE.fullmatch(url)
    if plain is not None and "/articles/" in plain.group(1):
        return _google_news_article(plain.group(1).rsplit("/", 1)[-1])  # most news items
    netloc = url.partition("://")[2].partition("/")[0].lower()
    if "google." not in netloc and "bing" not in netloc and "ampproject.org" not in netloc:
        return None  # the common case, decided without parsing the URL
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = parts.path
    if host in _GOOGLE_HOSTS or host in _BING_HOSTS:
        if host == "news.google.com" and "/articles/" in path:
            return _google_news_article(path.rsplit("/", 1)[-1])
        if host in _GOOGLE_HOSTS and path.startswith("/amp/s/"):
            return "https://" + path[len("/amp/s/") :]
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        for name in _WRAPPER_PARAMS:
            value = params.get(name, "").strip()
            if value.lower().startswith(("http://", "https://")):
                return value
        return None
    if host.endswith(".cdn.ampproject.org") and path.startswith(("/c/s/", "/v/s/")):
        return "https://" + path[5:]
    return None


def _google_news_article(token: str) -> str | None:
    """Old-style Google News article ids are base64 protobufs holding the URL as field 4."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 4 or raw[0] != 0x08 or raw[2] != 0x22:
        return None
    pos, length, shift = 3, 0, 0
    while pos < len(raw) and shift < 28:
        byte = raw[pos]
        pos += 1
        length |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    candidate = raw[pos : pos + length]
    if len(candidate) != length:
        return None
    try:
        text = candidate.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.startswith(("http://", "https://")) and _WHITESPACE.search(text) is None:
        return text
    return None


_WHITESPACE = re.compile(r"\s")
_TAG = re.compile(r"<(?:[A-Za-z/!?][^<>]*)>")
_DROP_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)


def _plain(value: str | None, cap: int) -> str:
    """HTML or text to one line of plain text: tags removed, entities decoded, spaces collapsed."""
    if not value:
        return ""
    text = value
    if "<" in text:
        text = _DROP_BLOCKS.sub(" ", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        if "<" in text:  # markup that was escaped twice
            text = _TAG.sub(" ", text)
    text = " ".join(text.split())  # str.split and re's \s: the same (Unicode) whitespace
    if len(text) > cap:
        cut = text.rfind(" ", 0, cap)
        text = text[: cut if cut > cap // 2 else cap].rstrip() + "…"
    return text


def _is_news_search(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "news.google.com" or host in _BING_HOSTS


def _title_and_publisher(
    raw_title: str | None, source: str | None, feed_url: str
) -> tuple[str, str | None]:
    title = _plain(raw_title, TITLE_MAX)
    publisher = _plain(source, 200) or None
    if publisher:
        suffix = " - " + publisher
        if title.endswith(suffix) and len(title) > len(suffix):
            title = title[: -len(suffix)].rstrip()
    elif _is_news_search(feed_url):
        head, sep, tail = title.rpartition(" - ")
        if sep and head.strip() and tail.strip() and len(tail) <= 80:
            title, publisher = head.rstrip(), tail.strip()
    return title, publisher


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = _parse_date(value)
    return _from_struct(parsed)


def _from_struct(t: time.struct_time | None) -> datetime | None:
    if t is None:
        return None
    try:
        return datetime(*t[:6], tzinfo=UTC)
    except (ValueError, TypeError, OverflowError):
        return None


def _make_item(
    *,
    title: str | None,
    link: str | None,
    guid: str | None,
    source: str | None,
    published: datetime | None,
    summary: str | None,
    feed_url: str,
) -> Item | None:
    clean_title, publisher = _title_and_publisher(title, source, feed_url)
    clean_link = canonical_url(link) if link else ""
    if not clean_title and not clean_link:
        return None
    plain = _plain(summary, SUMMARY_MAX)
    if _is_aggregate(plain, clean_title):
        plain = ""
    return Item(
        title=clean_title,
        link=clean_link,
        guid=(guid or "").strip() or None,
        publisher=publisher,
        published=published,
        summary=plain,
    )


def _is_aggregate(summary: str, title: str) -> bool:
    """A news aggregator's summary (Google News: the headline again, its publisher, then other
    outlets' headlines and names). It says nothing of its own, and its outlet names ("... CNN")
    would read as mentions of those companies, so it is dropped."""
    if not summary or not title:
        return False
    if summary.endswith("View full coverage on Google News"):
        return True
    return summary.startswith(title) and len(summary) - len(title) < 80


# --------------------------------------------------------------------------- feedparser path

_UTF16_32 = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\x00<\x00", b"<\x00")
_ENTITY_DECL = re.compile(rb"""<!ENTITY\s+([A-Za-z_][\w.\-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>""")
_SAFE_VALUE = re.compile(rb"(?:&#[0-9]{1,7};|&#x[0-9a-fA-F]{1,6};|[^&%<\"])*")
_ROOT_START = re.compile(rb"<[A-Za-z_]")
MAX_ENTITY_VALUE = 256
MAX_ENTITY_EXPANSION = 1024 * 1024


def defuse(body: bytes) -> bytes:
    """Rewrite a DOCTYPE internal subset so that no entity can expand much or point anywhere.

    Kept: general entities with short literal values (text or one character reference) whose
    references in the document add at most ``MAX_ENTITY_EXPANSION`` bytes. Dropped: everything
    else (parameter entities, external entities, nested references, element declarations).
    """
    if body.startswith(_UTF16_32) or b"\x00" in body[:4]:
        text = body[:200_000].decode("utf-16" if body[:2] != b"\x00\x00" else "utf-32", "replace")
        if "<!ENTITY" in text or "<!entity" in text or "<!DOCTYPE" in text:
            raise ParseError("not a feed: a UTF-16/32 document with a DTD is refused")
        return body
    root = _ROOT_START.search(body)
    prolog_end = root.start() if root else len(body)
    start = body.find(b"<!DOCTYPE", 0, prolog_end)
    if start < 0:
        if b"<!ENTITY" in body[:prolog_end]:
            raise ParseError("not a feed: entity declarations outside a DOCTYPE")
        return body
    end, subset = _scan_doctype(body, start)
    if subset is None:  # no internal subset: nothing to expand, expat loads no external DTD
        return body
    kept: list[bytes] = []
    expansion = 0
    rest = body[end:]
    for m in _ENTITY_DECL.finditer(subset):
        name, value = m.group(1), m.group(2) if m.group(2) is not None else m.group(3)
        if len(value) > MAX_ENTITY_VALUE or not _SAFE_VALUE.fullmatch(value):
            continue
        if b'"' in value:
            continue
        expansion += rest.count(b"&" + name + b";") * len(value)
        kept.append(b"<!ENTITY " + name + b' "' + value + b'">')
    if expansion > MAX_ENTITY_EXPANSION:
        kept = []
    m_name = re.match(rb"<!DOCTYPE\s+([A-Za-z_][\w.:\-]*)", body[start:end])
    name = m_name.group(1) if m_name else b"feed"
    replacement = b"<!DOCTYPE " + name + b" [\n" + b"\n".join(kept) + b"\n]>" if kept else b""
    return body[:start] + replacement + rest


def _scan_doctype(body: bytes, start: int) -> tuple[int, bytes | None]:
    """Find the end of the DOCTYPE at ``start``: (index after '>', internal subset or None)."""
    i = start + len(b"<!DOCTYPE")
    n = len(body)
    subset_start = -1
    depth = 0
    while i < n:
        c = body[i]
        if c in (0x22, 0x27):  # quoted literal
            close = body.find(bytes([c]), i + 1)
            if close < 0:
                raise ParseError("not a feed: unterminated DOCTYPE")
            i = close + 1
            continue
        if depth and body.startswith(b"<!--", i):
            close = body.find(b"-->", i + 4)
            if close < 0:
                raise ParseError("not a feed: unterminated DOCTYPE")
            i = close + 3
            continue
        if c == 0x5B:  # [
            if depth == 0:
                subset_start = i + 1
            depth += 1
        elif c == 0x5D:  # ]
            depth -= 1
            if depth == 0:
                close = body.find(b">", i)
                if close < 0:
                    raise ParseError("not a feed: unterminated DOCTYPE")
                return close + 1, body[subset_start:i]
        elif c == 0x3E and depth == 0:  # >
            return i + 1, None
        i += 1
    raise ParseError("not a feed: unterminated DOCTYPE")


def parse_slow(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """The feedparser path (the parser of record). Public so the corpus test can compare paths."""
    hdrs: dict[str, str] = {k.lower(): v for k, v in (headers or {}).items()}
    hdrs.setdefault("content-location", url)
    safe = defuse(body)
    try:
        result: Any = feedparser.parse(
            io.BytesIO(safe),
            response_headers=hdrs,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as e:  # feedparser has no error contract of its own
        raise ParseError(f"not a feed: the parser failed ({type(e).__name__}: {e})") from e
    entries = result.get("entries") or []
    feed = result.get("feed") or {}
    bozo = str(result.get("bozo_exception") or "") or None if result.get("bozo") else None
    if bozo and "content-type" not in hdrs and bozo.startswith("no Content-type specified"):
        bozo = None  # the caller did not say; nothing is wrong with the body
    if not entries and not result.get("version"):
        why = f" ({bozo})" if bozo else ""
        raise ParseError(f"not a feed: no feed structure found{why}")
    items: list[Item] = []
    for entry in entries:
        source = entry.get("source")
        source_title = source.get("title") if isinstance(source, Mapping) else None
        if not source_title:
            source_title = _namespaced_source(entry)
        summary = entry.get("summary")
        if not summary:
            content = entry.get("content") or []
            summary = content[0].get("value") if content else None
        published = _from_struct(entry.get("published_parsed")) or _from_struct(
            entry.get("updated_parsed")
        )
        item = _make_item(
            title=entry.get("title"),
            link=entry.get("link"),
            guid=entry.get("id"),
            source=source_title,
            published=published,
            summary=summary,
            feed_url=url,
        )
        if item is not None:
            items.append(item)
    return ParsedFeed(
        items=tuple(items),
        title=_plain(feed.get("title"), TITLE_MAX) or None,
        link=feed.get("link") or None,
        bozo=bozo,
    )


def _namespaced_source(entry: Mapping[str, Any]) -> str | None:
    # Bing News binds its prefix to a per-query namespace URI: match <News:Source> by local name.
    for key, value in entry.items():
        if key.endswith("_source") and isinstance(value, str) and value.strip():
            return value
    return None


# --------------------------------------------------------------------------- lxml fast path

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
# Item children that cannot change any field we read, in either path.
_RSS_IGNORED = frozenset(
    {
        "category",
        "comments",
        "enclosure",
        "author",
        f"{_DC}creator",
        f"{_DC}subject",
        "{http://wellformedweb.org/CommentAPI/}comment",
        "{http://wellformedweb.org/CommentAPI/}commentRss",
        "{http://purl.org/rss/1.0/modules/slash/}comments",
        "{http://search.yahoo.com/mrss/}content",
        "{http://search.yahoo.com/mrss/}thumbnail",
        "{http://www.w3.org/2005/Atom}link",
    }
)
_CHANNEL_OK = frozenset({"description", "pubDate", f"{_ATOM}link", "image", "textInput"})
_ATOM_IGNORED = frozenset(
    {f"{_ATOM}category", f"{_ATOM}author", f"{_ATOM}contributor", f"{_ATOM}rights"}
)
_XML_DECL = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")
_OK_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml", ""})


_ASCII_SUPERSETS = frozenset(
    {b"iso-8859-1", b"latin-1", b"latin1", b"us-ascii", b"ascii", b"windows-1252", b"cp1252"}
)
# Local names that feedparser maps onto a field we read, whatever their namespace.
_RISKY_LOCAL = frozenset(
    {
        "title",
        "link",
        "guid",
        "id",
        "description",
        "summary",
        "content",
        "encoded",
        "body",
        "fullitem",
        "source",
        "pubdate",
        "date",
        "published",
        "updated",
        "issued",
        "modified",
        "created",
        "abstract",
        "text",
        "tagline",
        "info",
        "origlink",
        "url",
        "href",
    }
)


def _ignorable(tag: object) -> bool:
    """An element that cannot change a field we read, in either path."""
    if not isinstance(tag, str):
        return True  # comments, processing instructions
    ns, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
    if ns in ("http://www.w3.org/1999/xhtml", "http://www.w3.org/2005/Atom"):
        return False
    if ns.startswith(("http://purl.org/dc/", "http://purl.org/rss/1.0/modules/content")):
        return False
    return local.lower() not in _RISKY_LOCAL


def _ignorable_el(el: Any) -> bool:
    return all(_ignorable(d.tag) for d in el.iter())


class _Unsure(Exception):
    """The fast path declines; feedparser decides."""


def parse_fast(
    body: bytes, *, url: str, headers: Mapping[str, str] | None = None
) -> ParsedFeed | None:
    """The lxml path for plain RSS 2.0 / Atom 1.0 in UTF-8; None when it is not sure."""
    result = fast_or_reason(body, url=url, headers=headers)
    return result if isinstance(result, ParsedFeed) else None


def fast_or_reason(
    body: bytes, *, url: str, headers: Mapping[str, str] | None = None
) -> ParsedFeed | str:
    """Like :func:`parse_fast`, but says why it declined (for the bench and the corpus test)."""
    hdrs = {k.lower(): v for k, v in (headers or {}).items()}
    why = _fast_ineligible(body, hdrs)
    if why:
        return why
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return "not well-formed"
    base = hdrs.get("content-location") or url
    try:
        if root.tag == "rss" and root.get("version") == "2.0":
            return _fast_rss(root, url, base)
        if root.tag == f"{_ATOM}feed":
            return _fast_atom(root, url, base)
    except _Unsure as e:
        return str(e)
    return f"root {root.tag}"


def _fast_ineligible(body: bytes, hdrs: Mapping[str, str]) -> str:
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        return "DTD"
    if b"xml:base" in body:
        return "xml:base"
    ctype, _, params = (hdrs.get("content-type") or "").partition(";")
    if ctype.strip().lower() not in _OK_TYPES:
        return "content-type"
    charset = re.search(r"charset\s*=\s*\"?([\w.\-]+)", params, re.I)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        return "charset"
    if not body.startswith(b"<"):
        return "leading bytes"
    decl = _XML_DECL.match(body)
    # An ASCII body reads the same in any ASCII-compatible charset.
    if (
        decl
        and decl.group(1).lower() not in (b"utf-8", b"utf8")
        and (decl.group(1).lower() not in _ASCII_SUPERSETS or not body.isascii())
    ):
        return "encoding"
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "not utf-8"
    return ""


# A link that feedparser's _urljoin gives back unchanged whatever the base (when the base parses):
# "http(s)://" in lower case and a host, so that feedparser's _urifixer has no extra slash to
# remove and urljoin returns the link itself (a base of another scheme, or none) or
# urlunparse(urlparse(link)), which is the link again when nothing is dropped or rewritten: no
# ';' (empty ;params are dropped), no empty '?' or '#' (checked apart), no space or control
# character anywhere (urlsplit strips some), a non-empty ASCII host without brackets (urlsplit
# checks those and may raise).
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[^/?#\[\];\x00-\x20\x7f-\U0010ffff]+(?:[/?#][^;\x00-\x20\x7f]*)?"
)


@functools.lru_cache(maxsize=32)
def _base_parses(base: str) -> bool:
    """False when urljoin would raise ValueError on ``base`` (feedparser's _urljoin then gives '')."""
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True


def _join(base: str, link: str) -> str:
    """Exactly feedparser's ``_urljoin(base, link)``, without parsing a plain absolute link."""
    if (
        _PLAIN_ABSOLUTE.fullmatch(link)
        and "?#" not in link
        and not link.endswith(("?", "#"))
        and _base_parses(base)
    ):
        return link
    return str(_urljoin(base, link))


def _text(el: Any) -> str:
    if len(el):
        raise _Unsure("element content")
    return str(el.text or "")


def _fast_rss(root: Any, url: str, base: str) -> ParsedFeed:
    channels = [c for c in root if c.tag == "channel"]
    if len(channels) != 1 or len(root) != 1:
        raise _Unsure("channel")
    channel = channels[0]
    feed_title: str | None = None
    feed_link: str | None = None
    items: list[Item] = []
    for child in channel:
        tag = child.tag
        if tag == "item":
            item = _fast_rss_item(child, url, base)
            if item is not None:
                items.append(item)
        elif tag == "title":
            if feed_title is not None:
                raise _Unsure("two titles")
            feed_title = _text(child)
        elif tag == "link":
            if feed_link is not None:
                raise _Unsure("two links")
            feed_link = _text(child).strip()
        elif tag not in _CHANNEL_OK and not _ignorable_el(child):
            raise _Unsure(str(tag))
    if feed_link is None:
        raise _Unsure("no channel link")
    return ParsedFeed(
        items=tuple(items),
        title=_plain(feed_title, TITLE_MAX) or None,
        link=urljoin(base, feed_link) if feed_link else None,
        bozo=None,
    )


def _fast_rss_item(el: Any, url: str, base: str) -> Item | None:
    fields: dict[str, str] = {}
    permalink = True
    for child in el:
        tag = child.tag
        if tag in ("title", "link", "guid", "pubDate", "description", "source", _CONTENT):
            if tag in fields:
                raise _Unsure(f"two {tag}")
            if tag == "guid":
                if child.get("isPermaLink") not in (None, "false", "true"):
                    raise _Unsure("isPermaLink")
                permalink = child.get("isPermaLink") != "false"
            fields[tag] = _text(child)
        elif tag == f"{_DC}date":
            if "dcdate" in fields:
                raise _Unsure("two dc:date")
            fields["dcdate"] = _text(child)
        elif tag not in _RSS_IGNORED and not _ignorable_el(child):
            raise _Unsure(str(tag))
    link = fields.get("link", "").strip()
    if not link or "title" not in fields:
        raise _Unsure("item without link or title")
    summary = fields.get("description") or fields.get(_CONTENT)
    guid = fields.get("guid", "").strip()
    if guid and permalink:  # feedparser resolves a permalink guid like a URL
        guid = _join(base, guid)
    return _make_item(
        title=fields["title"],
        link=_join(base, link),
        guid=guid,
        source=fields.get("source"),
        published=_when(fields.get("pubDate")) or _when(fields.get("dcdate")),
        summary=summary,
        feed_url=url,
    )


def _fast_atom(root: Any, url: str, base: str) -> ParsedFeed:
    feed_title: str | None = None
    feed_link: str | None = None
    items: list[Item] = []
    for child in root:
        tag = child.tag
        if tag == f"{_ATOM}entry":
            item = _fast_atom_entry(child, url, base)
            if item is not None:
                items.append(item)
        elif tag == f"{_ATOM}title":
            if feed_title is not None or child.get("type") not in (None, "text", "html"):
                raise _Unsure("feed title")
            feed_title = _text(child)
        elif tag == f"{_ATOM}link":
            if child.get("rel", "alternate") == "alternate" and feed_link is None:
                feed_link = child.get("href", "")
        elif isinstance(tag, str) and not tag.startswith(_ATOM) and not _ignorable_el(child):
            raise _Unsure(str(tag))
    if feed_link is None:  # feedparser's choice among the other links is subtle: let it choose
        raise _Unsure("no alternate link")
    return ParsedFeed(
        items=tuple(items),
        title=_plain(feed_title, TITLE_MAX) or None,
        link=urljoin(base, feed_link) if feed_link else None,
        bozo=None,
    )


def _fast_atom_entry(el: Any, url: str, base: str) -> Item | None:
    fields: dict[str, str] = {}
    link: str | None = None
    source: str | None = None
    for child in el:
        tag = child.tag
        if tag in (
            f"{_ATOM}title",
            f"{_ATOM}id",
            f"{_ATOM}published",
            f"{_ATOM}updated",
            f"{_ATOM}summary",
            f"{_ATOM}content",
        ):
            if tag in fields:
                raise _Unsure(f"two {tag}")
            if child.get("type") not in (None, "text", "html") or child.get("src") is not None:
                raise _Unsure("content type")
            fields[tag] = _text(child)
        elif tag == f"{_ATOM}link":
            rel = child.get("rel", "alternate")
            if rel == "alternate" and link is None:
                link = child.get("href")
        elif tag == f"{_ATOM}source":
            for s in child:
                if s.tag == f"{_ATOM}title":
                    source = _text(s)
        elif tag not in _ATOM_IGNORED and not _ignorable_el(child):
            raise _Unsure(str(tag))
    if not link or f"{_ATOM}title" not in fields:
        raise _Unsure("entry without link or title")
    published = _when(fields.get(f"{_ATOM}published")) or _when(fields.get(f"{_ATOM}updated"))
    summary = fields.get(f"{_ATOM}summary") or fields.get(f"{_ATOM}content")
    return _make_item(
        title=fields[f"{_ATOM}title"],
        link=_join(base, link.strip()),
        guid=_join(base, guid) if (guid := fields.get(f"{_ATOM}id", "").strip()) else None,
        source=source,
        published=published,
        summary=summary,
        feed_url=url,
    )
