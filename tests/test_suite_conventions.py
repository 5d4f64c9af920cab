"""The suite's own rules: every test asserts something (a test that cannot fail is worse
than none), and every marker it uses is registered (`--strict-markers` in pyproject)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
#: What makes a test able to fail besides `assert`: pytest.raises, pytest.fail…
_FAILING_CALLS = {"raises", "fail", "warns"}


def _asserts(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Attribute) and node.attr in _FAILING_CALLS:
            return True
    return False


def test_every_test_asserts_something() -> None:
    silent = []
    for path in sorted(TESTS.rglob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            is_test = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            if is_test and node.name.startswith("test_") and not _asserts(node):
                silent.append(f"{path.relative_to(TESTS)}:{node.lineno} {node.name}")
    assert silent == []
