"""SEC EDGAR: ticker -> CIK, and the 8-K filings feed of a company (pure).

SEC publishes the ticker list at :data:`TICKERS_URL` (``{"0": {"cik_str": 320193, "ticker":
"AAPL", "title": "Apple Inc."}, ...}``) and a company's filings as Atom at :func:`filings_url`.
SEC asks every client for a User-Agent naming the sender with a contact e-mail
(:func:`sec_user_agent`) and at most :data:`MAX_REQUESTS_PER_SECOND` requests per second.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from companywatch.errors import ConfigError, ParseError

TICKERS_URL = "https://www.sec.gov/files/company_tickers.json"
FILINGS_BASE = "https://www.sec.gov/cgi-bin/browse-edgar"
MAX_REQUESTS_PER_SECOND = 10
_FORM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/ -]{0,19}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_ticker(ticker: str) -> str:
    """``"brk.b"`` -> ``"BRK-B"``: SEC writes share classes with a hyphen; people use a dot."""
    return ticker.strip().lstrip("$").upper().replace(".", "-").replace("/", "-")


def _cik(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        n = int(value)
        return n if n > 0 else None
    return None


def parse_ticker_map(body: bytes) -> dict[str, int]:
    """Ticker (normalized, upper case) -> CIK from SEC's ``company_tickers.json``.

    Also reads ``company_tickers_exchange.json`` (``{"fields": [...], "data": [[cik, name,
    ticker, exchange], ...]}``). ParseError when the body is neither; rows without a ticker or a
    positive CIK are skipped. The first row for a ticker wins, as in SEC's own ordering.
    """
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        raise ParseError(f"SEC ticker list is not JSON: {e}") from e
    rows: list[tuple[Any, Any]] = []
    if isinstance(data, dict) and isinstance(data.get("fields"), list):
        fields = data["fields"]
        if "cik" not in fields or "ticker" not in fields or not isinstance(data.get("data"), list):
            raise ParseError("SEC ticker list: 'fields' must name cik and ticker, with 'data'")
        ci, ti = fields.index("cik"), fields.index("ticker")
        for row in data["data"]:
            if isinstance(row, list) and len(row) > max(ci, ti):
                rows.append((row[ti], row[ci]))
    elif isinstance(data, dict):
        for entry in data.values():
            if isinstance(entry, dict):
                rows.append((entry.get("ticker"), entry.get("cik_str")))
    else:
        raise ParseError("not SEC's company_tickers.json: expected a JSON object")
    mapping: dict[str, int] = {}
    for ticker, cik_value in rows:
        cik = _cik(cik_value)
        if isinstance(ticker, str) and ticker.strip() and cik is not None:
            mapping.setdefault(normalize_ticker(ticker), cik)
    if rows and not mapping:
        raise ParseError("SEC ticker list has no usable ticker/cik_str entries")
    return mapping


def cik_for(ticker: str, mapping: Mapping[str, int]) -> int | None:
    """The CIK for a ticker as people write it (``$brk.b``), or None."""
    return mapping.get(normalize_ticker(ticker))


def filings_url(cik: int, form: str = "8-K") -> str:
    """The Atom feed of a company's filings of one form, newest first, 40 per page."""
    if isinstance(cik, bool) or not isinstance(cik, int) or not 0 < cik < 10**10:
        raise ConfigError(f"not a SEC CIK: {cik!r} (a positive number of up to 10 digits)")
    if not _FORM.match(form):
        raise ConfigError(f"not a SEC form type: {form!r} (e.g. 8-K, 10-Q)")
    query = urlencode(
        {
            "action": "getcompany",
            "CIK": f"{cik:010d}",
            "type": form,
            "dateb": "",
            "owner": "include",
            "count": "40",
            "output": "atom",
        }
    )
    return f"{FILINGS_BASE}?{query}"


def sec_user_agent(app: str, contact_email: str | None) -> str:
    """``"companywatch/0.1 (you@example.org)"``: SEC refuses requests without a contact."""
    if not contact_email or not _EMAIL.match(contact_email.strip()):
        raise ConfigError(
            "SEC EDGAR needs a contact e-mail in the User-Agent: set fetch.contact in the config",
            key="fetch.contact",
        )
    return f"{app} ({contact_email.strip()})"


__all__ = [
    "MAX_REQUESTS_PER_SECOND",
    "TICKERS_URL",
    "cik_for",
    "filings_url",
    "normalize_ticker",
    "parse_ticker_map",
    "sec_user_agent",
]
