"""The Lictor server: REST API, approval inbox and live dashboard (`lictor serve`).

app = create_app(lictor.open("."))   # a FastAPI app; run it with uvicorn

Imported lazily: `lictor serve` is one CLI command among many, and FastAPI is
not cheap to import.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lictor.server.app import ServerState, create_app


def __getattr__(name: str) -> Any:
    if name in ("ServerState", "create_app"):
        from lictor.server import app

        return getattr(app, name)
    raise AttributeError(name)


__all__ = ["ServerState", "create_app"]
