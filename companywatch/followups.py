"""Follow-up reminders from each company's stage and dates (pure).

What a job seeker is told to do after applying or interviewing: follow up when the date they were
given has passed, send a thank-you note within days of an interview, and decide whether a silent
process is still worth following. :func:`reminders` turns stages and dates into those lines, and
:func:`process_note` ties news that changes the picture (layoffs, a hiring freeze) to the process.

No clock: ``today`` is passed in, in the user's time zone.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from datetime import date

from companywatch.digest.compose import IN_PROCESS, PROCESS_TOPICS, Reminder
from companywatch.models import Company, CompanyStatus, Stage

STALE_DAYS = 30
THANK_YOU_DAYS = 7  # a thank-you note is worth a reminder this many days after the interview

# Most urgent first: an overdue answer, then a note whose moment is passing, then a silent process.
KIND_ORDER = {"hear_by": 0, "thank_you": 1, "stale": 2}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_VERBS = {Stage.OFFER: "have an offer from", Stage.APPLIED: "applied to"}


def short_date(d: date, *, today: date) -> str:
    """'Dec 3', with the year only when it is not this year: 'Dec 3, 2025'.

    English month names on purpose: the digest is English and the locale is not ours to read.
    """
    text = f"{_MONTHS[d.month - 1]} {d.day}"
    return text if d.year == today.year else f"{text}, {d.year}"


def days_ago(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def _command_name(name: str) -> str:
    return shlex.quote(name)


def _is_active(c: Company) -> bool:
    return c.status is not CompanyStatus.DROPPED and c.stage in IN_PROCESS


def reminders(
    companies: Sequence[Company], *, today: date, stale_days: int = STALE_DAYS
) -> list[Reminder]:
    """The follow-ups due ``today``, most urgent first; an empty list when nothing is due.

    Rules, for companies in a hiring process (applied, interviewing, offer) and not dropped:

    - ``hear_by``: the "expect to hear by" date is today or past, and no contact was recorded on
      or after it (a contact on that day or later is taken as the answer).
    - ``thank_you``: stage interviewing, last contact 1 to 7 days ago, thank-you not marked sent.
    - ``stale``: no contact for ``stale_days`` or more (the date added stands in when no contact
      date was ever recorded). Not given when ``hear_by`` already asks for a follow-up.

    Watching, rejected, not-interested and dropped companies get none.
    """
    due: list[tuple[int, int, str, Reminder]] = []

    def remind(c: Company, kind: str, days: int, text: str) -> None:
        # ordered by kind, then the longest wait first, then by name
        due.append(
            (KIND_ORDER[kind], -days, c.name.casefold(), Reminder(text, company=c.name, kind=kind))
        )

    for c in companies:
        if not _is_active(c):
            continue
        name = _command_name(c.name)
        hear_by_due = (
            c.hear_by is not None
            and c.hear_by <= today
            and (c.last_contact is None or c.last_contact < c.hear_by)
        )
        if hear_by_due:
            assert c.hear_by is not None
            late = (today - c.hear_by).days
            text = (
                f"You expected to hear from {c.name} by {short_date(c.hear_by, today=today)} "
                f"({days_ago(late)}): a short follow-up email is fine now"
            )
            remind(c, "hear_by", late, text)
        if c.stage is Stage.INTERVIEWING and c.last_contact is not None and not c.thanked:
            since = (today - c.last_contact).days
            if 1 <= since <= THANK_YOU_DAYS:
                text = (
                    f"Interview with {c.name} {days_ago(since)}: thank-you note sent? "
                    f"(mark it: watch note {name} --thanked)"
                )
                remind(c, "thank_you", since, text)
        last = c.last_contact or (c.created.date() if c.created is not None else None)
        if last is not None and not hear_by_due:
            silent = (today - last).days
            if silent >= stale_days:
                text = (
                    f"No contact with {c.name} for {silent} days: still interested? "
                    f"watch drop {name}"
                )
                remind(c, "stale", silent, text)
    due.sort(key=lambda t: t[:3])
    return [r for *_, r in due]


def process_note(company: Company, topics: Sequence[str]) -> str | None:
    """A line tying a story to the user's hiring process, or None.

    Given when a layoffs or hiring-freeze story is about a company where the user has applied, is
    interviewing or has an offer: "You are interviewing at Spotify: this may affect your process".
    """
    if not _is_active(company) or not PROCESS_TOPICS.intersection(topics):
        return None
    verb = _VERBS.get(company.stage, "are interviewing at")
    return f"You {verb} {company.name}: this may affect your process"


__all__ = [
    "STALE_DAYS",
    "THANK_YOU_DAYS",
    "CompanyStatus",
    "Reminder",
    "Stage",
    "days_ago",
    "process_note",
    "reminders",
    "short_date",
]
