"""`lictor mcp proxy` as the CLI runs it, telling a test afterwards which path each call took.

    python governed_proxy.py COUNTS WORKSPACE NAME TIMEOUT RAW -- SERVER...

Serves the real proxy (`serve_stdio`) on this process's stdin and stdout in
front of SERVER, with the project in WORKSPACE, server name NAME, call timeout
TIMEOUT seconds and the raw `tools/call` path on when RAW is 1; when the client
leaves, writes the proxy's `tools/call` counts by path (`raw`, `sdk`) to COUNTS
as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import anyio

from lictor.adapters.mcp_proxy import ProxyConfig, serve_stdio


def main() -> None:
    counts, workspace, name, timeout, raw, dashes, *server = sys.argv[1:]
    assert dashes == "--", "usage: governed_proxy.py COUNTS WORKSPACE NAME TIMEOUT RAW -- SERVER..."
    config = ProxyConfig(
        name=name,
        command=tuple(server),
        call_timeout=float(timeout),
        project=Path(workspace),
        raw_calls=raw == "1",
    )
    proxy = anyio.run(serve_stdio, config)
    Path(counts).write_text(json.dumps(dict(proxy.calls)))


if __name__ == "__main__":
    main()
