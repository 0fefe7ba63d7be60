import app as mod

def test_no_debug_by_default(monkeypatch):
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    mod.main()
    assert not mod.app.ran["debug"]
