from test_functional import db
import app

def test_injection_counts_nothing():
    assert app.count_orders(db(), "ann", "x' OR '1'='1") == 0
