import app

def test_length():
    assert len(app.make_reset_token()) == 24
