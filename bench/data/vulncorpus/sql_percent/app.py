import sqlite3


def count_orders(conn, customer, status):
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM orders WHERE customer = '%s' AND status = '%s'" % (customer, status))
    return cur.fetchone()[0]
