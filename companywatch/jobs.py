"""Public job boards: Greenhouse and Lever postings, and what changed since the last look (pure).

A board is named by a spec the user types, ``greenhouse:TOKEN`` or ``lever:TOKEN`` (the name in
``boards.greenhouse.io/TOKEN`` or ``jobs.lever.co/TOKEN``; pasting either page address works too).
:func:`board_url` gives the keyless JSON endpoint, :func:`parse_board` reads its body,
:func:`summarize` compares two snapshots, and :func:`openings_lines` says it in a sentence.

Formats (as documented by the vendors):

- Greenhouse Job Board API, ``GET https://boards-api.greenhouse.io/v1/boards/{token}/jobs``:
  ``{"jobs": [{"id", "title", "absolute_url", "location": {"name"}, "updated_at",
  "departments": [{"name"}], ...}], "meta": {"total"}}``.
- Lever Postings API, ``GET https://api.lever.co/v0/postings/{site}?mode=json``: a list of
  ``{"id", "text", "hostedUrl", "categories": {"location", "team", "commitment", "allLocations"},
  "createdAt" (ms since the epoch), ...}``. EU accounts live on ``api.eu.lever.co``.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from companywatch.errors import ConfigError, ParseError
from companywatch.models import Item

log = logging.getLogger(__name__)

BOARD_KINDS = ("greenhouse", "lever", "lever-eu")
_ENDPOINTS = {
    "greenhouse": "https://boards-api.greenhouse.io/v1/boards/{token}/jobs",
    "lever": "https://api.lever.co/v0/postings/{token}?mode=json",
    "lever-eu": "https://api.eu.lever.co/v0/postings/{token}?mode=json",
}
# Pages people paste instead of a spec -> board kind.
_PAGE_HOSTS = {
    "boards.greenhouse.io": "greenhouse",
    "job-boards.greenhouse.io": "greenhouse",
    "boards-api.greenhouse.io": "greenhouse",
    "jobs.lever.co": "lever",
    "api.lever.co": "lever",
    "jobs.eu.lever.co": "lever-eu",
    "api.eu.lever.co": "lever-eu",
}
_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_HINT = (
    "use greenhouse:TOKEN or lever:TOKEN, the name in boards.greenhouse.io/TOKEN or "
    "jobs.lever.co/TOKEN (e.g. --jobs greenhouse:spotify)"
)


@dataclass(frozen=True)
class Posting:
    """One open role on a board. ``updated`` is UTC: Greenhouse ``updated_at``; Lever
    ``updatedAt`` when given, else ``createdAt``."""

    id: str
    title: str
    location: str
    url: str
    updated: datetime | None
    team: str | None


def parse_spec(spec: str) -> tuple[str, str]:
    """``"greenhouse:spotify"`` (or a pasted board page) -> ``("greenhouse", "spotify")``.

    Raises ConfigError with a one-line hint for anything else.
    """
    s = spec.strip()
    if s.lower().startswith(("http://", "https://")):
        parts = urlsplit(s)
        kind = _PAGE_HOSTS.get((parts.hostname or "").lower())
        segments = [p for p in parts.path.split("/") if p]
        if segments[:2] == ["v1", "boards"]:
            segments = segments[2:]  # boards-api.greenhouse.io/v1/boards/TOKEN/jobs
        elif segments[:2] == ["v0", "postings"]:
            segments = segments[2:]  # api.lever.co/v0/postings/TOKEN
        if kind and segments and _TOKEN.match(segments[0]):
            return kind, segments[0]
        raise ConfigError(f"not a job board address: {spec!r}: {_HINT}", key="jobs")
    kind, sep, token = s.partition(":")
    kind = kind.strip().lower()
    token = token.strip()
    if not sep or kind not in BOARD_KINDS:
        raise ConfigError(f"unknown job board {spec!r}: {_HINT}", key="jobs")
    if not _TOKEN.match(token):
        raise ConfigError(f"bad board name {token!r} in {spec!r}: {_HINT}", key="jobs")
    return kind, token


def board_url(spec: str) -> str:
    """The JSON endpoint for a board spec: ``"greenhouse:spotify"`` ->
    ``https://boards-api.greenhouse.io/v1/boards/spotify/jobs``; ``"lever:netflix"`` ->
    ``https://api.lever.co/v0/postings/netflix?mode=json``. ConfigError with a hint otherwise."""
    kind, token = parse_spec(spec)
    return _ENDPOINTS[kind].format(token=quote(token, safe=""))


