"""axe-core in the page, with the WCAG 2.2 AA rule set the accessibility brief asks for."""

from axe_playwright_python.base import AXE_SCRIPT

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    # Off by default in axe; WCAG 2.2 2.5.8 asks for 24×24 px targets.
    "rules": {"target-size": {"enabled": True}},
    "resultTypes": ["violations"],
}


def axe_violations(page):
    """The violations on the page as readable lines: rule, impact, help, the elements."""
    # axe_playwright_python's Axe.run injects its axe-core on every call and sends every
    # result back; injecting once per document and returning only violations is much faster.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    violations = page.evaluate(
        "options => axe.run(document, options).then(results => results.violations)", AXE_OPTIONS
    )
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return lines


def assert_no_axe_violations(page):
    violations = axe_violations(page)
    assert not violations, f"axe found on {page.url}:\n  " + "\n  ".join(violations)
