"""The job seeker's side end to end: stages, reminders, job boards, import/export, search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companywatch.app import App
from companywatch.models import SourceKind
from tests.conftest import FIXTURES
from tests.conftest import Watch as Cli
from tests.servers import FeedServer, Reply

JOBS = FIXTURES / "jobs"
E2E = FIXTURES / "e2e"

TRACKER_CSV = """Company,Job Title,Status,Interview Date,Follow-up date,Notes,Salary
Spotify,Backend Engineer,Interviewing,2026-11-28,2026-12-01,Met the team lead,70000
Klarna,Data Analyst,Applied,2026-10-20,,Referral from Sara,
Volvo Cars,Product Manager,Not interested,2026-09-01,,Too far away,
"""


@pytest.fixture
def watch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-12-03T08:00:00+00:00")  # a Thursday
    monkeypatch.setenv("COMPANYWATCH_DIGEST_TIMEZONE", "Europe/Stockholm")
    return Cli(capsys, tmp_path / "cw.sqlite")


def test_tracker_csv_import_gives_the_right_reminders(watch: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "tracker.csv"
    csv.write_text(TRACKER_CSV)
    code, out, err = watch("import", str(csv))
    assert code == 0, err
    assert "3 added" in out
    assert "unknown columns ignored: Salary" in err
    code, out, _ = watch("list", "--all", "--json")
    listed = {c["name"]: c for c in json.loads(out)}
    assert listed["Spotify"]["stage"] == "interviewing"
    assert listed["Spotify"]["hear_by"] == "2026-12-01"
    assert listed["Volvo Cars"]["status"] == "dropped"
    code, out, _ = watch("digest")
    assert "You expected to hear from Spotify by Dec 1 (2 days ago)" in out
    assert "Interview with Spotify 5 days ago: thank-you note sent?" in out
    assert "No contact with Klarna for 44 days: still interested?" in out
    assert "Volvo" not in out
    watch("note", "Spotify", "--thanked")
    code, out, _ = watch("digest")
    assert "thank-you note sent?" not in out


def test_stage_with_natural_dates_and_not_interested_stops_polling(
    watch: Cli, feed_server: FeedServer
) -> None:
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    watch("add", "Spotify", "--no-search", "--feed", url)
    code, out, _ = watch(
        "stage", "spotify", "interviewing", "--on", "yesterday", "--hear-by", "in 2 weeks"
    )
    assert code == 0
    assert "expect to hear by Dec 17" in out
    code, out, _ = watch("list", "--json")
    c = json.loads(out)[0]
    assert (c["stage"], c["last_contact"], c["hear_by"]) == (
        "interviewing",
        "2026-12-02",
        "2026-12-17",
    )
    watch("stage", "Spotify", "not-interested")
    watch("poll")
    assert feed_server.hits("/s.xml") == []
    code, out, _ = watch("list", "--all", "--json")
    assert json.loads(out)[0]["status"] == "dropped"
    watch("stage", "Spotify", "watching")
    watch("poll")
    assert len(feed_server.hits("/s.xml")) == 1
    code, _, err = watch("stage", "Spotify", "interviewing", "--on", "the day after never")
    assert code == 2 and "cannot read the date" in err


def test_job_board_openings_and_a_removed_applied_role(
    watch: Cli, feed_server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = {"n": 1}
    bodies = {n: (JOBS / f"greenhouse_spotify_week{n}.json").read_bytes() for n in (1, 2)}
    url = feed_server.route(
        "/v1/boards/spotify/jobs",
        lambda req: Reply(body=bodies[week["n"]], content_type="application/json"),
    )
    watch("add", "Spotify", "--no-search")
    watch("stage", "Spotify", "applied", "--role", "Backend Engineer")
    # The CLI builds board URLs for the real Greenhouse host; point one at the local server.
    app = App.from_env(db_path=watch.db)
    app.store.add_source(
        SourceKind.JOBS, url, now=app.now(), company_id=app.store.find_company("Spotify").id
    )
    app.close()
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-11-26T08:00:00+00:00")
    assert watch("poll")[0] == 0
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-12-03T08:00:00+00:00")
    week["n"] = 2
    code, out, err = watch("poll")
    assert code == 0, err
    code, out, _ = watch("digest")
    assert "Spotify: 5 new roles this week, 3 in Stockholm" in out
    assert "the role you applied for (Backend Engineer) is no longer listed" in out


def test_import_export_import_is_identical(watch: Cli, tmp_path: Path) -> None:
    csv = tmp_path / "tracker.csv"
    csv.write_text(TRACKER_CSV)
    watch("import", str(csv))
    watch(
        "edit",
        "Klarna",
        "--alias",
        "Klarna Bank",
        "--exclude",
        "klarna-style",
        "--newsroom",
        "https://www.klarna.example/feed.xml",
    )
    first = tmp_path / "first.csv"
    assert watch("export", "--output", str(first))[0] == 0
    other = Cli(watch.capsys, tmp_path / "other.sqlite")
    assert other("import", str(first))[0] == 0
    second = tmp_path / "second.csv"
    other("export", "--output", str(second))
    assert first.read_bytes() == second.read_bytes()
    assert "Klarna Bank" in first.read_text() and "klarna.example/feed.xml" in first.read_text()


def test_opml_round_trip(watch: Cli, tmp_path: Path) -> None:
    watch("feed", "add", "https://news.example.com/business.rss")
    watch("feed", "add", "https://paper.example.se/rss")
    opml = tmp_path / "feeds.opml"
    watch("export", "--format", "opml", "--output", str(opml))
    other = Cli(watch.capsys, tmp_path / "other.sqlite")
    other("import", str(opml))
    code, out, _ = other("feed", "list", "--json")
    assert code == 0
    assert {f["url"] for f in json.loads(out)} == {
        "https://news.example.com/business.rss",
        "https://paper.example.se/rss",
    }


def test_search_finds_a_headline_by_a_word_in_its_summary(
    watch: Cli, feed_server: FeedServer
) -> None:
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    watch("add", "Spotify", "--no-search", "--feed", url)
    watch("poll")
    code, out, _ = watch("search", "leaving")  # "...is leaving the company." is in the summary
    assert code == 0
    assert "Spotify's podcast chief steps down" in out
    code, out, _ = watch("search", "leaving", "--company", "Spotify", "--json")
    assert [a["title"] for a in json.loads(out)] == ["Spotify's podcast chief steps down"]
    code, out, _ = watch("search", "zeppelin")
    assert "nothing found" in out


def test_show_writes_a_brief(watch: Cli, feed_server: FeedServer, tmp_path: Path) -> None:
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    watch("add", "Spotify", "--no-search", "--feed", url)
    watch("poll")
    brief = tmp_path / "spotify.html"
    assert watch("show", "Spotify", "--output", str(brief))[0] == 0
    html = brief.read_text()
    assert "Spotify: the last 30 days" in html
    assert "Spotify to cut 200 jobs" in html and "<script" not in html
