from __future__ import annotations

from pathlib import Path

import pytest

from companywatch import config as cfg
from companywatch.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def test_defaults_without_a_file() -> None:
    s = cfg.load(env={})
    assert s.get("email", "port") == 587
    assert s.get("digest", "time") == "07:30"
    assert s.get("digest", "timezone") == "Europe/Stockholm"
    assert s.get("sources", "defaults") == ("google_news", "bing_news")
    assert s.origins[("email", "port")] == "default"


def test_documented_file_matches_the_schema() -> None:
    """config/companywatch.toml documents every key with its default."""
    assert (REPO / "config" / "companywatch.toml").read_text() == cfg.render_documented()
    loaded = cfg.load(REPO / "config" / "companywatch.toml", env={})
    for key in cfg.SCHEMA:
        assert loaded.get(key.section, key.name) == key.default, key


def test_file_then_env_then_overrides(tmp_path: Path) -> None:
    f = tmp_path / "c.toml"
    f.write_text('[email]\nhost = "smtp.example.org"\nport = 2525\nto = ["a@x.org", "b@x.org"]\n')
    s = cfg.load(f, env={"COMPANYWATCH_EMAIL_PORT": "465", "COMPANYWATCH_EMAIL_SECURITY": "ssl"})
    assert s.get("email", "host") == "smtp.example.org"
    assert s.get("email", "port") == 465
    assert s.get("email", "security") == "ssl"
    assert s.get("email", "to") == ("a@x.org", "b@x.org")
    assert s.origins[("email", "port")] == "environment variable COMPANYWATCH_EMAIL_PORT"
    s2 = cfg.load(f, env={}, overrides={("email", "port"): 25})
    assert s2.get("email", "port") == 25


def test_env_to_accepts_comma_list() -> None:
    s = cfg.load(env={"COMPANYWATCH_EMAIL_TO": "a@x.org, b@x.org"})
    assert s.get("email", "to") == ("a@x.org", "b@x.org")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[email]\nhots = 'x'\n", "unknown key email.hots"),
        ("[emial]\nhost = 'x'\n", "unknown section [emial]"),
        ("[email]\nport = 'abc'\n", "bad value 'abc' for email.port"),
        ("[email]\nsecurity = 'tls'\n", "email.security"),
        ("[digest]\ntime = '25:00'\n", "digest.time"),
        ("[digest]\ntimezone = 'Mars/Base'\n", "digest.timezone"),
        ("[fetch]\nmax_bytes = '10 parsecs'\n", "fetch.max_bytes"),
        ("[sources]\ndefaults = ['altavista']\n", "sources.defaults"),
        ("not toml at all [", "not valid TOML"),
    ],
)
def test_bad_file_names_key_and_origin(tmp_path: Path, text: str, needle: str) -> None:
    f = tmp_path / "c.toml"
    f.write_text(text)
    with pytest.raises(ConfigError) as e:
        cfg.load(f, env={})
    assert needle in str(e.value)
    assert str(f) in str(e.value)


def test_bad_env_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="COMPANYWATCH_EMAIL_PORT"):
        cfg.load(env={"COMPANYWATCH_EMAIL_PORT": "seven"})
    with pytest.raises(ConfigError, match=r"unknown key email\.hots"):
        cfg.load(env={"COMPANYWATCH_EMAIL_HOTS": "x"})


def test_reserved_and_foreign_variables_are_ignored() -> None:
    cfg.load(env={"COMPANYWATCH_DB": "/x", "COMPANYWATCH_SMTP_PASSWORD": "s", "OTHER": "1"})


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        cfg.load(tmp_path / "nope.toml", env={})


def test_password_from_env_and_command(tmp_path: Path) -> None:
    s = cfg.load(env={})
    assert cfg.smtp_password(s, env={"COMPANYWATCH_SMTP_PASSWORD": "hunter2"}) == "hunter2"
    f = tmp_path / "c.toml"
    f.write_text('[email]\npassword_command = "echo s3cret"\n')
    assert cfg.smtp_password(cfg.load(f, env={}), env={}) == "s3cret"
