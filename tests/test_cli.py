"""End-to-end: the CLI as a user drives it, against a real HTTP server, SMTP server and SQLite file."""

from __future__ import annotations

import email
import json
from email.message import Message
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.conftest import Watch as Runner
from tests.servers import FeedServer, Reply, SmtpSink

E2E = FIXTURES / "e2e"


@pytest.fixture
def watch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Runner:
    return Runner(capsys, tmp_path / "cw.sqlite")


@pytest.fixture
def smtp_env(smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch) -> SmtpSink:
    monkeypatch.setenv("COMPANYWATCH_EMAIL_HOST", "127.0.0.1")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_PORT", str(smtp_sink.port))
    monkeypatch.setenv("COMPANYWATCH_EMAIL_SECURITY", "none")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_FROM", "companywatch@example.org")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_TO", "me@example.org, also@example.org")
    return smtp_sink


def _parts(raw: bytes) -> dict[str, str]:
    msg = email.message_from_bytes(raw)
    parts: dict[str, str] = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            parts[part.get_content_type()] = payload.decode(part.get_content_charset() or "utf-8")
    return parts


def test_the_whole_flow(watch: Runner, feed_server: FeedServer, smtp_env: SmtpSink) -> None:
    search = feed_server.serve_file("/spotify.xml", E2E / "search_spotify.xml")
    newsroom = feed_server.serve_file("/klarna.xml", E2E / "klarna_newsroom.xml")
    shared = feed_server.serve_file("/business.xml", E2E / "business_news.xml")

    assert watch("add", "Spotify", "--no-search", "--feed", search)[0] == 0
    assert (
        watch("add", "Klarna", "--alias", "Klarna Bank", "--no-search", "--newsroom", newsroom)[0]
        == 0
    )
    assert watch("add", "Telefonaktiebolaget LM Ericsson", "--no-search")[0] == 0
    assert watch("feed", "add", shared)[0] == 0

    code, out, _ = watch("list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [c["name"] for c in listed] == ["Klarna", "Spotify", "Telefonaktiebolaget LM Ericsson"]
    assert listed[0]["aliases"] == ["Klarna Bank"]

    code, out, err = watch("poll")
    assert code == 0, err
    assert "0 failed" in out

    code, out, _ = watch("digest")
    assert code == 0
    assert "Spotify to cut 200 jobs" in out
    assert "Klarna reports third-quarter results" in out
    assert "New office opens in Berlin" in out  # newsroom: every item counts
    assert "Ericsson varslar" in out  # shared feed, Swedish, short form of the legal name
    assert "apple pie" not in out.lower()
    assert "Storm warning" not in out

    code, out, err = watch("digest", "--send")
    assert code == 0, err
    assert len(smtp_env.messages) == 1
    sent = smtp_env.messages[0]
    assert sorted(sent["to"]) == ["also@example.org", "me@example.org"]
    msg: Message = email.message_from_bytes(sent["data"])
    assert msg.get_content_type() == "multipart/alternative"
    parts = _parts(sent["data"])
    assert list(parts) == ["text/plain", "text/html"]  # the text part first
    for part in parts.values():
        assert "Spotify to cut 200 jobs" in part
        assert "apple pie" not in part.lower()

    # A second poll stores nothing new; a second send sends nothing and says so.
    code, out, _ = watch("poll", "--json")
    assert code == 0
    assert json.loads(out)["new_articles"] == 0
    code, out, _ = watch("digest", "--send")
    assert code == 0
    assert "nothing new" in out
    assert len(smtp_env.messages) == 1


def test_refused_send_keeps_the_digest_pending(
    watch: Runner, feed_server: FeedServer, smtp_env: SmtpSink
) -> None:
    search = feed_server.serve_file("/spotify.xml", E2E / "search_spotify.xml")
    watch("add", "Spotify", "--no-search", "--feed", search)
    watch("poll")
    smtp_env.refuse = 1
    code, _, err = watch("digest", "--send")
    assert code == 1
    assert err.startswith("error:") and len(err.strip().splitlines()) == 1
    assert smtp_env.messages == []
    code, _, _ = watch("digest", "--send")
    assert code == 0
    assert len(smtp_env.messages) == 1
    assert "Spotify to cut 200 jobs" in _parts(smtp_env.messages[0]["data"])["text/plain"]
    watch("digest", "--send")
    assert len(smtp_env.messages) == 1


def test_a_broken_feed_does_not_stop_the_others(watch: Runner, feed_server: FeedServer) -> None:
    good = feed_server.serve_file("/spotify.xml", E2E / "search_spotify.xml")
    bad = feed_server.route("/broken.xml", Reply(500, b"oops", content_type="text/plain"))
    html = feed_server.route(
        "/page.html",
        Reply(200, b"<!doctype html><html><body>hi</body></html>", content_type="text/html"),
    )
    watch("add", "Spotify", "--no-search", "--feed", good, "--feed", bad, "--feed", html)
    code, out, err = watch("poll")
    assert code == 3
    assert "2 failed" in out
    assert "http-500" in err
    code, out, _ = watch("sources", "--broken", "--json")
    broken = {s["url"]: s for s in json.loads(out)}
    assert set(broken) == {bad, html}
    assert "not-a-feed" in broken[html]["last_error"]
    code, out, _ = watch("digest")
    assert "Spotify to cut 200 jobs" in out


def test_bad_input_gets_one_line_and_nonzero(
    watch: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch("add", "Spotify", "--no-search")
    code, _, err = watch("show", "Spotfy")
    assert code == 1
    assert err.strip() == "error: no company named 'Spotfy' (did you mean 'Spotify'?)"
    code, _, err = watch("add", "spotify", "--no-search")
    assert code == 1 and "already on the watch list as 'Spotify'" in err
    code, _, err = watch("add", "Acme", "--feed", "ftp://example.org/feed")
    assert code != 0 and "not a feed URL" in err
    bad = tmp_path / "bad.toml"
    bad.write_text("[email]\nhots = 'x'\n")
    code, _, err = watch("--config", str(bad), "list")
    assert code == 2
    assert "unknown key email.hots" in err and str(bad) in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("COMPANYWATCH_EMAIL_PORT", "seven")
    code, _, err = watch("list")
    assert code == 2 and "COMPANYWATCH_EMAIL_PORT" in err


def test_unreachable_feed_is_recorded(watch: Runner) -> None:
    watch("add", "Spotify", "--no-search", "--feed", "http://127.0.0.1:9/feed.xml")
    code, _, err = watch("poll")
    assert code == 3
    assert "127.0.0.1:9" in err


def test_drop_and_resume(watch: Runner) -> None:
    watch("add", "Spotify", "--no-search")
    watch("drop", "spotify")
    code, out, _ = watch("list", "--json")
    assert json.loads(out) == []
    code, out, _ = watch("list", "--all", "--json")
    assert json.loads(out)[0]["status"] == "dropped"
    watch("resume", "Spotify")
    code, out, _ = watch("list", "--json")
    assert code == 0
    assert json.loads(out)[0]["status"] == "active"


def test_default_search_sources_follow_the_locale(
    watch: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPANYWATCH_SOURCES_LOCALE", "sv-SE")
    watch("add", "Spotify", "--alias", "Spotify AB")
    code, out, _ = watch("show", "Spotify", "--json")
    assert code == 0
    urls = [s["url"] for s in json.loads(out)["sources"]]
    assert any(
        u.startswith("https://news.google.com/rss/search?") and "ceid=SE%3Asv" in u for u in urls
    )
    assert any(
        u.startswith("https://www.bing.com/news/search?") and "format=rss" in u for u in urls
    )
    assert all("%22Spotify+AB%22" in u for u in urls)


def test_match_explains(watch: Runner) -> None:
    watch("add", "Spotify", "--no-search")
    code, out, _ = watch("match", "Spotify's podcast chief steps down")
    assert code == 0
    assert "about: Spotify" in out


def test_batch_match_takes_a_number_of_processes(watch: Runner, tmp_path: Path) -> None:
    companies = tmp_path / "companies.csv"
    companies.write_text("name,aliases,ticker\nSpotify Technology S.A.,,SPOT\n", encoding="utf-8")
    texts = tmp_path / "texts.jsonl"
    texts.write_text('{"id": 1, "text": "Spotify cuts jobs"}\n', encoding="utf-8")
    args = ("match", "--companies", str(companies), "--input", str(texts))
    code, out, _ = watch(*args, "--jobs", "2")
    assert (code, out) == (0, '{"id": 1, "companies": ["Spotify Technology S.A."]}\n')
    code, _, err = watch(*args, "--jobs", "-1")
    assert code == 2 and "--jobs" in err


def test_unknown_command_suggests(watch: Runner) -> None:
    code, _, err = watch("lsit")
    assert code == 2
    assert "did you mean 'list'" in err


def test_a_local_mail_server_needs_no_security_setting(
    watch: Runner, feed_server: FeedServer, smtp_env: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPANYWATCH_EMAIL_SECURITY")  # unset: plain text to this machine
    search = feed_server.serve_file("/spotify.xml", E2E / "search_spotify.xml")
    watch("add", "Spotify", "--no-search", "--feed", search)
    watch("poll")
    code, _, err = watch("digest", "--send")
    assert code == 0, err
    assert len(smtp_env.messages) == 1


def test_security_follows_the_port_and_host_when_unset() -> None:
    from companywatch.app import _security_for

    assert _security_for("smtp.example.org", 465) == "ssl"
    assert _security_for("smtp.example.org", 587) == "starttls"
    assert _security_for("smtp.example.org", 25) == "starttls"
    assert _security_for("localhost", 1025) == "none"


def test_drop_and_resume_move_the_stage_too(watch: Runner) -> None:
    watch("add", "Spotify", "--no-search")
    watch("drop", "Spotify")
    code, out, _ = watch("list", "--all", "--json")
    assert json.loads(out)[0]["stage"] == "not-interested"
    watch("resume", "Spotify")
    code, out, _ = watch("list", "--json")
    assert code == 0
    assert json.loads(out)[0]["stage"] == "watching"


def test_usage_errors_are_one_line_too(watch: Runner, tmp_path: Path) -> None:
    for args in (("import", str(tmp_path / "missing.csv")), ("lsit",), ("stage", "X", "bogus")):
        code, _, err = watch(*args)
        assert code == 2, args
        assert len(err.strip().splitlines()) == 1 and err.startswith("error: "), err


def test_show_lists_the_blends_of_a_two_word_name_apart(watch: Runner) -> None:
    watch("add", "Standard Chartered PLC", "--no-search")
    code, out, _ = watch("show", "Standard Chartered PLC")
    assert code == 0
    assert "blends (one word in camel case): " in out and "StanChart" in out
    matched = next(line for line in out.splitlines() if line.startswith("matched as:"))
    assert "blend" not in matched and "standard chartered (name" in matched
