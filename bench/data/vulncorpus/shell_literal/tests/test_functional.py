import app

def test_reports_version():
    assert app.git_version().startswith("git version")
