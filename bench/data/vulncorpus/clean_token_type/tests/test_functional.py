import app

def test_header():
    assert app.auth_header("t") == {"Authorization": "Bearer t"}
