"""Email delivery: build the digest message, send it over SMTP, check the SMTP settings.

The only module that imports :mod:`smtplib`. Every SMTP, socket and TLS failure becomes a
:class:`~companywatch.errors.DeliveryError` with one line that says what happened and, for the
usual mistakes (wrong host or port, TLS on a plain port, plain text on a TLS port, bad
password), what to change.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid, parseaddr

from companywatch.digest.compose import Digest
from companywatch.digest.render import render_html, render_text
from companywatch.errors import ConfigError, DeliveryError

log = logging.getLogger(__name__)

SECURITY = ("none", "starttls", "ssl")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "none" | "starttls" | "ssl"
    username: str | None
    password: str | None
    sender: str
    recipients: tuple[str, ...]
    timeout: float = 30

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise ConfigError(
                f"email.security must be one of {', '.join(SECURITY)}, not {self.security!r}",
                key="email.security",
            )


def _domain(address: str) -> str | None:
    addr = parseaddr(address)[1]
    return addr.rpartition("@")[2] or None if "@" in addr else None


def build_message(
    d: Digest,
    *,
    sender: str,
    recipients: Sequence[str],
    now: datetime,
    unsubscribe: str | None = None,
) -> EmailMessage:
    """The digest as one ``multipart/alternative`` email: the text part first, then HTML.

    ``unsubscribe`` becomes ``List-Unsubscribe`` (a ``mailto:`` address; a bare address gets
    ``mailto:`` added). Nothing in the message tracks the reader.
    """
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["Subject"] = d.subject
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring="companywatch", domain=_domain(sender))
    msg["Auto-Submitted"] = "auto-generated"
    if unsubscribe:
        target = unsubscribe.strip()
        if not target.lower().startswith("mailto:"):
            if "@" not in target or ":" in target:
                raise ConfigError(
                    f"unsubscribe must be a mailto: address, not {target!r}",
                    key="email.unsubscribe",
                )
            target = f"mailto:{target}"
        msg["List-Unsubscribe"] = f"<{target}>"
    msg.set_content(render_text(d), subtype="plain", charset="utf-8")
    msg.add_alternative(render_html(d), subtype="html", charset="utf-8")
    return msg


def _hint_for_connect(settings: SmtpSettings, e: BaseException) -> str:
    where = f"{settings.host}:{settings.port}"
    if isinstance(e, socket.gaierror):
        return f"cannot find mail server {settings.host!r}: check email.host"
    if isinstance(e, ConnectionRefusedError):
        return (
            f"{where} refused the connection: check email.host and email.port (usually 587 or 465)"
        )
    if isinstance(e, TimeoutError | socket.timeout):
        hint = "check email.host and email.port"
        if settings.port == 465 and settings.security != "ssl":
            hint = 'port 465 expects TLS from the start: set email.security = "ssl"'
        return f"{where} did not answer within {settings.timeout:g} s: {hint}"
    if isinstance(e, ssl.SSLError):
        if settings.security == "ssl":
            return (
                f"TLS handshake with {where} failed ({e.reason or e}): the port may expect plain "
                'text first; for port 587 or 25 set email.security = "starttls"'
            )
        return f"TLS with {where} failed: {e.reason or e}"
    if isinstance(e, smtplib.SMTPServerDisconnected):
        hint = ""
        if settings.security != "ssl":
            hint = ': if the port expects TLS from the start (465), set email.security = "ssl"'
        return f"{where} closed the connection{hint}"
    return f"cannot talk to {where}: {e}"


def _describe(e: smtplib.SMTPResponseException) -> str:
    text = (
        e.smtp_error.decode("utf-8", "replace") if isinstance(e.smtp_error, bytes) else e.smtp_error
    )
    return f"{e.smtp_code} {' '.join(str(text).split())}"


def _open(settings: SmtpSettings) -> smtplib.SMTP:
    """A connected, secured and logged-in SMTP session, or DeliveryError."""
    try:
        if settings.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                timeout=settings.timeout,
                context=ssl.create_default_context(),
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    except (OSError, smtplib.SMTPException) as e:
        raise DeliveryError(_hint_for_connect(settings, e)) from e
    try:
        smtp.ehlo()
        if settings.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise DeliveryError(
                    f"{settings.host}:{settings.port} offers no STARTTLS: use its STARTTLS port "
                    '(usually 587), security = "ssl" for port 465, or "none" for a local relay'
                )
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.username:
            if not smtp.has_extn("auth"):
                raise DeliveryError(
                    f"{settings.host}:{settings.port} does not offer login (AUTH)"
                    + (
                        ": most servers allow it only after STARTTLS; set email.security"
                        if settings.security == "none"
                        else ""
                    )
                )
            smtp.login(settings.username, settings.password or "")
    except DeliveryError:
        _close(smtp)
        raise
    except smtplib.SMTPAuthenticationError as e:
        _close(smtp)
        raise DeliveryError(
            f"login as {settings.username!r} refused ({_describe(e)}): check the username and "
            "password (many providers need an app password)"
        ) from e
    except smtplib.SMTPResponseException as e:
        _close(smtp)
        raise DeliveryError(f"{settings.host}:{settings.port} said {_describe(e)}") from e
    except (OSError, smtplib.SMTPException) as e:
        _close(smtp)
        raise DeliveryError(_hint_for_connect(settings, e)) from e
    return smtp


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def _session(settings: SmtpSettings, work: Callable[[smtplib.SMTP], None]) -> None:
    smtp = _open(settings)
    try:
        work(smtp)
    finally:
        _close(smtp)


def send(msg: EmailMessage, settings: SmtpSettings) -> None:
    """Hand ``msg`` to the SMTP server for every recipient in ``settings``.

    Returns once the server accepted it for at least one recipient (refused recipients are
    logged); raises DeliveryError otherwise.
    """
    if not settings.recipients:
        raise DeliveryError("no recipients: set email.to")

    def deliver(smtp: smtplib.SMTP) -> None:
        try:
            refused = smtp.send_message(
                msg, from_addr=settings.sender, to_addrs=list(settings.recipients)
            )
        except smtplib.SMTPRecipientsRefused as e:
            first = next(iter(e.recipients.items()), None)
            why = f": {first[0]} {first[1][0]} {first[1][1]!r}" if first else ""
            raise DeliveryError(f"the server refused every recipient{why}") from e
        except smtplib.SMTPSenderRefused as e:
            raise DeliveryError(
                f"the server refused sender {settings.sender!r} ({_describe(e)}): "
                "many servers accept only the address you log in with"
            ) from e
        except smtplib.SMTPResponseException as e:
            raise DeliveryError(f"the server did not accept the digest: {_describe(e)}") from e
        except (OSError, smtplib.SMTPException) as e:
            raise DeliveryError(f"sending failed: {e}") from e
        for rcpt, (code, text) in refused.items():
            log.warning("recipient refused rcpt=%s code=%d reply=%r", rcpt, code, text)
        log.info(
            "digest sent host=%s port=%d recipients=%d message_id=%s",
            settings.host,
            settings.port,
            len(settings.recipients) - len(refused),
            msg["Message-ID"],
        )

    _session(settings, deliver)


def check(settings: SmtpSettings) -> None:
    """Connect, secure and log in as :func:`send` would, without sending; DeliveryError if not."""

    def noop(smtp: smtplib.SMTP) -> None:
        try:
            code, _reply = smtp.noop()
        except (OSError, smtplib.SMTPException) as e:
            raise DeliveryError(_hint_for_connect(settings, e)) from e
        if code != 250:
            raise DeliveryError(f"{settings.host}:{settings.port} answered NOOP with {code}")

    _session(settings, noop)
