"""The dashboard in a real headless Chromium (Debian's, driven by Playwright; nothing downloaded).

Log in, watch a live decision arrive, approve a pending request and see the
waiting client proceed. Screenshots of every page go to test-artifacts/.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from lictor.approvals import Tokens
from lictor.gate import open as open_gate
from lictor.project import init_project
from lictor.server import create_app
from lictor.server.seed import seed_demo

from .live import LiveServer

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "dashboard"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip(
        "Debian's chromium is not installed (scripts/test installs it when run as root)",
        allow_module_level=True,
    )


@pytest.fixture()
def live(tmp_path: Path) -> Iterator[tuple[str, str, str]]:
    init_project(tmp_path, owner="alice@example.com")
    gate = open_gate(tmp_path)
    seed_demo(gate)
    admin = Tokens(gate.database).issue("ops@example.com", "admin").token
    grant = gate.identity.grants(agent="release-bot")[0]
    agent = gate.identity.issue_credential("release-bot", grant.id, ttl=600).token
    with LiveServer(create_app(gate)) as url:
        yield url, admin, agent
    gate.close()


def test_dashboard_end_to_end(live: tuple[str, str, str]) -> None:
    url, admin, agent = live
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    as_agent = {"Authorization": f"Bearer {agent}"}
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.set_default_timeout(15_000)

        page.goto(f"{url}/ui")
        assert page.url.endswith("/ui/login")
        page.screenshot(path=str(ARTIFACTS / "01-login.png"))
        page.fill("#token", "lct_wrong")
        page.click("button[type=submit]")
        assert page.get_by_role("alert").inner_text() == "Unknown or revoked token."
        page.fill("#token", admin)
        page.click("button[type=submit]")
        page.wait_for_url(f"{url}/ui")
        assert page.get_by_test_id("chain-status").inner_text() == "verified"
        assert int(page.get_by_test_id("count-deny").inner_text()) >= 5
        assert int(page.get_by_test_id("pending-count").inner_text()) >= 3  # seeded asks
        page.screenshot(path=str(ARTIFACTS / "02-overview.png"), full_page=True)

        # A decision made by an agent over the API shows up in the open feed, live.
        page.goto(f"{url}/ui/feed")
        page.wait_for_selector("#live-dot.on")
        marker = "kubectl --context staging get pods -l app=marker-4711"
        httpx.post(
            f"{url}/v1/decide",
            json={"tool": "Bash", "args": {"command": marker}},
            headers=as_agent,
            timeout=10,
        ).raise_for_status()
        page.wait_for_selector(f"#feed-rows tr.fresh:has-text('{marker}')")
        page.screenshot(path=str(ARTIFACTS / "03-feed.png"), full_page=True)

        # A waiting client: asks, long-polls, and runs once a human approves.
        command = "kubectl --context prod rollout restart deploy/fastcalc"
        outcome: dict[str, Any] = {}

        def client() -> None:
            body = {"tool": "Bash", "args": {"command": command}}
            with httpx.Client(base_url=url, headers=as_agent, timeout=30) as http:
                asked = http.post("/v1/decide", json=body).json()
                outcome["asked"] = asked["verdict"]
                waited = http.get(f"/v1/approvals/{asked['approval_id']}/wait?timeout=25").json()
                outcome["waited"] = waited["verdict"]
                outcome["retried"] = http.post("/v1/decide", json=body).json()["verdict"]

        waiter = threading.Thread(target=client)
        waiter.start()
        page.goto(f"{url}/ui/approvals")
        card = page.locator("[data-testid=approval]", has_text=command)
        card.wait_for()
        assert "bob@example.com" in card.inner_text()  # the release bot's owner
        page.screenshot(path=str(ARTIFACTS / "04-approvals.png"), full_page=True)
        card.locator("button[data-choice=approve_once]").click()
        waiter.join(20)
        assert outcome == {"asked": "ask", "waited": "allow", "retried": "allow"}
        page.wait_for_selector("table >> text=approve once")
        page.screenshot(path=str(ARTIFACTS / "05-approved.png"), full_page=True)

        page.goto(f"{url}/ui/sessions")
        page.screenshot(path=str(ARTIFACTS / "06-sessions.png"), full_page=True)
        page.locator("table tr", has_text="coder").locator("a").first.click()
        page.wait_for_selector("ol.timeline")
        page.screenshot(path=str(ARTIFACTS / "07-session.png"), full_page=True)
        page.goto(f"{url}/ui/agents")
        assert page.locator("text=release-bot").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "08-agents.png"), full_page=True)
        page.goto(f"{url}/ui/findings")
        page.screenshot(path=str(ARTIFACTS / "09-findings.png"), full_page=True)
        browser.close()
