import pathlib

def test_allow_list():
    assert "ALLOWED_HOSTS" in pathlib.Path(__file__).with_name("app.py").read_text()
