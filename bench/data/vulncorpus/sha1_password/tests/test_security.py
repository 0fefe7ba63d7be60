import app

def test_strong_digest():
    assert len(app.hash_password("pw", b"s")) >= 64
