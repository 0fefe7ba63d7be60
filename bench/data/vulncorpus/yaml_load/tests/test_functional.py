import app

def test_loads_mapping():
    assert app.load_config("a: 1\nb: [x]") == {"a": 1, "b": ["x"]}
