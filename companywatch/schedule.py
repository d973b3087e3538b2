"""Running by itself: the cron tick, the crontab line, and the APScheduler daemon.

Both forms share one code path: :func:`tick_poll` polls the sources that are due, and
:func:`tick_digest` sends the digest when the configured time of day has passed in the configured
time zone and today's digest has not been delivered. Overlapping runs are kept apart by the run
lock beside the database; a run that finds it taken does nothing and says so.
"""

from __future__ import annotations

import logging
import shlex
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from time import sleep
from types import FrameType
from typing import Any

from companywatch.app import App, DigestOutcome
from companywatch.errors import CompanywatchError, LockedError

# How long a stop waits for a running job (a poll ends early at a stop; a digest is seconds).
STOP_TIMEOUT = 120
# Seconds between two looks of the daemon's main thread for a stop signal
SIGNAL_CHECK = 0.2

log = logging.getLogger(__name__)

CRON_MARK = "companywatch tick"


def digest_time_today(app: App, now: datetime) -> datetime:
    """Today's digest time (local, in the configured zone) as an aware UTC datetime."""
    hh, mm = (int(x) for x in app.settings.get("digest", "time").split(":"))
    local = now.astimezone(app.tz)
    return datetime.combine(local.date(), time(hh, mm), tzinfo=app.tz).astimezone(now.tzinfo)


def digest_due(app: App, now: datetime) -> bool:
    """The time of day has passed and no digest was delivered (or judged quiet) since then."""
    at = digest_time_today(app, now)
    if now < at:
        return False
    last = app.store.last_delivery()
    done = app.store.get_meta("digest_checked_at")
    marks = [t for t in (last, datetime.fromisoformat(done) if done else None) if t]
    return not any(m >= at for m in marks)


@dataclass(frozen=True)
class TickResult:
    ran: bool  # False: another run held the lock
    polled: int = 0
    failed: int = 0
    newly_failed: tuple[str, ...] = ()  # "url: error" of sources that failed for the first time
    new_articles: int = 0
    digest: DigestOutcome | None = None
    digest_error: str | None = None


def tick_poll(app: App) -> Any:
    return app.poll(due_only=True)


def tick_digest(app: App, now: datetime) -> DigestOutcome | None:
    """Send today's digest if due. Nothing to send (and no all-quiet mail wanted) counts as done
    for today, so a quiet day is not re-checked every tick; news arriving later waits for
    tomorrow's digest."""
    if not digest_due(app, now):
        return None
    outcome = app.send_digest(force=app.settings.get("digest", "all_quiet"))
    if not outcome.sent:
        app.store.set_meta("digest_checked_at", now.isoformat())
    return outcome


def tick(app: App) -> TickResult:
    """One cron run: poll what is due, then send the digest if due. Never blocks on another run."""
    try:
        lock = app.lock("run")
    except LockedError:
        log.info("tick skipped: another run holds the lock")
        return TickResult(ran=False)
    try:
        report = tick_poll(app)
        newly = tuple(
            f"{o.source.url}: {o.error}" for o in report.failed if o.source.error_count == 0
        )
        digest: DigestOutcome | None = None
        digest_error = None
        try:
            digest = tick_digest(app, app.now())
        except CompanywatchError as e:
            # Every tick retries, but cron mails the user about it once a day, not every run.
            today = app.now().astimezone(app.tz).date().isoformat()
            if app.store.get_meta("digest_error_reported_on") != today:
                app.store.set_meta("digest_error_reported_on", today)
                digest_error = e.message
            else:
                log.warning("digest not sent again error=%r", e.message)
        return TickResult(
            True,
            len(report.outcomes),
            len(report.failed),
            newly,
            report.new_articles,
            digest,
            digest_error,
        )
    finally:
        lock.release()


# --- cron ------------------------------------------------------------------------------------------


def program_command() -> list[str]:
    """How to run this very installation again, by absolute paths."""
    argv0 = Path(sys.argv[0])
    if argv0.name in ("watch", "companywatch") and argv0.exists():
        prog = argv0.resolve()
        companion = prog.with_name("companywatch")
        return [str(companion if companion.exists() else prog)]
    return [str(Path(sys.executable).absolute()), "-m", "companywatch"]


def cron_line(
    app: App,
    *,
    every_minutes: int = 10,
    log_file: Path | None = None,
    config_path: Path | None = None,
) -> str:
    log_file = log_file or app.db_path.with_name("companywatch-cron.log")
    cmd = program_command()
    if config_path is None and app.settings.path is not None:
        config_path = app.settings.path
    if config_path is not None:
        cmd += ["--config", str(Path(config_path).resolve())]
    cmd += ["--db", str(app.db_path.resolve()), "tick"]
    command = " ".join(shlex.quote(c) for c in cmd)
    return f"*/{every_minutes} * * * * {command} >> {shlex.quote(str(log_file))} 2>&1"


def install_cron(line: str, *, user: bool | str = True) -> bool:
    """Put ``line`` in the user's crontab, replacing an earlier companywatch line; True if changed."""
    from crontab import CronTab

    tab = CronTab(user=user)
    command = line.split(None, 5)[5]
    existing = list(tab.find_comment(CRON_MARK))
    if (
        len(existing) == 1
        and existing[0].command == command
        and str(existing[0].slices) == " ".join(line.split()[:5])
    ):
        return False
    for job in existing:
        tab.remove(job)
    job = tab.new(command=command, comment=CRON_MARK)
    job.setall(" ".join(line.split()[:5]))
    tab.write()
    return True


