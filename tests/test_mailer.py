"""Mailer against a real SMTP server (aiosmtpd): the message, delivery, refusals, hints."""

from __future__ import annotations

import email
import re
import socket
from email import policy
from email.message import EmailMessage

import pytest

from companywatch.errors import ConfigError, DeliveryError
from companywatch.mailer import SmtpSettings, build_message, check, send
from tests.digest_sample import NOW, sample_digest
from tests.servers import SmtpSink
from tests.test_digest_render import check_golden

SENDER = "companywatch@example.org"
RECIPIENTS = ("anna@example.org", "erik@example.net")


def settings(port: int, **kw: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": None,
        "password": None,
        "sender": SENDER,
        "recipients": RECIPIENTS,
        "timeout": 5,
    }
    values.update(kw)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def message(
    unsubscribe: str | None = "mailto:companywatch@example.org?subject=unsubscribe",
) -> EmailMessage:
    return build_message(
        sample_digest(), sender=SENDER, recipients=RECIPIENTS, now=NOW, unsubscribe=unsubscribe
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_message_structure() -> None:
    msg = message()
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert msg["Subject"] == sample_digest().subject
    assert msg["To"] == "anna@example.org, erik@example.net"
    assert msg["Date"] == "Thu, 26 Nov 2026 06:00:00 +0000"
    assert re.fullmatch(r"<.+@example\.org>", msg["Message-ID"])
    assert msg["List-Unsubscribe"] == "<mailto:companywatch@example.org?subject=unsubscribe>"
    assert "List-Unsubscribe" not in message(unsubscribe=None)
    assert (
        message(unsubscribe="stop@example.org")["List-Unsubscribe"] == "<mailto:stop@example.org>"
    )
    with pytest.raises(ConfigError, match="mailto"):
        message(unsubscribe="https://tracker.example/u?id=123")


def masked(raw: str) -> str:
    raw = raw.replace("\r\n", "\n")
    raw = re.sub(r"^Message-ID: <[^>]+>", "Message-ID: <MASKED>", raw, flags=re.M)
    for i, boundary in enumerate(dict.fromkeys(re.findall(r'boundary="([^"]+)"', raw))):
        raw = raw.replace(boundary, f"BOUNDARY{i}")
    return raw


def test_golden_email() -> None:
    check_golden("digest.eml", masked(message().as_string()))


def test_message_arrives_with_both_parts(smtp_sink: SmtpSink) -> None:
    send(message(), settings(smtp_sink.port))
    (got,) = smtp_sink.messages
    assert got["from"] == SENDER and got["to"] == list(RECIPIENTS)
    parsed = email.message_from_bytes(got["data"], policy=policy.default)
    text, html = parsed.iter_parts()
    assert "Spotify varslar 200 anställda i Stockholm" in text.get_content()
    assert "+2 more sources" in html.get_content()
    assert "Bcc" not in parsed


def test_refused_data_raises_and_next_send_delivers(smtp_sink: SmtpSink) -> None:
    smtp_sink.refuse = 1
    msg = message()
    with pytest.raises(DeliveryError, match=r"did not accept the digest: 451 4\.3\.0 try again"):
        send(msg, settings(smtp_sink.port))
    assert smtp_sink.messages == []
    send(msg, settings(smtp_sink.port))
    assert len(smtp_sink.messages) == 1


def test_wrong_port_gives_one_clear_line() -> None:
    with pytest.raises(DeliveryError) as info:
        send(message(), settings(free_port()))
    text = str(info.value)
    assert "\n" not in text
    assert "refused the connection" in text and "email.port" in text


def test_unknown_host() -> None:
    with pytest.raises(DeliveryError, match=r"cannot find mail server 'no-such-host\.invalid'"):
        check(settings(25, host="no-such-host.invalid"))


def test_tls_on_a_plain_port(smtp_sink: SmtpSink) -> None:
    with pytest.raises(DeliveryError) as info:
        check(settings(smtp_sink.port, security="ssl"))
    assert 'security = "starttls"' in str(info.value) and "\n" not in str(info.value)


def test_starttls_not_offered(smtp_sink: SmtpSink) -> None:
    with pytest.raises(DeliveryError, match="offers no STARTTLS"):
        check(settings(smtp_sink.port, security="starttls"))


def test_login_not_offered(smtp_sink: SmtpSink) -> None:
    with pytest.raises(DeliveryError, match=r"does not offer login \(AUTH\).*security"):
        check(settings(smtp_sink.port, username="anna", password="secret"))


def test_check_connects_without_sending(smtp_sink: SmtpSink) -> None:
    check(settings(smtp_sink.port))
    assert smtp_sink.messages == []


def test_bad_security_value() -> None:
    with pytest.raises(ConfigError, match=r"email\.security"):
        settings(25, security="tls")


def test_authentication_failure() -> None:
    """A real aiosmtpd server that requires login and rejects the password."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        return AuthResult(success=False, handled=False)

    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticator,
        auth_require_tls=False,
    )
    controller.start()
    try:
        port = controller.port
        with pytest.raises(DeliveryError) as info:
            check(settings(port, username="anna", password="wrong"))
        text = str(info.value)
        assert text.startswith("login as 'anna' refused (535") and "app password" in text
    finally:
        controller.stop()
