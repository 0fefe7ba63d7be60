import sqlite3
import pytest
import app

def test_rejects_injection():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t (x)")
    with pytest.raises(Exception):
        app.count_rows(c, "t; DROP TABLE t")
