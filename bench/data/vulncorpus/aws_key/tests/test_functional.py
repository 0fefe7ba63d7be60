import os

# The project provides configuration to its tests (as a deployment would).
os.environ.setdefault("AWS_ACCESS_KEY_ID", "test-only-value")

import app

def test_region():
    assert app.region() == "eu-west-1"