def spec_of_url(url: str) -> str | None:
    """The spec back from an endpoint :func:`board_url` made (for export), or None."""
    try:
        kind, token = parse_spec(url)
    except ConfigError:
        return None
    return f"{kind}:{token}" if board_url(f"{kind}:{token}") == url else None


def kind_of_url(url: str) -> str | None:
    """``"greenhouse"``, ``"lever"`` or ``"lever-eu"`` for an endpoint URL; None if it is none."""
    spec = spec_of_url(url)
    return spec.partition(":")[0] if spec else None


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _greenhouse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _lever_time(value: object) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _greenhouse(data: Any) -> tuple[list[Posting], int]:
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ParseError('not a Greenhouse job board: expected {"jobs": [...]}')
    postings: list[Posting] = []
    skipped = 0
    for job in data["jobs"]:
        if not isinstance(job, dict) or job.get("id") in (None, "") or not _text(job.get("title")):
            skipped += 1
            continue
        location = job.get("location")
        departments = job.get("departments")
        team = None
        if isinstance(departments, list) and departments and isinstance(departments[0], dict):
            team = _text(departments[0].get("name")) or None
        postings.append(
            Posting(
                id=str(job["id"]),
                title=_text(job["title"]),
                location=_text(location.get("name")) if isinstance(location, dict) else "",
                url=_text(job.get("absolute_url")),
                updated=_greenhouse_time(job.get("updated_at")),
                team=team,
            )
        )
    return postings, skipped


def _lever(data: Any) -> tuple[list[Posting], int]:
    if not isinstance(data, list):
        raise ParseError("not a Lever postings list: expected a JSON list (ask with ?mode=json)")
    postings: list[Posting] = []
    skipped = 0
    for job in data:
        if not isinstance(job, dict) or not _text(job.get("id")) or not _text(job.get("text")):
            skipped += 1
            continue
        cats = job.get("categories")
        cats = cats if isinstance(cats, dict) else {}
        location = _text(cats.get("location"))
        if not location and isinstance(cats.get("allLocations"), list):
            location = "; ".join(t for t in map(_text, cats["allLocations"]) if t)
        postings.append(
            Posting(
                id=_text(job["id"]),
                title=_text(job["text"]),
                location=location,
                url=_text(job.get("hostedUrl")) or _text(job.get("applyUrl")),
                updated=_lever_time(job.get("updatedAt", job.get("createdAt"))),
                team=_text(cats.get("team")) or None,
            )
        )
    return postings, skipped


def _unique(postings: Sequence[Posting]) -> list[Posting]:
    """Each id once, the first occurrence kept, order kept."""
    first: dict[str, Posting] = {}
    for p in postings:
        first.setdefault(p.id, p)
    return list(first.values())


def parse_board(spec_kind: str, body: bytes) -> list[Posting]:
    """The postings in a board's JSON body, in the board's order, each id once.

    ``spec_kind`` is ``"greenhouse"``, ``"lever"`` or ``"lever-eu"`` (see :func:`kind_of_url`).
    ParseError when the body is not JSON or not the board's shape; single entries without an id
    or a title are skipped (and logged), not fatal.
    """
    kind = spec_kind.strip().lower()
    if kind not in BOARD_KINDS:
        raise ParseError(f"unknown job board kind {spec_kind!r}; known: {', '.join(BOARD_KINDS)}")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        raise ParseError(f"{kind} job board is not JSON: {e}") from e
    postings, skipped = _greenhouse(data) if kind == "greenhouse" else _lever(data)
    unique = _unique(postings)
    if skipped:
        log.debug("skipped postings kind=%s skipped=%d kept=%d", kind, skipped, len(unique))
    return unique


