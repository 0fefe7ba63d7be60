import random
import app

def test_not_predictable(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("random module used")
    monkeypatch.setattr(random, "choice", boom)
    assert len(app.make_reset_token()) == 24
