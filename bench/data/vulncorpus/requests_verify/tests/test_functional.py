import requests
import app

class R:
    status_code = 200

def test_fetch(monkeypatch):
    monkeypatch.setattr(requests, "get", lambda *a, **k: R())
    assert app.fetch("https://example.com") == 200
