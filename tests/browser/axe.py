"""check_axe(page): runs axe-core in the page and fails the test on serious or critical violations."""

from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
AXE_SCRIPT = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
SHOWN_TARGETS = 3


def format_violations(url, violations):
    lines = [f"axe found {len(violations)} serious or critical accessibility violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        nodes = violation["nodes"]
        for node in nodes[:SHOWN_TARGETS]:
            lines.append(f"  at {' '.join(str(part) for part in node['target'])}")
            if node.get("failureSummary"):
                summary = " ".join(node["failureSummary"].split())
                lines.append(f"     {summary[:300]}")
        if len(nodes) > SHOWN_TARGETS:
            lines.append(f"  … and {len(nodes) - SHOWN_TARGETS} more element(s)")
    return "\n".join(lines)


def check_axe(page):
    """Run axe-core on the page as it is now; fail on any serious or critical violation."""
    # Evaluated through the DevTools protocol rather than added as an inline <script>, which the
    # page's Content-Security-Policy would refuse.
    page.evaluate(AXE_SCRIPT.read_text())
    results = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS]
    if violations:
        pytest.fail(format_violations(page.url, violations), pytrace=False)
    return results
