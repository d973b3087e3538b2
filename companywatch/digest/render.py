"""Render a :class:`~companywatch.digest.compose.Digest` as text, HTML, Markdown or JSON.

The templates live in ``companywatch/templates``. HTML is autoescaped: every feed string (titles,
summaries, publishers, URLs) goes through escaping, summaries are plain text, and only http(s)
links are ever written (compose keeps only those; :func:`_web_only` checks again here). The HTML
stays under :data:`MAX_HTML_BYTES`: when the full digest is larger, the last stories are cut and
counted ("N more").
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

import jinja2

from companywatch.digest.compose import CompanySection, Digest, Story
from companywatch.digest.stories import safe_link

MAX_HTML_BYTES = 100_000
MAX_HTML_PROBLEMS = 20  # source problems listed in the HTML footer; the rest are counted

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_TOPIC_COLORS = {
    "layoffs": "#b3261e",
    "hiring_freeze": "#c25e00",
    "leadership": "#6a3d9a",
    "acquisition": "#1f5fa8",
    "funding": "#2e7d32",
    "results": "#00796b",
    "hiring": "#558b2f",
}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&])")


def _tzname(tz: tzinfo, at: datetime) -> str:
    key = getattr(tz, "key", None)  # zoneinfo.ZoneInfo
    return str(key) if key else (at.astimezone(tz).tzname() or "UTC")


def _when(dt: datetime, tz: tzinfo) -> str:
    local = dt.astimezone(tz)
    return f"{_MONTHS[local.month - 1]} {local.day}, {local:%H:%M}"


def _heading(d: Digest) -> str:
    local = d.now.astimezone(d.tz)
    day = f"{_DAYS[local.weekday()]} {local.day} {_MONTH_NAMES[local.month - 1]} {local.year}"
    if d.since is not None:
        return f"{day} · news since {_when(d.since, d.tz)}"
    return day


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


def _md(text: object) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _mdurl(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("companywatch", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["host"] = _host
    env.filters["md"] = _md
    env.filters["mdurl"] = _mdurl
    env.filters["when"] = _when_filter
    env.filters["topic_color"] = lambda t: _TOPIC_COLORS.get(t, "#616161")
    return env


def _web_only(s: Story) -> Story:
    """Defence in depth: drop any non-http(s) link that reached the renderer."""
    more = tuple(m for m in s.more if safe_link(m.url) == m.url)
    link = s.link if safe_link(s.link) == s.link else None
    if link == s.link and more == s.more:
        return s
    return replace(s, link=link, more=more)


def _checked(d: Digest) -> Digest:
    return replace(
        d,
        highlights=tuple(_web_only(s) for s in d.highlights),
        sections=tuple(
            replace(sec, stories=tuple(_web_only(s) for s in sec.stories)) for sec in d.sections
        ),
    )


@jinja2.pass_context
def _when_filter(ctx: jinja2.runtime.Context, dt: datetime) -> str:
    digest: Digest = ctx["d"]
    return _when(dt, digest.tz)


def _render(name: str, d: Digest) -> str:
    template = _environment().get_template(name)
    return template.render(
        d=d, heading=_heading(d), tzname=_tzname(d.tz, d.now), max_problems=MAX_HTML_PROBLEMS
    )


def render_text(d: Digest) -> str:
    """Plain text for the first part of the email and for a terminal."""
    d = _checked(d)
    return _render("digest.txt", d)


def render_markdown(d: Digest) -> str:
    d = _checked(d)
    return _render("digest.md", d)


def _shown(d: Digest) -> int:
    return len(d.highlights) + sum(len(sec.stories) for sec in d.sections)


def _keep(d: Digest, budget: int) -> Digest:
    """``d`` with only its first ``budget`` stories (highlights first, then sections in order)."""
    highlights = d.highlights[:budget]
    left = budget - len(highlights)
    cut = len(d.highlights) - len(highlights)
    sections: list[CompanySection] = []
    for sec in d.sections:
        kept = sec.stories[: max(left, 0)]
        left -= len(kept)
        dropped = len(sec.stories) - len(kept)
        if kept:
            sections.append(replace(sec, stories=kept, more=sec.more + dropped))
        else:
            cut += dropped + sec.more
    return replace(d, highlights=highlights, sections=tuple(sections), cut=d.cut + cut)


def render_html(d: Digest, *, max_bytes: int = MAX_HTML_BYTES) -> str:
    """HTML for the email: table layout, inline CSS, no script, at most ``max_bytes`` of UTF-8.

    When the whole digest does not fit, the largest prefix of stories that does is kept and the
    rest is counted per company ("and M more") or at the end ("N more stories did not fit").
    """
    d = _checked(d)
    html = _render("digest.html", d)
    if len(html.encode()) <= max_bytes:
        return html
    lo, hi = 0, _shown(d) - 1  # the largest budget that fits is in [lo, hi]
    best = _render("digest.html", _keep(d, 0))
    while lo <= hi:
        mid = (lo + hi) // 2
        candidate = _render("digest.html", _keep(d, mid))
        if len(candidate.encode()) <= max_bytes:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best


def _story_json(s: Story, tz: tzinfo) -> dict[str, Any]:
    return {
        "story_id": s.story_id,
        "title": s.title,
        "link": s.link,
        "publisher": s.publisher,
        "time": s.time.isoformat(),
        "local_time": s.time.astimezone(tz).isoformat(),
        "summary": s.summary,
        "companies": list(s.companies),
        "company_ids": list(s.company_ids),
        "topics": list(s.topics),
        "labels": list(s.labels),
        "more_sources": [{"url": m.url, "publisher": m.publisher} for m in s.more],
        "note": s.note,
    }


def render_json(d: Digest) -> str:
    """Everything in the digest, for scripts. Times are ISO 8601 (UTC, and local)."""
    d = _checked(d)
    data = {
        "subject": d.subject,
        "generated": d.now.isoformat(),
        "since": d.since.isoformat() if d.since else None,
        "timezone": _tzname(d.tz, d.now),
        "story_count": d.story_count,
        "company_count": d.company_count,
        "story_ids": sorted(d.story_ids),
        "skipped_story_ids": sorted(d.skipped_story_ids),
        "reminders": [{"text": r.text, "company": r.company, "kind": r.kind} for r in d.reminders],
        "highlights": [_story_json(s, d.tz) for s in d.highlights],
        "companies": [
            {
                "company_id": sec.company_id,
                "name": sec.name,
                "stage": sec.stage.value,
                "stories": [_story_json(s, d.tz) for s in sec.stories],
                "more": sec.more,
            }
            for sec in d.sections
        ],
        "source_problems": [
            {
                "source_id": p.source_id,
                "kind": p.kind.value,
                "url": p.url,
                "company": p.company,
                "state": p.state,
                "detail": p.detail,
                "since": p.since.isoformat() if p.since else None,
            }
            for p in d.source_problems
        ],
        "cut": d.cut,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
