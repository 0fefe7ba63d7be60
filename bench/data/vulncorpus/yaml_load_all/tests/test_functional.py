import app

def test_two_docs():
    assert app.load_docs("a: 1\n---\nb: 2\n") == [{"a": 1}, {"b": 2}]
