import sqlite3


def find_user(conn, name):
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM users WHERE name = '{name}'")
    return cur.fetchall()
