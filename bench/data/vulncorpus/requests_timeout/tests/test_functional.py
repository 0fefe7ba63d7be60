import requests
import app

class R:
    status_code = 201

def test_posts(monkeypatch):
    monkeypatch.setattr(requests, "post", lambda *a, **k: R())
    assert app.post_event("https://example.com", {"a": 1}) == 201
