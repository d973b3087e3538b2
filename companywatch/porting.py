"""Import and export: a CSV of companies, and OPML of feeds (pure, over text).

CSV. :func:`write_csv` writes our own columns (:data:`COLUMNS`); :func:`read_csv` reads those and
the columns of common job-tracker exports (``Company``, ``Status``, ``Interview Date``, ``Notes``,
``Job Title``...), case-insensitively, with stage words mapped ("Phone screen" -> interviewing,
"Withdrawn" -> not-interested). What it cannot use is reported, not guessed: unknown columns by
name, bad cells as row-numbered one-liners (row 1 is the header, as in a spreadsheet).
``read_csv(write_csv(x))`` gives back everything ``x`` had.

A tracker's job title (``Job Title``, ``Position``, ``Role``) goes into the notes as a
``Role: Backend Engineer`` line, where :func:`companywatch.jobs.roles_in_notes` finds it to say
"the role you applied for is no longer listed". The notes are the user's to edit; a separate
field would need a column in the store for little gain.

Rows naming the same company twice (one row per application, as trackers export) become one
company: the furthest stage, the latest dates, every role and note.

OPML is user input: parsed with defusedxml, which refuses entity declarations (billion laughs)
and external entities or DTDs; nothing is ever fetched.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import defusedxml
import defusedxml.ElementTree as SafeET

from companywatch.dates import parse_date
from companywatch.errors import CompanywatchError, ParseError
from companywatch.jobs import parse_spec, spec_of_url
from companywatch.models import Company, CompanyStatus, Source, SourceKind, Stage

COLUMNS = (
    "name",
    "aliases",
    "ticker",
    "stage",
    "last_contact",
    "hear_by",
    "thanked",
    "notes",
    "feeds",
    "newsrooms",
    "jobs",
    "require",
    "exclude",
    "status",
)
LIST_SEP = ";"  # inside aliases, require, exclude (names may hold spaces and commas)


@dataclass(frozen=True)
class ImportedCompany:
    """One company read from a CSV. ``jobs`` holds board specs (``greenhouse:spotify``)."""

    name: str
    aliases: tuple[str, ...]
    ticker: str | None
    stage: Stage
    last_contact: date | None
    hear_by: date | None
    notes: str
    feeds: tuple[str, ...]
    newsrooms: tuple[str, ...]
    status: str  # a CompanyStatus value
    thanked: bool = False
    jobs: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    companies: list[ImportedCompany]
    unknown_columns: list[str]
    problems: list[str] = field(default_factory=list)  # "row 4: cannot read the date 'soon'..."


# --- header names -------------------------------------------------------------------------------

# field -> the header names (normalized by _norm) that mean it
_HEADERS: Mapping[str, str] = {
    "name": "name, company, company name, employer, organization, organisation, org, business",
    "aliases": "aliases, alias, also known as, aka",
    "ticker": "ticker, symbol, stock ticker, ticker symbol",
    "stage": "stage, application status, application stage, pipeline stage",
    "status": "status",  # ours: active|dropped; a tracker's: a stage word (see _stage_and_status)
    "last_contact": "last contact, last contacted, last contact date, contact date, interview "
    "date, date of interview, date applied, applied date, applied on, application date, "
    "date submitted",
    "hear_by": "hear by, hear back by, follow up date, follow up, followup date, follow up on, "
    "expected response, expected response date, response expected, response by, next follow up",
    "thanked": "thanked, thank you sent, thank you note sent",
    "notes": "notes, note, comments, comment",
    "role": "job title, position, role, title, job, position title, job position",
    "feeds": "feeds, feed, rss, feed urls",
    "newsrooms": "newsrooms, newsroom, newsroom feeds, press feeds",
    "jobs": "jobs, job board, job boards, careers board",
    "require": "require, required words",
    "exclude": "exclude, excluded words",
}
_HEADER_FIELD = {h.strip(): f for f, names in _HEADERS.items() for h in names.split(",")}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[_\-–/.:]+", " ", text).casefold().split())


# --- stage words --------------------------------------------------------------------------------

_STAGE_TEXT: Mapping[Stage, str] = {
    Stage.WATCHING: "watching, wishlist, wish list, bookmarked, saved, interested, to apply, "
    "not applied, not yet applied, researching, prospect, lead, target",
    Stage.APPLIED: "applied, submitted, application submitted, applied online, in review, "
    "under review, pending, waiting, awaiting response",
    Stage.INTERVIEWING: "interview, interviewing, interviewed, interviews, phone screen, "
    "phone screening, screening, screen, recruiter call, recruiter screen, phone interview, "
    "video interview, technical interview, onsite, on site, final round, final interview, "
    "take home, assessment, case study, in progress",
    Stage.OFFER: "offer, offer received, offered, offer extended, negotiating, accepted, "
    "offer accepted, hired",
    Stage.REJECTED: "rejected, rejection, declined by company, not selected, no offer, "
    "turned down, unsuccessful, position filled, closed by company",
    Stage.NOT_INTERESTED: "not interested, withdrawn, withdrew, withdrew application, declined, "
    "declined offer, offer declined, no longer interested, not a fit, archived",
}
_STAGE_WORDS = {w.strip(): st for st, words in _STAGE_TEXT.items() for w in words.split(",")}
# Tried in order on words not in the table: the first part found in the text decides.
_STAGE_PARTS: tuple[tuple[str, Stage], ...] = (
    ("not interested", Stage.NOT_INTERESTED),
    ("withdr", Stage.NOT_INTERESTED),
    ("reject", Stage.REJECTED),
    ("offer", Stage.OFFER),
    ("interview", Stage.INTERVIEWING),
    ("screen", Stage.INTERVIEWING),
    ("applied", Stage.APPLIED),
    ("wish", Stage.WATCHING),
)
# When two rows name one company, the stage that says most about where things stand wins.
_MERGE_RANK = {
    Stage.NOT_INTERESTED: 0,
    Stage.REJECTED: 1,
    Stage.WATCHING: 2,
    Stage.APPLIED: 3,
    Stage.INTERVIEWING: 4,
    Stage.OFFER: 5,
}


def stage_from_word(word: str) -> Stage | None:
    """A tracker's status word as our stage, or None when it is not one we know."""
    w = _norm(word)
    if w in _STAGE_WORDS:
        return _STAGE_WORDS[w]
    for part, stage in _STAGE_PARTS:
        if part in w:
            return stage
    return None


