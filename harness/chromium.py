"""How the browser tier and the benchmarks launch Debian's Chromium, and what "idle" means."""

from __future__ import annotations

from playwright.sync_api import Browser, Playwright, ViewportSize

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
VIEWPORT: ViewportSize = {"width": 1400, "height": 1000}
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Set by the browser-storage bridge once the app has taken in what this browser keeps.
SETTLED = "() => document.documentElement.dataset.interviewAdvisorStore === 'settled'"


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
