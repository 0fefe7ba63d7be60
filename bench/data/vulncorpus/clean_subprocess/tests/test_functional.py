import app

def test_version():
    assert app.git_version().startswith("git version")
