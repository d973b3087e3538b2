"""`watch doctor`: checks of the config, database, sources' reach and mail settings, in plain words."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from companywatch import config as cfg
from companywatch.app import App, smtp_settings
from companywatch.errors import CompanywatchError, FetchError
from companywatch.fetch import Fetcher
from companywatch.models import Source


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok | warn | fail
    detail: str


def run_checks(app: App, *, send_test: bool = False, network: bool = True) -> Iterator[Check]:
    s = app.settings
    if s.path:
        yield Check("config", "ok", f"{s.path} read; every key valid")
    else:
        yield Check(
            "config",
            "ok",
            f"no config file (defaults and environment); "
            f"create one at {cfg.default_config_path()} to change settings",
        )
    yield from _database(app)
    if network:
        yield from _sources(app)
    yield from _email(app, send_test=send_test)


def _database(app: App) -> Iterator[Check]:
    try:
        store = app.store
        problems = store.integrity_problems()
        version = store.schema_version()
    except CompanywatchError as e:
        yield Check("database", "fail", e.message)
        return
    if problems:
        yield Check(
            "database",
            "fail",
            f"{app.db_path}: integrity check found "
            f"{len(problems)} problem(s), first: {problems[0]}; restore a backup",
        )
        return
    companies = store.companies()
    yield Check(
        "database",
        "ok",
        f"{app.db_path}: schema version {version}, integrity ok, "
        f"{len(companies)} companies, {store.article_count()} articles",
    )


def _sources(app: App) -> Iterator[Check]:
    sources = app.store.sources()
    if not sources:
        yield Check("sources", "warn", 'no sources yet: add a company with  watch add "NAME"')
        return
    by_kind: dict[str, Source] = {}
    for src in sources:
        if src.disabled_reason is None:
            by_kind.setdefault(src.kind.value, src)
    settings = replace(app.fetch_settings(), timeout=min(10.0, app.fetch_settings().timeout))

    async def probe(src: Source) -> tuple[Source, str | None]:
        async with Fetcher(settings, app.clock) as fetcher:
            try:
                result = await fetcher.fetch(src.url)
            except FetchError as e:
                return src, f"{e.reason}: {e.detail}" if e.detail else e.reason
            return src, None if result.status in (200, 304) else f"HTTP {result.status}"

    async def probe_all() -> list[tuple[Source, str | None]]:
        return list(await asyncio.gather(*(probe(x) for x in by_kind.values())))

    for src, error in asyncio.run(probe_all()):
        name = f"source kind {src.kind.value}"
        if error:
            yield Check(
                name,
                "fail",
                f"cannot fetch {src.url}: {error}; check the network, "
                "a proxy (HTTPS_PROXY) or the URL",
            )
        else:
            yield Check(name, "ok", f"reached {src.url}")
    broken = [x for x in sources if x.health in ("failing", "stopped")]
    if broken:
        yield Check(
            "sources",
            "warn",
            f"{len(broken)} of {len(sources)} sources failing or "
            "stopped: see  watch sources --broken",
        )


def _email(app: App, *, send_test: bool) -> Iterator[Check]:
    from companywatch.mailer import check, send

    try:
        smtp = smtp_settings(app.settings)
    except CompanywatchError as e:
        yield Check("email", "fail", e.message)
        return
    try:
        check(smtp)
    except CompanywatchError as e:
        yield Check("email", "fail", e.message)
        return
    yield Check(
        "email",
        "ok",
        f"{smtp.host}:{smtp.port} ({smtp.security}) accepts a session"
        + (f" as {smtp.username}" if smtp.username else ""),
    )
    if send_test:
        msg = EmailMessage()
        msg["Subject"] = "companywatch test mail"
        msg["From"] = smtp.sender
        msg["To"] = ", ".join(smtp.recipients)
        msg["Date"] = format_datetime(app.now())
        msg["Message-ID"] = make_msgid(domain=smtp.sender.rpartition("@")[2] or None)
        msg.set_content(
            "This is a test from `watch doctor --send-test`. Your digest will arrive "
            "the same way.\n"
        )
        try:
            send(msg, smtp)
        except CompanywatchError as e:
            yield Check("test mail", "fail", e.message)
            return
        yield Check("test mail", "ok", f"sent to {', '.join(smtp.recipients)}")
