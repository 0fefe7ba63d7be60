import sqlite3
import app

def test_counts():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t (x)")
    assert app.count_rows(c, "t") == 0
