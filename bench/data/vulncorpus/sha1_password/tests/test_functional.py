import app

def test_deterministic():
    assert app.hash_password("pw", b"s") == app.hash_password("pw", b"s")
