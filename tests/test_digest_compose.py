"""compose(): one line per story, highlights with labels, sections, source health, subject."""

from __future__ import annotations

from companywatch.digest.compose import compose
from companywatch.digest.topics import load_rules
from companywatch.models import Company, Source, SourceKind, Stage
from tests.digest_sample import (
    ARTICLES,
    COMPANIES,
    ERICSSON,
    KLARNA,
    NOW,
    SOURCES,
    TZ,
    VOLVO,
    article,
    sample_digest,
)


def _all_stories(d):  # type: ignore[no-untyped-def]
    return list(d.highlights) + [s for sec in d.sections for s in sec.stories]


def test_three_outlets_make_one_line_with_two_more_sources() -> None:
    d = sample_digest()
    lines = [s for s in _all_stories(d) if s.story_id == 101]
    assert len(lines) == 1
    story = lines[0]
    assert story.publisher == "Reuters"  # the first to publish leads
    assert [m.publisher for m in story.more] == ["Bloomberg", "The Verge"]
    assert story.time == ARTICLES[0].published


def test_layoffs_in_highlights_with_label_and_not_repeated() -> None:
    d = sample_digest()
    by_id = {s.story_id: s for s in d.highlights}
    assert by_id[101].labels == ("Layoffs",)
    assert by_id[102].title == "Spotify varslar 200 anställda i Stockholm"
    assert by_id[102].labels == ("Layoffs",)
    assert by_id[102].note == "You are interviewing at Spotify"
    assert by_id[104].labels == ("Funding",)
    assert by_id[106].labels == ("Leadership change",)
    in_sections = [s.story_id for sec in d.sections for s in sec.stories]
    assert not set(by_id) & set(in_sections)
    assert len(in_sections) == len(set(in_sections))  # each story once
    # Layoffs first (highest priority), then leadership, acquisition, funding...
    assert [s.story_id for s in d.highlights][:2] == [102, 101]


def test_sections_order_and_story_ids() -> None:
    d = sample_digest()
    # Interviewing first, rejected last, dropped companies nowhere; newest company first in between.
    assert [sec.name for sec in d.sections] == ["Spotify", "H&M", "Ericsson", "Volvo Cars"]
    spotify = d.sections[0]
    assert [s.story_id for s in spotify.stories] == [105, 103]  # newest first
    assert spotify.stories[0].companies == ("Spotify", "Klarna")
    assert d.story_ids == frozenset(range(101, 110))
    assert d.skipped_story_ids == frozenset({110, 111})  # too old; a dropped company
    assert d.company_count == 5
    assert d.subject == (
        "Spotify: layoffs, Ericsson: leadership change (+1) · 5 companies, 9 stories, 1 reminder"
    )


def test_unsafe_links_are_dropped_but_the_story_stays() -> None:
    d = sample_digest()
    volvo = next(sec for sec in d.sections if sec.company_id == VOLVO)
    assert volvo.stories[0].link is None
    assert volvo.stories[0].title.startswith("<script>")  # escaping is the renderer's job


def test_max_per_company_and_more() -> None:
    articles = [
        article(
            100 + i,
            f"Ericsson story number {i} about radio",
            f"https://e.example/{i}",
            "Wire",
            i,
            500 + i,
            (ERICSSON,),
        )
        for i in range(8)
    ]
    d = compose(
        articles, COMPANIES, [], now=NOW, since=None, max_per_company=3, rules=load_rules(), tz=TZ
    )
    (sec,) = d.sections
    assert [s.story_id for s in sec.stories] == [500, 501, 502]
    assert sec.more == 5
    assert len(d.story_ids) == 8  # the five not shown are delivered too ("and 5 more")
    assert d.subject == "1 company, 8 stories"


def test_source_health_footer() -> None:
    d = sample_digest()
    problems = [(p.state, p.company, p.source_id) for p in d.source_problems]
    # Stopped first, then failing, then silent; the dropped company's source is not reported.
    assert problems == [("stopped", "H&M", 3), ("failing", "Klarna", 2), ("silent", "Ericsson", 4)]
    assert d.source_problems[1].detail == "HTTP 503 (3 failures in a row)"
    assert d.source_problems[2].detail == "not fetched for 5 days"


