import subprocess
import app

def test_no_shell(monkeypatch):
    seen = {}
    real = subprocess.check_output
    def spy(*a, **k):
        seen.update(k, argv=a[0])
        return real(*a, **k)
    monkeypatch.setattr(subprocess, "check_output", spy)
    app.git_version()
    assert not seen.get("shell") and isinstance(seen["argv"], list)
