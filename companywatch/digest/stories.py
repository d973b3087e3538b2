"""Story identity: when two articles are the same story told by different outlets.

Pure functions. Two articles are one story when their canonical URLs are equal, or when they share a
watched company, were published within :data:`STORY_WINDOW` of each other and their headlines are
near-identical once the " - Publisher" suffix, case, accents and punctuation are gone.

The title threshold was set on real Google News feeds (tests/test_digest_stories.py): headlines of
*different* stories about the same subject (ten "Putin" stories of one day) reach at most 73 with
``token_set_ratio``; headlines that Google itself clustered as one story reach 80-92, and reworded
copies of one headline score 90-100. 85 keeps a clear margin over the hard negatives.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from rapidfuzz import fuzz

STORY_WINDOW = timedelta(hours=48)
TITLE_THRESHOLD = 85.0
MIN_TITLE_TOKENS = 3  # a shorter key ("Spotify results") is a subset of too many headlines

# Query parameters that only track the reader; removing them never changes the page.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "cmp",
        "oc",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "smid",
        "sr_share",
        "spm",
        "ito",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "outputtype",
        "amp",
        "ncid",
        "taid",
        "icid",
        "soc_src",
        "soc_trk",
        "traffic_source",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "vero_")

# Redirect wrappers: host (without "www.") and path -> query parameter holding the real URL.
_WRAPPERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("news.google.com", "/news/url"): ("url",),
    ("google.com", "/url"): ("url", "q"),
    ("bing.com", "/news/apiclick.aspx"): ("url",),
    ("bing.com", "/ck/a"): ("u",),
    ("l.facebook.com", "/l.php"): ("u",),
    ("lm.facebook.com", "/l.php"): ("u",),
    ("t.umblr.com", "/redirect"): ("z",),
    ("out.reddit.com", ""): ("url",),
}
_GOOGLE_NEWS_ARTICLE = re.compile(r"^/(?:__i/)?rss/(?:rd/)?articles/([A-Za-z0-9_-]+)")


def _is_web(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL free of spaces and control characters, else None."""
    if not url:
        return None
    url = url.strip()
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        return url if _is_web(url) else None
    except ValueError:  # e.g. a bad port or IPv6 literal
        return None


def display_link(url: str | None) -> str | None:
    """The link to show: :func:`clean_url` of ``url`` when that is a safe http(s) URL."""
    safe = safe_link(url)
    if safe is None:
        return None
    try:
        return safe_link(clean_url(safe))
    except ValueError:
        return safe


def _google_news_target(article_id: str) -> str | None:
    """The publisher URL inside an old-style Google News article id (a small protobuf), if any.

    Ids since 2024 are opaque; those stay as they are.
    """
    try:
        raw = base64.urlsafe_b64decode(article_id + "=" * (-len(article_id) % 4))
    except (binascii.Error, ValueError):
        return None
    # 08 13 22 <varint length> <url> ...: field 4 (string) after a small header.
    start = raw.find(b"\x22")
    if start < 0 or start > 4:
        return None
    length = 0
    shift = 0
    i = start + 1
    while i < len(raw):
        byte = raw[i]
        length |= (byte & 0x7F) << shift
        i += 1
        if not byte & 0x80:
            break
        shift += 7
    target = raw[i : i + length]
    if len(target) != length:
        return None
    try:
        text = target.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if _is_web(text) else None


def _unwrap(url: str) -> str:
    for _ in range(4):  # wrappers can nest (a Google redirect to a Bing click, ...)
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        path = parts.path.rstrip("/")
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        inner: str | None = None
        names = _WRAPPERS.get((host, path)) or _WRAPPERS.get((host, ""))
        if names:
            for name in names:
                candidate = unquote(params[name]) if name in params else ""
                if _is_web(candidate):
                    inner = candidate
                    break
        elif host == "news.google.com":
            m = _GOOGLE_NEWS_ARTICLE.match(parts.path)
            if m:
                inner = _google_news_target(m.group(1))
        if inner is None:
            return url
        url = inner
    return url


def _deamp_path(path: str) -> str:
    path = re.sub(r"/amp/?$", "/", path)
    path = re.sub(r"^/amp/", "/", path)
    path = re.sub(r"\.amp(\.html?)?$", lambda m: m.group(1) or "", path)
    path = re.sub(r"/amp/([^/]+)$", r"/\1", path)
    return path


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES)