_YES = {"yes", "y", "true", "1", "x", "sent", "done", "✓", "✔"}
_NO = {"no", "n", "false", "0", "", "not sent"}
_URL_SPLIT = re.compile(r"[\s]+|[,;](?=\s*https?://)")


def _split_list(values: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        for part in v.split(LIST_SEP):
            part = " ".join(part.split())
            if part and part not in out:
                out.append(part)
    return tuple(out)


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


class _Row:
    """The cells of one data row, grouped by the field their column maps to."""

    def __init__(self, number: int, cells: Mapping[str, list[tuple[str, str]]]) -> None:
        self.number = number
        self.cells = cells
        self.problems: list[str] = []

    def values(self, name: str) -> list[str]:
        return [v for _, v in self.cells.get(name, []) if v.strip()]

    def first(self, name: str) -> str | None:
        vals = self.values(name)
        return vals[0].strip() if vals else None

    def problem(self, text: str) -> None:
        self.problems.append(f"row {self.number}: {text}")

    def latest_date(self, name: str, today: date) -> date | None:
        found: list[date] = []
        for header, value in self.cells.get(name, []):
            if not value.strip():
                continue
            try:
                found.append(parse_date(value, today=today, future=name == "hear_by"))
            except CompanywatchError:
                self.problem(
                    f"cannot read the date {value.strip()!r} in column {header!r}; "
                    "left empty (try 2026-12-03)"
                )
        return max(found) if found else None

    def urls(self, name: str) -> tuple[str, ...]:
        out: list[str] = []
        for header, value in self.cells.get(name, []):
            for token in _URL_SPLIT.split(value):
                token = token.strip().rstrip(",;")
                if not token:
                    continue
                if not re.match(r"^https?://[^\s/]+", token, re.I):
                    self.problem(
                        f"{token!r} in column {header!r} is not an http(s) address; skipped"
                    )
                elif token not in out:
                    out.append(token)
        return tuple(out)

    def boards(self) -> tuple[str, ...]:
        out: list[str] = []
        for header, value in self.cells.get("jobs", []):
            for token in re.split(r"[\s,;]+", value):
                if not token:
                    continue
                try:
                    kind, board = parse_spec(token)
                except CompanywatchError:
                    self.problem(
                        f"{token!r} in column {header!r} is not a job board "
                        "(greenhouse:TOKEN or lever:TOKEN); skipped"
                    )
                    continue
                spec = f"{kind}:{board}"
                if spec not in out:
                    out.append(spec)
        return tuple(out)


def _stage_and_status(row: _Row, status_is_ours: bool) -> tuple[Stage, str | None]:
    stage: Stage | None = None
    status: str | None = None
    stage_cells = list(row.cells.get("stage", []))
    for header, value in row.cells.get("status", []):
        if status_is_ours or _norm(value) in {s.value for s in CompanyStatus}:
            if value.strip():
                if _norm(value) in {s.value for s in CompanyStatus}:
                    status = _norm(value)
                else:
                    row.problem(
                        f"unknown status {value.strip()!r} in column {header!r} "
                        "(active or dropped); taken as active"
                    )
        else:
            stage_cells.append((header, value))
    for header, value in stage_cells:
        if not value.strip() or stage is not None:
            continue
        stage = stage_from_word(value)
        if stage is None:
            row.problem(
                f"unknown stage {value.strip()!r} in column {header!r}; taken as "
                f"watching (stages: {', '.join(s.value for s in Stage)})"
            )
    return stage or Stage.WATCHING, status


def _thanked(row: _Row) -> bool:
    for header, value in row.cells.get("thanked", []):
        v = _norm(value)
        if v in _YES:
            return True
        if v not in _NO:
            row.problem(
                f"cannot read {value.strip()!r} in column {header!r} as yes or no; taken as no"
            )
    return False


def _notes(row: _Row) -> str:
    notes = "\n".join(v for v in row.values("notes"))
    existing = {_norm(r) for r in re.findall(r"(?im)^\s*role\s*:\s*(.+?)\s*$", notes)}
    roles = [r.strip() for r in row.values("role") if _norm(r) not in existing]
    lines = [f"Role: {r}" for r in dict.fromkeys(roles)]
    return "\n".join([*lines, notes] if notes else lines)


def _company(row: _Row, *, today: date, status_is_ours: bool) -> ImportedCompany | None:
    name = row.first("name")
    if not name:
        if any(v.strip() for cells in row.cells.values() for _, v in cells):
            row.problem("no company name; row skipped")
        return None
    name = " ".join(name.split())
    stage, status = _stage_and_status(row, status_is_ours)
    if status is None:
        status = (
            CompanyStatus.DROPPED if stage is Stage.NOT_INTERESTED else CompanyStatus.ACTIVE
        ).value
    return ImportedCompany(
        name=name,
        aliases=_split_list(row.values("aliases")),
        ticker=row.first("ticker"),
        stage=stage,
        last_contact=row.latest_date("last_contact", today),
        hear_by=row.latest_date("hear_by", today),
        notes=_notes(row),
        feeds=row.urls("feeds"),
        newsrooms=row.urls("newsrooms"),
        status=status,
        thanked=_thanked(row),
        jobs=row.boards(),
        require=_split_list(row.values("require")),
        exclude=_split_list(row.values("exclude")),
    )


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*a, *b)))


