import app

def test_stable():
    assert app.etag(b"x") == app.etag(b"x") and len(app.etag(b"x")) == 34
