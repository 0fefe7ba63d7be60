import hashlib
import app

def test_marked_not_for_security(monkeypatch):
    seen = {}
    real = hashlib.md5
    def spy(*a, **k):
        seen.update(k)
        return real(*a, **k)
    monkeypatch.setattr(hashlib, "md5", spy)
    app.etag(b"x")
    assert seen.get("usedforsecurity") is False
