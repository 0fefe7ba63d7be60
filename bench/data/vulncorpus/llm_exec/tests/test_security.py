import pathlib

def test_no_exec():
    assert "exec(" not in pathlib.Path(__file__).parents[1].joinpath("app.py").read_text()
