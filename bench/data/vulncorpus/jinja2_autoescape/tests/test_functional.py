import app

def test_renders():
    assert app.render_greeting("Ann") == "<p>Hello Ann</p>"
