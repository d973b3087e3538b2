"""Rendering: golden text/HTML/Markdown/JSON, escaping, http(s)-only links, the 100 KB cap."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from companywatch.digest.compose import compose
from companywatch.digest.render import (
    MAX_HTML_BYTES,
    render_html,
    render_json,
    render_markdown,
    render_text,
)
from companywatch.digest.topics import load_rules
from companywatch.models import Company, Source, SourceKind, Stage
from tests.digest_sample import NOW, TZ, article, sample_digest

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("CW_REGEN_GOLDEN") == "1"


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if REGEN:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with CW_REGEN_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("digest.txt", render_text),
        ("digest.html", render_html),
        ("digest.md", render_markdown),
        ("digest.json", render_json),
    ],
)
def test_golden(name: str, render) -> None:  # type: ignore[no-untyped-def]
    check_golden(name, render(sample_digest()))


class Page(HTMLParser):
    """Collects what a mail client would act on: tags, attributes, links and visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for k, v in attrs:
            self.attrs.append((k, v or ""))
            if k in ("href", "src"):
                self.links.append(v or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def test_html_escapes_feed_markup_and_keeps_only_web_links() -> None:
    html = render_html(sample_digest())
    page = parse(html)
    assert "script" not in page.tags
    assert not {"img", "i", "iframe", "object", "embed", "form", "style"} & set(page.tags)
    assert not [k for k, _ in page.attrs if k.startswith("on")]
    assert page.links and all(re.match(r"https?://", u) for u in page.links)
    assert "javascript:" not in html
    text = "".join(page.text)
    # The hostile title is shown as text, exactly as the feed wrote it.
    assert "<script>alert(1)</script> Volvo Cars recalls <b>EX30</b> models" in text
    assert "Evil & Co <i>News</i>" in text
    assert "+2 more sources" in text
    assert "Layoffs" in text and "Spotify varslar 200 anställda i Stockholm" in text


def test_times_are_local() -> None:
    text = render_text(sample_digest())
    # Article 1 was published 2026-11-25 10:00 UTC: 11:00 in Stockholm.
    assert "Reuters · Nov 25, 11:00 · +2 more sources" in text
    assert "times in Europe/Stockholm" in text


def test_json_carries_everything() -> None:
    data = json.loads(render_json(sample_digest()))
    assert data["story_count"] == 9 and data["timezone"] == "Europe/Stockholm"
    first = data["highlights"][1]
    assert first["labels"] == ["Layoffs"] and len(first["more_sources"]) == 2
    assert data["skipped_story_ids"] == [110, 111]


def _big(companies: int, per_company: int):  # type: ignore[no-untyped-def]
    watch = {
        i: Company(i, f"Company {i:02d} International", stage=Stage.WATCHING)
        for i in range(1, companies + 1)
    }
    articles = []
    for c in watch:
        for j in range(per_company):
            n = c * 100 + j
            title = f"Company {c:02d} International story {j}: " + "quarterly widget news " * 4
            if j == 0:
                title = f"Company {c:02d} International to cut 500 jobs in restructuring"
            articles.append(
                article(
                    n,
                    title,
                    f"https://news{j}.example.com/{c}/{j}?utm_source=x",
                    f"Outlet {j}",
                    j + 1,
                    n,
                    (c,),
                    "A summary of the story. " * 10,
                )
            )
            # A second outlet for every story: "+1 more source" with its link.
            articles.append(
                article(
                    n + 100_000,
                    title,
                    f"https://wire.example.org/{c}/{j}",
                    "Wire",
                    j + 1.5,
                    n,
                    (c,),
                )
            )
    return compose(
        articles,
        watch,
        [],
        now=NOW,
        since=None,
        max_per_company=per_company,
        rules=load_rules(),
        tz=TZ,
    )


def test_html_stays_under_100_kb_and_counts_the_rest() -> None:
    d = _big(50, 20)
    assert d.story_count == 1000
    html = render_html(d)
    size = len(html.encode())
    assert size <= MAX_HTML_BYTES
    assert size > MAX_HTML_BYTES * 0.9  # the cut keeps as much as fits
    page = parse(html)
    text = " ".join("".join(page.text).split())
    shown = html.count("border-top:1px solid #e6e6e6;overflow-wrap")
    m = re.search(r"(\d+) more stories did not fit in this email", text)
    assert m, "the cut must be announced"
    per_company = sum(int(x) for x in re.findall(r"and (\d+) more", text))
    assert shown + per_company + int(m.group(1)) == 1000
    # The text part is not cut.
    assert render_text(d).count("\n- ") >= 1000


def test_small_digest_is_not_cut() -> None:
    html = render_html(_big(5, 5))
    assert "did not fit" not in html and "and " not in " ".join(parse(html).text)


def test_many_failing_sources_are_counted_not_listed() -> None:
    sources = [
        Source(
            i,
            SourceKind.FEED,
            f"https://feeds.example.org/{i}.xml",
            None,
            None,
            error_count=1,
            last_error="HTTP 500",
        )
        for i in range(500)
    ]
    d = compose([], {}, sources, now=NOW, since=None, rules=load_rules(), tz=TZ)
    html = render_html(d)
    assert html.count("feeds.example.org/") == 20
    assert "and 480 more: see <code>watch sources</code>" in html
    assert render_text(d).count("feeds.example.org/") == 500
