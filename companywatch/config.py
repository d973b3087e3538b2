"""Settings: defaults < the user's TOML file < ``COMPANYWATCH_<SECTION>_<KEY>`` < command-line options.

Every key is declared once in :data:`SCHEMA` with its type, default and help text; ``config/companywatch.toml``
in the repository documents the same keys (a test keeps the two in step). An unknown key or a bad value
raises :class:`~companywatch.errors.ConfigError` naming the key and where it came from.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from companywatch.errors import ConfigError

APP = "companywatch"
ENV_PREFIX = "COMPANYWATCH_"
# Environment variables of ours that are not config keys.
RESERVED_ENV = {"COMPANYWATCH_DB", "COMPANYWATCH_CONFIG", "COMPANYWATCH_CORPUS", "COMPANYWATCH_NOW"}

SOURCE_KINDS = ("google_news", "bing_news")
SECURITY = ("none", "starttls", "ssl")
SIZE_UNITS = {"": 1, "b": 1, "kb": 1024, "k": 1024, "mb": 1024**2, "m": 1024**2, "gb": 1024**3}


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("expected a string")
    return v


def _opt_str(v: Any) -> str | None:
    if v is None or v == "":
        return None
    return _str(v)


def _int(v: Any) -> int:
    if isinstance(v, bool):
        raise ValueError("expected a whole number")
    if isinstance(v, int):
        return v
    if isinstance(v, str) and re.fullmatch(r"[+-]?\d+", v.strip()):
        return int(v)
    raise ValueError("expected a whole number")


def _pos_int(v: Any) -> int:
    n = _int(v)
    if n < 1:
        raise ValueError("expected a whole number of at least 1")
    return n


def _port(v: Any) -> int:
    n = _int(v)
    if not 0 < n < 65536:
        raise ValueError("expected a port number from 1 to 65535")
    return n


def _number(v: Any) -> float:
    if isinstance(v, bool):
        raise ValueError("expected a number")
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise ValueError("expected a number") from None
    if f != f or f in (float("inf"), float("-inf")):
        raise ValueError("expected a finite number")
    return f


def _pos_float(v: Any) -> float:
    f = _number(v)
    if f <= 0:
        raise ValueError("expected a number above 0")
    return f


def _nonneg_float(v: Any) -> float:
    f = _number(v)
    if f < 0:
        raise ValueError("expected a number of at least 0")
    return f


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, str) and v.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if isinstance(v, str) and v.strip().lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true or false")


def _size(v: Any) -> int:
    if isinstance(v, int) and not isinstance(v, bool):
        n = v
    elif isinstance(v, str):
        m = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", v)
        if not m or m.group(2).lower() not in SIZE_UNITS:
            raise ValueError("expected a size such as 10485760 or '10 MB'")
        n = int(m.group(1)) * SIZE_UNITS[m.group(2).lower()]
    else:
        raise ValueError("expected a size such as 10485760 or '10 MB'")
    if n < 1024:
        raise ValueError("expected a size of at least 1 KB")
    return n


def _str_list(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return tuple(p.strip() for p in v.split(",") if p.strip())
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return tuple(v)
    raise ValueError("expected a list of strings (or a comma-separated string)")


def _choice(*choices: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        s = _str(v).strip().lower()
        if s not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return s

    return check


def _opt_choice(*choices: str) -> Callable[[Any], str | None]:
    check = _choice(*choices)

    def opt(v: Any) -> str | None:
        return None if v is None or v == "" else check(v)

    return opt


def _kinds(v: Any) -> tuple[str, ...]:
    kinds = _str_list(v)
    for k in kinds:
        if k not in SOURCE_KINDS:
            raise ValueError(
                f"unknown source kind {k!r}; expected some of {', '.join(SOURCE_KINDS)}"
            )
    return kinds


def _time_of_day(v: Any) -> str:
    s = _str(v).strip()
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", s)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValueError("expected a time of day such as '07:30'")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _timezone(v: Any) -> str:
    s = _str(v).strip()
    try:
        ZoneInfo(s)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("expected an IANA time zone such as 'Europe/Stockholm'") from None
    return s


def _locale(v: Any) -> str:
    s = _str(v).strip()
    if not re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", s):
        raise ValueError("expected a locale such as 'en-US' or 'sv-SE'")
    return s


def _log_level(v: Any) -> str:
    s = _str(v).strip().upper()
    if s not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ValueError("expected DEBUG, INFO, WARNING or ERROR")
    return s


@dataclass(frozen=True)
class Key:
    section: str
    name: str
    parse: Callable[[Any], Any]
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"{ENV_PREFIX}{self.section}_{self.name}".upper()


DEFAULT_UA = "companywatch/0.1 (+https://github.com/companywatch/companywatch)"

SCHEMA: tuple[Key, ...] = (
    Key("email", "host", _opt_str, None, "SMTP server host name"),
    Key("email", "port", _port, 587, "SMTP port: 587 for starttls, 465 for ssl, 25 for none"),
    Key(
        "email",
        "security",
        _opt_choice(*SECURITY),
        None,
        "none | starttls | ssl (unset: ssl on port 465, none for a server on this machine, "
        "else starttls)",
    ),
    Key("email", "username", _opt_str, None, "SMTP user name (none: no login)"),
    Key(
        "email",
        "password_env",
        _opt_str,
        "COMPANYWATCH_SMTP_PASSWORD",
        "environment variable that holds the SMTP password",
    ),
    Key(
        "email",
        "password_command",
        _opt_str,
        None,
        "command whose output is the SMTP password, e.g. 'pass show smtp'",
    ),
    Key("email", "from", _opt_str, None, "sender address"),
    Key("email", "to", _str_list, (), "recipient address, or a list of them"),
    Key("email", "timeout", _pos_float, 30.0, "seconds before an SMTP connection gives up"),
    Key(
        "sources",
        "defaults",
        _kinds,
        ("google_news", "bing_news"),
        "source kinds created for a new company: google_news, bing_news",
    ),
    Key("sources", "locale", _locale, "en-US", "language and region of news searches, e.g. sv-SE"),
    Key("fetch", "concurrency", _pos_int, 32, "requests in flight at once, over all hosts"),
    Key("fetch", "per_host", _pos_int, 4, "requests in flight at once to one host"),
    Key("fetch", "timeout", _pos_float, 30.0, "seconds one request may take, body included"),
    Key("fetch", "max_bytes", _size, 10 * 1024 * 1024, "largest feed body accepted, decoded"),
    Key("fetch", "max_redirects", _pos_int, 5, "redirects followed at most"),
    Key("fetch", "user_agent", _str, DEFAULT_UA, "User-Agent sent with every request"),
    Key(
        "fetch",
        "contact",
        _opt_str,
        None,
        "contact e-mail added to the User-Agent; SEC EDGAR requires one",
    ),
    Key(
        "fetch",
        "allow_private",
        _bool,
        True,
        "fetch private and loopback addresses (set false on shared servers)",
    ),
    Key("poll", "interval", _pos_float, 6.0, "hours between fetches of one source (tick and run)"),
    Key("poll", "jitter", _nonneg_float, 10.0, "minutes of random delay for the daemon's polls"),
    Key("digest", "time", _time_of_day, "07:30", "time of day the digest is due"),
    Key("digest", "timezone", _timezone, "Europe/Stockholm", "time zone of the digest time"),
    Key("digest", "max_per_company", _pos_int, 5, "stories shown per company before 'and N more'"),
    Key("digest", "lookback_days", _pos_int, 14, "oldest stored news a digest considers, in days"),
    Key(
        "digest",
        "city",
        _opt_str,
        None,
        "your city, for 'N new roles, M in CITY' (default: from the time zone)",
    ),
    Key("digest", "all_quiet", _bool, False, "send a short mail even when nothing is new"),
    Key("digest", "topics_file", _opt_str, None, "TOML file of extra topic rules"),
    Key("log", "file", _opt_str, None, "also log to this file (rotated)"),
    Key("log", "level", _log_level, "INFO", "level of the log file"),
)

SECTIONS = tuple(dict.fromkeys(k.section for k in SCHEMA))


class Settings:
    """Resolved settings: ``settings.get("email", "host")`` or ``settings.email.host``."""

    def __init__(
        self,
        values: Mapping[tuple[str, str], Any],
        origins: Mapping[tuple[str, str], str],
        path: Path | None,
    ) -> None:
        self._values = dict(values)
        self.origins = dict(origins)
        self.path = path

    def get(self, section: str, name: str) -> Any:
        return self._values[(section, name)]

    def __getattr__(self, section: str) -> _Section:
        if section.startswith("_") or section not in SECTIONS:
            raise AttributeError(section)
        return _Section(self, section)

    def items(self) -> list[tuple[Key, Any, str]]:
        return [
            (k, self._values[(k.section, k.name)], self.origins[(k.section, k.name)])
            for k in SCHEMA
        ]


class _Section:
    def __init__(self, settings: Settings, section: str) -> None:
        self._settings = settings
        self._section = section

    def __getattr__(self, name: str) -> Any:
        name = "from" if name == "sender" else name
        try:
            return self._settings.get(self._section, name)
        except KeyError:
            raise AttributeError(name) from None


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "companywatch.toml"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP)) / "companywatch.sqlite"


def load(
    path: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[tuple[str, str], Any] | None = None,
) -> Settings:
    """Resolve the settings. ``path`` None means $COMPANYWATCH_CONFIG or the platform config file
    (which need not exist); an explicitly named file must exist."""
    env = os.environ if env is None else env
    explicit = path is not None or bool(env.get("COMPANYWATCH_CONFIG"))
    if path is None:
        path = (
            Path(env["COMPANYWATCH_CONFIG"])
            if env.get("COMPANYWATCH_CONFIG")
            else default_config_path()
        )
    by_key = {(k.section, k.name): k for k in SCHEMA}
    values: dict[tuple[str, str], Any] = {kk: k.default for kk, k in by_key.items()}
    origins: dict[tuple[str, str], str] = dict.fromkeys(by_key, "default")

    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{path}: not valid TOML: {e}", origin=str(path)) from e
        except OSError as e:
            raise ConfigError(f"{path}: cannot read: {e.strerror}", origin=str(path)) from e
    elif explicit:
        raise ConfigError(f"config file {path} does not exist", origin=str(path))
    else:
        path = None

    for section, table in data.items():
        if section not in SECTIONS:
            raise ConfigError(
                f"unknown section [{section}] in {path} (known: {', '.join(SECTIONS)})",
                key=section,
                origin=str(path),
            )
        if not isinstance(table, dict):
            raise ConfigError(
                f"[{section}] in {path} must be a table", key=section, origin=str(path)
            )
        for name, raw in table.items():
            _set(values, origins, by_key, section, name, raw, f"{path}")

    for var, raw in env.items():
        if not var.startswith(ENV_PREFIX) or var in RESERVED_ENV:
            continue
        rest = var[len(ENV_PREFIX) :].lower()
        env_section = next((s for s in SECTIONS if rest.startswith(s + "_")), None)
        if env_section is None:
            continue  # not one of ours (another tool's variable, or a password_env target)
        name = rest[len(env_section) + 1 :]
        _set(values, origins, by_key, env_section, name, raw, f"environment variable {var}")

    for (section, name), raw in (overrides or {}).items():
        _set(values, origins, by_key, section, name, raw, "command line")
    return Settings(values, origins, path)


def _set(
    values: dict[tuple[str, str], Any],
    origins: dict[tuple[str, str], str],
    by_key: Mapping[tuple[str, str], Key],
    section: str,
    name: str,
    raw: Any,
    origin: str,
) -> None:
    key = by_key.get((section, name))
    if key is None:
        known = ", ".join(k.name for k in SCHEMA if k.section == section)
        raise ConfigError(
            f"unknown key {section}.{name} in {origin} (known in [{section}]: {known})",
            key=f"{section}.{name}",
            origin=origin,
        )
    try:
        values[(section, name)] = key.parse(raw)
    except ValueError as e:
        raise ConfigError(
            f"bad value {raw!r} for {section}.{name} in {origin}: {e}",
            key=f"{section}.{name}",
            origin=origin,
        ) from None
    origins[(section, name)] = origin


def smtp_password(settings: Settings, env: Mapping[str, str] | None = None) -> str | None:
    """The SMTP password from ``password_command`` or the variable named by ``password_env``."""
    import shlex
    import subprocess

    env = os.environ if env is None else env
    command = settings.get("email", "password_command")
    if command:
        try:
            out = subprocess.run(
                shlex.split(command), capture_output=True, text=True, timeout=30, check=True
            )
        except (OSError, subprocess.SubprocessError) as e:
            raise ConfigError(
                f"email.password_command {command!r} failed: {e}", key="email.password_command"
            ) from e
        return out.stdout.rstrip("\n")
    var = settings.get("email", "password_env")
    return env.get(var) if var else None


def render_documented() -> str:
    """The documented default config file (what config/companywatch.toml holds)."""
    lines = [
        "# companywatch configuration: every key with its default.",
        "# Copy to the path `watch doctor` prints (or pass --config / COMPANYWATCH_CONFIG).",
        "# Each key can also be set as COMPANYWATCH_<SECTION>_<KEY>, e.g. COMPANYWATCH_EMAIL_HOST.",
        "# Order: command-line options > environment > this file > defaults.",
    ]
    for section in SECTIONS:
        lines += ["", f"[{section}]"]
        for k in SCHEMA:
            if k.section != section:
                continue
            lines.append(f"# {k.help}")
            lines.append(
                ("# " if k.default is None else "")
                + f"{_toml_key(k.name)} = "
                + _toml_value(k.default)
            )
    return "\n".join(lines) + "\n"


def _toml_key(name: str) -> str:
    return name


def _toml_value(v: Any) -> str:
    if v is None:
        return '""'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, tuple):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
