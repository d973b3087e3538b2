"""Running by itself: tick under a lock and a fake clock, the cron line, the daemon, doctor."""

from __future__ import annotations

import email
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from companywatch.app import App
from companywatch.schedule import Daemon
from tests.conftest import FIXTURES
from tests.conftest import run_cli as run
from tests.servers import FeedServer, Reply, SmtpSink, free_port

E2E = FIXTURES / "e2e"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def mail_env(smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch) -> SmtpSink:
    monkeypatch.setenv("COMPANYWATCH_EMAIL_HOST", "127.0.0.1")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_PORT", str(smtp_sink.port))
    monkeypatch.setenv("COMPANYWATCH_EMAIL_SECURITY", "none")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_FROM", "cw@example.org")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_TO", "me@example.org")
    monkeypatch.setenv("COMPANYWATCH_DIGEST_TIME", "07:30")
    monkeypatch.setenv("COMPANYWATCH_DIGEST_TIMEZONE", "Europe/Stockholm")
    return smtp_sink


def test_tick_is_quiet_and_skips_when_another_run_holds_the_lock(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    feed_server: FeedServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "cw.sqlite"
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    run(capsys, db, "add", "Spotify", "--no-search", "--feed", url)
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-12-01T05:00:00+00:00")  # before the digest
    app = App.from_env(db_path=db)
    lock = app.lock("run")
    try:
        code, out, err = run(capsys, db, "tick")
        assert (code, out, err) == (0, "", "")
        code, out, err = run(capsys, db, "-v", "tick")
        assert code == 0 and "another companywatch run is in progress" in err
        assert feed_server.hits("/s.xml") == []
    finally:
        lock.release()
    code, out, err = run(capsys, db, "tick")  # no mail settings needed before the digest time
    assert len(feed_server.hits("/s.xml")) == 1
    assert (code, out, err) == (0, "", "")


def test_two_ticks_at_once_one_works_one_exits_at_once(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmp_path / "cw.sqlite"
    body = (E2E / "search_spotify.xml").read_bytes()
    url = feed_server.route("/slow.xml", Reply(body=body, delay=3.0))
    env = {**os.environ, "COMPANYWATCH_DB": str(db), "COMPANYWATCH_DIGEST_TIME": "23:59"}
    cmd = [sys.executable, "-m", "companywatch"]
    subprocess.run([*cmd, "add", "Spotify", "--no-search", "--feed", url], env=env, check=True)
    first = subprocess.Popen([*cmd, "tick"], env=env)
    while not feed_server.hits("/slow.xml"):
        time.sleep(0.05)
    started = time.monotonic()
    second = subprocess.run([*cmd, "-v", "tick"], env=env, capture_output=True, text=True)
    quick = time.monotonic() - started
    assert second.returncode == 0
    assert "another companywatch run is in progress" in second.stderr
    assert first.wait(30) == 0
    assert quick < 2.5  # the slow poll takes 3 s; the second tick did not wait for it
    assert len(feed_server.hits("/slow.xml")) == 1


def test_one_digest_a_day_across_midnight_and_a_skipped_time(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    mail_env: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
    feed_server: FeedServer,
) -> None:
    db = tmp_path / "cw.sqlite"
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    run(capsys, db, "add", "Spotify", "--no-search", "--feed", url)
    monkeypatch.setenv("COMPANYWATCH_DIGEST_ALL_QUIET", "true")
    # Stockholm is UTC+1 in winter: 07:30 local is 06:30 UTC.
    ticks = [
        ("2026-12-01T05:00:00+00:00", 0),  # before the digest time
        ("2026-12-01T06:40:00+00:00", 1),  # due: sent (with news)
        ("2026-12-01T06:50:00+00:00", 1),  # already sent today
        ("2026-12-01T22:59:00+00:00", 1),  # 23:59 local
        ("2026-12-01T23:10:00+00:00", 1),  # after midnight local, before 07:30
        # the laptop sleeps through 07:30 on Dec 2 ...
        ("2026-12-02T13:00:00+00:00", 2),  # ... and the next tick sends it once
        ("2026-12-02T13:10:00+00:00", 2),
        ("2026-12-03T06:29:00+00:00", 2),
        ("2026-12-03T06:31:00+00:00", 3),  # quiet day, all_quiet mail
    ]
    for at, expected in ticks:
        monkeypatch.setenv("COMPANYWATCH_NOW", at)
        code, out, err = run(capsys, db, "tick")
        assert code == 0, (at, err)
        assert out == "", at
        assert len(mail_env.messages) == expected, at
    first = email.message_from_bytes(mail_env.messages[0]["data"])
    assert "Spotify" in str(first["Subject"])


def test_failed_digest_is_retried_by_the_next_tick(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    mail_env: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
    feed_server: FeedServer,
) -> None:
    db = tmp_path / "cw.sqlite"
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    run(capsys, db, "add", "Spotify", "--no-search", "--feed", url)
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-12-01T07:00:00+00:00")
    mail_env.refuse = 1
    code, _, err = run(capsys, db, "tick")
    assert code == 1
    assert err.count("\n") == 1 and "will retry" in err
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-12-01T07:10:00+00:00")
    code, _, _ = run(capsys, db, "tick")
    assert code == 0
    assert len(mail_env.messages) == 1


def test_a_digest_that_cannot_be_sent_is_reported_once_a_day(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    mail_env: SmtpSink,
    monkeypatch: pytest.MonkeyPatch,
    feed_server: FeedServer,
) -> None:
    db = tmp_path / "cw.sqlite"
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    run(capsys, db, "add", "Spotify", "--no-search", "--feed", url)
    monkeypatch.setenv("COMPANYWATCH_EMAIL_PORT", str(free_port()))  # nothing listens: fails
    reported = []
    for at in (
        "2026-12-01T07:00:00",
        "2026-12-01T07:10:00",
        "2026-12-01T09:00:00",
        "2026-12-02T07:00:00",
    ):
        monkeypatch.setenv("COMPANYWATCH_NOW", at + "+00:00")
        code, _, err = run(capsys, db, "tick")
        reported.append((code, bool(err.strip())))
    assert reported == [(1, True), (0, False), (0, False), (1, True)]


def test_cron_line_runs_as_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, feed_server: FeedServer
) -> None:
    db = tmp_path / "cw.sqlite"
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    run(capsys, db, "add", "Spotify", "--no-search", "--feed", url)
    log = tmp_path / "cron.log"
    code, out, _ = run(capsys, db, "cron", "--log", str(log))
    assert code == 0
    line = out.strip()
    fields = line.split(None, 5)
    assert fields[0] == "*/10" and fields[1:5] == ["*", "*", "*", "*"]
    assert str(db.resolve()) in line and shlex.quote(str(log)) in line
    # Run the command part as cron would (sh -c), from another directory, with a bare PATH.
    # (before the digest time, so no mail settings are needed)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": os.environ["HOME"],
        "COMPANYWATCH_NOW": "2026-12-01T05:00:00+00:00",
    }
    done = subprocess.run(["sh", "-c", fields[5]], env=env, cwd="/", timeout=60)
    assert done.returncode == 0, log.read_text()
    assert len(feed_server.hits("/s.xml")) == 1
    assert log.exists() and log.read_text() == ""


