import app

def test_adds():
    assert app.calculate("1 + 2") == 3
