import app

def test_escapes():
    assert app.render("<b>") == "<p>&lt;b&gt;</p>"