def _later(a: date | None, b: date | None) -> date | None:
    return max(a, b) if a and b else a or b


def _merge(a: ImportedCompany, b: ImportedCompany) -> ImportedCompany:
    stage = a.stage if _MERGE_RANK[a.stage] >= _MERGE_RANK[b.stage] else b.stage
    active = CompanyStatus.ACTIVE.value
    extra = b.notes if b.notes and b.notes not in a.notes else ""
    notes = "\n".join(n for n in (a.notes, extra) if n)
    return replace(
        a,
        aliases=_union(a.aliases, b.aliases),
        ticker=a.ticker or b.ticker,
        stage=stage,
        last_contact=_later(a.last_contact, b.last_contact),
        hear_by=_later(a.hear_by, b.hear_by),
        notes=notes,
        feeds=_union(a.feeds, b.feeds),
        newsrooms=_union(a.newsrooms, b.newsrooms),
        status=active if active in (a.status, b.status) else a.status,
        thanked=a.thanked or b.thanked,
        jobs=_union(a.jobs, b.jobs),
        require=_union(a.require, b.require),
        exclude=_union(a.exclude, b.exclude),
    )


def read_csv(text: str, *, today: date) -> ImportResult:
    """Companies from a CSV (comma, semicolon or tab separated; a UTF-8 BOM is fine).

    ``today`` anchors relative dates ("friday", "in 2 weeks"). ParseError when no column names
    the company; everything else that cannot be used is in ``unknown_columns`` and ``problems``.
    Read the file with ``newline=""`` so line breaks inside notes come through unchanged.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return ImportResult([], [], [])
    delimiter = _sniff_delimiter(text.split("\n", 1)[0])
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as e:
        raise ParseError(f"not a readable CSV file: {e}") from e
    header, body = records[0], records[1:]
    fields: list[str | None] = [_HEADER_FIELD.get(_norm(h)) for h in header]
    if "name" not in fields:
        known = ", ".join(("name", "Company", "Company Name", "Employer", "Organization"))
        raise ParseError(
            f"no company column in the CSV header (one of: {known}); "
            f"found: {', '.join(h.strip() for h in header if h.strip()) or 'none'}"
        )
    unknown = [h.strip() for h, f in zip(header, fields, strict=True) if f is None and h.strip()]
    status_is_ours = "stage" in fields
    companies: dict[str, ImportedCompany] = {}
    first_row: dict[str, int] = {}
    problems: list[str] = []
    for index, record in enumerate(body, start=2):
        cells: dict[str, list[tuple[str, str]]] = {}
        for i, value in enumerate(record):
            f = fields[i] if i < len(fields) else None
            if f is not None:
                cells.setdefault(f, []).append((header[i].strip(), value))
        if len(record) > len(header) and any(v.strip() for v in record[len(header) :]):
            problems.append(
                f"row {index}: {len(record)} cells but {len(header)} columns; "
                "the extra cells were ignored"
            )
        row = _Row(index, cells)
        company = _company(row, today=today, status_is_ours=status_is_ours)
        problems.extend(row.problems)
        if company is None:
            continue
        key = company.name.casefold()
        if key in companies:
            problems.append(
                f"row {index}: {company.name} again (first in row {first_row[key]}); "
                "merged into one company"
            )
            companies[key] = _merge(companies[key], company)
        else:
            companies[key] = company
            first_row[key] = index
    return ImportResult(list(companies.values()), unknown, problems)


def _sources(sources: Sequence[Source], kind: SourceKind) -> list[str]:
    return [s.url for s in sources if s.kind is kind]


def write_csv(
    companies: Sequence[Company], sources_by_company: Mapping[int, Sequence[Source]]
) -> str:
    """Our own columns (:data:`COLUMNS`), one row per company, ``\\r\\n`` line ends (RFC 4180).

    Feeds, newsroom feeds and job boards come from ``sources_by_company`` (company id -> its
    sources); the search sources every company gets from the config are not written, since
    adding the company again creates them. Lists of names are joined with ``;``, URLs with a
    space. Write the result to a file opened with ``newline=""``.
    """
    out = io.StringIO()
    # "\r\n" (RFC 4180) and not "\n": the writer quotes a cell only for the characters of its line
    # terminator, so with "\n" a lone "\r" in the notes would split the row when read back.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for c in companies:
        own = sources_by_company.get(c.id, ())
        jobs = [spec_of_url(u) or u for u in _sources(own, SourceKind.JOBS)]
        writer.writerow(
            [
                c.name,
                f"{LIST_SEP} ".join(c.aliases),
                c.ticker or "",
                c.stage.value,
                c.last_contact.isoformat() if c.last_contact else "",
                c.hear_by.isoformat() if c.hear_by else "",
                "yes" if c.thanked else "",
                c.notes,
                " ".join(_sources(own, SourceKind.FEED)),
                " ".join(_sources(own, SourceKind.NEWSROOM)),
                " ".join(jobs),
                f"{LIST_SEP} ".join(c.require),
                f"{LIST_SEP} ".join(c.exclude),
                c.status.value,
            ]
        )
    return out.getvalue()


# --- OPML ---------------------------------------------------------------------------------------


def _attr(el: ET.Element, name: str) -> str | None:
    for k, v in el.attrib.items():
        if k.lower() == name.lower():
            return v
    return None


def read_opml(
    text: str, *, on_skip: Callable[[str], None] | None = None
) -> list[tuple[str | None, str]]:
    """(title, xmlUrl) for every feed outline, folders included, each URL once, in file order.

    Only http(s) feed URLs are kept; others are passed to ``on_skip`` when given. ParseError for
    text that is not XML, is not OPML, or declares entities or external references.
    """
    try:
        root = SafeET.fromstring(text.removeprefix("\ufeff").lstrip())
    except defusedxml.DefusedXmlException as e:
        raise ParseError(
            f"refusing this OPML file: it declares XML entities or external "
            f"references ({type(e).__name__})"
        ) from e
    except ET.ParseError as e:
        raise ParseError(f"not an OPML file: {e}") from e
    if root.tag.lower() != "opml":
        raise ParseError(f"not an OPML file: the root element is <{root.tag}>, not <opml>")
    feeds: list[tuple[str | None, str]] = []
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (_attr(outline, "xmlUrl") or "").strip()
        if not url:
            continue
        if not re.match(r"^https?://[^\s/]+", url, re.I):
            if on_skip is not None:
                on_skip(url)
            continue
        if url in seen:
            continue
        seen.add(url)
        title = (_attr(outline, "title") or _attr(outline, "text") or "").strip()
        feeds.append((title if title and title != url else None, url))
    return feeds


def write_opml(feeds: Sequence[tuple[str | None, str]], title: str = "companywatch feeds") -> str:
    """OPML 2.0 with one ``<outline type="rss">`` per feed; ``text`` is the title or the URL."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for feed_title, url in feeds:
        attrs = {"type": "rss", "text": feed_title or url}
        if feed_title:
            attrs["title"] = feed_title
        attrs["xmlUrl"] = url
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


__all__ = [
    "COLUMNS",
    "ImportResult",
    "ImportedCompany",
    "read_csv",
    "read_opml",
    "stage_from_word",
    "write_csv",
    "write_opml",
]
