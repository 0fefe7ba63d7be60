import pathlib

def test_no_literal_secret():
    assert "Zk4!vR9#qLm2Tx" not in pathlib.Path(__file__).parents[1].joinpath("app.py").read_text()
