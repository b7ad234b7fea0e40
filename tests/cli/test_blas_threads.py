"""The command keeps numpy's OpenBLAS to one thread unless the user chose otherwise."""

import os
import subprocess
import sys

import pytest

_PROBE = ("import os, khabar.cli, numpy; "
          "print(os.environ['OPENBLAS_NUM_THREADS'])")


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("3", "3")])
def test_blas_threads_default_to_one_and_a_users_setting_wins(given: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == expected


def test_numpy_is_not_imported_before_the_setting() -> None:
    # The variable only counts if OpenBLAS has not started yet: importing the command must not
    # have imported numpy already through some module loaded before the setting.
    probe = "import sys, khabar.cli; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