def remove_cron(*, user: bool | str = True) -> bool:
    from crontab import CronTab

    tab = CronTab(user=user)
    jobs = list(tab.find_comment(CRON_MARK))
    for job in jobs:
        tab.remove(job)
    if jobs:
        tab.write()
    return bool(jobs)


# --- the daemon ------------------------------------------------------------------------------------


class Daemon:
    """``watch run``: APScheduler in the foreground, polling on an interval with jitter and sending
    the digest at the time of day. One job at a time (the run lock and max_instances=1), missed runs
    coalesced, a clean stop on SIGTERM or Ctrl-C."""

    def __init__(self, app: App, *, poll_first: bool = True) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self.app = app
        self.stop_event = threading.Event()
        # The scheduler runs in its own thread; the main thread waits for a signal (see run)
        self.scheduler = BackgroundScheduler(
            timezone=app.tz,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        self.poll_first = poll_first
        # Jobs still running: a stop waits for them, so the store is not closed under a job
        # that is writing (the digest just sent and not yet marked as sent).
        self._running = 0
        self._idle = threading.Condition()

    def _tracked(self, job: Callable[[], None]) -> None:
        with self._idle:
            if self.stop_event.is_set():
                return  # queued before the stop: not started
            self._running += 1
        try:
            job()
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    def _wait_for_jobs(self) -> None:
        with self._idle:
            if not self._idle.wait_for(lambda: self._running == 0, timeout=STOP_TIMEOUT):
                log.warning("stopping with a job still running after %d s", STOP_TIMEOUT)

    def _poll_job(self) -> None:
        try:
            lock = self.app.lock("run")
        except LockedError:
            log.info("poll skipped: another run holds the lock")
            return
        try:
            report = self.app.poll(due_only=True, stop=self.stop_event)
            log.info(
                "poll sources=%d failed=%d new_articles=%d",
                len(report.outcomes),
                len(report.failed),
                report.new_articles,
            )
            self._digest_job_locked()
        except CompanywatchError as e:
            log.error("poll failed error=%r", e.message)
        finally:
            lock.release()

    def _digest_job(self) -> None:
        try:
            lock = self.app.lock("run")
        except LockedError:
            log.info("digest check skipped: another run holds the lock")
            return
        try:
            self._digest_job_locked()
        finally:
            lock.release()

    def _digest_job_locked(self) -> None:
        if self.stop_event.is_set():
            return
        try:
            outcome = tick_digest(self.app, self.app.now())
        except CompanywatchError as e:
            log.error("digest failed error=%r", e.message)
            return
        if outcome is not None:
            log.info(
                "digest sent=%s stories=%d subject=%r",
                outcome.sent,
                outcome.stories,
                outcome.subject,
            )

    def run(self) -> None:
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        settings = self.app.settings
        interval = timedelta(hours=settings.get("poll", "interval"))
        jitter = int(settings.get("poll", "jitter") * 60)
        # Sources carry their own next-fetch time; checking every few minutes picks them up.
        check = min(interval, timedelta(minutes=10))
        start = datetime.now(self.app.tz) if self.poll_first else None
        self.scheduler.add_job(
            lambda: self._tracked(self._poll_job),
            IntervalTrigger(
                seconds=max(1, int(check.total_seconds())),
                jitter=jitter or None,
                timezone=self.app.tz,
            ),
            id="poll",
            next_run_time=start,
        )
        hh, mm = settings.get("digest", "time").split(":")
        self.scheduler.add_job(
            lambda: self._tracked(self._digest_job),
            CronTrigger(hour=int(hh), minute=int(mm), timezone=self.app.tz),
            id="digest",
        )

        signalled: list[int] = []

        def on_signal(signum: int, frame: FrameType | None) -> None:
            # Only a note: the handler runs between two steps of the main thread, which may
            # hold any lock then (an Event's own, in the middle of waiting on it).
            signalled.append(signum)

        old_term = signal.signal(signal.SIGTERM, on_signal)
        old_int = signal.signal(signal.SIGINT, on_signal)
        log.info(
            "daemon started interval_min=%d digest_time=%s tz=%s",
            check.total_seconds() // 60,
            settings.get("digest", "time"),
            self.app.tz,
        )
        try:
            self.scheduler.start()
            # A signal may reach any thread; Python runs its handler in the main thread only,
            # at its next step. A wait on a lock is such a step only when the signal came to
            # this thread, so the main thread sleeps a short while at a time, never longer.
            while not signalled:
                sleep(SIGNAL_CHECK)
            log.info("stopping signal=%d", signalled[0])
            self.stop_event.set()
            self.scheduler.shutdown(wait=False)
            self._wait_for_jobs()  # a poll sees the stop and ends early; a digest finishes
        finally:
            signal.signal(signal.SIGTERM, old_term)
            signal.signal(signal.SIGINT, old_int)
            if self.scheduler.running:
                self.scheduler.shutdown(wait=False)
        log.info("daemon stopped")
