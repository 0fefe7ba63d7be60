"""Optional LLM-proposed fixes through an OpenAI-compatible endpoint, governed by the gate.

Configured only by the user (`LICTOR_FIX_LLM_URL`, `LICTOR_FIX_LLM_MODEL`,
and the API key in the variable `LICTOR_FIX_LLM_KEY_ENV` names); nothing is
sent anywhere otherwise. A proposal is an agent action: the gate decides a
`Write` of the new file content as agent `lictor-fixer` before anything is
written, and the proposal then goes through the same validation loop.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass

from lictor.review.interface import CodeFinding

AGENT = "lictor-fixer"
"""Agent id LLM fixes are decided and audited under."""


@dataclass(frozen=True)
class LlmEndpoint:
    """Where proposals come from."""

    url: str
    """Base URL of an OpenAI-compatible API (`http://localhost:11434/v1`)."""
    model: str
    """Model name."""
    api_key: str = ""
    """Bearer token, empty for local servers."""


def configured_endpoint() -> LlmEndpoint | None:
    """The endpoint from the environment, or None when the user configured none."""
    url = os.environ.get("LICTOR_FIX_LLM_URL", "")
    if not url:
        return None
    key_env = os.environ.get("LICTOR_FIX_LLM_KEY_ENV", "")
    return LlmEndpoint(
        url.rstrip("/"),
        os.environ.get("LICTOR_FIX_LLM_MODEL", "default"),
        os.environ.get(key_env, "") if key_env else "",
    )


_CODE = re.compile(r"```(?:python)?\n(.*?)```", re.DOTALL)


def propose(endpoint: LlmEndpoint, source: str, finding: CodeFinding, timeout: int = 120) -> str:
    """The whole file rewritten to fix `finding`; empty when the model gave nothing usable."""
    prompt = (
        f"Fix this security finding with the smallest change that keeps behaviour.\n"
        f"Finding: {finding.key} (CWE-{finding.cwe}) at line {finding.line}: {finding.message}\n"
        "Answer with the complete corrected file in one ```python block and nothing else.\n\n"
        f"```python\n{source}```"
    )
    body = json.dumps(
        {
            "model": endpoint.model,
            "temperature": 0,
            "messages": [{"role": "user", "content": prompt}],
        }
    ).encode()
    headers = {"Content-Type": "application/json"}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    request = urllib.request.Request(f"{endpoint.url}/chat/completions", body, headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read())
        content = str(data["choices"][0]["message"]["content"])
    except (urllib.error.URLError, OSError, ValueError, KeyError, IndexError, TypeError):
        return ""
    m = _CODE.search(content)
    return m.group(1) if m else ""
