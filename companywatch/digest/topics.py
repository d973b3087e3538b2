"""Topic rules: which stories are about layoffs, funding, a new CEO...

The rules are data (``companywatch/data/topics.toml``, documented there) that a user can read and
extend with their own file. :func:`load_rules` reads files; :func:`topics_for` is pure.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from companywatch.errors import ConfigError

_FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class TopicRule:
    topic: str  # key, e.g. "layoffs"
    label: str  # shown in the digest, e.g. "Layoffs"
    priority: int  # higher matters more
    patterns: tuple[str, ...]  # regular expressions, any language, matched case-insensitively
    highlight: bool = True  # a story with this topic goes to Highlights
    unless: tuple[str, ...] = ()  # topics that, when also found, cancel this one
    compiled: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.compiled:
            compiled = tuple(re.compile(p, _FLAGS) for p in self.patterns)
            object.__setattr__(self, "compiled", compiled)


def _str_list(value: Any, what: str, origin: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a list of strings", key=what, origin=origin)
    return tuple(value)


def _read_file(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read topics file: {e}", origin=str(path)) from e


def _parse(text: str, origin: str) -> list[dict[str, Any]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"topics file is not valid TOML: {e}", origin=origin) from e
    topics = data.get("topic", [])
    if not isinstance(topics, list) or not all(isinstance(t, dict) for t in topics):
        raise ConfigError("expected [[topic]] tables", key="topic", origin=origin)
    return topics


def _check(patterns: tuple[str, ...], key: str, origin: str) -> None:
    for p in patterns:
        try:
            re.compile(p, _FLAGS)
        except re.error as e:
            raise ConfigError(f"bad pattern {p!r}: {e}", key=key, origin=origin) from e


def load_rules(extra: Path | None = None) -> list[TopicRule]:
    """The default rules, extended or overridden by the user's file ``extra`` if given.

    Raises ConfigError (naming the file and topic) for unreadable files, bad TOML or bad regexes.
    """
    default_text = resources.files("companywatch").joinpath("data/topics.toml").read_text("utf-8")
    layers = [("companywatch/data/topics.toml", default_text)]
    if extra is not None:
        layers.append((str(extra), _read_file(extra)))
    merged: dict[str, dict[str, Any]] = {}
    for origin, text in layers:
        for entry in _parse(text, origin):
            key = entry.get("topic")
            if not isinstance(key, str) or not key:
                raise ConfigError("every [[topic]] needs topic = NAME", key="topic", origin=origin)
            where = f"topic.{key}"
            if entry.get("enabled", True) is False:
                merged.pop(key, None)
                continue
            patterns = _str_list(entry.get("patterns", []), f"{where}.patterns", origin)
            _check(patterns, f"{where}.patterns", origin)
            old = merged.get(key)
            if old is None:
                if not patterns:
                    raise ConfigError("a new topic needs patterns", key=where, origin=origin)
                merged[key] = {
                    "label": str(entry.get("label", key.replace("_", " ").capitalize())),
                    "priority": int(entry.get("priority", 10)),
                    "highlight": bool(entry.get("highlight", False)),
                    "unless": _str_list(entry.get("unless", []), f"{where}.unless", origin),
                    "patterns": patterns,
                }
                continue
            for name in ("label", "priority", "highlight"):
                if name in entry:
                    old[name] = entry[name]
            if "unless" in entry:
                old["unless"] = _str_list(entry["unless"], f"{where}.unless", origin)
            old["patterns"] = patterns if entry.get("replace") else old["patterns"] + patterns
    rules = [
        TopicRule(
            topic=key,
            label=str(v["label"]),
            priority=int(v["priority"]),
            patterns=tuple(v["patterns"]),
            highlight=bool(v["highlight"]),
            unless=tuple(v["unless"]),
        )
        for key, v in merged.items()
    ]
    rules.sort(key=lambda r: (-r.priority, r.topic))
    return rules


def topics_for(title: str, summary: str, rules: Sequence[TopicRule]) -> tuple[str, ...]:
    """The topics whose patterns match the headline or summary, highest priority first."""
    # Lines stay apart so a pattern never spans two headlines.
    text = "\n".join(" ".join(line.split()) for line in f"{title}\n{summary}".splitlines())
    found = [r for r in rules if any(p.search(text) for p in r.compiled)]
    keys = {r.topic for r in found}
    kept = [r for r in found if not keys.intersection(r.unless)]
    kept.sort(key=lambda r: (-r.priority, r.topic))
    return tuple(r.topic for r in kept)
