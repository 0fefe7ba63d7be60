import app

def test_loads():
    assert app.load_config("a: 1") == {"a": 1}
