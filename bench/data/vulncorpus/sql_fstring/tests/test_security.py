from test_functional import db
import app

def test_injection_matches_nothing():
    assert app.find_user(db(), "x' OR '1'='1") == []
