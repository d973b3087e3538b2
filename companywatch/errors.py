"""The exception tree and the exit codes.

Every error companywatch raises on purpose derives from :class:`CompanywatchError`::

    CompanywatchError
    ├── ConfigError          a bad key or value in the config file, environment or options
    ├── StoreError           the database could not be opened, read or written
    │   └── SchemaError      the database is newer than this program, or corrupt
    ├── NotFoundError        no company / source with that name (carries suggestions)
    ├── AlreadyExistsError   adding a company or feed that is already there
    ├── FetchError           one source could not be fetched (carries the reason)
    ├── ParseError           a body is not a feed
    ├── DeliveryError        the mail server did not accept the digest
    └── LockedError          another run holds the lock

Library exceptions (``sqlite3.Error``, ``httpx.HTTPError``, ``smtplib.SMTPException``) are wrapped
where they enter, with ``raise ... from e``; none escapes its module.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime


class ExitStatus(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    PARTIAL = 3  # some sources failed; the rest was stored


class CompanywatchError(Exception):
    """Root of every error companywatch raises on purpose."""

    exit_status: ExitStatus = ExitStatus.ERROR
    default_message = "companywatch failed"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.default_message


class ConfigError(CompanywatchError):
    """A config key or value is wrong; the message names the key and where it came from."""

    exit_status = ExitStatus.USAGE

    def __init__(self, message: str, *, key: str | None = None, origin: str | None = None) -> None:
        self.key = key
        self.origin = origin
        super().__init__(message)


class StoreError(CompanywatchError):
    default_message = "database error"


class SchemaError(StoreError):
    default_message = "database schema is not one this version understands"


class NotFoundError(CompanywatchError):
    def __init__(self, what: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.what = what
        self.name = name
        self.suggestions = tuple(suggestions)
        msg = f"no {what} named {name!r}"
        if self.suggestions:
            quoted = " or ".join(repr(s) for s in self.suggestions)
            msg += f" (did you mean {quoted}?)"
        super().__init__(msg)


class AlreadyExistsError(CompanywatchError):
    def __init__(self, what: str, name: str, existing: str) -> None:
        self.what = what
        self.name = name
        self.existing = existing
        super().__init__(f"{what} {name!r} is already on the watch list as {existing!r}")


class FetchError(CompanywatchError):
    """One source could not be fetched. ``reason`` is a short machine-friendly word.

    ``not_before`` is the server's Retry-After, as a UTC time, when it sent one.
    """

    def __init__(
        self,
        url: str,
        reason: str,
        detail: str = "",
        *,
        status: int | None = None,
        not_before: datetime | None = None,
    ) -> None:
        self.not_before = not_before
        self.url = url
        self.reason = reason
        self.detail = detail
        self.status = status
        text = f"{reason}: {detail}" if detail else reason
        super().__init__(f"{url}: {text}")


class ParseError(CompanywatchError):
    default_message = "not a feed"


class DeliveryError(CompanywatchError):
    default_message = "the mail server did not accept the digest"


class LockedError(CompanywatchError):
    default_message = "another companywatch run is in progress"
