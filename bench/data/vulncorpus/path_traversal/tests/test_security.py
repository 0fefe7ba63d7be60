import pathlib

def test_checks_path():
    src = pathlib.Path(__file__).parents[1].joinpath("app.py").read_text()
    assert "resolve()" in src or "secure_filename" in src
