import sqlite3
import app

def db():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE users (id INTEGER, name TEXT)")
    c.execute("INSERT INTO users VALUES (1, 'bob')")
    return c

def test_finds():
    assert app.find_user(db(), "bob") == [(1,)]
