import requests
import app

def test_has_timeout(monkeypatch):
    seen = {}
    class R:
        status_code = 201
    def spy(*a, **k):
        seen.update(k)
        return R()
    monkeypatch.setattr(requests, "post", spy)
    app.post_event("https://example.com", {})
    assert seen.get("timeout")
