"""axe-core in the page, with the WCAG 2.2 AA rule set the accessibility brief asks for."""

from axe_playwright_python.base import AXE_SCRIPT

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    # Off by default in axe; WCAG 2.2 2.5.8 asks for 24×24 px targets.
    "rules": {"target-size": {"enabled": True}},
    "resultTypes": ["violations"],
}


# The header and footer are the same on every page: a crawl scans them in full on one page
# of each kind and leaves them out elsewhere, which halves axe's time on a page.
WITHOUT_HEADER_AND_FOOTER = {"exclude": [["body > header"], ["body > footer"]]}


def axe_violations(page, context=None):
    """
    The violations on the page as readable lines: rule, impact, help, the elements.
    context: what to scan, in axe's form ({"exclude": [[selector]]}); the whole document
    when not given.
    """
    # axe_playwright_python's Axe.run injects its axe-core on every call and sends every
    # result back; injecting once per document and returning only violations is much faster.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    violations = page.evaluate(
        "([context, options]) => axe.run(context || document, options)"
        ".then(results => results.violations)",
        [context, AXE_OPTIONS],
    )
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"])
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return lines


def assert_no_axe_violations(page):
    violations = axe_violations(page)
    assert not violations, f"axe found on {page.url}:\n  " + "\n  ".join(violations)
