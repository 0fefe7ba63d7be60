import app

def test_reproducible():
    assert app.shuffle_deck(1) == app.shuffle_deck(1)
