import pathlib

def test_allow_list():
    assert "ALLOWED_HOSTS" in pathlib.Path(__file__).parents[1].joinpath("app.py").read_text()
