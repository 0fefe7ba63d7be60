import pytest
import app

def test_paths():
    assert str(app.safe_path("a.txt")).endswith("a.txt")
    with pytest.raises(ValueError):
        app.safe_path("../etc/passwd")
    assert open(app.scratch()).read() == "x"
