"""Follow-up reminders and process notes on a fixed day (Saturday 2026-12-05)."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest

from companywatch.followups import days_ago, process_note, reminders, short_date
from companywatch.models import Company, CompanyStatus, Stage
from companywatch.porting import read_csv

TODAY = date(2026, 12, 5)
_IDS = itertools.count(1)


def company(name: str, stage: Stage = Stage.WATCHING, **kw: object) -> Company:
    return Company(id=next(_IDS), name=name, stage=stage, **kw)  # type: ignore[arg-type]


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def test_the_three_kinds_in_order_with_the_promised_wording() -> None:
    companies = [
        company("Northvolt", Stage.APPLIED, last_contact=ago(30)),
        company("Klarna", Stage.INTERVIEWING, last_contact=ago(2)),
        company("Spotify", Stage.INTERVIEWING, last_contact=ago(10), hear_by=date(2026, 12, 3)),
    ]
    due = reminders(companies, today=TODAY)
    assert [(r.kind, r.company) for r in due] == [
        ("hear_by", "Spotify"),
        ("thank_you", "Klarna"),
        ("stale", "Northvolt"),
    ]
    assert [r.text for r in due] == [
        "You expected to hear from Spotify by Dec 3 (2 days ago): a short follow-up email is fine now",
        "Interview with Klarna 2 days ago: thank-you note sent? (mark it: watch note Klarna --thanked)",
        "No contact with Northvolt for 30 days: still interested? watch drop Northvolt",
    ]


@pytest.mark.parametrize("stage", [Stage.APPLIED, Stage.INTERVIEWING, Stage.OFFER])
def test_hear_by_fires_on_the_day_and_after_for_every_active_stage(stage: Stage) -> None:
    on_the_day = reminders([company("Spotify", stage, hear_by=TODAY)], today=TODAY)
    assert [r.kind for r in on_the_day] == ["hear_by"]
    assert "by Dec 5 (today)" in on_the_day[0].text
    day_after = reminders([company("Spotify", stage, hear_by=ago(1))], today=TODAY)
    assert "(yesterday)" in day_after[0].text


def test_hear_by_not_yet_or_already_answered() -> None:
    future = company("Spotify", Stage.APPLIED, hear_by=TODAY + timedelta(days=1))
    answered = company("Klarna", Stage.APPLIED, hear_by=ago(3), last_contact=ago(3))
    assert reminders([future, answered], today=TODAY) == []


@pytest.mark.parametrize("stage", [Stage.WATCHING, Stage.REJECTED, Stage.NOT_INTERESTED])
def test_no_reminder_outside_a_hiring_process(stage: Stage) -> None:
    c = company("Spotify", stage, hear_by=ago(2), last_contact=ago(90))
    assert reminders([c], today=TODAY) == []


def test_dropped_company_gets_none_whatever_its_stage() -> None:
    c = company(
        "Spotify",
        Stage.INTERVIEWING,
        status=CompanyStatus.DROPPED,
        hear_by=ago(2),
        last_contact=ago(2),
    )
    assert reminders([c], today=TODAY) == []


@pytest.mark.parametrize(("days", "fires"), [(0, False), (1, True), (7, True), (8, False)])
def test_thank_you_window(days: int, fires: bool) -> None:
    c = company("Klarna", Stage.INTERVIEWING, last_contact=ago(days))
    assert [r.kind for r in reminders([c], today=TODAY)] == (["thank_you"] if fires else [])


def test_thank_you_not_after_marking_it_nor_for_other_stages() -> None:
    thanked = company("Klarna", Stage.INTERVIEWING, last_contact=ago(2), thanked=True)
    applied = company("Spotify", Stage.APPLIED, last_contact=ago(2))
    assert reminders([thanked, applied], today=TODAY) == []


def test_thank_you_quotes_a_name_with_spaces_for_the_shell() -> None:
    c = company("H&M Group", Stage.INTERVIEWING, last_contact=ago(1))
    (r,) = reminders([c], today=TODAY)
    assert r.text == (
        "Interview with H&M Group yesterday: thank-you note sent? "
        "(mark it: watch note 'H&M Group' --thanked)"
    )


def test_stale_threshold_and_custom_days() -> None:
    c29 = company("Spotify", Stage.APPLIED, last_contact=ago(29))
    assert reminders([c29], today=TODAY) == []
    assert [r.kind for r in reminders([c29], today=TODAY, stale_days=14)] == ["stale"]


def test_stale_falls_back_on_the_date_added_when_no_contact_was_recorded() -> None:
    added = datetime(2026, 10, 1, 9, tzinfo=UTC)
    c = company("Spotify", Stage.APPLIED, created=added)
    (r,) = reminders([c], today=TODAY)
    assert r.text.startswith("No contact with Spotify for 65 days")
    assert reminders([company("Klarna", Stage.APPLIED)], today=TODAY) == []


def test_an_overdue_answer_is_not_also_reported_as_stale() -> None:
    c = company("Spotify", Stage.APPLIED, last_contact=ago(40), hear_by=ago(10))
    assert [r.kind for r in reminders([c], today=TODAY)] == ["hear_by"]


def test_most_overdue_first_within_a_kind() -> None:
    a = company("Alpha", Stage.APPLIED, hear_by=ago(1))
    b = company("Beta", Stage.APPLIED, hear_by=ago(6))
    assert [r.company for r in reminders([a, b], today=TODAY)] == ["Beta", "Alpha"]


def test_dates_from_another_year_carry_the_year() -> None:
    assert short_date(date(2026, 12, 3), today=TODAY) == "Dec 3"
    assert short_date(date(2025, 12, 30), today=date(2026, 1, 2)) == "Dec 30, 2025"
    assert days_ago(0) == "today" and days_ago(1) == "yesterday" and days_ago(5) == "5 days ago"


def test_process_note_for_layoffs_while_in_process() -> None:
    interviewing = company("Spotify", Stage.INTERVIEWING)
    assert (
        process_note(interviewing, ["layoffs"])
        == "You are interviewing at Spotify: this may affect your process"
    )
    assert process_note(company("Klarna", Stage.OFFER), ["hiring_freeze", "results"]) == (
        "You have an offer from Klarna: this may affect your process"
    )
    assert process_note(company("Volvo", Stage.APPLIED), ["layoffs"]) == (
        "You applied to Volvo: this may affect your process"
    )


def test_process_note_none_for_other_topics_or_stages() -> None:
    assert process_note(company("Spotify", Stage.INTERVIEWING), ["funding", "results"]) is None
    assert process_note(company("Spotify", Stage.WATCHING), ["layoffs"]) is None
    assert process_note(company("Spotify", Stage.REJECTED), ["layoffs"]) is None
    dropped = company("Spotify", Stage.INTERVIEWING, status=CompanyStatus.DROPPED)
    assert process_note(dropped, ["layoffs"]) is None


def test_reminders_for_a_watch_list_imported_from_a_tracker_csv() -> None:
    text = (
        "Company,Job Title,Status,Interview Date,Follow-up date,Notes\n"
        "Spotify,Backend Engineer,Onsite,2026-11-20,2026-12-03,\n"
        "Klarna,Data Engineer,Phone screen,2026-12-03,2026-12-20,\n"
        "Northvolt,,Not interested,2026-10-01,2026-11-01,\n"
        "Volvo Cars,,Applied,2026-11-05,,\n"
        "IKEA,,Wishlist,,,\n"
    )
    imported = read_csv(text, today=TODAY).companies
    companies = [
        company(
            c.name,
            c.stage,
            status=CompanyStatus(c.status),
            last_contact=c.last_contact,
            hear_by=c.hear_by,
        )
        for c in imported
    ]
    assert [r.text for r in reminders(companies, today=TODAY)] == [
        "You expected to hear from Spotify by Dec 3 (2 days ago): a short follow-up email is fine now",
        "Interview with Klarna 2 days ago: thank-you note sent? "
        "(mark it: watch note Klarna --thanked)",
        "No contact with Volvo Cars for 30 days: still interested? watch drop 'Volvo Cars'",
    ]
