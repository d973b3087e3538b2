"""Import and export: job-tracker CSVs, our own CSV round trip, OPML round trip and hostile OPML."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companywatch.errors import ParseError
from companywatch.jobs import board_url, roles_in_notes
from companywatch.models import Company, CompanyStatus, Source, SourceKind, Stage
from companywatch.porting import (
    COLUMNS,
    ImportedCompany,
    read_csv,
    read_opml,
    stage_from_word,
    write_csv,
    write_opml,
)

TODAY = date(2026, 12, 5)  # a Saturday

# An export as a spreadsheet job tracker writes it (rows invented): one row per application.
TRACKER = """\
Company,Job Title,Status,Interview Date,Follow-up date,Notes,Salary
Spotify,Backend Engineer,Phone screen,2026-12-01,2026-12-08,"Met Anna, team of 8",SEK 60k
Klarna,Data Engineer,Onsite,"Dec 2, 2026",friday,,
Northvolt,,Not interested,,,"Culture did not fit",
Volvo Cars,Product Manager,Declined by company,2026-11-02,,,
IKEA,,Wishlist,,,,
Spotify,Data Engineer,Applied,2026-11-20,,Referred by Erik,
,Engineer,Applied,,,,
Ericsson,Engineer,Ghosted,soonish,,,
"""


def by_name(companies: Sequence[ImportedCompany]) -> dict[str, ImportedCompany]:
    return {c.name: c for c in companies}


def test_tracker_export() -> None:
    result = read_csv(TRACKER, today=TODAY)
    assert result.unknown_columns == ["Salary"]
    got = by_name(result.companies)
    assert list(got) == ["Spotify", "Klarna", "Northvolt", "Volvo Cars", "IKEA", "Ericsson"]

    spotify = got["Spotify"]  # two rows merged: the furthest stage, the latest dates, both roles
    assert spotify.stage is Stage.INTERVIEWING
    assert spotify.last_contact == date(2026, 12, 1)
    assert spotify.hear_by == date(2026, 12, 8)
    assert spotify.notes == (
        "Role: Backend Engineer\nMet Anna, team of 8\nRole: Data Engineer\nReferred by Erik"
    )
    assert roles_in_notes(spotify.notes) == ("Backend Engineer", "Data Engineer")
    assert spotify.status == "active"

    klarna = got["Klarna"]
    assert (klarna.stage, klarna.last_contact) == (Stage.INTERVIEWING, date(2026, 12, 2))
    assert klarna.hear_by == date(2026, 12, 11)  # "friday" after Saturday Dec 5
    assert klarna.notes == "Role: Data Engineer"

    assert (got["Northvolt"].stage, got["Northvolt"].status) == (Stage.NOT_INTERESTED, "dropped")
    assert got["Volvo Cars"].stage is Stage.REJECTED
    assert got["Volvo Cars"].status == "active"  # rejected keeps watching
    assert got["IKEA"].stage is Stage.WATCHING
    assert got["Ericsson"].stage is Stage.WATCHING

    assert result.problems == [
        "row 7: Spotify again (first in row 2); merged into one company",
        "row 8: no company name; row skipped",
        "row 9: unknown stage 'Ghosted' in column 'Status'; taken as watching "
        "(stages: watching, applied, interviewing, offer, rejected, not-interested)",
        "row 9: cannot read the date 'soonish' in column 'Interview Date'; left empty "
        "(try 2026-12-03)",
    ]


@pytest.mark.parametrize(
    ("word", "stage"),
    [
        ("Not interested", Stage.NOT_INTERESTED),
        ("Withdrawn", Stage.NOT_INTERESTED),
        ("Applied", Stage.APPLIED),
        ("Submitted", Stage.APPLIED),
        ("Interview", Stage.INTERVIEWING),
        ("interviewing", Stage.INTERVIEWING),
        ("Phone screen", Stage.INTERVIEWING),
        ("Onsite", Stage.INTERVIEWING),
        ("2nd interview", Stage.INTERVIEWING),
        ("Offer", Stage.OFFER),
        ("Offer received", Stage.OFFER),
        ("Rejected", Stage.REJECTED),
        ("Declined by company", Stage.REJECTED),
        ("Rejected after onsite", Stage.REJECTED),
        ("Wishlist", Stage.WATCHING),
        ("Bookmarked", Stage.WATCHING),
        ("Saved", Stage.WATCHING),
        ("not-interested", Stage.NOT_INTERESTED),
        ("Ghosted", None),
    ],
)
def test_stage_words(word: str, stage: Stage | None) -> None:
    assert stage_from_word(word) is stage


def test_semicolons_bom_and_other_header_names() -> None:
    text = (
        "\ufeffCompany Name;Application Status;Date Applied;Expected response;Comments;Position\n"
        "Klarna;Submitted;2026-11-30;in 2 weeks;via LinkedIn;Data Engineer\n"
        "Employer X;Offer received;;;;\n"
    )
    result = read_csv(text, today=TODAY)
    assert result.unknown_columns == [] and result.problems == []
    klarna, x = result.companies
    assert (klarna.name, klarna.stage, klarna.last_contact) == (
        "Klarna",
        Stage.APPLIED,
        date(2026, 11, 30),
    )
    assert klarna.hear_by == date(2026, 12, 19)
    assert klarna.notes == "Role: Data Engineer\nvia LinkedIn"
    assert x.stage is Stage.OFFER


def test_latest_of_several_date_columns_is_the_last_contact() -> None:
    text = "Employer,Date Applied,Interview Date\nSpotify,2026-11-01,2026-11-20\n"
    (c,) = read_csv(text, today=TODAY).companies
    assert c.last_contact == date(2026, 11, 20)


def test_no_company_column_is_an_error_naming_what_was_found() -> None:
    with pytest.raises(ParseError, match="found: Job Title, Status"):
        read_csv("Job Title,Status\nEngineer,Applied\n", today=TODAY)
    assert read_csv("", today=TODAY).companies == []


def test_bad_cells_in_our_own_columns_are_reported() -> None:
    text = (
        "name,stage,status,thanked,feeds,jobs\n"
        "Spotify,applied,paused,maybe,file:///etc/passwd https://a.example/feed.xml,"
        "workday:spotify greenhouse:spotify\n"
    )
    result = read_csv(text, today=TODAY)
    (c,) = result.companies
    assert c.status == "active" and c.thanked is False
    assert c.feeds == ("https://a.example/feed.xml",)
    assert c.jobs == ("greenhouse:spotify",)
    assert [p.split(":")[0] for p in result.problems] == ["row 2"] * 4
    for bad in ("'paused'", "'maybe'", "'file:///etc/passwd'", "'workday:spotify'"):
        assert sum(bad in p for p in result.problems) == 1, bad


IDS = itertools.count(100)


def full_watch_list() -> tuple[list[Company], dict[int, list[Source]]]:
    companies = [
        Company(
            id=1,
            name="Spotify",
            aliases=("Spotify Technology", "Spotify AB"),
            ticker="SPOT",
            require=("music", "streaming"),
            exclude=("playlist of the week",),
            stage=Stage.INTERVIEWING,
            last_contact=date(2026, 12, 1),
            hear_by=date(2026, 12, 8),
            thanked=True,
            notes='Role: Backend Engineer\nMet Anna, "team lead"; 2nd round Monday',
        ),
        Company(id=2, name="Northvolt", stage=Stage.NOT_INTERESTED, status=CompanyStatus.DROPPED),
        Company(id=3, name="H&M", aliases=("H & M", "Hennes & Mauritz"), stage=Stage.WATCHING),
        Company(id=4, name="Nestlé", stage=Stage.REJECTED, last_contact=date(2026, 10, 2)),
    ]

    def src(cid: int, kind: SourceKind, url: str) -> Source:
        return Source(id=next(IDS), kind=kind, url=url, company_id=cid)

    sources = {
        1: [
            src(1, SourceKind.GOOGLE_NEWS, "https://news.google.com/rss/search?q=Spotify"),
            src(1, SourceKind.FEED, "https://example.com/spotify-alerts.xml"),
            src(1, SourceKind.FEED, "https://alerts.example.org/feeds/123/456?a=1&b=2"),
            src(1, SourceKind.NEWSROOM, "https://newsroom.spotify.example/feed/"),
            src(1, SourceKind.JOBS, board_url("greenhouse:spotify")),
        ],
        3: [src(3, SourceKind.JOBS, board_url("lever:hm"))],
    }
    return companies, sources


def back_to_records(
    imported: Sequence[ImportedCompany],
) -> tuple[list[Company], dict[int, list[Source]]]:
    """What the store would hold after importing (ids assigned in order)."""
    companies: list[Company] = []
    sources: dict[int, list[Source]] = {}
    for cid, c in enumerate(imported, start=1):
        companies.append(
            Company(
                id=cid,
                name=c.name,
                aliases=c.aliases,
                ticker=c.ticker,
                require=c.require,
                exclude=c.exclude,
                status=CompanyStatus(c.status),
                stage=c.stage,
                last_contact=c.last_contact,
                hear_by=c.hear_by,
                thanked=c.thanked,
                notes=c.notes,
            )
        )
        own = [Source(next(IDS), SourceKind.FEED, u, cid) for u in c.feeds]
        own += [Source(next(IDS), SourceKind.NEWSROOM, u, cid) for u in c.newsrooms]
        own += [Source(next(IDS), SourceKind.JOBS, board_url(j), cid) for j in c.jobs]
        sources[cid] = own
    return companies, sources


def test_csv_round_trip_is_identical() -> None:
    companies, sources = full_watch_list()
    text = write_csv(companies, sources)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    result = read_csv(text, today=TODAY)
    assert result.unknown_columns == [] and result.problems == []
    spotify = result.companies[0]
    assert spotify == ImportedCompany(
        name="Spotify",
        aliases=("Spotify Technology", "Spotify AB"),
        ticker="SPOT",
        stage=Stage.INTERVIEWING,
        last_contact=date(2026, 12, 1),
        hear_by=date(2026, 12, 8),
        notes='Role: Backend Engineer\nMet Anna, "team lead"; 2nd round Monday',
        feeds=(
            "https://example.com/spotify-alerts.xml",
            "https://alerts.example.org/feeds/123/456?a=1&b=2",
        ),
        newsrooms=("https://newsroom.spotify.example/feed/",),
        status="active",
        thanked=True,
        jobs=("greenhouse:spotify",),
        require=("music", "streaming"),
        exclude=("playlist of the week",),
    )
    again_companies, again_sources = back_to_records(result.companies)
    assert again_companies == companies
    assert write_csv(again_companies, again_sources) == text
    assert read_csv(write_csv(again_companies, again_sources), today=TODAY) == result


def test_opml_round_trip() -> None:
    feeds = [
        ("Spotify newsroom", "https://newsroom.spotify.example/feed/"),
        (None, "https://example.com/alerts.xml?a=1&b=<2>"),
        ('Ünïcode & "quotes" <tags>', "https://example.org/rss"),
    ]
    text = write_opml(feeds, title="my feeds")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert "<title>my feeds</title>" in text
    assert read_opml(text) == feeds


def test_opml_from_a_feed_reader_with_folders() -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="Companies" title="Companies">
      <outline type="rss" text="Klarna blog" xmlUrl="https://klarna.example/feed" htmlUrl="https://klarna.example"/>
      <outline type="rss" text="Dup" xmlUrl="https://klarna.example/feed"/>
      <outline type="rss" text="Local" xmlURL="file:///home/me/feed.xml"/>
    </outline>
    <outline type="rss" TEXT="Upper" XMLURL="https://upper.example/rss"/>
    <outline text="just a heading"/>
  </body>
</opml>"""
    skipped: list[str] = []
    assert read_opml(text, on_skip=skipped.append) == [
        ("Klarna blog", "https://klarna.example/feed"),
        ("Upper", "https://upper.example/rss"),
    ]
    assert skipped == ["file:///home/me/feed.xml"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<opml version="2.0"><body><outline text="&f;" xmlUrl="https://example.com/&f;"/></body></opml>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<opml version="2.0"><body><outline text="&secret;" xmlUrl="https://example.com/feed"/></body></opml>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/evil.dtd">
<opml version="2.0"><body><outline text="x" xmlUrl="https://example.com/feed"/></body></opml>"""


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_hostile_opml_is_refused(hostile: str) -> None:
    with pytest.raises(ParseError, match="refusing this OPML file"):
        read_opml(hostile)


def test_external_dtd_is_never_fetched() -> None:
    # Port 9 (discard) on loopback: were the DTD fetched, the parse would fail or hang.
    assert read_opml(EXTERNAL_DTD) == [("x", "https://example.com/feed")]


@pytest.mark.parametrize("text", ["", "not xml", "<rss><channel/></rss>", "<opml><body><outline"])
def test_not_opml(text: str) -> None:
    with pytest.raises(ParseError):
        read_opml(text)


_words = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=";"),
        min_size=1,
        max_size=20,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
_notes = st.text(st.characters(blacklist_categories=["Cs"]), max_size=80).filter(
    lambda s: s.strip() != "" or s == ""
)
_dates = st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@settings(max_examples=150, deadline=None)
@given(
    name=_words,
    aliases=st.lists(_words, max_size=3, unique=True),
    notes=_notes,
    stage=st.sampled_from(Stage),
    status=st.sampled_from(CompanyStatus),
    last_contact=_dates,
    hear_by=_dates,
    thanked=st.booleans(),
)
def test_csv_round_trip_property(
    name: str,
    aliases: list[str],
    notes: str,
    stage: Stage,
    status: CompanyStatus,
    last_contact: date | None,
    hear_by: date | None,
    thanked: bool,
) -> None:
    c = Company(
        id=1,
        name=name,
        aliases=tuple(aliases),
        notes=notes,
        stage=stage,
        status=status,
        last_contact=last_contact,
        hear_by=hear_by,
        thanked=thanked,
    )
    text = write_csv([c], {})
    result = read_csv(text, today=TODAY)
    assert result.problems == [] and result.unknown_columns == []
    (again,) = back_to_records(result.companies)[0]
    assert again == c