def clean_url(url: str) -> str:
    """``url`` to show the reader: redirect wrappers and tracking parameters removed, else as is."""
    url = url.strip()
    if not _is_web(url):
        return url
    try:
        parts = urlsplit(_unwrap(url))
    except ValueError:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
    if len(kept) == len(pairs):
        return urlunsplit(parts)
    return urlunsplit(parts._replace(query=urlencode(kept)))


def canonical_url(url: str) -> str:
    """The URL that identifies an article: redirect wrappers, tracking parameters and AMP gone.

    Lower-case scheme and host, no "www." or "amp." prefix, no default port, no fragment, the query
    sorted, no trailing slash. Anything that is not an absolute http(s) URL comes back stripped.
    """
    url = url.strip()
    if not _is_web(url):
        return url
    try:
        return _canonical(_unwrap(url))
    except ValueError:  # a port that is not a number, ...
        return url


def _canonical(url: str) -> str:
    parts = urlsplit(url)
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in ("www.", "amp.", "m."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
    if host.startswith("ampproject.org") or host.endswith(".cdn.ampproject.org"):
        # https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a -> example.com/a
        m = re.match(r"^/[a-z]/(?:s/)?([^/]+)(/.*)?$", parts.path)
        if m:
            return canonical_url(f"https://{m.group(1)}{m.group(2) or '/'}")
    port = parts.port if parts.port not in (None, 80, 443) else None
    netloc = f"{host}:{port}" if port else host
    path = _deamp_path(parts.path) or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, "" if path == "/" else path, urlencode(query), ""))


_SUFFIX = re.compile(r"\s+[-–—|]\s+([^-–—|]{1,60})$")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def strip_publisher(title: str) -> str:
    """The headline without a trailing " - Publisher" (or " | Publisher") of at most six words."""
    title = " ".join(title.split())
    m = _SUFFIX.search(title)
    if m and len(m.group(1).split()) <= 6 and m.start() > 0:
        return title[: m.start()]
    return title


def title_key(title: str) -> str:
    """A headline folded for comparison: no publisher suffix, accents, case or punctuation."""
    text = unicodedata.normalize("NFKD", strip_publisher(title))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'s ", " ").replace("’s ", " ")
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def title_similarity(a_title: str, b_title: str) -> float:
    """0-100: how alike two headlines are after :func:`title_key` (0 if either is too short)."""
    a, b = title_key(a_title), title_key(b_title)
    if min(len(a.split()), len(b.split())) < MIN_TITLE_TOKENS:
        return 100.0 if a == b and a else 0.0
    return float(fuzz.token_set_ratio(a, b))


def same_story(
    a_title: str,
    a_url: str,
    a_time: datetime,
    a_companies: frozenset[int] | set[int] | Sequence[int],
    b_title: str,
    b_url: str,
    b_time: datetime,
    b_companies: frozenset[int] | set[int] | Sequence[int],
) -> bool:
    """True when two articles tell the same story (see the module docstring)."""
    if canonical_url(a_url) == canonical_url(b_url) and _is_web(a_url):
        return True
    if not set(a_companies) & set(b_companies):
        return False
    if abs(a_time - b_time) > STORY_WINDOW:
        return False
    return title_similarity(a_title, b_title) >= TITLE_THRESHOLD


@dataclass(frozen=True)
class StoryCandidate:
    """An article already stored, as :func:`find_story` needs it."""

    story_id: int
    title: str
    link: str
    time: datetime
    company_ids: frozenset[int]


def find_story(
    title: str,
    link: str,
    time: datetime,
    company_ids: frozenset[int],
    recent: Sequence[StoryCandidate],
) -> int | None:
    """The story a new article joins, or None for a new story.

    A canonical URL match wins; otherwise the candidate with the most similar headline among those
    that pass :func:`same_story` (ties: the most recent). ``recent`` should hold the articles of the
    last :data:`STORY_WINDOW` or so for the same companies; the caller picks them.
    """
    canon = canonical_url(link)
    key = title_key(title)
    short = len(key.split()) < MIN_TITLE_TOKENS
    best: tuple[float, datetime, int] | None = None
    for c in recent:
        if _is_web(link) and canonical_url(c.link) == canon:
            return c.story_id
        if not (company_ids & c.company_ids) or abs(time - c.time) > STORY_WINDOW:
            continue
        other = title_key(c.title)
        if short or len(other.split()) < MIN_TITLE_TOKENS:
            score = 100.0 if key == other and key else 0.0
        else:
            score = float(fuzz.token_set_ratio(key, other))
        if score >= TITLE_THRESHOLD and (best is None or (score, c.time) > best[:2]):
            best = (score, c.time, c.story_id)
    return best[2] if best else None
