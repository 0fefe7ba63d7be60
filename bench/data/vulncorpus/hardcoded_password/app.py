import os

db_password = "Zk4!vR9#qLm2Tx"


def dsn(user):
    return f"postgresql://{user}:{db_password}@db/app"
