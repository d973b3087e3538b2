"""Dates and times people type: '2026-12-03', 'friday', 'in 2 weeks', '3d', 'yesterday'.

Pure: the current time and the user's time zone are passed in.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from companywatch.errors import ConfigError

_SPAN = re.compile(r"^\s*(\d+)\s*(m|min|h|d|w)\s*(?:ago)?\s*$", re.I)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_date(value: str, *, today: date, future: bool = True) -> date:
    """A calendar date. Weekday names mean the next one (``future``) or the last one."""
    v = value.strip().lower()
    try:
        return date.fromisoformat(v)
    except ValueError:
        pass
    if v in ("today", "idag"):
        return today
    if v in ("tomorrow", "imorgon"):
        return today + timedelta(days=1)
    if v in ("yesterday", "igår"):
        return today - timedelta(days=1)
    for prefix in ("next ", "last ", "this ", "on "):
        if v.startswith(prefix) and v[len(prefix) :] in _WEEKDAYS:
            future = prefix != "last "
            v = v[len(prefix) :]
    if v in _WEEKDAYS:
        target = _WEEKDAYS.index(v)
        if future:
            return today + timedelta(days=(target - today.weekday()) % 7 or 7)
        return today - timedelta(days=(today.weekday() - target) % 7 or 7)
    m = re.fullmatch(r"(in\s+)?(\d+)\s+(day|days|week|weeks|month|months)(\s+ago)?", v)
    if m:
        n = int(m.group(2))
        unit = m.group(3).rstrip("s")
        days = n * {"day": 1, "week": 7, "month": 30}[unit]
        return today - timedelta(days=days) if m.group(4) else today + timedelta(days=days)
    import dateparser  # slow to import: only for what the rules above do not cover

    settings = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RELATIVE_BASE": datetime.combine(today, time(12)),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed: datetime | None = dateparser.parse(value, settings=settings)
    if parsed is None:
        raise ConfigError(
            f"cannot read the date {value!r}: try 2026-12-03, friday, or 'in 2 weeks'"
        )
    return parsed.date()


def parse_when(value: str, *, now: datetime, tz: tzinfo) -> datetime:
    """A moment in the past: '3d', '12h', 'yesterday', '2026-11-20', '2026-11-20T08:00'."""
    m = _SPAN.match(value)
    if m:
        return now - timedelta(**{_UNITS[m.group(2).lower()]: int(m.group(1))})
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        dt = None
    if dt is not None:
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=tz)
        return dt.astimezone(UTC)
    d = parse_date(value, today=now.astimezone(tz).date(), future=False)
    return datetime.combine(d, time(0), tzinfo=tz).astimezone(UTC)
