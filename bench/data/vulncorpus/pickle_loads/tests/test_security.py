import pathlib

def test_no_pickle():
    assert "pickle.loads" not in pathlib.Path(__file__).with_name("app.py").read_text()
