import pathlib

def test_no_exec():
    assert "exec(" not in pathlib.Path(__file__).with_name("app.py").read_text()
