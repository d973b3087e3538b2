"""SEC EDGAR: the ticker list (a tiny hand-written fixture in SEC's format) and the filings URL."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from companywatch.edgar import (
    TICKERS_URL,
    cik_for,
    filings_url,
    normalize_ticker,
    parse_ticker_map,
    sec_user_agent,
)
from companywatch.errors import ConfigError, ParseError

# SEC's company_tickers.json shape: {"<row>": {"cik_str", "ticker", "title"}}; rows invented.
TICKERS = json.dumps(
    {
        "0": {"cik_str": 1000001, "ticker": "ACME", "title": "Acme Corp"},
        "1": {"cik_str": 1000002, "ticker": "GLBX", "title": "Globex Inc."},
        "2": {"cik_str": 1000003, "ticker": "INIT-A", "title": "Initech Holdings"},
        "3": {"cik_str": 1000003, "ticker": "INIT-B", "title": "Initech Holdings"},
        "4": {"cik_str": 1000004, "ticker": "ACME", "title": "Acme Duplicate (later row)"},
        "5": {"cik_str": "", "ticker": "NOPE", "title": "No CIK"},
        "6": {"cik_str": 1000005, "ticker": "", "title": "No ticker"},
    }
).encode()


def test_ticker_map() -> None:
    assert parse_ticker_map(TICKERS) == {
        "ACME": 1000001,
        "GLBX": 1000002,
        "INIT-A": 1000003,
        "INIT-B": 1000003,
    }


def test_exchange_format_too() -> None:
    body = json.dumps(
        {
            "fields": ["cik", "name", "ticker", "exchange"],
            "data": [[1000001, "Acme Corp", "ACME", "Nasdaq"], [1000002, "Globex", "glbx", "NYSE"]],
        }
    ).encode()
    assert parse_ticker_map(body) == {"ACME": 1000001, "GLBX": 1000002}


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Forbidden</html>",
        b"[1, 2]",
        b'{"fields": ["name"], "data": []}',
        b'{"0": {"cik_str": "x", "ticker": "A"}}',
    ],
)
def test_not_a_ticker_list(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse_ticker_map(body)


def test_tickers_as_people_write_them() -> None:
    mapping = parse_ticker_map(TICKERS)
    assert normalize_ticker(" $init.b ") == "INIT-B"
    assert cik_for("init.a", mapping) == 1000003
    assert cik_for("$acme", mapping) == 1000001
    assert cik_for("ZZZZ", mapping) is None


def test_filings_url() -> None:
    url = filings_url(320193)
    assert url == (
        "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=8-K"
        "&dateb=&owner=include&count=40&output=atom"
    )
    q = parse_qs(urlsplit(filings_url(1000003, "10-Q")).query, keep_blank_values=True)
    assert q["type"] == ["10-Q"] and q["CIK"] == ["0001000003"] and q["output"] == ["atom"]


@pytest.mark.parametrize(
    ("cik", "form"),
    [(0, "8-K"), (-5, "8-K"), (10**10, "8-K"), (320193, "8-K&output=html"), (320193, "")],
)
def test_filings_url_refuses_bad_input(cik: int, form: str) -> None:
    with pytest.raises(ConfigError):
        filings_url(cik, form)


def test_user_agent_needs_a_contact() -> None:
    assert (
        sec_user_agent("companywatch/0.1", "me@example.org") == "companywatch/0.1 (me@example.org)"
    )
    with pytest.raises(ConfigError, match=r"fetch\.contact"):
        sec_user_agent("companywatch/0.1", None)
    with pytest.raises(ConfigError):
        sec_user_agent("companywatch/0.1", "not an email")
    assert TICKERS_URL.startswith("https://www.sec.gov/")


@pytest.mark.corpus
def test_real_sec_ticker_list(corpus: Path) -> None:
    body = (corpus / "companies" / "sec_company_tickers" / "company_tickers.json").read_bytes()
    mapping = parse_ticker_map(body)
    assert len(mapping) > 9_000
    assert cik_for("AAPL", mapping) == 320193
    assert cik_for("BRK.B", mapping) == cik_for("BRK-A", mapping)
    exchange = corpus / "companies" / "sec_company_tickers" / "company_tickers_exchange.json"
    assert parse_ticker_map(exchange.read_bytes())["NVDA"] == 1045810
