"""Notifications of new approvals: a webhook with a Slack-compatible payload.

The POST happens on a daemon thread, so a slow or dead webhook never holds up
the gate; failures are logged, not retried (the inbox still has the approval).
"""

from __future__ import annotations

import json
import logging
import threading
import urllib.request
from typing import Any

from lictor.approvals.interface import Approval, Settings, Status

log = logging.getLogger("lictor.approvals.notify")

WEBHOOK_TIMEOUT_S = 5.0
"""A webhook that takes longer than this is given up on."""


def slack_payload(approval: Approval, public_url: str = "") -> dict[str, Any]:
    """`{"text", "blocks"}` as Slack's incoming webhooks (and compatible chat tools) take it."""
    ctx = approval.context
    reasons = ctx.get("reasons", [])
    why = "; ".join(f"{r.get('rule')}: {r.get('text')}" for r in reasons[:3]) or "policy asks"
    commands = ctx.get("commands") or []
    what = " ; ".join(" ".join(c) for c in commands)[:500] or approval.tool
    text = (
        f"Lictor: {approval.agent} (owner {approval.owner or 'unknown'}) asks to run "
        f"{approval.tool}: {what} — {why}"
    )
    fields = [
        {"type": "mrkdwn", "text": f"*Agent*\n{approval.agent}"},
        {"type": "mrkdwn", "text": f"*Owner*\n{approval.owner or '—'}"},
        {"type": "mrkdwn", "text": f"*Task*\n{approval.task or '—'}"},
        {"type": "mrkdwn", "text": f"*Expires*\n<!date^{approval.expires_at}^{{time}}|soon>"},
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Approval needed"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*{approval.tool}* `{what}`"}},
        {"type": "section", "fields": fields},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*Why*\n{why}"}},
    ]
    if public_url:
        link = f"{public_url.rstrip('/')}/ui/approvals#{approval.id}"
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Open in Lictor"},
                        "url": link,
                    }
                ],
            }
        )
    return {"text": text, "blocks": blocks}


class Webhook:
    """Posts each newly opened approval to the configured URL."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, approval: Approval) -> None:
        if not self.settings.webhook or approval.status is not Status.PENDING:
            return
        body = json.dumps(slack_payload(approval, self.settings.public_url)).encode()
        threading.Thread(
            target=self._post, args=(body,), name="lictor-webhook", daemon=True
        ).start()

    def _post(self, body: bytes) -> None:
        request = urllib.request.Request(
            self.settings.webhook,
            data=body,
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_S) as reply:
                reply.read(1024)
        except Exception as e:  # the inbox has the approval; a missed ping is only logged
            log.warning("approval webhook %s failed: %s", self.settings.webhook, e)
