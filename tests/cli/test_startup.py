"""`khabar --help` (and building the parser every command parses with) imports no heavy library:
pyarrow, httpx and the events stage are imported by the commands that use them, when they run."""

import subprocess
import sys

import pytest

#: Modules only some commands need (load/export --format parquet, watch, analyze/ingest/export --events).
HEAVY = ("pyarrow", "httpx", "khabar.events", "jsonschema")

_PROBE = ("import sys; from khabar.cli import main\n"
          "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
          "print([m for m in {heavy!r} if m in sys.modules], file=sys.stderr)")


@pytest.mark.parametrize("argv", [["--help"], ["export", "--help"], ["watch", "--help"], ["load", "--help"],
                                  ["search", "--help"]])
def test_help_imports_no_heavy_module(argv: list[str]) -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(heavy=HEAVY), *argv],
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("usage: khabar")
    assert out.stderr.strip().splitlines()[-1] == "[]"
