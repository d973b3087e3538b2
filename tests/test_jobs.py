"""Job boards: specs, the Greenhouse and Lever fixtures (tests/fixtures/jobs), and what changed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companywatch.errors import ConfigError, ParseError
from companywatch.jobs import (
    Posting,
    board_url,
    kind_of_url,
    openings_lines,
    parse_board,
    parse_spec,
    posting_item,
    roles_in_notes,
    spec_of_url,
    summarize,
)
from tests.conftest import FIXTURES

JOBS = FIXTURES / "jobs"


def board(name: str) -> list[Posting]:
    kind = name.split("_", 1)[0]
    return parse_board(kind, (JOBS / f"{name}.json").read_bytes())


def test_board_urls() -> None:
    assert (
        board_url("greenhouse:spotify") == "https://boards-api.greenhouse.io/v1/boards/spotify/jobs"
    )
    assert board_url("lever:netflix") == "https://api.lever.co/v0/postings/netflix?mode=json"
    assert board_url("Lever-EU: acme ") == "https://api.eu.lever.co/v0/postings/acme?mode=json"


@pytest.mark.parametrize(
    ("pasted", "spec"),
    [
        ("https://boards.greenhouse.io/spotify", ("greenhouse", "spotify")),
        ("https://job-boards.greenhouse.io/spotify/jobs/4001", ("greenhouse", "spotify")),
        ("https://boards-api.greenhouse.io/v1/boards/spotify/jobs", ("greenhouse", "spotify")),
        ("https://jobs.lever.co/netflix", ("lever", "netflix")),
        ("https://api.lever.co/v0/postings/netflix?mode=json", ("lever", "netflix")),
    ],
)
def test_pasted_board_pages_are_understood(pasted: str, spec: tuple[str, str]) -> None:
    assert parse_spec(pasted) == spec


@pytest.mark.parametrize(
    "bad",
    [
        "workday:spotify",
        "spotify",
        "greenhouse:",
        "greenhouse:../../etc",
        "lever:a b",
        "https://example.com/jobs",
        "https://jobs.lever.co/",
    ],
)
def test_anything_else_is_a_config_error_with_a_hint(bad: str) -> None:
    with pytest.raises(ConfigError) as e:
        board_url(bad)
    assert "greenhouse:TOKEN or lever:TOKEN" in e.value.message
    assert "\n" not in e.value.message


def test_spec_and_kind_back_from_an_endpoint() -> None:
    for spec in ("greenhouse:spotify", "lever:netflix", "lever-eu:acme"):
        url = board_url(spec)
        assert spec_of_url(url) == spec
        assert kind_of_url(url) == spec.split(":")[0]
    assert spec_of_url("https://example.com/feed.xml") is None
    assert kind_of_url("https://boards.greenhouse.io/spotify") is None  # a page, not our endpoint


def test_greenhouse_fixture() -> None:
    postings = board("greenhouse_spotify_week1")
    assert [p.id for p in postings] == ["4001", "4002", "4003", "4004"]
    first = postings[0]
    assert first == Posting(
        id="4001",
        title="Backend Engineer",
        location="Stockholm, Sweden",
        url="https://boards.greenhouse.io/spotify/jobs/4001",
        updated=datetime(2026, 11, 20, 15, 15, tzinfo=UTC),
        team="Engineering",
    )
    assert postings[1].team is None
    assert postings[2].updated == datetime(2026, 11, 19, 12, 0, tzinfo=UTC)


def test_greenhouse_skips_untitled_and_repeated_entries() -> None:
    postings = board("greenhouse_spotify_week2")
    assert len(postings) == 8
    assert "4015" not in {p.id for p in postings}
    assert [p.id for p in postings].count("4003") == 1


def test_lever_fixture() -> None:
    postings = board("lever_netflix")
    assert [p.title for p in postings] == [
        "Senior Backend Engineer, Streaming",
        "Product Manager, Games",  # inner double space collapsed
        "Localization Specialist",
    ]
    first, _, third = postings
    assert first.location == "Los Gatos, California"
    assert first.team == "Streaming Platform"
    assert first.url == "https://jobs.lever.co/netflix/5f1c2a9e-0d41-4a7b-9c1e-0a1b2c3d4e01"
    assert first.updated == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    assert third.location == "Madrid, Spain; Remote, Spain"
    assert third.team is None


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        ("greenhouse", b"<html>Not found</html>"),
        ("greenhouse", b'{"error": "board not found"}'),
        ("greenhouse", b"[]"),
        ("lever", b'{"ok": false, "error": "Document not found"}'),
        ("lever", b"\xff\xfe garbage"),
        ("workday", b"[]"),
    ],
)
def test_bad_bodies_are_parse_errors(kind: str, body: bytes) -> None:
    with pytest.raises(ParseError):
        parse_board(kind, body)


def test_empty_boards_are_fine() -> None:
    assert parse_board("greenhouse", b'{"jobs": [], "meta": {"total": 0}}') == []
    assert parse_board("lever", b"[]") == []


def test_summary_of_a_week() -> None:
    s = summarize(board("greenhouse_spotify_week1"), board("greenhouse_spotify_week2"))
    assert [p.id for p in s.new] == ["4010", "4011", "4012", "4013", "4014"]
    assert [p.title for p in s.removed] == ["Backend Engineer"]
    assert s.total == 8
    assert dict(s.by_location) == {
        "Stockholm, Sweden": 3,
        "London, United Kingdom": 1,
        "New York, NY": 1,
    }


def test_openings_lines_with_a_removed_applied_role() -> None:
    s = summarize(board("greenhouse_spotify_week1"), board("greenhouse_spotify_week2"))
    lines = openings_lines(
        "Spotify", s, applied_titles=["  backend   ENGINEER ", "Data Scientist"], city="Stockholm"
    )
    assert lines == [
        "Spotify: 5 new roles this week, 3 in Stockholm",
        "Spotify: the role you applied for (Backend Engineer) is no longer listed",
    ]


def test_openings_lines_without_city_name_the_busiest_location() -> None:
    s = summarize(board("greenhouse_spotify_week1"), board("greenhouse_spotify_week2"))
    assert openings_lines("Spotify", s) == [
        "Spotify: 5 new roles this week, 3 in Stockholm, Sweden"
    ]
    assert openings_lines("Spotify", s, city="Berlin")[0].endswith(", none in Berlin")
    assert openings_lines("Spotify", s, city="stock") == [
        "Spotify: 5 new roles this week, none in stock"
    ]


def test_one_new_role_is_named_and_nothing_new_says_nothing() -> None:
    week1 = board("greenhouse_spotify_week1")
    one = summarize(week1[1:], week1)
    assert openings_lines("Spotify", one, period="today") == [
        "Spotify: 1 new role today: Backend Engineer (Stockholm, Sweden)"
    ]
    assert (
        openings_lines("Spotify", summarize(week1, week1), applied_titles=["Backend Engineer"])
        == []
    )


def test_a_reposted_role_is_not_reported_as_gone() -> None:
    old = Posting("1", "Backend Engineer", "Stockholm", "https://x/1", None, None)
    new = Posting("2", "Backend  engineer", "Stockholm", "https://x/2", None, None)
    s = summarize([old], [new])
    assert [p.id for p in s.removed] == ["1"]
    assert openings_lines("Spotify", s, applied_titles=["Backend Engineer"]) == [
        "Spotify: 1 new role this week: Backend  engineer (Stockholm)"
    ]


def test_first_look_counts_every_posting_as_new() -> None:
    s = summarize([], board("lever_netflix"))
    assert len(s.new) == 3 and s.removed == () and s.total == 3


def test_posting_as_item_and_roles_from_notes() -> None:
    p = board("lever_netflix")[0]
    item = posting_item(p, company="Netflix")
    assert item.title == "Netflix: Senior Backend Engineer, Streaming (Los Gatos, California)"
    assert item.link == p.url and item.guid == f"posting:{p.id}" and item.published == p.updated
    notes = "Role: Backend Engineer\nmet Anna\nposition:  Data Scientist "
    assert roles_in_notes(notes) == ("Backend Engineer", "Data Scientist")
