import requests
import app

def test_verifies(monkeypatch):
    seen = {}
    class R:
        status_code = 200
    def spy(*a, **k):
        seen.update(k)
        return R()
    monkeypatch.setattr(requests, "get", spy)
    app.fetch("https://example.com")
    assert seen.get("verify", True) is not False
