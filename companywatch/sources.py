"""Source kinds: how to get news for a company (URL builders; no I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode, urlsplit

from companywatch.errors import ConfigError
from companywatch.models import SourceKind

MAX_QUERY_TERMS = 6  # search engines cut long OR-queries; the name and the first aliases suffice


def _query(name: str, aliases: Sequence[str]) -> str:
    terms = list(dict.fromkeys([name, *aliases]))[:MAX_QUERY_TERMS]
    return " OR ".join(f'"{t}"' for t in terms)


def _locale_parts(locale: str) -> tuple[str, str]:
    lang, _, region = locale.partition("-")
    return lang.lower(), (region or lang).upper()


def google_news_url(name: str, aliases: Sequence[str] = (), *, locale: str = "en-US") -> str:
    """Google News search RSS for the quoted name and aliases, with matching hl/gl/ceid."""
    lang, region = _locale_parts(locale)
    hl = f"{lang}-{region}" if lang == "en" else lang
    params = {"q": _query(name, aliases), "hl": hl, "gl": region, "ceid": f"{region}:{lang}"}
    return "https://news.google.com/rss/search?" + urlencode(params)


def bing_news_url(name: str, aliases: Sequence[str] = (), *, locale: str = "en-US") -> str:
    """Bing News search RSS for the quoted name and aliases."""
    lang, region = _locale_parts(locale)
    params = {
        "q": _query(name, aliases),
        "format": "rss",
        "setlang": f"{lang}-{region}",
        "cc": region,
    }
    return "https://www.bing.com/news/search?" + urlencode(params)


def search_url(kind: SourceKind, name: str, aliases: Sequence[str], *, locale: str) -> str:
    if kind is SourceKind.GOOGLE_NEWS:
        return google_news_url(name, aliases, locale=locale)
    if kind is SourceKind.BING_NEWS:
        return bing_news_url(name, aliases, locale=locale)
    raise ValueError(f"{kind} is not a search source")


def default_sources(
    name: str, aliases: Sequence[str], *, kinds: Sequence[str], locale: str
) -> list[tuple[SourceKind, str]]:
    return [(SourceKind(k), search_url(SourceKind(k), name, aliases, locale=locale)) for k in kinds]


def check_feed_url(url: str) -> str:
    """A feed URL the user typed: http or https with a host, or a one-line error."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"not a feed URL: {url!r} (expected http:// or https://...)")
    return url.strip()
