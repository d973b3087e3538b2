"""What a poll's worker processes do: parse a body, match its items, key them for stories.

Kept apart from :mod:`companywatch.poll` so that a worker imports only what it needs (no HTTP
client, no templates): spawned workers start faster and lighter.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock
from filelock import Timeout as LockTimeout
from rapidfuzz import fuzz, process

from companywatch import __version__
from companywatch import match as match_module
from companywatch import names as names_module
from companywatch.digest.stories import MIN_TITLE_TOKENS, TITLE_THRESHOLD, title_key, url_key
from companywatch.match import Matcher
from companywatch.models import CompanySpec, Mention, ParsedFeed, SourceKind
from companywatch.parse import parse_feed
from companywatch.store import Entry

log = logging.getLogger(__name__)

# A feed that repeats one headline more often than this (spam) pairs only its latest copies.
NEAR_PER_KEY = 32
# A worker's garbage collector thresholds: its entries are freed by reference counting, and the
# default thresholds would collect every 700 allocations for next to nothing.
WORKER_GC_THRESHOLDS = (50_000, 20, 50)


# --- work done in the worker processes (or in this one for small polls) ----------------------------

_worker_matcher: Matcher | None = None


def _init_worker(specs: list[CompanySpec], cache: Path | None, poll_pid: int) -> None:
    """Get the matcher once per worker process, and make the worker quit when the poll dies."""
    global _worker_matcher
    threading.Thread(target=_exit_with_poll, args=(poll_pid,), daemon=True).start()
    _worker_matcher = matcher_for(specs, cache)
    # The matcher and the imported modules live as long as the worker: never rescan them.
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _code_version() -> str:
    """Changes whenever the matching code does, so a cached matcher never outlives its code."""
    h = hashlib.sha256(__version__.encode())
    for module in (match_module, names_module):
        h.update(Path(module.__file__ or "").read_bytes())
    return h.hexdigest()


def _cache_path(specs: Sequence[CompanySpec], cache: Path) -> Path:
    key = hashlib.sha256(pickle.dumps((_code_version(), list(specs)))).hexdigest()[:20]
    return cache / f"matcher-{key}.pickle"


def matcher_for(specs: Sequence[CompanySpec], cache: Path | None) -> Matcher:
    """The matcher for this watch list: built once and kept (pickled) in ``cache`` until the
    list or the matching code changes. Building one takes a second or more (word frequencies
    in seven languages); loading it, milliseconds. With several workers starting at once, the
    first builds it and the others wait for it."""
    if cache is None:
        return Matcher(specs)
    path = _cache_path(specs, cache)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with FileLock(str(cache / "matcher.lock"), timeout=120):
            try:
                found = pickle.loads(path.read_bytes())
                if isinstance(found, Matcher):
                    return found
            except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
                pass
            matcher = Matcher(specs)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(matcher, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
            for old in cache.glob("matcher-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
            return matcher
    except (OSError, LockTimeout) as e:
        log.warning("matcher cache unusable dir=%s error=%s", cache, e)
        return Matcher(specs)


def index_watch_list(specs: Sequence[CompanySpec], cache: Path) -> bool:
    """Build and keep the matcher for this watch list unless it is kept already, so that the
    next poll starts matching at once: True when it was built and kept now."""
    path = _cache_path(specs, cache)
    if path.exists():
        return False
    matcher_for(specs, cache)
    return path.exists()  # False too when the cache dir is unusable (matcher_for logs it)


def _exit_with_poll(pid: int) -> None:
    # A poll killed with SIGKILL cannot stop its pool; without this its workers would wait for
    # work forever (and keep the poll's stdout open).
    while _alive(pid):
        time.sleep(0.25)
    os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # Linux: a killed poll that its parent has not reaped yet is a zombie, not alive.
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] not in (b"Z", b"X")
    except (OSError, IndexError):
        return True


def _parse_match_job(
    body: bytes, url: str, headers: dict[str, str], kind: SourceKind, company_id: int | None
) -> tuple[int, list[_Keyed]]:
    assert _worker_matcher is not None, "worker not initialised"
    return _parse_match(body, url, headers, kind, company_id, _worker_matcher)


def _parse_match(
    body: bytes,
    url: str,
    headers: dict[str, str],
    kind: SourceKind,
    company_id: int | None,
    matcher: Matcher,
) -> tuple[int, list[_Keyed]]:
    """Parse one body and keep the items about a watched company: (number of items, entries)."""
    parsed = parse_feed(body, url=url, headers=headers)
    keyed = [
        # parse_feed's links are canonical_url's already
        _Keyed(e, url_key(e.item.link, canonical=True), title_key(e.item.title))
        for e in _entries(parsed, kind, company_id, matcher)
    ]
    return len(parsed.items), _with_near(keyed)


def _with_near(keyed: list[_Keyed]) -> list[_Keyed]:
    """Pair each entry with the earlier entries of its feed that :func:`find_story` would let it
    join by headline: a shared company and ``token_set_ratio`` >= TITLE_THRESHOLD on long keys,
    equal short keys. (Time windows and URLs are checked by the writer.) Each distinct headline
    is compared once with each other one (the score is symmetric)."""
    out: list[_Keyed] = []
    long_keys: list[str] = []  # distinct long keys in order of first appearance
    at: dict[str, list[int]] = {}  # key -> the positions that have it, so far
    similar: dict[str, list[tuple[str, float]]] = {}  # key -> other keys close enough
    companies = [{m.company_id for m in k.entry.mentions} for k in keyed]
    for i, k in enumerate(keyed):
        near: list[tuple[int, float]] = []
        if k.title:
            if k.title not in at:
                at[k.title] = []
                similar[k.title] = []
                if len(k.title.split()) >= MIN_TITLE_TOKENS:
                    for _, score, n in process.extract(
                        k.title,
                        long_keys,
                        scorer=fuzz.token_set_ratio,
                        processor=None,
                        score_cutoff=TITLE_THRESHOLD,
                        limit=None,
                    ):
                        similar[k.title].append((long_keys[n], score))
                        similar[long_keys[n]].append((k.title, score))
                    long_keys.append(k.title)
            same = [(j, 100.0) for j in at[k.title][-NEAR_PER_KEY:]]
            others = [
                (j, score) for key, score in similar[k.title] for j in at[key][-NEAR_PER_KEY:]
            ]
            if same or others:
                mine = companies[i]
                near = [
                    (j, score) for j, score in same + others if not mine.isdisjoint(companies[j])
                ]
            at[k.title].append(i)
        out.append(_Keyed(k.entry, k.url, k.title, tuple(sorted(near))))
    return out


def _entries(
    parsed: ParsedFeed, kind: SourceKind, company_id: int | None, matcher: Matcher
) -> list[Entry]:
    entries: list[Entry] = []
    for item in parsed.items:
        if not item.link or not item.title:
            continue
        mentions = {
            int(m.key): Mention(int(m.key), m.score, f"{m.rule} variant={m.variant!r}")  # type: ignore[call-overload]
            for m in matcher.match_item(item.title, item.summary)
        }
        if not kind.items_need_match and company_id is not None:
            mentions.setdefault(
                company_id,
                Mention(company_id, 100.0, f"own feed ({kind})"),
            )
        if mentions:
            entries.append(Entry(item, tuple(mentions.values())))
    return entries


# --- story clustering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Keyed:
    """An entry to store with its story keys (:func:`url_key`, :func:`title_key`), computed in
    the worker process that parsed it."""

    entry: Entry
    url: str
    title: str
    # Earlier entries of the same feed whose headline is close enough to join (index, score):
    # computed in the worker, so the poll's single writer compares only across feeds.
    near: tuple[tuple[int, float], ...] = ()
