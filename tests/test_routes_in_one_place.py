"""Each app lists its routes in its urls.py: no view module carries URL patterns of its own."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["codev", "models_library", "home", "site/demo", "site/common", "site/config"]
URL_MODULES = {"codev/urls.py", "models_library/urls.py", "site/config/urls.py"}


def defines_url_patterns(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    targets = [
        target
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
    ]
    return any(isinstance(target, ast.Name) and "urlpatterns" in target.id for target in targets)


def test_routes_are_listed_only_in_the_apps_urls_modules():
    carrying = {
        str(path.relative_to(ROOT))
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and defines_url_patterns(path)
    }
    assert carrying == URL_MODULES
