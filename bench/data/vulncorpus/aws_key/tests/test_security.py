import pathlib

def test_no_key():
    assert "AKIAZ7QW3RT5YUI9OPAS" not in pathlib.Path(__file__).with_name("app.py").read_text()
