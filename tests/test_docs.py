"""The README and --help stay true: every command documented, quick start as CI runs it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from companywatch.cli import cli

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, prefix + name + " ")
    return out


@pytest.mark.parametrize(("name", "cmd"), _commands(cli))
def test_every_command_has_help_with_an_example_and_is_documented(
    name: str, cmd: click.Command
) -> None:
    assert cmd.help, name
    if not isinstance(cmd, click.Group):
        assert "Example:" in cmd.help, name
    assert f"watch {name}" in README, f"README does not mention 'watch {name}'"


def test_quick_start_is_two_commands_and_ci_runs_the_test_one() -> None:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)\n```", section, re.S)
    assert len(blocks) == 2
    install, tests = (b.strip() for b in blocks)
    assert install.startswith("pip install . && watch ")
    assert tests == "pip install '.[test]' && pytest"
    ci = (REPO / ".ci" / "run").read_text()
    assert "pip install -q '.[test]'" in ci and "pytest" in ci


def test_watch_hands_over_to_procps_watch(tmp_path: Path) -> None:
    ours = shutil.which("watch", path=str(Path(sys.executable).parent))
    if ours is None:
        pytest.skip("companywatch is not installed as a console script here")
    fake = tmp_path / "procps"
    fake.mkdir()
    (fake / "watch").write_text('#!/bin/sh\necho "procps watch: $*"\n')
    (fake / "watch").chmod(0o755)
    env = {**os.environ, "PATH": f"{Path(ours).parent}{os.pathsep}{fake}{os.pathsep}/usr/bin:/bin"}
    done = subprocess.run(
        ["watch", "-n", "2", "df"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.stdout.strip() == "procps watch: -n 2 df"
    done = subprocess.run(
        ["watch", "--version"], env=env, capture_output=True, text=True, timeout=30
    )
    assert "companywatch" in done.stdout
    done = subprocess.run(["watch", "lsit"], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 2 and "did you mean 'list'" in done.stderr
