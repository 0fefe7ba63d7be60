import sqlite3
import app

def test_finds():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE users (id INTEGER, name TEXT)")
    assert app.find_user(c, "x") == []
