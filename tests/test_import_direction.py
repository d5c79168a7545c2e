"""The apps depend on each other in one direction only, read from the modules' own imports.

common ← models_library ← codev and home ← demo and config (the project's URLs and settings). Nothing but the tests
imports tests/: the benchmarks and the load test build their data with `testing`, never with the suite's code.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = {
    "common": ROOT / "site" / "common",
    "models_library": ROOT / "models_library",
    "codev": ROOT / "codev",
    "home": ROOT / "home",
    "demo": ROOT / "site" / "demo",
    "testing": ROOT / "site" / "testing",
    "config": ROOT / "site" / "config",
    "bench": ROOT / "bench",
    "loadtest": ROOT / "loadtest",
}
APPS = {"common", "models_library", "codev", "home", "demo", "testing", "config"}
# What each package must never import (besides tests, which none of them may).
NEVER = {
    "common": APPS - {"common"},
    "models_library": {"codev", "home", "demo", "testing", "config"},
    "codev": {"home", "demo", "testing", "config"},
    "home": {"codev", "demo", "testing", "config"},
    "demo": {"testing", "config"},
    "testing": {"demo", "config"},
    "config": {"demo", "testing"},
    "bench": set(),
    "loadtest": set(),
}


def imported_packages(path):
    """The top-level packages a module imports anywhere in it (functions included); relative imports stay inside."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0]


def offending_imports(package):
    forbidden = NEVER[package] | {"tests"}
    return sorted(
        f"{path.relative_to(ROOT)} imports {name}"
        for path in PACKAGES[package].rglob("*.py")
        for name in set(imported_packages(path))
        if name in forbidden
    )


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_a_package_imports_only_the_layers_below_it(package):
    assert offending_imports(package) == []


def test_the_check_reads_imports_inside_functions_too(tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        "def later():\n    from codev.models import Post\n    import tests.factories\nfrom . import sibling\n"
    )
    assert set(imported_packages(module)) == {"codev", "tests"}
