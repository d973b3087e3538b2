from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from companywatch.cli import main
from tests.servers import FeedServer, SmtpSink

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own HOME and data/config dirs: none touches the user's real ones."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for key in list(os.environ):
        if key.startswith("COMPANYWATCH_") and key != "COMPANYWATCH_CORPUS":
            monkeypatch.delenv(key)
    return home


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def corpus() -> Path:
    root = os.environ.get("COMPANYWATCH_CORPUS")
    path = Path(root) if root else Path(__file__).resolve().parents[2] / "shared" / "data"
    if not path.is_dir():
        pytest.skip(f"no corpus at {path} (set COMPANYWATCH_CORPUS)")
    return path


def run_cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI in this process on database ``db``: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(["companywatch", "--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


class Watch:
    """``watch("add", "Spotify")``: the CLI on one database, as a user types it."""

    def __init__(self, capsys: pytest.CaptureFixture[str], db: Path) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *args: str) -> tuple[int, str, str]:
        return run_cli(self.capsys, self.db, *args)
