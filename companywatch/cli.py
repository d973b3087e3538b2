"""The command line: thin commands that call the use cases in :mod:`companywatch.app`.

Only this module (and the scheduler) configures logging; only this module imports click and rich.
Errors become one line on stderr and an exit code (:class:`~companywatch.errors.ExitStatus`);
``-v`` shows the traceback.
"""

from __future__ import annotations

import difflib
import json
import logging
import logging.handlers
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import wraps
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from companywatch import __version__
from companywatch.app import App
from companywatch.errors import CompanywatchError, ExitStatus
from companywatch.models import Company, CompanyStatus, Source, Stage

F = TypeVar("F", bound=Callable[..., Any])
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """Feed text made safe for a terminal: no control or bidi characters, no escape sequences."""
    return _CONTROL.sub("", str(text or ""))


def out() -> Console:
    return Console(highlight=False, soft_wrap=True)


def err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


class Ctx:
    def __init__(self, config: Path | None, db: Path | None, verbose: int) -> None:
        self.config_path = config
        self.db_path = db
        self.verbose = verbose
        self._app: App | None = None

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = App.from_env(config_path=self.config_path, db_path=self.db_path)
            _configure_file_log(self._app)
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time (tests swap it)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _configure_logging(verbose: int) -> None:
    # Commands report problems in one line each; the log shows on stderr with -v (and in the
    # log file, when configured, at its own level).
    level = logging.ERROR if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for old in [h for h in root.handlers if isinstance(h, _StderrHandler | _FileHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _StderrHandler()
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    for noisy in ("httpx", "httpcore", "apscheduler", "asyncio", "filelock", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING if verbose < 3 else logging.DEBUG)


class _FileHandler(logging.handlers.RotatingFileHandler):
    pass


def _configure_file_log(app: App) -> None:
    path = app.settings.get("log", "file")
    if not path:
        return
    file = Path(path).expanduser()
    file.parent.mkdir(parents=True, exist_ok=True)
    handler = _FileHandler(file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setLevel(app.settings.get("log", "level"))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.getLogger().addHandler(handler)


def fail(message: str, status: ExitStatus = ExitStatus.ERROR) -> NoReturn:
    err().print(Text(f"error: {clean(message)}"))
    raise SystemExit(int(status))


def handled(fn: F) -> F:
    """Turn our errors into one line and an exit code; -v shows the traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        obj = ctx.find_object(Ctx)
        verbose = obj.verbose if obj is not None else 0
        try:
            return fn(*args, **kwargs)
        except CompanywatchError as e:
            if verbose:
                traceback.print_exc()
            fail(e.message, e.exit_status)

    return cast(F, wrapper)


def pass_app(fn: Callable[..., Any]) -> Callable[..., Any]:
    @click.pass_obj
    @wraps(fn)
    def wrapper(obj: Ctx, *args: Any, **kwargs: Any) -> Any:
        return fn(obj.app, *args, **kwargs)

    return handled(wrapper)


class OurGroup(click.Group):
    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name and name not in self.commands and not name.startswith("-"):
            close = difflib.get_close_matches(name, list(self.commands), n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            ctx.fail(f"no command '{name}'{hint}")
        return super().resolve_command(ctx, args)


@click.group(cls=OurGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Database file (default: the platform data dir; env COMPANYWATCH_DB).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file (default: the platform config dir; env COMPANYWATCH_CONFIG).",
)
@click.option("-v", "--verbose", count=True, help="More output: -v info, -vv debug, tracebacks.")
@click.version_option(__version__, prog_name="companywatch")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, config_path: Path | None, verbose: int) -> None:
    """Follow the companies you applied to: news polled, matched precisely, one digest a day.

    Example:

        watch add "Spotify" && watch poll && watch digest
    """
    _configure_logging(verbose)
    obj = Ctx(config_path, db, verbose)
    ctx.obj = obj
    ctx.call_on_close(obj.close)


# --- companies -------------------------------------------------------------------------------------


def _company(app: App, name: str) -> Company:
    return app.store.find_company(name)


@cli.command()
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, help="Another name it goes by (repeatable).")
@click.option("--ticker", help="Stock ticker, e.g. SPOT.")
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL",
    help="A feed whose items count when they mention the company (repeatable).",
)
@click.option(
    "--newsroom",
    "newsrooms",
    multiple=True,
    metavar="URL",
    help="The company's own feed: every item counts (repeatable).",
)
@click.option("--no-search", is_flag=True, help="Do not create the default news-search sources.")
@click.option(
    "--require",
    multiple=True,
    metavar="WORD",
    help="Count a mention only if this word is also there (repeatable).",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="WORD",
    help="Never count a mention with this word nearby (repeatable).",
)
@click.option(
    "--jobs",
    multiple=True,
    metavar="BOARD",
    help="Its public job board: greenhouse:TOKEN or lever:TOKEN (repeatable).",
)
@click.option("--sec", is_flag=True, help="Follow its SEC 8-K filings (needs --ticker).")
@pass_app
def add(
    app: App,
    name: str,
    aliases: tuple[str, ...],
    ticker: str | None,
    feeds: tuple[str, ...],
    newsrooms: tuple[str, ...],
    no_search: bool,
    require: tuple[str, ...],
    exclude: tuple[str, ...],
    jobs: tuple[str, ...],
    sec: bool,
) -> None:
    """Start watching a company.

    Example:

        watch add "Klarna" --alias "Klarna Bank" --newsroom https://www.klarna.com/.../rss.xml
    """
    company = app.add_company(
        name,
        aliases=aliases,
        ticker=ticker,
        feeds=feeds,
        newsrooms=newsrooms,
        search=not no_search,
        require=require,
        exclude=exclude,
        jobs=jobs,
        sec=sec,
    )
    n = len(app.store.sources(company_id=company.id))
    out().print(Text(f"watching {clean(company.name)} ({n} source{'s' if n != 1 else ''})"))


@cli.command()
@click.argument("name")
@click.option("--name", "rename", help="A new name.")
@click.option("--alias", "aliases", multiple=True, help="Add an alias (repeatable).")
@click.option("--remove-alias", "remove_aliases", multiple=True, help="Remove an alias.")
@click.option("--ticker", help="Set the ticker ('' to clear).")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="Attach a feed.")
@click.option("--newsroom", "newsrooms", multiple=True, metavar="URL", help="Attach its own feed.")
@click.option("--require", multiple=True, metavar="WORD", help="Add a required word.")
@click.option("--exclude", multiple=True, metavar="WORD", help="Add an excluded word.")
@click.option("--clear-rules", is_flag=True, help="Forget earlier --require/--exclude words.")
@click.option("--jobs", multiple=True, metavar="BOARD", help="Attach a job board (greenhouse:X).")
@click.option("--sec", is_flag=True, help="Follow its SEC 8-K filings (needs a ticker).")
@pass_app
def edit(
    app: App,
    name: str,
    rename: str | None,
    aliases: tuple[str, ...],
    remove_aliases: tuple[str, ...],
    ticker: str | None,
    feeds: tuple[str, ...],
    newsrooms: tuple[str, ...],
    require: tuple[str, ...],
    exclude: tuple[str, ...],
    clear_rules: bool,
    jobs: tuple[str, ...],
    sec: bool,
) -> None:
    """Change a watched company: aliases, ticker, feeds, required and excluded words.

    Example:

        watch edit Apple --require iPhone --exclude pie
    """
    company = app.edit_company(
        _company(app, name),
        rename=rename,
        add_aliases=aliases,
        remove_aliases=remove_aliases,
        ticker=ticker,
        feeds=feeds,
        newsrooms=newsrooms,
        require=require,
        exclude=exclude,
        clear_rules=clear_rules,
    )
    for spec in jobs:
        app.add_job_board(company, spec)
    if sec:
        app.add_sec_filings(company)
    out().print(Text(f"updated {clean(company.name)}"))


@cli.command(name="list")
@click.option("--all", "show_all", is_flag=True, help="Include dropped companies.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_app
def list_(app: App, show_all: bool, as_json: bool) -> None:
    """List the watched companies.

    Example:

        watch list --json
    """
    companies = app.store.companies(include_dropped=show_all)
    sources = app.store.sources()
    by_company: dict[int, list[Source]] = {}
    for s in sources:
        if s.company_id is not None:
            by_company.setdefault(s.company_id, []).append(s)
    if as_json:
        click.echo(
            json.dumps(
                [_company_json(c, by_company.get(c.id, [])) for c in companies],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if not companies:
        out().print('no companies watched yet: try  watch add "Spotify"')
        return
    table = Table(
        "company", "stage", "status", "aliases", "sources", "last poll", box=None, pad_edge=False
    )
    for c in companies:
        srcs = by_company.get(c.id, [])
        failing = sum(1 for s in srcs if s.health in ("failing", "stopped"))
        last = max((s.last_fetch for s in srcs if s.last_fetch), default=None)
        table.add_row(
            Text(clean(c.name)),
            c.stage.value,
            c.status.value,
            Text(clean(", ".join(c.aliases))),
            f"{len(srcs)}" + (f" ({failing} failing)" if failing else ""),
            _ago(app, last),
        )
    out().print(table)


def _company_json(c: Company, sources: Sequence[Source]) -> dict[str, Any]:
    return {
        "name": c.name,
        "aliases": list(c.aliases),
        "ticker": c.ticker,
        "require": list(c.require),
        "exclude": list(c.exclude),
        "status": c.status.value,
        "stage": c.stage.value,
        "last_contact": c.last_contact.isoformat() if c.last_contact else None,
        "hear_by": c.hear_by.isoformat() if c.hear_by else None,
        "notes": c.notes,
        "sources": [_source_json(s) for s in sources],
    }


def _iso(d: datetime | None) -> str | None:
    return d.isoformat() if d else None


def _source_json(s: Source) -> dict[str, Any]:
    return {
        "url": s.url,
        "kind": s.kind.value,
        "company": s.company_name,
        "status": s.health,
        "last_status": s.last_status,
        "last_success": _iso(s.last_success),
        "last_error": s.last_error,
        "last_error_at": _iso(s.last_error_at),
        "error_count": s.error_count,
        "next_fetch": _iso(max((d for d in (s.next_fetch, s.hold_until) if d), default=None)),
        "disabled_reason": s.disabled_reason,
        "items_stored": s.items_stored,
    }


def _ago(app: App, when: datetime | None) -> str:
    if when is None:
        return "never"
    delta = app.now() - when
    if delta < timedelta(0):
        delta = -delta
        return "in " + _span(delta)
    return _span(delta) + " ago"


def _span(delta: timedelta) -> str:
    s = int(delta.total_seconds())
    if s < 90:
        return f"{s}s"
    if s < 90 * 60:
        return f"{s // 60}m"
    if s < 36 * 3600:
        return f"{s // 3600}h"
    return f"{s // 86400}d"


@cli.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the last 30 days as a one-page brief (HTML; .md or .txt by the file's ending).",
)
@pass_app
def show(app: App, name: str, as_json: bool, output: Path | None) -> None:
    """Show one company: names it is matched by, sources with their last result, and the
    last 30 days of news (a brief to read before an interview).

    Example:

        watch show Spotify
    """
    from companywatch.names import variants

    c = _company(app, name)
    sources = app.store.sources(company_id=c.id)
    if output is not None:
        from companywatch.digest import render

        brief = app.brief(c)
        suffix = output.suffix.lower()
        renderer = {".md": render.render_markdown, ".txt": render.render_text}.get(
            suffix, render.render_html
        )
        output.write_text(renderer(brief), encoding="utf-8")
        out().print(f"wrote {output}")
        return
    recent = app.store.recent_articles(c.id, limit=30, since=app.now() - timedelta(days=30))
    heading = "the last 30 days:"
    if not recent:
        recent = app.store.recent_articles(c.id, limit=10)
        heading = "latest articles (none from the last 30 days):"
    vs = variants(c.spec())
    if as_json:
        data = _company_json(c, sources)
        data["variants"] = [{"text": v.text, "kind": v.kind, "ambiguous": v.ambiguous} for v in vs]
        data["recent"] = [
            {
                "title": a.title,
                "link": a.link,
                "publisher": a.publisher,
                "published": _iso(a.published),
            }
            for a in recent
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    con = out()
    con.print(Text(clean(c.name), style="bold"), Text(f"  [{c.stage.value}, {c.status.value}]"))
    if c.aliases:
        con.print(Text("aliases: " + clean(", ".join(c.aliases))))
    if c.ticker:
        con.print(f"ticker: {clean(c.ticker)}")
    if c.require or c.exclude:
        con.print(
            Text(
                f"require: {clean(', '.join(c.require)) or '-'}   "
                f"exclude: {clean(', '.join(c.exclude)) or '-'}"
            )
        )
    shown = [v for v in vs if v.kind != "blend"]
    con.print(
        Text(
            "matched as: "
            + clean(
                ", ".join(
                    f"{v.text} ({v.kind}{', ambiguous' if v.ambiguous else ''})" for v in shown
                )
            )
        )
    )
    blends = ["".join(w.capitalize() for w in v.text.split()) for v in vs if v.kind == "blend"]
    if blends:
        con.print(Text("blends (one word in camel case): " + clean(", ".join(blends))))
    if c.notes:
        con.print(Text("notes: " + clean(c.notes)))
    con.print()
    con.print(_sources_table(app, sources, with_company=False))
    con.print()
    if recent:
        con.print(heading)
        for a in recent:
            when = a.published or a.first_seen
            con.print(
                Text(
                    f"  {when.astimezone(app.tz):%Y-%m-%d}  {clean(a.title)}"
                    + (f"  ({clean(a.publisher)})" if a.publisher else "")
                )
            )
    else:
        con.print("no articles stored yet (run: watch poll)")


@cli.command()
@click.argument("name")
@pass_app
def remove(app: App, name: str) -> None:
    """Stop watching a company and delete its sources and history.

    Example:

        watch remove Spotify
    """
    c = _company(app, name)
    app.store.remove_company(c.id)
    out().print(Text(f"removed {clean(c.name)}"))


@cli.command()
@click.argument("name")
@pass_app
def drop(app: App, name: str) -> None:
    """No longer interested: stop polling the company, keep its history (undo: watch resume).

    Example:

        watch drop Spotify
    """
    c = app.set_status(_company(app, name), CompanyStatus.DROPPED)
    out().print(Text(f"dropped {clean(c.name)}: no longer polled (history kept)"))


@cli.command()
@click.argument("name")
@pass_app
def resume(app: App, name: str) -> None:
    """Start polling a dropped company again.

    Example:

        watch resume Spotify
    """
    c = app.set_status(_company(app, name), CompanyStatus.ACTIVE)
    out().print(Text(f"watching {clean(c.name)} again"))


# --- shared feeds ----------------------------------------------------------------------------------


@cli.group()
def feed() -> None:
    """Shared feeds, matched against every watched company."""


@feed.command(name="add")
@click.argument("url")
@pass_app
def feed_add(app: App, url: str) -> None:
    """Add a shared feed (a business-news feed, a regional paper).

    Example:

        watch feed add https://www.di.se/rss
    """
    s = app.add_shared_feed(url)
    out().print(Text(f"added shared feed {clean(s.url)}"))


@feed.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_app
def feed_list(app: App, as_json: bool) -> None:
    """List the shared feeds.

    Example:

        watch feed list
    """
    shared = app.store.sources(shared=True)
    if as_json:
        click.echo(json.dumps([_source_json(s) for s in shared], indent=2))
        return
    if not shared:
        out().print("no shared feeds (add one: watch feed add URL)")
        return
    out().print(_sources_table(app, shared, with_company=False))


@feed.command(name="remove")
@click.argument("url")
@pass_app
def feed_remove(app: App, url: str) -> None:
    """Remove a shared feed.

    Example:

        watch feed remove https://www.di.se/rss
    """
    s = app.find_shared_feed(url)
    app.store.remove_source(s.id)
    out().print(Text(f"removed shared feed {clean(s.url)}"))


# --- polling ---------------------------------------------------------------------------------------


def _sources_table(app: App, sources: Sequence[Source], *, with_company: bool = True) -> Table:
    cols = ["company"] if with_company else []
    table = Table(
        *cols,
        "kind",
        "status",
        "last success",
        "last error",
        "next fetch",
        "items",
        "url",
        box=None,
        pad_edge=False,
    )
    for s in sources:
        nxt = max((d for d in (s.next_fetch, s.hold_until) if d), default=None)
        status = s.health if not s.disabled_reason else f"stopped: {s.disabled_reason}"
        style = {"ok": "green", "failing": "red", "stopped": "red"}.get(s.health, "")
        row: list[Any] = [Text(clean(s.company_name or "(shared)"))] if with_company else []
        row += [
            s.kind.value,
            Text(clean(status), style=style),
            _ago(app, s.last_success),
            Text(
                clean(
                    f"{s.last_error} ({_ago(app, s.last_error_at)})"
                    if s.last_error and s.error_count
                    else "-"
                )
            ),
            _ago(app, nxt) if nxt else "now",
            str(s.items_stored),
            Text(clean(s.url), overflow="fold"),
        ]
        table.add_row(*row)
    return table


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="A JSON report for scripts.")
@handled
@click.pass_obj
def poll(obj: Ctx, as_json: bool) -> None:
    """Fetch every active source now, match and store what is new.

    Only a server's Retry-After or an error backoff holds a source back. Exit 0 when every
    source worked, 3 when some failed (the rest is stored).

    Example:

        watch poll
    """
    from companywatch.errors import LockedError

    app = obj.app
    try:
        lock = app.lock("run")
    except LockedError as e:
        err().print(Text(f"skipped: {e.message}"))
        return
    try:
        report = _run_poll(app, due_only=False, show_progress=not as_json)
    finally:
        lock.release()
    _print_poll(app, report, as_json)
    if report.failed:
        raise SystemExit(int(ExitStatus.PARTIAL))


def _run_poll(app: App, *, due_only: bool, show_progress: bool) -> Any:
    progress_cb = None
    progress = None
    if show_progress and sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(console=err(), transient=True)
        task = progress.add_task("polling", total=None)

        def progress_cb(outcome: Any, total: int) -> None:
            progress.update(
                task,
                total=total,
                advance=1,
                description=f"polling {clean(outcome.source.company_name or 'shared')}",
            )

        progress.start()
    try:
        return app.poll(due_only=due_only, progress=progress_cb)
    finally:
        if progress is not None:
            progress.stop()


def _print_poll(app: App, report: Any, as_json: bool) -> None:
    if as_json:
        click.echo(
            json.dumps(
                {
                    "started": _iso(report.started),
                    "finished": _iso(report.finished),
                    "sources": len(report.outcomes),
                    "failed": len(report.failed),
                    "held": [s.url for s in report.held],
                    "new_articles": report.new_articles,
                    "results": [
                        {
                            "url": o.source.url,
                            "company": o.source.company_name,
                            "kind": o.source.kind.value,
                            "result": o.result,
                            "items": o.items,
                            "new_articles": o.new_articles,
                            "error": o.error,
                            "ms": o.ms,
                        }
                        for o in report.outcomes
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    con = out()
    for o in report.failed:
        err().print(
            Text(
                f"{o.result}: {clean(o.source.company_name or 'shared')} "
                f"{clean(o.source.url)}: {clean(o.error)}"
            )
        )
    held = f", {len(report.held)} held back (Retry-After or backoff)" if report.held else ""
    con.print(
        f"polled {len(report.outcomes)} sources: {report.new_articles} new articles, "
        f"{len(report.failed)} failed{held}"
    )


@cli.command()
@click.option("--broken", is_flag=True, help="Only sources that fail or are stopped.")
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_app
def sources(app: App, broken: bool, as_json: bool) -> None:
    """Every source with its health: status, last success, last error, next fetch, items.

    Example:

        watch sources --broken
    """
    rows = app.store.sources()
    if broken:
        rows = [s for s in rows if s.health in ("failing", "stopped")]
    if as_json:
        click.echo(json.dumps([_source_json(s) for s in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        out().print("no broken sources" if broken else "no sources yet")
        return
    out().print(_sources_table(app, rows))


# --- matching --------------------------------------------------------------------------------------


@cli.command()
@click.argument("text", required=False)
@click.option(
    "--companies",
    "companies_csv",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Batch: a companies CSV (name,aliases,ticker).",
)
@click.option(
    "--input",
    "input_jsonl",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='Batch: JSON lines {"id","text"}.',
)
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Batch: processes to match in (0: one per CPU); short inputs use one.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@handled
@click.pass_obj
def match(
    obj: Ctx,
    text: str | None,
    companies_csv: Path | None,
    input_jsonl: Path | None,
    jobs: int,
    as_json: bool,
) -> None:
    """Which watched companies a text is about, and why.

    The batch form prints one {"id","companies"} JSON line per input line.

    Example:

        watch match "Spotify cuts 200 jobs in Stockholm"

        watch match --companies companies.csv --input texts.jsonl
    """
    from companywatch import match as m

    if companies_csv or input_jsonl:
        if not (companies_csv and input_jsonl) or text:
            raise click.UsageError("the batch form needs both --companies and --input, and no TEXT")
        m.run_batch(companies_csv, input_jsonl, sys.stdout, workers=jobs or m.usable_cpus())
        return
    if not text:
        raise click.UsageError('give a TEXT to match, e.g. watch match "Spotify cuts jobs"')
    app = obj.app
    companies = app.store.companies(include_dropped=False)
    if not companies:
        raise click.UsageError('the watch list is empty: watch add "NAME" first')
    matcher = m.Matcher([c.spec() for c in companies])
    names = {c.id: c.name for c in companies}
    results = matcher.match(text)
    decisions = matcher.explain(text)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "companies": [names.get(cast(int, r.key), r.name) for r in results],
                    "decisions": [
                        {
                            "company": d.name,
                            "variant": d.variant,
                            "start": d.start,
                            "end": d.end,
                            "accepted": d.accepted,
                            "reason": d.reason,
                        }
                        for d in decisions
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    con = out()
    if results:
        con.print(
            Text(
                "about: " + ", ".join(clean(names.get(cast(int, r.key), r.name)) for r in results),
                style="bold",
            )
        )
    else:
        con.print("about: no watched company")
    for d in decisions:
        mark = "+" if d.accepted else "-"
        con.print(
            Text(
                f"  {mark} {clean(d.name)}: {clean(text[d.start : d.end])!r} at "
                f"{d.start}-{d.end} as {clean(d.variant)!r}: {clean(d.reason)}"
            )
        )


# --- digest ----------------------------------------------------------------------------------------


def _parse_when(app: App, value: str) -> datetime:
    """'2026-11-20', '2026-11-20T08:00', '3d', '12h', 'yesterday', 'friday' -> aware UTC."""
    from companywatch.dates import parse_when

    return parse_when(value, now=app.now(), tz=app.tz)


@cli.command()
@click.option(
    "--since",
    help="Everything stored since WHEN (e.g. 2d, yesterday, 2026-11-20), sent before or not.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html", "markdown", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of the terminal.",
)
@click.option("--send", is_flag=True, help="Email it (SMTP settings from config or environment).")
@click.option("--preview", is_flag=True, help="Open the HTML digest in a browser.")
@pass_app
def digest(
    app: App, since: str | None, fmt: str, output: Path | None, send: bool, preview: bool
) -> None:
    """Show (or send) what is new since the last digest.

    Example:

        watch digest --send
    """
    since_dt = _parse_when(app, since) if since else None
    if send:
        if since_dt is not None:
            raise click.UsageError(
                "--send always sends what no earlier digest carried; drop --since"
            )
        outcome = app.send_digest()
        if outcome.sent:
            out().print(
                Text(
                    f"sent {clean(outcome.subject)!r} to {', '.join(outcome.recipients)}"
                    f" ({outcome.stories} stories)"
                )
            )
        else:
            out().print("nothing new since the last digest: nothing sent")
        return
    d = app.compose_digest(since=since_dt)
    from companywatch.digest import render

    renderers = {
        "text": render.render_text,
        "html": render.render_html,
        "markdown": render.render_markdown,
        "json": render.render_json,
    }
    if preview:
        import tempfile
        import webbrowser

        fd, name = tempfile.mkstemp(prefix="companywatch-", suffix=".html")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(render.render_html(d))
        if not webbrowser.open(Path(name).as_uri()):
            out().print(f"no browser found; the HTML digest is at {name}")
        return
    body = renderers[fmt](d)
    if output:
        output.write_text(body, encoding="utf-8")
        out().print(f"wrote {output}")
    elif fmt == "text":
        click.echo(clean_block(body))
    else:
        click.echo(body)


def clean_block(text: str) -> str:
    return "\n".join(clean(line) for line in text.split("\n"))


# --- the job search --------------------------------------------------------------------------------

STAGES = [st.value for st in Stage]


@cli.command()
@click.argument("name")
@click.argument("stage", type=click.Choice(STAGES, case_sensitive=False), metavar="STAGE")
@click.option(
    "--on", "on", metavar="DATE", help="Date of the contact or interview (default today)."
)
@click.option("--hear-by", metavar="DATE", help='When they said you would hear back ("friday").')
@click.option("--note", help="A note to keep with it.")
@click.option("--role", help="The role you applied for (checked against its job board).")
@pass_app
def stage(
    app: App,
    name: str,
    stage: str,
    on: str | None,
    hear_by: str | None,
    note: str | None,
    role: str | None,
) -> None:
    """Where you stand with a company: watching, applied, interviewing, offer, rejected,
    not-interested. Dates take 2026-12-03, friday, "in 2 weeks".

    not-interested stops polling (history kept); rejected keeps watching, lower in the digest.

    Example:

        watch stage Spotify interviewing --on today --hear-by "in 2 weeks"
    """
    company = _company(app, name)
    new_stage = Stage(stage.lower())
    on_date = app.parse_date(on, future=False) if on else None
    if on_date is None and new_stage in (Stage.APPLIED, Stage.INTERVIEWING, Stage.OFFER):
        on_date = app.parse_date("today")
    c = app.set_stage(
        company,
        new_stage,
        on=on_date,
        hear_by=app.parse_date(hear_by) if hear_by else None,
        note=note,
        role=role,
    )
    extra = f", expect to hear by {c.hear_by:%b %-d}" if c.hear_by else ""
    polling = " (no longer polled)" if c.status is CompanyStatus.DROPPED else ""
    out().print(Text(f"{clean(c.name)}: {c.stage.value}{extra}{polling}"))


@cli.command()
@click.argument("name")
@click.argument("text", required=False)
@click.option("--thanked", is_flag=True, help="The thank-you note is sent: stop reminding me.")
@click.option("--contact", metavar="DATE", help="You were in contact on DATE.")
@pass_app
def note(app: App, name: str, text: str | None, thanked: bool, contact: str | None) -> None:
    """Add a dated note to a company, or mark the thank-you note sent.

    Example:

        watch note Klarna "Sent thank-you to the hiring manager" --thanked
    """
    if not (text or thanked or contact):
        raise click.UsageError("give a TEXT, --thanked or --contact DATE")
    c = app.add_note(
        _company(app, name),
        text,
        thanked=thanked,
        contact=app.parse_date(contact, future=False) if contact else None,
    )
    out().print(Text(f"noted for {clean(c.name)}"))


@cli.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_app
def import_(app: App, file: Path) -> None:
    """Import companies from a CSV (ours, or a job-tracker export), or shared feeds from OPML.

    Columns such as Company, Status, Interview Date, Notes, Job Title are recognised; unknown
    columns are reported.

    Example:

        watch import applications.csv
    """
    added, updated, problems = app.import_file(file)
    for p in problems:
        err().print(Text(f"warning: {clean(p)}"))
    out().print(f"imported {file.name}: {added} added, {updated} updated")


@cli.command()
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "opml"]),
    default="csv",
    show_default=True,
    help="csv: companies; opml: the shared feeds.",
)
@pass_app
def export(app: App, output: Path | None, fmt: str) -> None:
    """Export the watch list (CSV) or the shared feeds (OPML); `watch import` reads both back.

    Example:

        watch export --output companies.csv
    """
    text = app.export(fmt)
    if output:
        with output.open("w", encoding="utf-8", newline="") as f:
            f.write(text)
        out().print(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("query")
@click.option("--company", help="Only articles about this company.")
@click.option("--since", help="Only since WHEN (30d, 2026-11-01, ...).")
@click.option("--limit", default=30, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="JSON for scripts.")
@pass_app
def search(
    app: App, query: str, company: str | None, since: str | None, limit: int, as_json: bool
) -> None:
    """Search every stored article (titles, summaries, publishers), newest first.

    Example:

        watch search layoffs --company Spotify --since 90d
    """
    cid = _company(app, company).id if company else None
    since_dt = _parse_when(app, since) if since else None
    found = app.store.search(query, company_id=cid, since=since_dt, limit=limit)
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "title": a.title,
                        "link": a.link,
                        "publisher": a.publisher,
                        "published": _iso(a.published),
                    }
                    for a in found
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if not found:
        out().print("nothing found")
        return
    for a in found:
        when = (a.published or a.first_seen).astimezone(app.tz)
        line = Text(f"{when:%Y-%m-%d}  {clean(a.title)}")
        if a.publisher:
            line.append(f"  ({clean(a.publisher)})", style="dim")
        out().print(line)
        out().print(Text(f"            {clean(a.link)}", style="dim"))


# --- running by itself -----------------------------------------------------------------------------


@cli.command()
@handled
@click.pass_obj
def tick(obj: Ctx) -> None:
    """The one command for cron: poll what is due, send the digest when it is due.

    Safe to run every 10 minutes: a run that finds another one running exits 0 at once. Quiet
    on success (use -v to see what it did); a new failure prints one line, which cron mails.

    Example:

        */10 * * * * companywatch tick
    """
    from companywatch.schedule import tick as run_tick

    app = obj.app
    result = run_tick(app)
    if not result.ran:
        if obj.verbose:
            err().print("skipped: another companywatch run is in progress")
        return
    if obj.verbose:
        err().print(
            f"polled {result.polled} sources: {result.new_articles} new articles, "
            f"{result.failed} failed"
        )
        if result.digest is not None:
            err().print(
                Text(
                    f"digest: {'sent' if result.digest.sent else 'nothing to send'}"
                    f" ({clean(result.digest.subject)})"
                )
            )
    if result.digest_error:
        fail(f"digest not sent (will retry next tick): {result.digest_error}")
    if result.newly_failed:
        first = result.newly_failed[0]
        more = f" (and {len(result.newly_failed) - 1} more)" if len(result.newly_failed) > 1 else ""
        err().print(
            Text(f"error: source failed: {clean(first)}{more}; see: watch sources --broken")
        )
        raise SystemExit(int(ExitStatus.PARTIAL))


@cli.command()
@click.option("--install", is_flag=True, help="Put the line in your crontab (idempotent).")
@click.option("--remove", "remove_", is_flag=True, help="Take it out of your crontab.")
@click.option(
    "--every",
    default=10,
    show_default=True,
    type=click.IntRange(1, 59),
    help="Minutes between ticks.",
)
@click.option(
    "--log",
    "log_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where cron output goes (default: beside the database).",
)
@handled
@click.pass_obj
def cron(obj: Ctx, install: bool, remove_: bool, every: int, log_file: Path | None) -> None:
    """Print the crontab line that runs `tick`, or install/remove it.

    Example:

        watch cron --install
    """
    from companywatch import schedule

    if install and remove_:
        raise click.UsageError("--install and --remove exclude each other")
    if remove_:
        removed = schedule.remove_cron()
        out().print(
            "removed the companywatch line from your crontab"
            if removed
            else "no companywatch line in your crontab"
        )
        return
    line = schedule.cron_line(
        obj.app, every_minutes=every, log_file=log_file, config_path=obj.config_path
    )
    if install:
        changed = schedule.install_cron(line)
        out().print(
            ("installed in your crontab: " if changed else "already in your crontab: ") + line
        )
        return
    click.echo(line)


@cli.command()
@handled
@click.pass_obj
def run(obj: Ctx) -> None:
    """Run in the foreground: poll on an interval, send the digest at its time of day.

    Stops cleanly on SIGTERM or Ctrl-C. For systemd and launchd units see config/.

    Example:

        watch -v run
    """
    from companywatch.schedule import Daemon

    if obj.verbose == 0:
        logging.getLogger().handlers[0].setLevel(logging.INFO)
    Daemon(obj.app).run()


@cli.command()
@click.option("--send-test", is_flag=True, help="Also send a test mail.")
@click.option("--offline", is_flag=True, help="Skip the network checks of the sources.")
@handled
@click.pass_obj
def doctor(obj: Ctx, send_test: bool, offline: bool) -> None:
    """Check the config, the database, the sources' hosts and the SMTP settings.

    Example:

        watch doctor --send-test
    """
    from companywatch.doctor import run_checks

    problems = 0
    for check in run_checks(obj.app, send_test=send_test, network=not offline):
        mark = {"ok": "ok  ", "warn": "warn", "fail": "FAIL"}[check.status]
        style = {"ok": "green", "warn": "yellow", "fail": "red"}[check.status]
        line = Text(f"{mark} {check.name}: ", style=style)
        line.append(clean(check.detail))
        out().print(line)
        problems += check.status == "fail"
    if problems:
        raise SystemExit(int(ExitStatus.ERROR))


# --- entry point -----------------------------------------------------------------------------------


def _hand_over(argv: Sequence[str]) -> None:
    """``watch`` shadows procps' watch: when the arguments are not ours, run the next ``watch``."""
    prog = Path(argv[0]).name if argv else ""
    if prog != "watch" or len(argv) < 2:
        return
    first = argv[1]
    ours = set(cli.commands) | {
        "--db",
        "--config",
        "-v",
        "-vv",
        "-vvv",
        "--verbose",
        "--help",
        "-h",
        "--version",
    }
    if first in ours or first.startswith(("--db=", "--config=")):
        return
    if not first.startswith("-") and difflib.get_close_matches(
        first, list(cli.commands), n=1, cutoff=0.75
    ):
        return  # a typo of one of our commands: let click say "did you mean"
    me = Path(argv[0]).resolve() if os.path.sep in argv[0] else None
    for d in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(d or ".") / "watch"
        if not (candidate.is_file() and os.access(candidate, os.X_OK)):
            continue
        resolved = candidate.resolve()
        if me is not None and resolved == me:
            continue
        if _is_ours(resolved):
            continue
        os.execv(str(candidate), ["watch", *argv[1:]])


def _is_ours(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return b"companywatch" in head


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    _hand_over(argv)
    prog = Path(argv[0]).name if argv else "watch"
    try:
        cli.main(args=argv[1:], prog_name=prog, standalone_mode=False)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except click.exceptions.Exit as e:  # --help, --version
        return e.exit_code
    except click.UsageError as e:
        # One line, like every other error, with where to read more.
        command = e.ctx.command_path if e.ctx is not None else prog
        err().print(Text(f"error: {clean(e.format_message())} (see '{command} --help')"))
        return int(ExitStatus.USAGE)
    except click.ClickException as e:
        err().print(Text(f"error: {clean(e.format_message())}"))
        return e.exit_code
    except click.Abort:
        err().print("aborted")
        return 130
    return 0
