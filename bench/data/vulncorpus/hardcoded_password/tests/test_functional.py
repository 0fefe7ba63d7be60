import os

# The project provides configuration to its tests (as a deployment would).
os.environ.setdefault("DB_PASSWORD", "test-only-value")

import app

def test_dsn():
    assert app.dsn("ann").startswith("postgresql://ann:")
