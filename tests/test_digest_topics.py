"""Topic rules: default labels in English, Swedish, German and French; the user's rules file."""

from __future__ import annotations

from pathlib import Path

import pytest

from companywatch.digest.topics import load_rules, topics_for
from companywatch.errors import ConfigError

RULES = load_rules()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Spotify to cut 17% of workforce in third round of layoffs", "layoffs"),
        ("Klarna lays off 700 employees", "layoffs"),
        ("Spotify varslar 200 anställda i Stockholm", "layoffs"),
        ("Ericsson säger upp 1 400 i Sverige", "layoffs"),
        ("Volvo Cars nedskärningar drabbar Göteborg", "layoffs"),
        ("Northvolt varsel: 1 600 jobb försvinner", "layoffs"),
        ("SAP baut 8000 Stellen ab", "layoffs"),
        ("Renault: suppressions de 4600 postes en France", "layoffs"),
        ("Meta announces hiring freeze for the rest of the year", "hiring_freeze"),
        ("Klarna inför anställningsstopp", "hiring_freeze"),
        ("Spotify names new CFO", "leadership"),
        ("Ny vd för Ericsson", "leadership"),
        ("Ericssons vd Börje Ekholm avgår", "leadership"),
        ("Stripe raises $6.5 billion in Series I funding", "funding"),
        ("Klarna tar in 800 miljoner dollar i ny finansieringsrunda", "funding"),
        ("Microsoft to acquire Activision Blizzard for $69 billion", "acquisition"),
        ("Klarna förvärvar svenskt techbolag", "acquisition"),
        ("Spotify Q3 earnings beat estimates", "results"),
        ("Ericsson: rörelseresultatet ökade i tredje kvartalet", "results"),
        ("Spotify is hiring 300 engineers in Stockholm", "hiring"),
        ("Klarna rekryterar 100 utvecklare", "hiring"),
        ("Apple sued over App Store rules", "legal"),
        ("Spotify opens new office in Berlin", "offices"),
    ],
)
def test_default_rules(title: str, expected: str) -> None:
    assert expected in topics_for(title, "", RULES)


@pytest.mark.parametrize(
    "title",
    [
        "Spotify launches audiobooks in Sweden",
        "Apple unveils new iPhone colours",
        "H&M:s nya kollektion säljer slut",  # "säljer" is not a layoff
        "Target audience for podcasts grows",
    ],
)
def test_no_topic(title: str) -> None:
    assert topics_for(title, "", RULES) == ()


def test_summary_counts_and_freeze_is_not_hiring() -> None:
    assert topics_for("Spotify update", "The company said it will cut 200 jobs.", RULES) == (
        "layoffs",
    )
    assert topics_for("Meta hiring freeze extended", "", RULES) == ("hiring_freeze",)
    assert topics_for("Spotify cuts 200 jobs while still hiring engineers", "", RULES) == (
        "layoffs",
    )


def test_rules_are_ordered_by_priority() -> None:
    topics = topics_for("Spotify names new CEO and lays off 200", "", RULES)
    assert topics == ("layoffs", "leadership")
    assert [r.priority for r in RULES] == sorted((r.priority for r in RULES), reverse=True)


def test_user_file_extends_overrides_and_disables(tmp_path: Path) -> None:
    user = tmp_path / "topics.toml"
    user.write_text(
        """
[[topic]]
topic = "layoffs"
label = "Job cuts"
patterns = ['\\bpersonalneddragning\\w*']

[[topic]]
topic = "offices"
enabled = false

[[topic]]
topic = "product"
label = "Product"
priority = 5
patterns = ['\\blaunch(?:es|ed)?\\b']
""",
        encoding="utf-8",
    )
    rules = load_rules(user)
    by_topic = {r.topic: r for r in rules}
    assert by_topic["layoffs"].label == "Job cuts"
    assert "offices" not in by_topic
    assert topics_for("Spotify launches audiobooks", "", rules) == ("product",)
    assert topics_for("Stor personalneddragning på Spotify", "", rules) == ("layoffs",)
    assert topics_for("Spotify varslar 200", "", rules) == ("layoffs",)  # defaults kept

    user.write_text(
        "[[topic]]\ntopic = 'layoffs'\nreplace = true\npatterns = ['\\bxyzzy\\b']\n", "utf-8"
    )
    assert topics_for("Spotify varslar 200", "", load_rules(user)) == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[[topic]]\ntopic = 'x'\npatterns = ['(unclosed']\n", "bad pattern"),
        ("[[topic]\n", "not valid TOML"),
        ("[[topic]]\nlabel = 'no key'\npatterns = ['a']\n", "needs topic"),
        ("[[topic]]\ntopic = 'new'\n", "needs patterns"),
    ],
)
def test_bad_user_file(tmp_path: Path, text: str, words: str) -> None:
    user = tmp_path / "topics.toml"
    user.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_rules(user)
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(tmp_path / "missing.toml")
