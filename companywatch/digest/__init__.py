"""The digest: compose (pure) -> render (text, HTML, Markdown, JSON); delivery is in mailer."""

from __future__ import annotations

from companywatch.digest.compose import (
    CompanySection,
    Digest,
    Link,
    Reminder,
    SourceProblem,
    Story,
    compose,
)
from companywatch.digest.render import render_html, render_json, render_markdown, render_text
from companywatch.digest.stories import (
    StoryCandidate,
    canonical_url,
    find_story,
    same_story,
    title_key,
)
from companywatch.digest.topics import TopicRule, load_rules, topics_for

__all__ = [
    "CompanySection",
    "Digest",
    "Link",
    "Reminder",
    "SourceProblem",
    "Story",
    "StoryCandidate",
    "TopicRule",
    "canonical_url",
    "compose",
    "find_story",
    "load_rules",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
    "same_story",
    "title_key",
    "topics_for",
]
