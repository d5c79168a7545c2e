"""watch_csp(context): collects the Content-Security-Policy violations of every page and frame in a browser."""

import pytest

# The securitypolicyviolation event reaches the page even where Chromium prints nothing, e.g. for a
# style attribute set from a script; it is reported to the console, where the watcher reads it too.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(
    `Content Security Policy violation: ${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
    + ` in ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`
  );
});
"""


class CSPWatch:
    """The violations seen so far in one browser context, from Chromium's console and the DOM event."""

    def __init__(self, context):
        self.violations = []
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self._read)

    def _read(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(f"{message.page.url if message.page else '?'}: {message.text}")

    def assert_none(self, where=""):
        if self.violations:
            lines = "\n".join(f"- {violation}" for violation in dict.fromkeys(self.violations))
            pytest.fail(f"Content-Security-Policy violations {where}:\n{lines}", pytrace=False)


def watch_csp(context):
    return CSPWatch(context)
