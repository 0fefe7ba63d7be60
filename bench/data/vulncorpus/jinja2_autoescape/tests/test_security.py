import app

def test_escapes():
    assert "<script>" not in app.render_greeting("<script>x</script>")
