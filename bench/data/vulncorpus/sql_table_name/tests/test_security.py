import sqlite3
import app


def test_subquery_injection_rejected():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t (x)")
    try:
        n = app.count_rows(c, "(SELECT 1 UNION ALL SELECT 2)")
    except Exception:
        n = None
    assert n != 2
