import app as mod

def test_runs():
    mod.main()
    assert mod.app.ran["port"] == 5000
