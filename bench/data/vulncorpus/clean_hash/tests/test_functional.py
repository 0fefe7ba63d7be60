import app

def test_works():
    assert len(app.etag(b"x")) == 32 and len(app.token()) > 20 and len(app.digest(b"x")) == 64
