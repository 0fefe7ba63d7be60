import random
import app

def test_not_random_module(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("random module used")
    monkeypatch.setattr(random, "randint", boom)
    assert 100000 <= app.new_otp() <= 999999
