import pathlib

def test_checks_path():
    src = pathlib.Path(__file__).with_name("app.py").read_text()
    assert "resolve()" in src or "secure_filename" in src
