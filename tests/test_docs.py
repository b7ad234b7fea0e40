"""Every command has a working --help and a section in docs/commands.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.cli import COMMAND_MODULES, build_parser, main

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return list(sub.choices)


def test_every_command_module_registers_a_command() -> None:
    assert len(_commands()) == len(COMMAND_MODULES)


@pytest.mark.parametrize("command", _commands())
def test_command_help_works(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert f"usage: khabar {command}" in capsys.readouterr().out


@pytest.mark.parametrize("command", _commands())
def test_command_has_a_docs_section(command: str) -> None:
    doc = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    assert re.search(rf"^## khabar {re.escape(command)}\s*$", doc, re.M), f"no '## khabar {command}' section"


def test_readme_quick_start_is_the_two_make_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start.*?```sh\n(.*?)```", readme, re.S).group(1)
    assert [line.split()[:2] for line in block.strip().splitlines()] == [["make", "run"], ["make", "test"]]


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: khabar" in capsys.readouterr().out