def test_empty_digest() -> None:
    d = compose([], COMPANIES, [], now=NOW, since=None, rules=load_rules(), tz=TZ)
    assert d.is_empty and d.subject == "No new stories"
    assert not d.story_ids


def test_process_flag_for_applied_and_offer() -> None:
    companies = dict(COMPANIES)
    companies[KLARNA] = Company(KLARNA, "Klarna", stage=Stage.OFFER)
    a = article(1, "Klarna inför anställningsstopp", "https://di.example/k", "DI", 1, 1, (KLARNA,))
    d = compose([a], companies, [], now=NOW, since=None, rules=load_rules(), tz=TZ)
    assert d.highlights[0].labels == ("Hiring freeze",)
    assert d.highlights[0].note == "You have an offer from Klarna"
    assert d.subject == "Klarna: hiring freeze · 1 company, 1 story"


def test_shared_feed_problem_is_reported_without_company() -> None:
    shared = Source(
        9,
        SourceKind.FEED,
        "https://news.example/all.rss",
        None,
        None,
        error_count=1,
        last_error="not a feed",
    )
    d = compose(
        [], COMPANIES, [shared, *SOURCES[:1]], now=NOW, since=None, rules=load_rules(), tz=TZ
    )
    # SOURCES[0] answered two hours ago: healthy, not listed.
    assert [(p.state, p.company) for p in d.source_problems] == [("failing", None)]


def test_feed_text_loses_control_and_bidi_characters() -> None:
    a = article(
        1,
        "Spotify\x1b[31m varslar\u202e 200\x00 anställda",
        "https://di.example/a?utm_source=rss&id=4",
        "DI\x07",
        1,
        1,
        (ERICSSON,),
        "line one\nline\ttwo",
    )
    d = compose([a], COMPANIES, [], now=NOW, since=None, rules=load_rules(), tz=TZ)
    (s,) = d.highlights
    assert s.title == "Spotify[31m varslar 200 anställda"
    assert s.publisher == "DI" and s.summary == "line one line two"
    assert s.link == "https://di.example/a?id=4"  # shown without the tracking parameter


def test_an_sec_filing_joins_the_news_story_of_the_same_event() -> None:
    sec = (SourceKind.SEC_EDGAR,)
    items = "Filed: 2026-11-25 AccNo: 0000000000-26-000001 Size: 800 KB"
    articles = [
        article(
            1,
            "Ericsson third-quarter results beat estimates",
            "https://news.example/q3",
            "Reuters",
            10,
            1,
            (ERICSSON,),
        ),
        article(
            2,
            "8-K - Current report",
            "https://www.sec.gov/Archives/1-index.htm",
            None,
            14,
            2,
            (ERICSSON,),
            f"{items} Item 2.02: Results of Operations and Financial Condition",
            sec,
        ),
        # A filing about nothing the news says stays on its own line.
        article(
            3,
            "8-K - Current report",
            "https://www.sec.gov/Archives/3-index.htm",
            None,
            12,
            3,
            (ERICSSON,),
            f"{items} Item 5.07: Submission of Matters to a Vote",
            sec,
        ),
        # A results filing a week away from the news is another event.
        article(
            4,
            "8-K - Current report",
            "https://www.sec.gov/Archives/4-index.htm",
            None,
            200,
            4,
            (ERICSSON,),
            f"{items} Item 2.02: Results of Operations",
            sec,
        ),
    ]
    d = compose(articles, COMPANIES, [], now=NOW, since=None, rules=load_rules(), tz=TZ)
    lines = {s.story_id: s for s in _all_stories(d)}
    assert set(lines) == {1, 3, 4}
    assert [(m.url, m.publisher) for m in lines[1].more] == [
        ("https://www.sec.gov/Archives/1-index.htm", "SEC 8-K")
    ]
    assert d.story_ids == frozenset({1, 2, 3, 4})  # the joined filing is delivered too
