import tempfile
import app

def test_no_mktemp(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("mktemp used")
    monkeypatch.setattr(tempfile, "mktemp", boom)
    assert open(app.write_report("hi")).read() == "hi"
