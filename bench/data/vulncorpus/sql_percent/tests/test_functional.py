import sqlite3
import app

def db():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE orders (customer TEXT, status TEXT)")
    c.executemany("INSERT INTO orders VALUES (?, ?)", [("ann", "open"), ("ann", "paid")])
    return c

def test_counts():
    assert app.count_orders(db(), "ann", "open") == 1