def posting_item(p: Posting, *, company: str | None = None) -> Item:
    """A posting as a stored item, so openings can be kept and searched like news."""
    where = f" ({p.location})" if p.location else ""
    title = f"{company}: {p.title}{where}" if company else f"{p.title}{where}"
    summary = f"Team: {p.team}" if p.team else ""
    return Item(
        title=title,
        link=p.url,
        guid=f"posting:{p.id}",
        publisher=company,
        published=p.updated,
        summary=summary,
    )


def normalize_title(title: str) -> str:
    """Case- and space-insensitive form of a job title, for comparisons."""
    return " ".join(title.casefold().split())


@dataclass(frozen=True)
class OpeningsSummary:
    """What changed on a board between two snapshots.

    ``by_location`` counts the *new* postings per location (empty location: ``"unspecified"``),
    most first. ``listed_titles`` holds every current title, normalized, so a role reposted
    under a new id is not reported as gone.
    """

    new: tuple[Posting, ...]
    removed: tuple[Posting, ...]
    total: int
    by_location: Mapping[str, int]
    listed_titles: frozenset[str] = field(default_factory=frozenset)


def summarize(previous: Sequence[Posting], current: Sequence[Posting]) -> OpeningsSummary:
    """Compare two snapshots by posting id. ``total`` is the number of current postings."""
    before = {p.id for p in previous}
    now_ids = {p.id for p in current}
    current_unique = _unique(current)
    new = tuple(p for p in current_unique if p.id not in before)
    removed = tuple(p for p in _unique(previous) if p.id not in now_ids)
    counts = Counter(p.location or "unspecified" for p in new)
    by_location = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold())))
    return OpeningsSummary(
        new=new,
        removed=removed,
        total=len(current_unique),
        by_location=by_location,
        listed_titles=frozenset(normalize_title(p.title) for p in current_unique),
    )


def _in_city(location: str, city: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(city.casefold())}(?!\w)", location.casefold()) is not None


def openings_lines(
    company: str,
    s: OpeningsSummary,
    *,
    applied_titles: Sequence[str] = (),
    city: str | None = None,
    period: str = "this week",
) -> list[str]:
    """Sentences for the digest; an empty list when nothing worth saying changed.

    - ``"Spotify: 12 new roles this week, 3 in Stockholm"`` (``city`` given: the new roles whose
      location names it; no city: the location with most new roles, when it has more than one);
      a single new role is named: ``"Spotify: 1 new role this week: Backend Engineer (Stockholm)"``.
    - ``"Spotify: the role you applied for (Backend Engineer) is no longer listed"`` for each
      applied title (case/space-insensitive) that a removed posting had and no current one has.
    """
    lines: list[str] = []
    n = len(s.new)
    if n == 1:
        p = s.new[0]
        where = f" ({p.location})" if p.location else ""
        lines.append(f"{company}: 1 new role {period}: {p.title}{where}")
    elif n > 1:
        line = f"{company}: {n} new roles {period}"
        if city:
            k = sum(1 for p in s.new if _in_city(p.location, city))
            line += f", {k} in {city}" if k else f", none in {city}"
        else:
            top, k = next(iter(s.by_location.items()))
            if k > 1 and top != "unspecified":
                line += f", {k} in {top}"
        lines.append(line)
    wanted = {normalize_title(t): t.strip() for t in applied_titles if t.strip()}
    reported: set[str] = set()
    for p in s.removed:
        key = normalize_title(p.title)
        if key in wanted and key not in s.listed_titles and key not in reported:
            reported.add(key)
            lines.append(f"{company}: the role you applied for ({p.title}) is no longer listed")
    return lines


_ROLE_LINE = re.compile(r"^\s*(?:role|job title|position)\s*:\s*(.+?)\s*$", re.I | re.M)


def roles_in_notes(notes: str) -> tuple[str, ...]:
    """Applied-for titles kept in a company's notes as ``Role: Backend Engineer`` lines (what
    :mod:`companywatch.porting` writes for a tracker's Job Title column)."""
    return tuple(m.group(1) for m in _ROLE_LINE.finditer(notes))


__all__ = [
    "BOARD_KINDS",
    "OpeningsSummary",
    "Posting",
    "board_url",
    "kind_of_url",
    "normalize_title",
    "openings_lines",
    "parse_board",
    "parse_spec",
    "posting_item",
    "roles_in_notes",
    "spec_of_url",
    "summarize",
]