def test_daemon_polls_sends_and_stops_on_sigterm(
    tmp_path: Path, mail_env: SmtpSink, feed_server: FeedServer
) -> None:
    db = tmp_path / "cw.sqlite"
    url = feed_server.serve_file("/s.xml", E2E / "search_spotify.xml")
    env = {
        **os.environ,
        "COMPANYWATCH_DB": str(db),
        "COMPANYWATCH_NOW": "2026-12-01T07:00:00+00:00",
    }
    cmd = [sys.executable, "-m", "companywatch"]
    subprocess.run([*cmd, "add", "Spotify", "--no-search", "--feed", url], env=env, check=True)
    proc = subprocess.Popen([*cmd, "run"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not mail_env.messages and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(mail_env.messages) == 1
        assert len(feed_server.hits("/s.xml")) == 1
        stopped = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(10)
        assert time.monotonic() - stopped < 5
        assert proc.stderr is not None
        log = proc.stderr.read()
        assert code == 0, log
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    assert "daemon started" in log and "daemon stopped" in log
    assert "digest sent=True" in log


def test_doctor_names_a_wrong_smtp_port(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "cw.sqlite"
    port = free_port()  # nothing listens there
    monkeypatch.setenv("COMPANYWATCH_EMAIL_HOST", "127.0.0.1")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_PORT", str(port))
    monkeypatch.setenv("COMPANYWATCH_EMAIL_FROM", "cw@example.org")
    monkeypatch.setenv("COMPANYWATCH_EMAIL_TO", "me@example.org")
    code, out, _ = run(capsys, db, "doctor", "--offline")
    assert code == 1
    lines = [x for x in out.splitlines() if x.startswith("FAIL")]
    assert len(lines) == 1
    assert f"127.0.0.1:{port}" in lines[0] and "email.port" in lines[0]
    assert any(x.startswith("ok") and "database" in x for x in out.splitlines())


def test_doctor_sends_a_test_mail(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mail_env: SmtpSink
) -> None:
    code, out, _ = run(capsys, tmp_path / "cw.sqlite", "doctor", "--offline", "--send-test")
    assert code == 0, out
    assert len(mail_env.messages) == 1


def test_unit_files_are_shipped() -> None:
    unit = (REPO / "config" / "companywatch.service").read_text()
    assert "ExecStart=" in unit and " run" in unit
    plist = (REPO / "config" / "com.companywatch.plist").read_text()
    assert "<string>run</string>" in plist


def _a_daemon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[App, Daemon]:
    monkeypatch.setenv("COMPANYWATCH_NOW", "2026-12-01T05:00:00+00:00")
    app = App.from_env(db_path=tmp_path / "cw.sqlite")
    return app, Daemon(app)


def _run_until_stopped(app: App, daemon: Daemon, stop: Callable[[], None]) -> float:
    """Runs the daemon until ``stop``, run in a thread of its own, stops it; when it returned."""
    threading.Thread(target=stop, daemon=True).start()
    try:
        daemon.run()
        return time.monotonic()
    finally:
        app.close()


def test_a_stop_waits_for_the_job_that_is_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SIGTERM right after the digest left but before it was marked as sent: the daemon must not
    # return (and the store be closed) under the job still writing
    app, daemon = _a_daemon(tmp_path, monkeypatch)
    started = threading.Event()
    finished: list[float] = []

    def slow_job() -> None:
        started.set()
        time.sleep(1.0)
        finished.append(time.monotonic())

    monkeypatch.setattr(daemon, "_poll_job", slow_job)

    def stop_when_started() -> None:
        # a loaded machine (two test runs on two cores) can take over ten seconds to start it
        started.wait(90)  # (under the tests' timeout of 120 s)
        os.kill(os.getpid(), signal.SIGTERM)

    returned = _run_until_stopped(app, daemon, stop_when_started)
    assert finished and finished[0] <= returned
    # a job queued before the stop does not start after it
    ran: list[int] = []
    daemon._tracked(lambda: ran.append(1))
    assert ran == []


def test_a_stop_signal_that_reaches_another_thread_still_stops_the_daemon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The kernel gives a process's signal to any of its threads; Python runs the handler in
    # the main thread only. The daemon's main thread must not sleep in a long wait then.
    app, daemon = _a_daemon(tmp_path, monkeypatch)
    started = threading.Event()
    monkeypatch.setattr(daemon, "_poll_job", started.set)
    sent: list[float] = []

    def stop_from_this_thread() -> None:
        started.wait(90)
        time.sleep(0.5)  # the poll is over: the scheduler waits for its next run
        sent.append(time.monotonic())
        signal.pthread_kill(threading.get_ident(), signal.SIGTERM)

    returned = _run_until_stopped(app, daemon, stop_from_this_thread)
    assert sent and returned - sent[0] < 10  # the next poll is ten minutes away
