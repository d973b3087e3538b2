"""Follow-up reminders from each company's stage and dates (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from companywatch.digest.compose import Reminder
from companywatch.models import Company, CompanyStatus, Stage


def reminders(companies: Sequence[Company], *, today: date) -> list[Reminder]:
    del companies, today  # filled in by the follow-ups work (issue 7)
    return []


__all__ = ["CompanyStatus", "Reminder", "Stage", "reminders"]
