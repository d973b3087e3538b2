"""A fixed watch list, articles and sources for the digest tests (golden files, browser check).

Written for these tests; the headlines imitate real Google News items of the kind the digest must
handle: one story from three outlets, a Swedish layoff notice, a company press release, a headline
with markup and a javascript: link that must never reach the HTML.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from companywatch.digest.compose import Digest, Reminder, compose
from companywatch.digest.topics import load_rules
from companywatch.models import (
    Article,
    Company,
    CompanyStatus,
    Source,
    SourceKind,
    Stage,
)

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=1)
TZ = ZoneInfo("Europe/Stockholm")

SPOTIFY, KLARNA, ERICSSON, VOLVO, HM, NORTHVOLT = 1, 2, 3, 4, 5, 6

COMPANIES = {
    c.id: c
    for c in [
        Company(SPOTIFY, "Spotify", stage=Stage.INTERVIEWING, last_contact=date(2026, 11, 20)),
        Company(KLARNA, "Klarna", stage=Stage.APPLIED),
        Company(ERICSSON, "Ericsson"),
        Company(VOLVO, "Volvo Cars", stage=Stage.REJECTED),
        Company(HM, "H&M", aliases=("H & M", "Hennes & Mauritz")),
        Company(NORTHVOLT, "Northvolt", status=CompanyStatus.DROPPED),
    ]
}


def _t(hours_ago: float) -> datetime:
    return NOW - timedelta(hours=hours_ago)


def article(
    id: int,
    title: str,
    link: str,
    publisher: str | None,
    hours_ago: float,
    story_id: int,
    companies: tuple[int, ...],
    summary: str = "",
    kinds: tuple[SourceKind, ...] = (SourceKind.GOOGLE_NEWS,),
) -> Article:
    return Article(
        id=id,
        title=title,
        link=link,
        publisher=publisher,
        published=_t(hours_ago),
        first_seen=_t(hours_ago - 0.5),
        summary=summary,
        story_id=story_id,
        company_ids=companies,
        source_kinds=kinds,
    )


ARTICLES = [
    # One story, three outlets.
    article(
        1,
        "Spotify to cut 1,500 jobs in third round of layoffs this year",
        "https://www.reuters.com/technology/spotify-cut-jobs-2026-11-25/?utm_source=rss",
        "Reuters",
        20,
        101,
        (SPOTIFY,),
        "Spotify will cut about 17% of its workforce, chief executive Daniel Ek said on Monday, "
        "as the music streaming company tries to rein in costs.",
    ),
    article(
        2,
        "Spotify to cut 1,500 jobs in third round of layoffs",
        "https://www.bloomberg.com/news/articles/2026-11-25/spotify-to-cut-jobs",
        "Bloomberg",
        19,
        101,
        (SPOTIFY,),
        kinds=(SourceKind.BING_NEWS,),
    ),
    article(
        3,
        "Spotify cuts 1,500 jobs in third round of layoffs this year",
        "https://www.theverge.com/2026/11/25/spotify-layoffs",
        "The Verge",
        18,
        101,
        (SPOTIFY,),
    ),
    article(
        4,
        "Spotify varslar 200 anställda i Stockholm",
        "https://www.di.se/nyheter/spotify-varslar-200/",
        "Dagens industri",
        6,
        102,
        (SPOTIFY,),
        "Musikströmningstjänsten Spotify varslar 200 anställda i Stockholm.",
    ),
    article(
        5,
        "Spotify launches audiobooks in Sweden",
        "https://techcrunch.com/2026/11/25/spotify-audiobooks-sweden/",
        "TechCrunch",
        12,
        103,
        (SPOTIFY,),
    ),
    article(
        6,
        "Klarna raises $800 million in funding round at lower valuation",
        "https://www.ft.com/content/klarna-funding",
        "Financial Times",
        10,
        104,
        (KLARNA,),
    ),
    article(
        7,
        "Spotify and Klarna partner on in-app payments for podcasts",
        "https://www.breakit.se/artikel/spotify-klarna",
        "Breakit",
        8,
        105,
        (SPOTIFY, KLARNA),
    ),
    article(
        8,
        "Ericsson names new CFO",
        "https://www.ericsson.com/en/newsroom/latest-news/2026/11/new-cfo",
        "Ericsson",
        9,
        106,
        (ERICSSON,),
        "Ericsson today announced the appointment of a new Chief Financial Officer.",
        kinds=(SourceKind.NEWSROOM,),
    ),
    article(
        9,
        "Ericsson demonstrates 5G network slicing with Telia in Stockholm",
        "https://www.mobileworldlive.com/ericsson-telia-slicing",
        "Mobile World Live",
        15,
        107,
        (ERICSSON,),
    ),
    article(
        10,
        "H&M opens flagship store in Milan",
        "https://fashionunited.com/news/h-m-milan",
        "FashionUnited",
        3,
        108,
        (HM,),
    ),
    # Hostile feed content: markup in the title and summary, a javascript: link.
    article(
        11,
        "<script>alert(1)</script> Volvo Cars recalls <b>EX30</b> models",
        "javascript:alert(1)",
        "Evil & Co <i>News</i>",
        5,
        109,
        (VOLVO,),
        '<img src=x onerror="alert(2)"> Recall affects 10,000 cars.',
    ),
    # Older than the window: left out, reported as skipped.
    article(
        12,
        "Ericsson to cut 1,200 jobs in Sweden",
        "https://www.reuters.com/ericsson-cuts-old",
        "Reuters",
        24 * 30,
        110,
        (ERICSSON,),
    ),
    # About a dropped company only: left out.
    article(
        13,
        "Northvolt files for bankruptcy in Sweden",
        "https://www.reuters.com/northvolt-bankruptcy",
        "Reuters",
        7,
        111,
        (NORTHVOLT,),
    ),
]

SOURCES = [
    Source(
        1,
        SourceKind.GOOGLE_NEWS,
        "https://news.google.com/rss/search?q=Spotify",
        SPOTIFY,
        "Spotify",
        last_success=_t(2),
    ),
    Source(
        2,
        SourceKind.NEWSROOM,
        "https://www.klarna.com/feed/",
        KLARNA,
        "Klarna",
        last_success=_t(80),
        error_count=3,
        last_error="HTTP 503",
        last_error_at=_t(1),
    ),
    Source(
        3,
        SourceKind.FEED,
        "https://example.org/hm.rss",
        HM,
        "H&M",
        disabled_reason="gone: HTTP 410",
        last_success=_t(200),
    ),
    Source(
        4,
        SourceKind.BING_NEWS,
        "https://www.bing.com/news/search?q=Ericsson&format=rss",
        ERICSSON,
        "Ericsson",
        last_success=_t(24 * 5),
    ),
    Source(
        5,
        SourceKind.NEWSROOM,
        "https://northvolt.com/feed",
        NORTHVOLT,
        "Northvolt",
        error_count=9,
        last_error="HTTP 404",
    ),
]

REMINDERS = [
    Reminder(
        "You expected to hear from Spotify by Nov 24 (2 days ago): a short follow-up email is fine now.",
        "Spotify",
        "hear_by",
    ),
]


def sample_digest(**overrides: object) -> Digest:
    kwargs: dict[str, object] = {
        "now": NOW,
        "since": SINCE,
        "rules": load_rules(),
        "reminders": REMINDERS,
        "tz": TZ,
    }
    kwargs.update(overrides)
    return compose(ARTICLES, COMPANIES, SOURCES, **kwargs)  # type: ignore[arg-type]
