"""Every third-party module the package imports is installed by `pip install .` (its dependencies).

A module only the dev extra brings (httpx once was) works in the test venv but breaks `make run`
on a fresh clone, where every command fails at start-up since the CLI imports all of them.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "khabar"
# Modules only an extra needs, by path prefix: the Spark job (khabar spark checks for pyspark before
# importing it) and the neural tagger's training (make train-ner).
EXTRA_ONLY = {"batch/": "spark", "entities/train_": "train"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


@functools.cache
def _distributions() -> dict[str, list[str]]:
    return md.packages_distributions()


@functools.cache
def _closure(requirements: tuple[str, ...]) -> set[str]:
    """The distributions the requirements install, their own run-time requirements included."""
    seen: set[str] = set()
    todo = [_name(r) for r in requirements]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = md.requires(name) or []
        except md.PackageNotFoundError:
            continue
        todo += [_name(r) for r in requires if "extra ==" not in r]
    return seen


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"khabar", "__future__"}


def _extra(path: str) -> str | None:
    return next((extra for prefix, extra in EXTRA_ONLY.items() if path.startswith(prefix)), None)


def _third_party_imports() -> list[tuple[str, str | None]]:
    """(module, the extra it may come from) for every third-party import, once per pair."""
    pairs = {
        (module, _extra(path.relative_to(SRC).as_posix()))
        for path in SRC.rglob("*.py")
        for module in _imports(path)
    }
    return sorted(pairs, key=lambda pair: (pair[0], pair[1] or ""))


@pytest.mark.parametrize(("module", "extra"), _third_party_imports())
def test_imported_module_is_a_declared_dependency(module: str, extra: str | None) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    if extra:
        requirements += project["optional-dependencies"][extra]
    where = f"{module} (for the {extra} extra)" if extra else module
    distributions = {_name(d) for d in _distributions().get(module, [])}
    if not distributions and extra:
        pytest.skip(f"the {extra} extra is not installed")
    assert distributions, f"{where} is not installed"
    assert distributions & _closure(tuple(requirements)), (
        f"{where} comes from {sorted(distributions)}, "
        "which pip install . does not install: add it to [project] dependencies"
    )
