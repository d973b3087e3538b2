"""Compose a digest: stored articles + companies + sources -> a :class:`Digest` record.

Pure: no clock (``now`` is passed in), no I/O. Every format in :mod:`companywatch.digest.render`
draws from the same record, so text, HTML, Markdown and JSON always say the same thing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo

from companywatch.digest.stories import display_link, safe_link, strip_publisher, url_key
from companywatch.digest.topics import TopicRule, topics_for
from companywatch.models import Article, Company, CompanyStatus, Source, SourceKind, Stage

SILENT_AFTER = timedelta(days=3)
SUMMARY_CHARS = 240

# Where a stage puts a company: active hiring processes first, rejected last.
STAGE_RANK: Mapping[Stage, int] = {
    Stage.OFFER: 0,
    Stage.INTERVIEWING: 1,
    Stage.APPLIED: 2,
    Stage.WATCHING: 3,
    Stage.REJECTED: 4,
    Stage.NOT_INTERESTED: 5,
}
IN_PROCESS = frozenset({Stage.OFFER, Stage.INTERVIEWING, Stage.APPLIED})
# Topics that change the picture for someone in a hiring process there.
PROCESS_TOPICS = frozenset({"layoffs", "hiring_freeze"})


@dataclass(frozen=True)
class Reminder:
    """A follow-up line at the top of the digest (filled by the core from stages and dates)."""

    text: str
    company: str | None = None
    kind: str = "note"  # e.g. "hear_by", "thank_you", "stale"


@dataclass(frozen=True)
class Link:
    url: str
    publisher: str | None


@dataclass(frozen=True)
class Story:
    """One line of the digest: a story, however many outlets told it."""

    story_id: int
    title: str
    link: str | None  # http(s) only; None when the feed gave nothing safe
    publisher: str | None
    time: datetime  # UTC: when it was first published (or first seen)
    summary: str  # plain text, shortened
    company_ids: tuple[int, ...]
    companies: tuple[str, ...]
    topics: tuple[str, ...]
    labels: tuple[str, ...]  # labels of ``topics``, same order
    more: tuple[Link, ...] = ()  # the other outlets ("+N more sources")
    note: str | None = None  # e.g. "You are interviewing at Spotify"


@dataclass(frozen=True)
class CompanySection:
    company_id: int
    name: str
    stage: Stage
    stories: tuple[Story, ...]
    more: int = 0  # stories not shown ("and M more")


@dataclass(frozen=True)
class SourceProblem:
    source_id: int
    kind: SourceKind
    url: str
    company: str | None
    state: str  # "failing", "stopped", "silent"
    detail: str
    since: datetime | None


@dataclass(frozen=True)
class Digest:
    subject: str
    now: datetime
    since: datetime | None
    tz: tzinfo
    reminders: tuple[Reminder, ...]
    highlights: tuple[Story, ...]
    sections: tuple[CompanySection, ...]
    source_problems: tuple[SourceProblem, ...]
    story_ids: frozenset[int]  # every story this digest delivers (shown or counted in "M more")
    skipped_story_ids: frozenset[int] = frozenset()  # older than ``since``, or no watched company
    labels: Mapping[str, str] | None = None  # topic -> label, for the formats
    company_count: int = 0  # companies with at least one story
    cut: int = 0  # stories left out by the renderer to stay under its size limit

    @property
    def story_count(self) -> int:
        return len(self.story_ids)

    @property
    def is_empty(self) -> bool:
        return not (self.story_ids or self.reminders)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _plain(text: str | None) -> str:
    """One line of feed text, without control or bidi-override characters (terminal safety)."""
    return " ".join(_CONTROL.sub("", text or "").split())


def _shorten(text: str, limit: int) -> str:
    text = _plain(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:.-– ") + "…"


def _article_time(a: Article) -> datetime:
    return a.published or a.first_seen


FILING_WINDOW = timedelta(hours=36)


def _join_filings(stories: list[Story], filings: set[int]) -> tuple[list[Story], frozenset[int]]:
    """An SEC filing about the event a news story reports (same company, a shared topic such as
    results or a leadership change, within FILING_WINDOW) joins that story as one more source,
    "SEC 8-K", instead of standing on its own line. Returns the stories and the joined ids."""
    news = [s for s in stories if s.story_id not in filings]
    joined: set[int] = set()
    extra: dict[int, list[Link]] = defaultdict(list)
    for f in stories:
        if f.story_id not in filings or not f.topics or f.link is None:
            continue
        near = [
            n
            for n in news
            if set(n.company_ids) & set(f.company_ids)
            and set(n.topics) & set(f.topics)
            and abs(n.time - f.time) <= FILING_WINDOW
        ]
        if not near:
            continue
        target = min(near, key=lambda n: (abs(n.time - f.time), n.story_id))
        form = f.title.split(" - ", 1)[0].split()[0] if f.title else "filing"
        extra[target.story_id].append(Link(f.link, f"SEC {form}"))
        joined.add(f.story_id)
    out = [
        replace(s, more=(*s.more, *extra[s.story_id])) if s.story_id in extra else s
        for s in stories
        if s.story_id not in joined
    ]
    return out, frozenset(joined)


def _build_story(
    story_id: int,
    articles: Sequence[Article],
    companies: Mapping[int, Company],
    rules: Sequence[TopicRule],
    labels: Mapping[str, str],
) -> Story:
    # The first outlet to publish leads; newsrooms and filings are the primary source when present.
    primary_kinds = {SourceKind.NEWSROOM, SourceKind.SEC_EDGAR}
    ordered = sorted(
        articles,
        key=lambda a: (
            not primary_kinds.intersection(a.source_kinds),
            safe_link(a.link) is None,
            _article_time(a),
            a.id,
        ),
    )
    lead = ordered[0]
    seen = {url_key(lead.link)}
    more: list[Link] = []
    for a in ordered[1:]:
        url = display_link(a.link)
        canon = url_key(a.link)
        if url is None or canon in seen:
            continue
        seen.add(canon)
        more.append(Link(url, _plain(a.publisher) or None))
    company_ids = sorted({c for a in articles for c in a.company_ids if c in companies})
    # One pass over every outlet's headline and the summaries: any of them may name the topic.
    titles = "\n".join(dict.fromkeys(a.title for a in ordered))
    summaries = "\n".join(dict.fromkeys(a.summary for a in ordered if a.summary))
    topics = topics_for(titles, summaries, rules)
    title = _plain(strip_publisher(lead.title) if lead.publisher else lead.title)
    return Story(
        story_id=story_id,
        title=title or "(no title)",
        link=display_link(lead.link),
        publisher=_plain(lead.publisher) or None,
        time=min(_article_time(a) for a in articles),
        summary=_shorten(lead.summary, SUMMARY_CHARS),
        company_ids=tuple(company_ids),
        companies=tuple(companies[c].name for c in company_ids),
        topics=tuple(topics),
        labels=tuple(labels[t] for t in topics),
        more=tuple(more),
    )


def _source_problems(
    sources: Sequence[Source], companies: Mapping[int, Company], now: datetime
) -> tuple[SourceProblem, ...]:
    problems: list[SourceProblem] = []
    for s in sources:
        company = companies.get(s.company_id) if s.company_id is not None else None
        if s.company_id is not None and (company is None or not _watched(company)):
            continue
        name = company.name if company else s.company_name
        if s.disabled_reason:
            reason = s.disabled_reason
            problems.append(SourceProblem(s.id, s.kind, s.url, name, "stopped", reason, None))
        elif s.error_count:
            detail = s.last_error or "error"
            detail = f"{detail} ({_plural(s.error_count, 'failure')} in a row)"
            problems.append(
                SourceProblem(s.id, s.kind, s.url, name, "failing", detail, s.last_success)
            )
        elif s.last_success is not None and now - s.last_success > SILENT_AFTER:
            detail = f"not fetched for {(now - s.last_success).days} days"
            problems.append(
                SourceProblem(s.id, s.kind, s.url, name, "silent", detail, s.last_success)
            )
    state_order = {"stopped": 0, "failing": 1, "silent": 2}
    problems.sort(key=lambda p: (state_order[p.state], (p.company or "").casefold(), p.url))
    return tuple(problems)


def _watched(c: Company) -> bool:
    return c.status is not CompanyStatus.DROPPED and c.stage is not Stage.NOT_INTERESTED


def _subject(
    highlights: Sequence[Story],
    company_count: int,
    story_count: int,
    reminders: Sequence[Reminder],
) -> str:
    parts: list[str] = []
    seen: set[tuple[str, str]] = set()
    for s in highlights:
        who = s.companies[0] if s.companies else ""
        what = s.labels[0].lower() if s.labels else ""
        if (who, what) in seen:
            continue
        seen.add((who, what))
        parts.append(f"{who}: {what}" if who else what)
        if len(parts) == 2:
            break
    rest = len({(s.companies[:1], s.labels[:1]) for s in highlights}) - len(parts)
    head = ", ".join(parts) + (f" (+{rest})" if rest > 0 else "")
    if story_count:
        tail = _plural(company_count, "company", "companies")
        tail += ", " + _plural(story_count, "story", "stories")
    else:
        tail = "no new stories"
    if reminders:
        tail += f", {_plural(len(reminders), 'reminder')}"
    return f"{head} · {tail}" if head else tail[0].upper() + tail[1:]


def compose(
    articles: Sequence[Article],
    companies: Mapping[int, Company],
    sources: Sequence[Source],
    *,
    now: datetime,
    since: datetime | None,
    max_per_company: int = 5,
    rules: Sequence[TopicRule],
    reminders: Sequence[Reminder] = (),
    tz: tzinfo,
    max_highlights: int = 10,
) -> Digest:
    """Build the digest from the articles not yet delivered.

    Articles are grouped by ``story_id`` (one line per story, the other outlets as "+N more").
    Stories older than ``since`` (by publication time) and stories about no watched company are
    left out and listed in ``skipped_story_ids``. Stories with a highlight topic go to Highlights
    (at most ``max_highlights``; the rest stay with their company); every other story appears
    once, under the first of its companies in section order.
    """
    labels = {r.topic: r.label for r in rules}
    highlight_topics = {r.topic for r in rules if r.highlight}
    priority = {r.topic: r.priority for r in rules}
    watched = {cid: c for cid, c in companies.items() if _watched(c)}

    by_story: dict[int, list[Article]] = defaultdict(list)
    for a in articles:
        by_story[a.story_id].append(a)

    stories: list[Story] = []
    skipped: set[int] = set()
    filings: set[int] = set()
    for story_id, group in by_story.items():
        fresh = [a for a in group if since is None or _article_time(a) >= since]
        story = _build_story(story_id, fresh, watched, rules, labels) if fresh else None
        if story is None or not story.company_ids:
            skipped.add(story_id)
            continue
        stories.append(story)
        if all(SourceKind.SEC_EDGAR in a.source_kinds for a in fresh):
            filings.add(story_id)
    stories, joined = _join_filings(stories, filings)

    def rank(cid: int) -> int:
        return STAGE_RANK[watched[cid].stage]

    def with_note(s: Story) -> Story:
        for cid in s.company_ids:
            stage = watched[cid].stage
            if stage in IN_PROCESS and PROCESS_TOPICS.intersection(s.topics):
                verb = {Stage.OFFER: "have an offer from", Stage.APPLIED: "applied to"}.get(
                    stage, "are interviewing at"
                )
                return replace(s, note=f"You {verb} {watched[cid].name}")
        return s

    stories = [with_note(s) for s in stories]
    stories.sort(key=lambda s: (-s.time.timestamp(), s.story_id))

    candidates = [s for s in stories if highlight_topics.intersection(s.topics)]
    candidates.sort(
        key=lambda s: (
            -max(priority[t] for t in s.topics if t in highlight_topics),
            min(rank(c) for c in s.company_ids),
            -s.time.timestamp(),
            s.story_id,
        )
    )
    highlights = candidates[:max_highlights]
    highlighted = {s.story_id for s in highlights}

    # Section order: stage, then the company with the newest story, then name.
    newest: dict[int, datetime] = {}
    for s in stories:
        for cid in s.company_ids:
            newest[cid] = max(newest.get(cid, s.time), s.time)
    order = sorted(
        newest, key=lambda c: (rank(c), -newest[c].timestamp(), watched[c].name.casefold(), c)
    )
    position = {cid: i for i, cid in enumerate(order)}
    per_company: dict[int, list[Story]] = defaultdict(list)
    for s in stories:
        if s.story_id in highlighted:
            continue
        home = min(s.company_ids, key=lambda c: position[c])
        per_company[home].append(s)
    sections = tuple(
        CompanySection(
            company_id=cid,
            name=watched[cid].name,
            stage=watched[cid].stage,
            stories=tuple(per_company[cid][:max_per_company]),
            more=max(0, len(per_company[cid]) - max_per_company),
        )
        for cid in order
        if per_company[cid]
    )
    story_ids = frozenset(s.story_id for s in stories) | joined
    company_count = len({c for s in stories for c in s.company_ids})
    return Digest(
        subject=_subject(highlights, company_count, len(story_ids), reminders),
        now=now,
        since=since,
        tz=tz,
        reminders=tuple(reminders),
        highlights=tuple(highlights),
        sections=sections,
        source_problems=_source_problems(sources, companies, now),
        story_ids=story_ids,
        skipped_story_ids=frozenset(skipped),
        labels=labels,
        company_count=company_count,
    )
