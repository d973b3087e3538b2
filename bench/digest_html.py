"""Digest cost at scale: compose + render for N companies x M stories (2 outlets per story).

Usage: python bench/digest_html.py [companies] [stories_per_company]
Prints median milliseconds of 3 runs per step and the output sizes.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from companywatch.digest.compose import compose
from companywatch.digest.render import render_html, render_json, render_text
from companywatch.digest.topics import load_rules
from companywatch.mailer import build_message
from companywatch.models import Article, Company, SourceKind

NOW = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)


def build(n_companies: int, per_company: int) -> tuple[list[Article], dict[int, Company]]:
    companies = {i: Company(i, f"Company {i:04d}") for i in range(1, n_companies + 1)}
    articles = []
    for c in companies:
        for j in range(per_company):
            story = c * 1000 + j
            title = f"Company {c:04d} story {j}: " + (
                "to cut 300 jobs in restructuring" if j % 7 == 0 else "launches a new product line"
            )
            for k in range(2):
                articles.append(
                    Article(
                        id=story * 10 + k,
                        title=title,
                        link=f"https://outlet{k}.example.com/{c}/{j}?utm_source=rss",
                        publisher=f"Outlet {k}",
                        published=NOW - timedelta(hours=j + k),
                        first_seen=NOW - timedelta(hours=j),
                        summary="A summary sentence of moderate length about the story. " * 3,
                        story_id=story,
                        company_ids=(c,),
                        source_kinds=(SourceKind.GOOGLE_NEWS,),
                    )
                )
    return articles, companies


def median_ms(fn: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(3):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    articles, companies = build(n, m)
    rules = load_rules()
    tz = ZoneInfo("Europe/Stockholm")
    ms, digest = median_ms(
        lambda: compose(
            articles, companies, [], now=NOW, since=None, max_per_company=m, rules=rules, tz=tz
        )
    )
    print(f"{n} companies x {m} stories, {len(articles)} articles")
    print(f"compose      {ms:8.1f} ms")
    for name, fn in [
        ("render_text", render_text),
        ("render_html", render_html),
        ("render_json", render_json),
    ]:
        ms, out = median_ms(lambda fn=fn: fn(digest))  # type: ignore[misc]
        print(f"{name:12} {ms:8.1f} ms  {len(str(out).encode()) / 1000:8.1f} KB")
    ms, msg = median_ms(
        lambda: build_message(digest, sender="a@example.org", recipients=["b@example.org"], now=NOW)  # type: ignore[arg-type]
    )
    print(f"build_message{ms:8.1f} ms  {len(bytes(msg)) / 1000:8.1f} KB")  # type: ignore[call-overload]


if __name__ == "__main__":
    main()
