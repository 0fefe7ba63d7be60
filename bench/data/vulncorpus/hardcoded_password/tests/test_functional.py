import app

def test_dsn():
    assert app.dsn("ann").startswith("postgresql://ann:")
