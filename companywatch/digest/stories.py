"""Story identity: when two articles are the same story told by different outlets.

Pure functions. Two articles are one story when their URLs are one page (:func:`url_key`, on top of
:func:`companywatch.parse.canonical_url`, re-exported here), or when they share a
watched company, were published within :data:`STORY_WINDOW` of each other and their headlines are
near-identical once the " - Publisher" suffix, case, accents and punctuation are gone.

The title threshold was set on real Google News feeds (tests/test_digest_stories.py): headlines of
*different* stories about the same subject (ten "Putin" stories of one day) reach at most 73 with
``token_set_ratio``; headlines that Google itself clustered as one story reach 80-92, and reworded
copies of one headline score 90-100. 85 keeps a clear margin over the hard negatives.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import SplitResult, urlsplit

from rapidfuzz import fuzz

from companywatch.parse import canonical_url, host_and_port

__all__ = [
    "StoryCandidate",
    "canonical_url",
    "display_link",
    "find_story",
    "safe_link",
    "same_story",
    "title_key",
    "title_similarity",
    "url_key",
]

STORY_WINDOW = timedelta(hours=48)
TITLE_THRESHOLD = 85.0
MIN_TITLE_TOKENS = 3  # a shorter key ("Spotify results") is a subset of too many headlines


def _web_parts(url: str) -> SplitResult | None:
    """``urlsplit(url)`` when it is an http(s) URL with a host, else None."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    return parts if parts.scheme in ("http", "https") and parts.netloc else None


def _is_web(url: str) -> bool:
    return _web_parts(url) is not None


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL free of spaces and control characters, else None."""
    if not url:
        return None
    url = url.strip()
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    return url if _is_web(url) else None


def display_link(url: str | None) -> str | None:
    """The link to show: :func:`canonical_url` (no wrapper, no tracking) when it is safe http(s)."""
    safe = safe_link(url)
    return safe_link(canonical_url(safe)) if safe else None


_AMP_PREFIX = re.compile(r"^/amp/")
_AMP_SUFFIX = re.compile(r"/amp/?$")
_AMP_EXTENSION = re.compile(r"\.amp(\.html?)?$")
_SLASHES = re.compile(r"/{2,}")


def _deamp_path(path: str) -> str:
    if "amp" not in path:  # none of the three patterns can match
        return path
    path = _AMP_PREFIX.sub("/", path)
    path = _AMP_SUFFIX.sub("/", path)
    return _AMP_EXTENSION.sub(lambda m: m.group(1) or "", path)


def url_key(url: str, *, canonical: bool = False) -> str:
    """What two URLs of one article have in common, for comparison only (never shown or fetched).

    Built on :func:`canonical_url` (the one canonicalizer, in :mod:`companywatch.parse`), then
    blind to what publishers vary for the same page: http or https, a "www.", "m." or "amp." host
    prefix, AMP path forms, the order of query parameters and a trailing slash.
    """
    canon = url if canonical else canonical_url(url)  # canonical=True: already canonical_url's
    parts = _web_parts(canon)
    if parts is None:
        return canon
    try:
        hostname, port = host_and_port(parts)
    except ValueError:
        return canon
    host = (hostname or "").lower()
    for prefix in ("www.", "amp.", "m."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
    if port:
        host = f"{host}:{port}"
    path = _deamp_path(parts.path)
    if "//" in path:
        path = _SLASHES.sub("/", path)
    path = path.rstrip("/")
    query = "&".join(sorted(q for q in parts.query.split("&") if q and q.lower() != "amp"))
    return f"{host}{path}" + (f"?{query}" if query else "")


class _DropCombining(dict[int, int | None]):
    """A :meth:`str.translate` table deleting combining marks (``unicodedata.combining`` != 0),
    filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _DropCombining()
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
    text = strip_publisher(title)
    if not text.isascii():  # ASCII: NFKD changes nothing and there is no combining mark
        text = unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING)
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
    if _is_web(a_url) and url_key(a_url) == url_key(b_url):
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
    canon = url_key(link)
    key = title_key(title)
    short = len(key.split()) < MIN_TITLE_TOKENS
    best: tuple[float, datetime, int] | None = None
    for c in recent:
        if _is_web(link) and url_key(c.link) == canon:
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
