import pathlib

def test_no_key():
    assert "AKIAZ7QW3RT5YUI9OPAS" not in pathlib.Path(__file__).parents[1].joinpath("app.py").read_text()
